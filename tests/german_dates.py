"""A stand-in German translator for the date words, so tests can see dates come out the German way without a
compiled catalogue (the real one is built from resources/translations)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from repairplanner.core.i18n import install_translator, untranslated

GERMAN_DATES: Mapping[tuple[str, str], str] = {
    ("Dates", "{day} {month} {year}"): "{day}. {month} {year}",
    ("Dates", "{day} {month}"): "{day}. {month}",
    ("Dates", "{weekday} {day} {month}"): "{weekday}, {day}. {month}",
    ("Dates", "{weekday} {day} {month} {year}"): "{weekday}, {day}. {month} {year}",
    ("Dates", "{first_day}–{last_day} {month} {year}"): "{first_day}.–{last_day}. {month} {year}",
    ("Months", "September"): "September",
    ("Months", "October"): "Oktober",
    ("Months", "December"): "Dezember",
    ("Months", "January"): "Januar",
    ("ShortMonths", "Sep"): "Sept.",
    ("ShortMonths", "Oct"): "Okt.",
    ("Weekdays", "Tuesday"): "Dienstag",
    ("ShortWeekdays", "Mon"): "Mo.",
    ("ShortWeekdays", "Wed"): "Mi.",
    ("ShortWeekdays", "Tue"): "Di.",
}


@contextmanager
def german_dates() -> Iterator[None]:
    """Route `translate` through GERMAN_DATES (everything else stays English) for the length of the block."""

    def translator(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = GERMAN_DATES.get((context, source))
        return found if found is not None else untranslated(context, source, disambiguation, n)

    previous = install_translator(translator, "de")
    try:
        yield
    finally:
        install_translator(*previous)
