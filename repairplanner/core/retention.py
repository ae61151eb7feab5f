"""Which backups to keep: a rolling schedule of days, weeks and months, as a pure function of their times."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """Keep every copy of the last `recent_hours` (at most `recent_copies` of them), and the newest copy of each of
    the last `days` days, `weeks` ISO weeks and `months` calendar months.

    The recent copies are what "restore after a bad evening" needs: the copy from this morning survives the copies
    made when the app closes later the same day.
    """

    days: int = 7
    weeks: int = 5
    months: int = 12
    recent_hours: int = 48
    recent_copies: int = 10


DEFAULT_POLICY = RetentionPolicy()


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _week(moment: dt.datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> Hashable:
    return (moment.year, moment.month)


def _recent_periods(
    now: dt.datetime, count: int, period: Callable[[dt.datetime], Hashable], step: int
) -> set[Hashable]:
    """The `count` periods up to and including now's, found by stepping back `step` days at a time."""
    found: list[Hashable] = []
    moment = now
    while len(found) < count:
        key = period(moment)
        if key not in found:
            found.append(key)
        moment -= dt.timedelta(days=step)
    return set(found)


def backups_to_keep(
    times: Iterable[dt.datetime], now: dt.datetime, policy: RetentionPolicy = DEFAULT_POLICY
) -> set[dt.datetime]:
    """The times (of those given) whose copies the schedule keeps; every other copy may be pruned.

    The newest copy is always kept, and so is any copy dated after `now` (a clock set wrong is no reason to
    delete anything). Within each of the recent days, weeks and months the newest copy is kept.
    """
    moments = sorted(set(times))
    if not moments:
        return set()
    keep = {moments[-1]} | {m for m in moments if m > now}
    since = now - dt.timedelta(hours=policy.recent_hours)
    recent = [m for m in moments if since <= m <= now]
    if policy.recent_copies > 0:
        keep.update(recent[-policy.recent_copies :])
    rules = (
        (policy.days, _day, 1),
        (policy.weeks, _week, 7),
        (policy.months, _month, 28),
    )
    for count, period, step in rules:
        if count <= 0:
            continue
        periods = _recent_periods(now, count, period, step)
        newest: dict[Hashable, dt.datetime] = {}
        for moment in moments:
            if moment <= now and period(moment) in periods:
                newest[period(moment)] = moment  # sorted ascending: the last one seen is the newest
        keep.update(newest.values())
    return keep


def most_kept(policy: RetentionPolicy = DEFAULT_POLICY) -> int:
    """The most copies the schedule keeps (not counting copies dated in the future)."""
    return policy.days + policy.weeks + policy.months + max(policy.recent_copies, 0) + 1
