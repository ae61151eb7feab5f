"""Week arithmetic for weeks that start on the couple's (or the locale's) first day; their numbers are in dates.py."""

from __future__ import annotations

import datetime as dt

MONDAY = 1
SUNDAY = 7


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
