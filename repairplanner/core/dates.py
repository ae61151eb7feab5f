"""Week numbers and dates in words: the one place a couple's week gets its number and label, `--week` is read,
and dates, times and day names are written as text.

The rule for week numbers: a couple's week, whatever day it starts on, is numbered by the ISO 8601 week that holds
most of its days, which is the ISO week of its fourth day (for a Monday-first week, its Thursday: plain ISO).
Every ISO week holds exactly one fourth day of a couple's week, so the label and the week determine each other:
`week_for_label(week_label(start), first_weekday)` is `start` again, for any of the seven first weekdays.
The screen's header, the printed page, the export file names and the command line's `--week` all use it.

Text that Qt does not format through a locale (the therapist summary, chart labels, notes, file names, the command
line's messages) is written here from translatable day and month names and translatable patterns ("{day} {month}
{year}" reads "{day}. {month} {year}" in German), never through `strftime`, whose month and day names follow
whatever C locale the process happens to run under.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.weeks import week_start

MONTHS = (
    QT_TRANSLATE_NOOP("Months", "January"),
    QT_TRANSLATE_NOOP("Months", "February"),
    QT_TRANSLATE_NOOP("Months", "March"),
    QT_TRANSLATE_NOOP("Months", "April"),
    QT_TRANSLATE_NOOP("Months", "May"),
    QT_TRANSLATE_NOOP("Months", "June"),
    QT_TRANSLATE_NOOP("Months", "July"),
    QT_TRANSLATE_NOOP("Months", "August"),
    QT_TRANSLATE_NOOP("Months", "September"),
    QT_TRANSLATE_NOOP("Months", "October"),
    QT_TRANSLATE_NOOP("Months", "November"),
    QT_TRANSLATE_NOOP("Months", "December"),
)
#: Month names as a date abbreviates them (context "ShortMonths", so "May" can differ from the full name).
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("ShortMonths", "Jan"),
    QT_TRANSLATE_NOOP("ShortMonths", "Feb"),
    QT_TRANSLATE_NOOP("ShortMonths", "Mar"),
    QT_TRANSLATE_NOOP("ShortMonths", "Apr"),
    QT_TRANSLATE_NOOP("ShortMonths", "May"),
    QT_TRANSLATE_NOOP("ShortMonths", "Jun"),
    QT_TRANSLATE_NOOP("ShortMonths", "Jul"),
    QT_TRANSLATE_NOOP("ShortMonths", "Aug"),
    QT_TRANSLATE_NOOP("ShortMonths", "Sep"),
    QT_TRANSLATE_NOOP("ShortMonths", "Oct"),
    QT_TRANSLATE_NOOP("ShortMonths", "Nov"),
    QT_TRANSLATE_NOOP("ShortMonths", "Dec"),
)
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Monday"),
    QT_TRANSLATE_NOOP("Weekdays", "Tuesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Wednesday"),
    QT_TRANSLATE_NOOP("Weekdays", "Thursday"),
    QT_TRANSLATE_NOOP("Weekdays", "Friday"),
    QT_TRANSLATE_NOOP("Weekdays", "Saturday"),
    QT_TRANSLATE_NOOP("Weekdays", "Sunday"),
)
SHORT_WEEKDAYS = (
    QT_TRANSLATE_NOOP("ShortWeekdays", "Mon"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Tue"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Wed"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Thu"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Fri"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Sat"),
    QT_TRANSLATE_NOOP("ShortWeekdays", "Sun"),
)
EN_DASH = "\u2013"
_WEEK_LABEL = re.compile(r"\s*([0-9]{4})-?W([0-9]{1,2})\s*", re.IGNORECASE)
#: From a couple's first day to the day that decides the week's number (its Thursday, for a Monday-first week).
_DECIDING_DAY = dt.timedelta(days=3)


# --- week numbers ----------------------------------------------------------------------------------------------------


def week_number(start: dt.date) -> int:
    """The number of the couple's week that begins on `start` (any weekday): the ISO week holding most of its days."""
    return (start + _DECIDING_DAY).isocalendar()[1]


def week_label(start: dt.date) -> str:
    """The couple's week that begins on `start`, labelled like '2026-W48' (what `--week` takes)."""
    year, week, _ = (start + _DECIDING_DAY).isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_for_label(text: str, first_weekday: int) -> dt.date:
    """The first day of the couple's week labelled `text` ('2026-W48' or '2026W48'), for weeks that begin on ISO
    weekday `first_weekday`; ValueError with a plain message if `text` is not a week."""
    match = _WEEK_LABEL.fullmatch(text)
    if match is None:
        raise ValueError(translate("Dates", "'{text}' is not a week; write it like 2026-W48").format(text=text))
    year, week = int(match.group(1)), int(match.group(2))
    try:
        thursday = dt.date.fromisocalendar(year, week, 4)
    except ValueError:
        raise ValueError(translate("Dates", "{year} has no week {week}").format(year=year, week=week)) from None
    try:
        return week_start(thursday, first_weekday)
    except OverflowError:
        message = translate("Dates", "week {week} of {year} is out of range").format(week=week, year=year)
        raise ValueError(message) from None


def week_file_name(start: dt.date, extension: str) -> str:
    """The name an export of the week beginning on `start` is offered under, like 'weekly-plan-2026-W48.pdf'."""
    return f"weekly-plan-{week_label(start)}.{extension}"


# --- dates in the app's own words ------------------------------------------------------------------------------------
# Each pattern is translated whole, so a language puts day, month and year in its own order and punctuation.


def month_name(month: int) -> str:
    """'March' (month 1 to 12), in the interface language."""
    return translate("Months", MONTHS[month - 1])


def short_month_name(month: int) -> str:
    """'Mar' (month 1 to 12), in the interface language."""
    return translate("ShortMonths", SHORT_MONTHS[month - 1])


def weekday_name(day: dt.date) -> str:
    """'Monday'."""
    return translate("Weekdays", WEEKDAYS[day.weekday()])


def short_weekday_name(day: dt.date) -> str:
    """'Mon'."""
    return translate("ShortWeekdays", SHORT_WEEKDAYS[day.weekday()])


def _day_month_year(day: int, month: str, year: int) -> str:
    return translate("Dates", "{day} {month} {year}").format(day=day, month=month, year=year)


def _day_month(day: int, month: str) -> str:
    return translate("Dates", "{day} {month}").format(day=day, month=month)


def _weekday_day_month(weekday: str, day: int, month: str) -> str:
    return translate("Dates", "{weekday} {day} {month}").format(weekday=weekday, day=day, month=month)


def _range(first: str, last: str) -> str:
    return translate("Dates", "{first} – {last}").format(first=first, last=last)


def day_text(day: dt.date) -> str:
    """A day as '3 Mar 2026'."""
    return _day_month_year(day.day, short_month_name(day.month), day.year)


def short_day_text(day: dt.date) -> str:
    """A day as '3 Mar'."""
    return _day_month(day.day, short_month_name(day.month))


def weekday_day_text(day: dt.date) -> str:
    """A day with its weekday as 'Tue 3 Mar'."""
    return _weekday_day_month(short_weekday_name(day), day.day, short_month_name(day.month))


def long_day_text(day: dt.date) -> str:
    """A day with its weekday as 'Tuesday 3 March'."""
    return _weekday_day_month(weekday_name(day), day.day, month_name(day.month))


def weekday_full_day_text(day: dt.date) -> str:
    """A day with its weekday and year as 'Tuesday 3 March 2026'."""
    return translate("Dates", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day.month), year=day.year
    )


def full_day_text(day: dt.date) -> str:
    """A day as '3 March 2026'."""
    return _day_month_year(day.day, month_name(day.month), day.year)


def month_text(day: dt.date, *, with_year: bool) -> str:
    """The month of `day` as 'Mar', or 'Mar 2026' `with_year`."""
    month = short_month_name(day.month)
    return translate("Dates", "{month} {year}").format(month=month, year=day.year) if with_year else month


def range_text(start: dt.date, end: dt.date) -> str:
    """A range of days as '1 Dec 2025 – 30 Nov 2026'."""
    return _range(day_text(start), day_text(end))


def file_stamp(moment: dt.datetime) -> str:
    """A wall-clock time for a file name, sorting in time order: '20261130-214500'."""
    return f"{moment:%Y%m%d-%H%M%S}"  # digits only: no names, so no locale


# --- dates in a locale's words ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateWords:
    """How a locale writes a date: its twelve month names, whether the month comes before the day, and what follows
    the day's number ("." in German: '23. November')."""

    months: tuple[str, ...] = MONTHS
    month_first: bool = False
    day_suffix: str = ""


ENGLISH = DateWords()


def month_first_in(long_date_format: str) -> bool:
    """Whether a long date pattern ('dddd, MMMM d, yyyy') puts the month before the day of the month."""
    # "dddd" and "ddd" are the weekday's name; the day of the month is the first "d" left once they are out.
    pattern = long_date_format.replace("dddd", "").replace("ddd", "")
    return pattern.find("M") < pattern.find("d")


def day_suffix_in(long_date_format: str) -> str:
    """What a long date pattern writes right after the day of the month: "." for 'dddd, d. MMMM yyyy', else ""."""
    pattern = long_date_format.replace("dddd", "").replace("ddd", "")
    found = re.search(r"d+(\.)", pattern)
    return found.group(1) if found else ""


def day_month_text(day: dt.date, words: DateWords | None = None) -> str:
    """'23 November' ('23. November' in German), or with a locale's `words` its own: 'November 23' where the month
    comes first."""
    if words is None:
        return _day_month(day.day, month_name(day.month))
    month = words.months[day.month - 1]
    return f"{month} {day.day}" if words.month_first else f"{day.day}{words.day_suffix} {month}"


def week_range_text(start: dt.date, words: DateWords | None = None) -> str:
    """The seven days from `start`: '23–29 November 2026', '28 April – 4 May 2025', 'November 23–29, 2026'.

    Without `words` the interface language's patterns write it; with them, a locale's month names and order."""
    end = start + dt.timedelta(days=6)
    if words is None:
        if start.year != end.year:
            return _range(full_day_text(start), full_day_text(end))
        if start.month != end.month:
            first, last = day_month_text(start), day_month_text(end)
            return translate("Dates", "{first} – {last} {year}").format(first=first, last=last, year=end.year)
        return translate("Dates", "{first_day}–{last_day} {month} {year}").format(
            first_day=start.day, last_day=end.day, month=month_name(start.month), year=end.year
        )
    joint = ", " if words.month_first else " "
    first, last = day_month_text(start, words), day_month_text(end, words)
    if start.year != end.year:
        return f"{first}{joint}{start.year} {EN_DASH} {last}{joint}{end.year}"
    if start.month != end.month:
        return f"{first} {EN_DASH} {last}{joint}{end.year}"
    month = words.months[start.month - 1]
    if words.month_first:
        return f"{month} {start.day}{EN_DASH}{end.day}, {end.year}"
    dot = words.day_suffix
    return f"{start.day}{dot}{EN_DASH}{end.day}{dot} {month} {end.year}"


def parse_typed_time(text: str) -> dt.time | None:
    """A time as a person types it over a selected one: '7' (7:00), '930' (9:30), '1930', '19:30' or '7.5'
    (7:05); None while it is not a time yet or not one at all."""
    match = _TYPED_TIME.fullmatch(text.strip())
    if match is None:
        return None
    hours, minutes, digits = match.group("hours"), match.group("minutes"), match.group("digits")
    if digits is not None:
        return _time(int(digits), 0) if len(digits) <= 2 else _time(int(digits[:-2]), int(digits[-2:]))
    return _time(int(hours), int(minutes or 0))


#: '19:30', '7.5', '9h', or digits alone ('7', '930', '1930'); ASCII digits only.
_TYPED_TIME = re.compile(r"(?P<hours>[0-9]{1,2})[:.h](?P<minutes>[0-9]{0,2})|(?P<digits>[0-9]{1,4})")


def _time(hours: int, minutes: int) -> dt.time | None:
    return dt.time(hours, minutes) if 0 <= hours <= 23 and 0 <= minutes <= 59 else None
