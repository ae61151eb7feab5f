"""The rolling backup schedule, checked as properties over random dates (issue 11, item 1)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from repairplanner.core.retention import DEFAULT_POLICY, RetentionPolicy, backups_to_keep, most_kept

NOW = dt.datetime(2026, 11, 30, 12, 0, 0)
moments = st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 1, 31))
nows = st.datetimes(min_value=dt.datetime(2025, 1, 1), max_value=dt.datetime(2026, 12, 31))
policies = st.builds(RetentionPolicy, st.integers(0, 10), st.integers(0, 8), st.integers(0, 14))


@settings(max_examples=300)
@given(st.lists(moments, max_size=80), nows, policies)
def test_the_schedule_keeps_only_given_copies_the_newest_and_the_newest_of_each_recent_period(
    times: list[dt.datetime], now: dt.datetime, policy: RetentionPolicy
) -> None:
    kept = backups_to_keep(times, now, policy)
    assert kept <= set(times)
    if times:
        assert max(times) in kept
    assert {t for t in times if t > now} <= kept
    past = [t for t in times if t <= now]
    assert len(kept - {t for t in times if t > now}) <= most_kept(policy)
    # The newest copies of the last hours are all kept, up to the policy's number.
    recent = sorted(t for t in set(past) if t >= now - dt.timedelta(hours=policy.recent_hours))
    assert set(recent[len(recent) - min(len(recent), policy.recent_copies) :]) <= kept
    # Each of the last `days` calendar days that holds a copy keeps its newest one.
    for back in range(policy.days):
        day = now.date() - dt.timedelta(days=back)
        that_day = [t for t in past if t.date() == day]
        if that_day:
            assert max(that_day) in kept
    # Each of the last `months` calendar months that holds a copy keeps its newest one.
    year, month = now.year, now.month
    for _ in range(policy.months):
        in_month = [t for t in past if (t.year, t.month) == (year, month)]
        if in_month:
            assert max(in_month) in kept
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    # Each of the last `weeks` ISO weeks that holds a copy keeps its newest one.
    for back in range(policy.weeks):
        week = (now - dt.timedelta(weeks=back)).isocalendar()[:2]
        in_week = [t for t in past if t.isocalendar()[:2] == week]
        if in_week:
            assert max(in_week) in kept


@settings(max_examples=200)
@given(st.lists(moments, max_size=60), nows)
def test_pruning_again_changes_nothing(times: list[dt.datetime], now: dt.datetime) -> None:
    kept = backups_to_keep(times, now)
    assert backups_to_keep(kept, now) == kept


@settings(max_examples=100)
@given(st.integers(0, 23))
def test_a_year_of_daily_copies_shrinks_to_the_schedule(hour: int) -> None:
    daily = [dt.datetime(2025, 12, 1, hour) + dt.timedelta(days=n) for n in range(365)]
    now = daily[-1]
    kept = backups_to_keep(daily, now)
    assert len(kept) <= most_kept(DEFAULT_POLICY)
    assert {now - dt.timedelta(days=n) for n in range(7)} <= kept
    assert min(kept) < now - dt.timedelta(days=300)  # something from about a year ago survives


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], NOW) == set()
