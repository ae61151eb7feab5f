"""Week arithmetic: ISO week labels and weeks that start on the couple's (or the locale's) first day."""

from __future__ import annotations

import datetime as dt
import re

MONDAY = 1
SUNDAY = 7
_ISO_WEEK = re.compile(r"\s*([0-9]{4})-?W([0-9]{1,2})\s*", re.IGNORECASE)


def _check_weekday(first_weekday: int) -> None:
    if not MONDAY <= first_weekday <= SUNDAY:
        raise ValueError(f"first_weekday must be an ISO weekday 1-7, not {first_weekday}")


def week_start(day: dt.date, first_weekday: int = MONDAY) -> dt.date:
    """The first day of the week holding `day`, for weeks that begin on ISO weekday `first_weekday`."""
    _check_weekday(first_weekday)
    return day - dt.timedelta(days=(day.isoweekday() - first_weekday) % 7)


def week_days(start: dt.date) -> tuple[dt.date, ...]:
    """The seven days of the week that begins on `start`."""
    return tuple(start + dt.timedelta(days=i) for i in range(7))


def shift_weeks(start: dt.date, weeks: int) -> dt.date:
    """The start of the week `weeks` weeks after (or before, if negative) the one starting on `start`."""
    return start + dt.timedelta(weeks=weeks)


def weekday_order(first_weekday: int = MONDAY) -> tuple[int, ...]:
    """ISO weekdays in display order for weeks that begin on `first_weekday`."""
    _check_weekday(first_weekday)
    return tuple((first_weekday - 1 + i) % 7 + 1 for i in range(7))


def iso_week_label(day: dt.date) -> str:
    """The ISO 8601 week of `day`, as '2026-W48'."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def parse_iso_week(text: str) -> dt.date:
    """The Monday of an ISO week written '2026-W48' (or '2026W48'); ValueError with a plain message otherwise."""
    match = _ISO_WEEK.fullmatch(text)
    if match is None:
        raise ValueError(f"'{text}' is not a week; write it like 2026-W48")
    year, week = int(match.group(1)), int(match.group(2))
    try:
        return dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{year} has no week {week}") from None


def week_for_iso_label(text: str, first_weekday: int = MONDAY) -> dt.date:
    """The start of the couple's week that holds the Monday of ISO week `text`."""
    return week_start(parse_iso_week(text), first_weekday)
