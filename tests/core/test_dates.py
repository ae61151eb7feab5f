"""Tests for week numbers and labels (one rule for every first weekday) and for dates written as text."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.dates import (
    DateWords,
    day_month_text,
    day_suffix_in,
    day_text,
    file_stamp,
    full_day_text,
    long_day_text,
    month_first_in,
    month_text,
    parse_typed_time,
    range_text,
    short_day_text,
    week_file_name,
    week_for_label,
    week_label,
    week_number,
    week_range_text,
    weekday_day_text,
    weekday_name,
)
from repairplanner.core.weeks import MONDAY, SUNDAY, week_days, week_start

# Four-digit years with room for a week either side, as week labels need.
dates = st.dates(min_value=dt.date(1000, 1, 8), max_value=dt.date(9990, 12, 31))
weekdays = st.integers(min_value=MONDAY, max_value=SUNDAY)
years = st.integers(min_value=1000, max_value=9990)
TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = 2, 3, 4, 5, 6
US = DateWords(month_first=True)


def has_53_iso_weeks(year: int) -> bool:
    """The calendar rule: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year."""
    jan1 = dt.date(year, 1, 1).isoweekday()
    return jan1 == 4 or (jan1 == 3 and calendar.isleap(year))


# --- the round trip, for every first weekday -------------------------------------------------------------------------


@given(dates, weekdays)
def test_a_weeks_label_reads_back_to_the_same_week(day: dt.date, first: int) -> None:
    start = week_start(day, first)
    label = week_label(start)
    assert week_for_label(label, first) == start
    assert label.endswith(f"-W{week_number(start):02d}")


@given(years, st.integers(min_value=1, max_value=52), weekdays)
def test_every_label_names_exactly_one_week_of_the_couple(year: int, week: int, first: int) -> None:
    label = f"{year:04d}-W{week:02d}"
    start = week_for_label(label, first)
    assert start.isoweekday() == first
    assert week_label(start) == label
    # Neighbouring weeks have neighbouring labels: no week is skipped and none is labelled twice.
    assert week_label(start - dt.timedelta(weeks=1)) != label != week_label(start + dt.timedelta(weeks=1))


@given(dates, weekdays)
def test_a_week_is_numbered_by_the_iso_week_holding_most_of_its_days(day: dt.date, first: int) -> None:
    start = week_start(day, first)
    iso_weeks = [d.isocalendar()[:2] for d in week_days(start)]
    year, number = max(set(iso_weeks), key=iso_weeks.count)
    assert iso_weeks.count((year, number)) >= 4
    assert week_label(start) == f"{year:04d}-W{number:02d}"
    assert week_number(start) == number


@given(dates)
def test_a_monday_first_week_has_its_plain_iso_number(day: dt.date) -> None:
    year, week, _ = day.isocalendar()
    assert week_label(week_start(day, MONDAY)) == f"{year:04d}-W{week:02d}"


@pytest.mark.parametrize(
    ("first", "start"),
    [
        (MONDAY, dt.date(2026, 11, 23)),
        (TUESDAY, dt.date(2026, 11, 24)),
        (WEDNESDAY, dt.date(2026, 11, 25)),
        (THURSDAY, dt.date(2026, 11, 26)),
        (FRIDAY, dt.date(2026, 11, 20)),
        (SATURDAY, dt.date(2026, 11, 21)),
        (SUNDAY, dt.date(2026, 11, 22)),
    ],
)
def test_week_48_of_2026_for_each_first_weekday(first: int, start: dt.date) -> None:
    # ISO week 48 runs Monday 23 to Sunday 29 November; each couple's week 48 holds its Thursday, the 26th.
    assert week_for_label("2026-W48", first) == start
    assert week_label(start) == "2026-W48"
    assert week_number(start) == 48
    assert dt.date(2026, 11, 26) in week_days(start)


def test_a_sunday_first_week_in_mid_november_is_week_47_everywhere() -> None:
    # The example: Sunday 15 to Saturday 21 November 2026 is week 47 on screen, on paper and on the CLI.
    start = dt.date(2026, 11, 15)
    assert week_number(start) == 47
    assert week_file_name(start, "pdf") == "weekly-plan-2026-W47.pdf"
    assert week_for_label("2026-W47", SUNDAY) == start


def test_weeks_across_new_year_take_the_year_of_most_of_their_days() -> None:
    assert week_label(dt.date(2020, 12, 28)) == "2020-W53"  # Monday-first, 28 Dec 2020 to 3 Jan 2021
    assert week_label(dt.date(2024, 12, 29)) == "2025-W01"  # Sunday-first, 29 Dec 2024 to 4 Jan 2025
    assert week_label(dt.date(2025, 12, 26)) == "2026-W01"  # Friday-first, 26 Dec 2025 to 1 Jan 2026
    assert week_label(dt.date(2026, 12, 31)) == "2026-W53"  # Thursday-first, 31 Dec 2026 to 6 Jan 2027


# --- reading a label -------------------------------------------------------------------------------------------------


@given(dates, weekdays)
def test_compact_and_lower_case_labels_are_accepted(day: dt.date, first: int) -> None:
    start = week_start(day, first)
    year, week = week_label(start).split("-W")
    assert week_for_label(f"{year}W{week}", first) == start
    assert week_for_label(f"{year}-w{int(week)}", first) == start
    assert week_for_label(f"  {year}-W{week}  ", first) == start


@given(years, weekdays)
def test_week_53_exists_exactly_in_long_iso_years(year: int, first: int) -> None:
    label = f"{year}-W53"
    if has_53_iso_weeks(year):
        assert week_label(week_for_label(label, first)) == label
    else:
        with pytest.raises(ValueError, match=f"{year} has no week 53"):
            week_for_label(label, first)


@given(years, st.sampled_from([0, 54, 60, 99]))
def test_week_numbers_outside_1_to_53_are_rejected(year: int, week: int) -> None:
    with pytest.raises(ValueError, match=f"has no week {week}"):
        week_for_label(f"{year}-W{week:02d}", MONDAY)


def test_a_missing_week_53_gets_a_plain_message() -> None:
    with pytest.raises(ValueError) as caught:
        week_for_label("2021-W53", SUNDAY)
    message = str(caught.value)
    assert "2021" in message and "53" in message
    assert "Invalid" not in message and "fromisocalendar" not in message  # not the datetime module's wording


@pytest.mark.parametrize(
    "text", ["2026-48", "W48", "2026-W", "", "   ", "26-W48", "2026-W123", "2026 W48", "2026-W4 8", "٢٠٢٦-W48"]
)
def test_malformed_labels_say_what_form_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match="2026-W48"):
        week_for_label(text, MONDAY)


@pytest.mark.parametrize("first", [0, 8, -1])
def test_an_invalid_first_weekday_is_rejected(first: int) -> None:
    with pytest.raises(ValueError, match="first_weekday"):
        week_for_label("2026-W48", first)


def test_a_week_before_the_calendar_begins_is_out_of_range() -> None:
    assert week_for_label("0001-W01", MONDAY) == dt.date(1, 1, 1)
    with pytest.raises(ValueError, match="out of range"):
        week_for_label("0001-W01", SUNDAY)  # it would begin on 31 December of the year 0


def test_labels_of_years_before_1000_are_zero_padded() -> None:
    start = dt.date(999, 6, 1)
    assert week_label(start).startswith("0999-W")
    assert week_for_label(week_label(start), start.isoweekday()) == start


# --- dates as text ---------------------------------------------------------------------------------------------------


def test_dates_in_the_apps_own_words() -> None:
    day = dt.date(2026, 3, 3)  # a Tuesday
    assert weekday_name(day) == "Tuesday"
    assert day_text(day) == "3 Mar 2026"
    assert short_day_text(day) == "3 Mar"
    assert weekday_day_text(day) == "Tue 3 Mar"
    assert long_day_text(day) == "Tuesday 3 March"
    assert full_day_text(day) == "3 March 2026"
    assert month_text(day, with_year=False) == "Mar"
    assert month_text(day, with_year=True) == "Mar 2026"
    assert range_text(day, dt.date(2026, 11, 30)) == "3 Mar 2026 – 30 Nov 2026"
    assert file_stamp(dt.datetime(2026, 11, 30, 21, 5, 9)) == "20261130-210509"


@given(st.dates(max_value=dt.date(9999, 12, 24)))
def test_a_week_later_is_the_same_weekday_and_the_next_day_is_the_next_one(day: dt.date) -> None:
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    assert weekday_name(day + dt.timedelta(days=7)) == weekday_name(day)
    following = names[(names.index(weekday_name(day)) + 1) % 7]
    assert weekday_name(day + dt.timedelta(days=1)) == following
    assert long_day_text(day).split()[0] == weekday_name(day)


@pytest.mark.parametrize(
    ("start", "british", "american"),
    [
        (dt.date(2026, 11, 23), "23–29 November 2026", "November 23–29, 2026"),
        (dt.date(2025, 4, 28), "28 April – 4 May 2025", "April 28 – May 4, 2025"),
        (dt.date(2025, 12, 29), "29 December 2025 – 4 January 2026", "December 29, 2025 – January 4, 2026"),
    ],
)
def test_week_ranges_in_either_order_of_day_and_month(start: dt.date, british: str, american: str) -> None:
    assert week_range_text(start) == british
    assert week_range_text(start, US) == american
    assert day_month_text(start, US).startswith(US.months[start.month - 1])


@pytest.mark.parametrize(
    ("pattern", "month_first"),
    [
        ("dddd, MMMM d, yyyy", True),
        ("dddd d MMMM yyyy", False),
        ("dddd, d. MMMM yyyy", False),
        ("yyyy年M月d日dddd", True),
    ],
)
def test_the_order_of_month_and_day_is_read_from_a_long_date_pattern(pattern: str, month_first: bool) -> None:
    assert month_first_in(pattern) is month_first


# --- dates in German -------------------------------------------------------------------------------------------------


def test_dates_follow_the_interface_language_pattern_and_names() -> None:
    from tests.german_dates import german_dates

    with german_dates():
        assert day_text(dt.date(2026, 9, 1)) == "1. Sept. 2026"  # never "1 09 2026", never English
        assert full_day_text(dt.date(2026, 10, 5)) == "5. Oktober 2026"
        assert long_day_text(dt.date(2026, 3, 3)).startswith("Dienstag, 3. ")
        assert weekday_day_text(dt.date(2026, 3, 3)).startswith("Di., 3. ")
        assert week_range_text(dt.date(2026, 10, 5)) == "5.–11. Oktober 2026"
        assert week_range_text(dt.date(2025, 12, 29)) == "29. Dezember 2025 – 4. Januar 2026"
        assert range_text(dt.date(2026, 9, 1), dt.date(2026, 10, 5)) == "1. Sept. 2026 – 5. Okt. 2026"
    assert day_text(dt.date(2026, 9, 1)) == "1 Sep 2026"  # the translator is gone again


@pytest.mark.parametrize(
    ("pattern", "suffix"),
    [("dddd, d. MMMM yyyy", "."), ("dddd d MMMM yyyy", ""), ("dddd, MMMM d, yyyy", ""), ("yyyy年M月d日dddd", "")],
)
def test_the_day_suffix_is_read_from_the_long_date_pattern(pattern: str, suffix: str) -> None:
    assert day_suffix_in(pattern) == suffix


def test_a_locale_with_a_day_suffix_writes_it_after_each_day() -> None:
    german = DateWords(("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                        "Oktober", "November", "Dezember"), month_first=False, day_suffix=".")  # fmt: skip
    assert week_range_text(dt.date(2026, 11, 23), german) == "23.–29. November 2026"
    assert week_range_text(dt.date(2026, 11, 28), german) == "28. November – 4. Dezember 2026"
    assert day_month_text(dt.date(2026, 11, 23), german) == "23. November"


@given(st.times())
def test_a_time_typed_in_any_usual_way_reads_back(time: dt.time) -> None:
    hours, minutes = time.hour, time.minute
    for typed in (f"{hours}{minutes:02d}", f"{hours:02d}{minutes:02d}", f"{hours}:{minutes:02d}", f"{hours}.{minutes}"):
        assert parse_typed_time(typed) == dt.time(hours, minutes), typed
    assert parse_typed_time(str(hours)) == dt.time(hours, 0)


@given(st.text(max_size=8))
def test_anything_typed_is_a_time_or_not_yet_one(text: str) -> None:
    parsed = parse_typed_time(text)
    assert parsed is None or isinstance(parsed, dt.time)
    assert parse_typed_time("2460") is None and parse_typed_time("25") is None and parse_typed_time("ab") is None


def test_digits_that_are_not_ascii_are_not_a_time() -> None:
    assert parse_typed_time("¹") is None and parse_typed_time("١٩٣٠") is None  # superscript and Arabic-Indic digits
