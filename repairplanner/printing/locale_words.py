"""How the user's Qt locale writes dates, as the plain `DateWords` that `core.dates` assembles dates from."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from repairplanner.core.dates import DateWords, day_suffix_in, month_first_in


def locale_words(locale: QLocale | None = None) -> DateWords:
    """The locale's month names (as they stand alone, 'November'), its order of month and day, and what follows the
    day's number ('23. November' in German)."""
    locale = locale or QLocale()
    months = tuple(locale.standaloneMonthName(month, QLocale.FormatType.LongFormat) for month in range(1, 13))
    return DateWords(months, month_first(locale), day_suffix_in(locale.dateFormat(QLocale.FormatType.LongFormat)))


def month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day ('November 24' rather than '24 November')."""
    return month_first_in(locale.dateFormat(QLocale.FormatType.LongFormat))
