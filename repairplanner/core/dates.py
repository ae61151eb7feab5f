"""Week numbers and dates in words: the one place a couple's week gets its number and label, `--week` is read,
and dates, times and day names are written as text.

The rule for week numbers: a couple's week, whatever day it starts on, is numbered by the ISO 8601 week that holds
most of its days, which is the ISO week of its fourth day (for a Monday-first week, its Thursday: plain ISO).
Every ISO week holds exactly one fourth day of a couple's week, so the label and the week determine each other:
`week_for_label(week_label(start), first_weekday)` is `start` again, for any of the seven first weekdays.
The screen's header, the printed page, the export file names and the command line's `--week` all use it.

Text that Qt does not format through a locale (the therapist summary, chart labels, notes, file names, the command
line's messages) is written here in the app's British English, never through `strftime`, whose month and day
names follow whatever C locale the process happens to run under.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from repairplanner.core.weeks import week_start

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
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
        raise ValueError(f"'{text}' is not a week; write it like 2026-W48")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        thursday = dt.date.fromisocalendar(year, week, 4)
    except ValueError:
        raise ValueError(f"{year} has no week {week}") from None
    try:
        return week_start(thursday, first_weekday)
    except OverflowError:
        raise ValueError(f"week {week} of {year} is out of range") from None


def week_file_name(start: dt.date, extension: str) -> str:
    """The name an export of the week beginning on `start` is offered under, like 'weekly-plan-2026-W48.pdf'."""
    return f"weekly-plan-{week_label(start)}.{extension}"


# --- dates in the app's own words ------------------------------------------------------------------------------------


def weekday_name(day: dt.date) -> str:
    """'Monday'."""
    return WEEKDAYS[day.weekday()]


def day_text(day: dt.date) -> str:
    """A day as '3 Mar 2026'."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def short_day_text(day: dt.date) -> str:
    """A day as '3 Mar'."""
    return f"{day.day} {MONTHS[day.month - 1][:3]}"


def weekday_day_text(day: dt.date) -> str:
    """A day with its weekday as 'Tue 3 Mar'."""
    return f"{weekday_name(day)[:3]} {short_day_text(day)}"


def long_day_text(day: dt.date) -> str:
    """A day with its weekday as 'Tuesday 3 March'."""
    return f"{weekday_name(day)} {day.day} {MONTHS[day.month - 1]}"


def full_day_text(day: dt.date) -> str:
    """A day as '3 March 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_text(day: dt.date, *, with_year: bool) -> str:
    """The month of `day` as 'Mar', or 'Mar 2026' `with_year`."""
    month = MONTHS[day.month - 1][:3]
    return f"{month} {day.year}" if with_year else month


def range_text(start: dt.date, end: dt.date) -> str:
    """A range of days as '1 Dec 2025 – 30 Nov 2026'."""
    return f"{day_text(start)} {EN_DASH} {day_text(end)}"


def file_stamp(moment: dt.datetime) -> str:
    """A wall-clock time for a file name, sorting in time order: '20261130-214500'."""
    return f"{moment:%Y%m%d-%H%M%S}"  # digits only: no names, so no locale


# --- dates in a locale's words ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateWords:
    """How a language writes a date: its twelve month names, and whether the month comes before the day."""

    months: tuple[str, ...] = MONTHS
    month_first: bool = False


ENGLISH = DateWords()


def month_first_in(long_date_format: str) -> bool:
    """Whether a long date pattern ('dddd, MMMM d, yyyy') puts the month before the day of the month."""
    # "dddd" and "ddd" are the weekday's name; the day of the month is the first "d" left once they are out.
    pattern = long_date_format.replace("dddd", "").replace("ddd", "")
    return pattern.find("M") < pattern.find("d")


def day_month_text(day: dt.date, words: DateWords = ENGLISH) -> str:
    """'23 November', or 'November 23' where the month comes first."""
    month = words.months[day.month - 1]
    return f"{month} {day.day}" if words.month_first else f"{day.day} {month}"


def week_range_text(start: dt.date, words: DateWords = ENGLISH) -> str:
    """The seven days from `start`: '23–29 November 2026', '28 April – 4 May 2025', 'November 23–29, 2026'."""
    end = start + dt.timedelta(days=6)
    joint = ", " if words.month_first else " "
    first, last = day_month_text(start, words), day_month_text(end, words)
    if start.year != end.year:
        return f"{first}{joint}{start.year} {EN_DASH} {last}{joint}{end.year}"
    if start.month != end.month:
        return f"{first} {EN_DASH} {last}{joint}{end.year}"
    month = words.months[start.month - 1]
    if words.month_first:
        return f"{month} {start.day}{EN_DASH}{end.day}, {end.year}"
    return f"{start.day}{EN_DASH}{end.day} {month} {end.year}"
