"""Tests for week arithmetic: weeks starting on any weekday, and ISO 8601 week labels."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.weeks import (
    MONDAY,
    SUNDAY,
    iso_week_label,
    parse_iso_week,
    shift_weeks,
    week_days,
    week_for_iso_label,
    week_start,
    weekday_order,
)

# Far enough from date.min and date.max that a week (or a few hundred weeks) either side still exists,
# and four-digit years only, as ISO 8601 week labels need.
dates = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9990, 12, 31))
weekdays = st.integers(min_value=MONDAY, max_value=SUNDAY)
years = st.integers(min_value=1000, max_value=9990)


def has_53_iso_weeks(year: int) -> bool:
    """The calendar rule: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year."""
    jan1 = dt.date(year, 1, 1).isoweekday()
    return jan1 == 4 or (jan1 == 3 and calendar.isleap(year))


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


@given(dates)
def test_iso_label_parses_back_to_the_monday_of_the_iso_week(day: dt.date) -> None:
    year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    label = iso_week_label(day)
    assert label == f"{year:04d}-W{week:02d}"
    parsed = parse_iso_week(label)
    assert parsed == monday
    assert parsed.isocalendar()[:2] == (year, week)


@given(dates)
def test_compact_and_lower_case_labels_are_accepted(day: dt.date) -> None:
    year, week, _ = day.isocalendar()
    monday = parse_iso_week(iso_week_label(day))
    assert parse_iso_week(f"{year}W{week:02d}") == monday
    assert parse_iso_week(f"{year}-w{week}") == monday
    assert parse_iso_week(f"  {year}-W{week:02d}  ") == monday


@given(dates)
def test_week_for_iso_label_with_sunday_start_is_the_sunday_before_the_iso_monday(day: dt.date) -> None:
    label = iso_week_label(day)
    monday = parse_iso_week(label)
    sunday = week_for_iso_label(label, SUNDAY)
    assert sunday == monday - dt.timedelta(days=1)
    assert sunday.isoweekday() == SUNDAY
    assert week_for_iso_label(label) == monday


@given(dates, weekdays)
def test_week_for_iso_label_holds_the_iso_monday(day: dt.date, first: int) -> None:
    label = iso_week_label(day)
    start = week_for_iso_label(label, first)
    assert parse_iso_week(label) in week_days(start)
    assert start.isoweekday() == first


@given(years)
def test_week_53_exists_exactly_in_long_iso_years(year: int) -> None:
    label = f"{year}-W53"
    if has_53_iso_weeks(year):
        monday = parse_iso_week(label)
        assert monday.isoweekday() == MONDAY
        assert monday.isocalendar()[:2] == (year, 53)
    else:
        with pytest.raises(ValueError, match=f"{year} has no week 53"):
            parse_iso_week(label)


@given(years, st.integers(min_value=1, max_value=52))
def test_weeks_1_to_52_exist_in_every_year(year: int, week: int) -> None:
    monday = parse_iso_week(f"{year}-W{week:02d}")
    assert monday.isocalendar() == (year, week, 1)


@given(years, st.sampled_from([0, 54, 60, 99]))
def test_week_numbers_outside_1_to_53_are_rejected(year: int, week: int) -> None:
    with pytest.raises(ValueError, match=f"has no week {week}"):
        parse_iso_week(f"{year}-W{week:02d}")


@pytest.mark.parametrize(
    ("label", "monday"),
    [
        ("2026-W48", dt.date(2026, 11, 23)),
        ("2026-W01", dt.date(2025, 12, 29)),  # ISO week 1 holds the year's first Thursday (1 Jan 2026)
        ("2020-W53", dt.date(2020, 12, 28)),  # 2020 began on a Wednesday and was a leap year
        ("2015-W53", dt.date(2015, 12, 28)),  # 2015 began on a Thursday
        ("2021-W01", dt.date(2021, 1, 4)),
        ("2027-W01", dt.date(2027, 1, 4)),
    ],
)
def test_known_iso_weeks(label: str, monday: dt.date) -> None:
    assert parse_iso_week(label) == monday
    assert iso_week_label(monday) == label
    assert iso_week_label(monday + dt.timedelta(days=6)) == label


def test_concrete_labels_of_days() -> None:
    assert iso_week_label(dt.date(2021, 1, 3)) == "2020-W53"  # a Sunday in the last week of 2020
    assert iso_week_label(dt.date(2024, 12, 30)) == "2025-W01"  # a Monday already in 2025's first week
    assert iso_week_label(dt.date(2026, 11, 29)) == "2026-W48"


def test_sunday_start_example() -> None:
    assert week_for_iso_label("2026-W48", SUNDAY) == dt.date(2026, 11, 22)
    assert week_start(dt.date(2026, 11, 28), SUNDAY) == dt.date(2026, 11, 22)  # a Saturday
    assert week_start(dt.date(2026, 11, 29), SUNDAY) == dt.date(2026, 11, 29)  # a Sunday


def test_a_missing_week_53_gets_a_plain_message() -> None:
    with pytest.raises(ValueError) as caught:
        parse_iso_week("2021-W53")
    message = str(caught.value)
    assert "2021" in message
    assert "53" in message
    assert "Invalid" not in message  # not the datetime module's own wording
    assert "fromisocalendar" not in message


@pytest.mark.parametrize(
    "text", ["2026-48", "W48", "2026-W", "", "   ", "26-W48", "2026-W123", "2026 W48", "2026-W4 8"]
)
def test_malformed_labels_say_what_form_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match="2026-W48"):
        parse_iso_week(text)


@pytest.mark.parametrize("first", [0, 8, -1, 14])
def test_invalid_first_weekday_is_rejected(first: int) -> None:
    day = dt.date(2026, 11, 25)
    with pytest.raises(ValueError, match="first_weekday"):
        week_start(day, first)
    with pytest.raises(ValueError, match="first_weekday"):
        weekday_order(first)
    with pytest.raises(ValueError, match="first_weekday"):
        week_for_iso_label("2026-W48", first)


def test_labels_of_years_before_1000_are_zero_padded() -> None:
    day = dt.date(999, 6, 1)
    year, week, weekday = day.isocalendar()
    assert iso_week_label(day) == f"{year:04d}-W{week:02d}"
    assert parse_iso_week(iso_week_label(day)) == day - dt.timedelta(days=weekday - 1)


def test_only_ascii_digits_make_a_week_label() -> None:
    with pytest.raises(ValueError, match="2026-W48"):
        parse_iso_week("٢٠٢٦-W48")
