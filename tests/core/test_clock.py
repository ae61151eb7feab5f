"""Tests for the one clock: aware UTC now, local dates from local time, and a fixed clock for tests."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.clock import UTC, Clock, FixedClock, as_utc, to_stored

NEW_YORK = ZoneInfo("America/New_York")
KIRITIMATI = dt.timezone(dt.timedelta(hours=14))
BAKER_ISLAND = dt.timezone(dt.timedelta(hours=-12))
zones = st.sampled_from([UTC, KIRITIMATI, BAKER_ISLAND, dt.timezone(dt.timedelta(hours=5, minutes=30))])
moments = st.datetimes(min_value=dt.datetime(1950, 1, 2), max_value=dt.datetime(2200, 12, 30), timezones=st.just(UTC))


def test_the_evening_in_new_york_is_still_that_day_though_utc_is_already_tomorrow() -> None:
    clock = FixedClock(dt.datetime(2026, 11, 26, 2, 0, tzinfo=UTC), NEW_YORK)
    assert clock.today() == dt.date(2026, 11, 25)
    assert clock.to_local(clock.now()).hour == 21
    assert FixedClock(clock.now()).today() == dt.date(2026, 11, 26)  # the same moment in UTC


def test_a_stored_time_is_naive_utc_and_reads_back_as_the_same_local_date() -> None:
    clock = FixedClock.at_local(dt.date(2026, 11, 25), dt.time(21, 0), NEW_YORK)
    stored = clock.stamp()
    assert stored.tzinfo is None and stored == dt.datetime(2026, 11, 26, 2, 0)
    assert clock.local_date(stored) == dt.date(2026, 11, 25)
    assert stored.date() == dt.date(2026, 11, 26)  # what taking the stored value's own date got wrong


def test_local_wall_clock_times_follow_daylight_saving() -> None:
    clock = FixedClock(dt.datetime(2026, 3, 1, tzinfo=UTC), NEW_YORK)
    assert clock.from_local(dt.date(2026, 3, 7), dt.time(9)) == dt.datetime(2026, 3, 7, 14, 0, tzinfo=UTC)
    assert clock.from_local(dt.date(2026, 3, 9), dt.time(9)) == dt.datetime(2026, 3, 9, 13, 0, tzinfo=UTC)


@given(moments, zones)
def test_local_time_and_back_is_the_same_moment(moment: dt.datetime, zone: dt.tzinfo) -> None:
    clock = FixedClock(moment, zone)
    local = clock.to_local(moment)
    assert clock.from_local(local.date(), local.time()) == moment
    assert clock.today() == local.date() == clock.local_date(to_stored(moment))


@given(moments, zones)
def test_the_next_local_midnight_is_less_than_a_day_away_and_changes_the_date(
    moment: dt.datetime, zone: dt.tzinfo
) -> None:
    clock = FixedClock(moment, zone)
    wait = clock.until_tomorrow()
    assert dt.timedelta(0) < wait <= dt.timedelta(days=1)
    before = clock.today()
    clock.advance(wait)
    assert clock.today() == before + dt.timedelta(days=1)
    clock.advance(-dt.timedelta(milliseconds=1))
    assert clock.today() == before or wait == dt.timedelta(milliseconds=1)


def test_a_day_that_springs_forward_is_23_hours_long() -> None:
    clock = FixedClock.at_local(dt.date(2026, 3, 8), dt.time(0, 0), NEW_YORK)
    assert clock.until_tomorrow() == dt.timedelta(hours=23)


def test_a_fixed_clock_moves_only_when_told() -> None:
    clock = FixedClock(dt.datetime(2026, 11, 25, 23, 59, 30, tzinfo=UTC))
    assert clock.now() == clock.now() and clock.today() == dt.date(2026, 11, 25)
    clock.advance(dt.timedelta(seconds=31))
    assert clock.today() == dt.date(2026, 11, 26)
    clock.set(dt.datetime(2027, 1, 1, 12, tzinfo=KIRITIMATI))
    assert clock.now() == dt.datetime(2026, 12, 31, 22, tzinfo=UTC)


def test_a_fixed_clock_refuses_a_time_without_a_zone() -> None:
    with pytest.raises(ValueError, match="aware"):
        FixedClock(dt.datetime(2026, 11, 25, 12))
    clock = FixedClock(dt.datetime(2026, 11, 25, 12, tzinfo=UTC))
    with pytest.raises(ValueError, match="aware"):
        clock.set(dt.datetime(2026, 11, 25, 13))


def test_the_machines_clock_is_aware_utc_and_reads_dates_in_the_machines_zone() -> None:
    clock = Clock()
    now = clock.now()
    assert now.tzinfo is UTC
    local = clock.to_local(now)
    assert local.utcoffset() == now.astimezone().utcoffset()
    assert clock.local_date(to_stored(now)) == local.date()
    assert clock.from_local(local.date(), local.time().replace(tzinfo=None)) == now


def test_naive_times_are_taken_as_utc_and_aware_ones_converted() -> None:
    naive = dt.datetime(2026, 11, 26, 2, 0)
    assert as_utc(naive) == dt.datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    assert as_utc(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NEW_YORK)) == as_utc(naive)
    assert to_stored(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NEW_YORK)) == naive
