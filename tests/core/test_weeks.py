"""Tests for week arithmetic: weeks starting on any weekday."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.weeks import (
    MONDAY,
    SUNDAY,
    shift_weeks,
    week_days,
    week_start,
    weekday_order,
)

# Far enough from date.min and date.max that a week (or a few hundred weeks) either side still exists.
dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9990, 12, 31))
weekdays = st.integers(min_value=MONDAY, max_value=SUNDAY)


@given(dates, weekdays)
def test_week_start_is_the_latest_first_weekday_on_or_before_the_day(day: dt.date, first: int) -> None:
    start = week_start(day, first)
    assert start <= day
    assert (day - start).days <= 6
    assert start.isoweekday() == first


@given(dates, weekdays)
def test_week_start_is_idempotent(day: dt.date, first: int) -> None:
    start = week_start(day, first)
    assert week_start(start, first) == start


@given(dates)
def test_week_start_defaults_to_monday(day: dt.date) -> None:
    assert week_start(day) == day - dt.timedelta(days=day.weekday())


@given(dates, weekdays)
def test_every_day_of_a_week_maps_back_to_its_start(day: dt.date, first: int) -> None:
    start = week_start(day, first)
    days = week_days(start)
    assert len(days) == 7
    assert days[0] == start
    assert all(later - earlier == dt.timedelta(days=1) for earlier, later in itertools.pairwise(days))
    assert day in days
    assert {week_start(d, first) for d in days} == {start}


@given(dates, weekdays, st.integers(min_value=-300, max_value=300))
def test_shift_weeks_round_trips_and_keeps_the_weekday(day: dt.date, first: int, n: int) -> None:
    start = week_start(day, first)
    moved = shift_weeks(start, n)
    assert (moved - start).days == 7 * n
    assert moved.isoweekday() == first
    assert shift_weeks(moved, -n) == start


@given(weekdays)
def test_weekday_order_is_a_rotation_starting_on_the_first_weekday(first: int) -> None:
    order = weekday_order(first)
    assert order[0] == first
    assert sorted(order) == list(range(1, 8))
    canonical = list(range(1, 8))
    assert list(order) == canonical[first - 1 :] + canonical[: first - 1]


def test_weekday_order_examples() -> None:
    assert weekday_order() == (1, 2, 3, 4, 5, 6, 7)
    assert weekday_order(SUNDAY) == (7, 1, 2, 3, 4, 5, 6)


@given(dates, weekdays)
def test_weekday_order_matches_the_days_of_a_week(day: dt.date, first: int) -> None:
    days = week_days(week_start(day, first))
    assert tuple(d.isoweekday() for d in days) == weekday_order(first)


@pytest.mark.parametrize("first", [0, 8, -1, 14])
def test_invalid_first_weekday_is_rejected(first: int) -> None:
    day = dt.date(2026, 11, 25)
    with pytest.raises(ValueError, match="first_weekday"):
        week_start(day, first)
    with pytest.raises(ValueError, match="first_weekday"):
        weekday_order(first)
