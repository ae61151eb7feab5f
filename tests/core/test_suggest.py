"""'Suggest a week': counts per stage, booked days and times, rest days, alternating inviters, unavailable days."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Exercise, Partner, Track
from repairplanner.core.library import Library
from repairplanner.core.suggest import DEFAULT_SUGGEST, SuggestedSession, SuggestSettings, suggest_week

MONDAY = dt.date(2026, 11, 23)
ANA = Partner(11, 1, "Ana")
BO = Partner(22, 2, "Bo")
NOT_SCHEDULED = {"repair", "debrief", "review"}

levels = st.integers(MIN_LEVEL, MAX_LEVEL)
weekday_sets = st.frozensets(st.integers(1, 7), max_size=6)
starts = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31))
seeds = st.integers(0, 2**32)
# The library fixture is parsed once per test session, so sharing it across examples is safe.
property_settings = settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])


def week(
    library: Library,
    *,
    talk: int = 1,
    touch: int = 1,
    away: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
    seed: int = 0,
    start: dt.date = MONDAY,
) -> list[SuggestedSession]:
    partners = (
        dataclasses.replace(ANA, unavailable_weekdays=away[0]),
        dataclasses.replace(BO, unavailable_weekdays=away[1]),
    )
    # As if the accountability work were done, so touch may reach every level (core.method gates it otherwise).
    done = frozenset(e.id for e in library.exercises if "accountability" in e.tags)
    levels = {Track.TALK: talk, Track.TOUCH: touch}
    return suggest_week(start, levels, library.exercises, partners, seed=seed, completed=done)


def by_id(library: Library) -> dict[str, Exercise]:
    return {e.id: e for e in library.exercises}


def kinds(sessions: list[SuggestedSession], library: Library) -> Counter[str]:
    exercises = by_id(library)
    return Counter("meeting" if "weekly-meeting" in exercises[s.exercise_id].tags else s.track.value for s in sessions)


def test_an_early_week_has_short_talks_short_touch_and_one_meeting(builtin_library: Library) -> None:
    sessions = week(builtin_library)
    counts = kinds(sessions, builtin_library)
    assert 4 <= counts["talk"] <= 6
    assert 2 <= counts["touch"] <= 3
    assert counts["meeting"] == 1
    exercises = by_id(builtin_library)
    for s in sessions:
        if exercises[s.exercise_id].tags != ("weekly-meeting",):
            assert s.minutes <= 20
            assert exercises[s.exercise_id].level == 1


def test_a_later_week_has_longer_sessions_and_an_hour_long_meeting(builtin_library: Library) -> None:
    sessions = week(builtin_library, talk=3, touch=4)
    counts = kinds(sessions, builtin_library)
    assert 2 <= counts["talk"] <= 3
    assert 2 <= counts["touch"] <= 3
    (meeting,) = (s for s in sessions if s.exercise_id == "talk-3-weekly-meeting")
    assert meeting.minutes == 60
    exercises = by_id(builtin_library)
    touch_levels = {exercises[s.exercise_id].level for s in sessions if s.track is Track.TOUCH}
    assert touch_levels == {4}
    assert all(20 <= s.minutes <= 40 for s in sessions if s.track is Track.TOUCH)


def test_times_are_evenings_on_weekdays_and_daytime_at_weekends(builtin_library: Library) -> None:
    for s in week(builtin_library, seed=3):
        if s.day.isoweekday() >= 6:
            assert dt.time(9) <= s.start_time <= dt.time(17)
        else:
            assert dt.time(19) <= s.start_time <= dt.time(21, 30)


def test_the_meeting_is_on_the_first_free_weekend_day(builtin_library: Library) -> None:
    exercises = by_id(builtin_library)

    def meeting_day(away: frozenset[int], start: dt.date = MONDAY) -> int:
        sessions = week(builtin_library, away=(away, frozenset()), start=start)
        (day,) = (s.day for s in sessions if "weekly-meeting" in exercises[s.exercise_id].tags)
        return day.isoweekday()

    assert meeting_day(frozenset()) == 6
    assert meeting_day(frozenset({6})) == 7
    assert meeting_day(frozenset({6}), start=MONDAY - dt.timedelta(days=1)) == 7
    # A week starting on Sunday meets on that Sunday.
    assert meeting_day(frozenset(), start=MONDAY - dt.timedelta(days=1)) == 7
    # No free weekend day: the first free day of the week.
    assert meeting_day(frozenset({1, 6, 7})) == 2


def test_no_free_day_means_an_empty_suggestion(builtin_library: Library) -> None:
    assert week(builtin_library, away=(frozenset({1, 2, 3}), frozenset({4, 5, 6, 7}))) == []


def test_the_same_seed_gives_the_same_week_and_others_vary(builtin_library: Library) -> None:
    assert week(builtin_library, seed=7) == week(builtin_library, seed=7)
    assert len({tuple(week(builtin_library, talk=2, touch=2, seed=seed)) for seed in range(10)}) > 1


def test_the_library_order_does_not_matter(builtin_library: Library) -> None:
    reversed_library = Library(tuple(reversed(builtin_library.exercises)), builtin_library.digest)
    assert week(reversed_library, talk=2, touch=3, seed=5) == week(builtin_library, talk=2, touch=3, seed=5)


def test_touch_is_suggested_at_most_one_level_above_talk(builtin_library: Library) -> None:
    exercises = by_id(builtin_library)
    sessions = week(builtin_library, talk=1, touch=5)
    assert {exercises[s.exercise_id].level for s in sessions if s.track is Track.TOUCH} == {2}


def test_lower_levels_fill_in_when_a_level_has_too_few_exercises(builtin_library: Library) -> None:
    only = [e for e in builtin_library.exercises if e.id in {"talk-2-light-questions", "talk-1-daily-check-in"}]
    sessions = suggest_week(MONDAY, {Track.TALK: 2, Track.TOUCH: 1}, only, (ANA, BO))
    assert Counter(s.exercise_id for s in sessions) == {"talk-2-light-questions": 2, "talk-1-daily-check-in": 2}


def test_archived_exercises_are_never_suggested(builtin_library: Library) -> None:
    archived = tuple(
        dataclasses.replace(e, archived=True) if e.track is Track.TOUCH else e for e in builtin_library.exercises
    )
    sessions = suggest_week(MONDAY, {Track.TALK: 1, Track.TOUCH: 1}, archived, (ANA, BO))
    assert sessions
    assert all(s.track is Track.TALK for s in sessions)


def test_settings_shape_the_week(builtin_library: Library) -> None:
    quiet = SuggestSettings(rest_days=4, max_per_day=1)
    sessions = suggest_week(
        MONDAY, {Track.TALK: 1, Track.TOUCH: 1}, builtin_library.exercises, (ANA, BO), settings=quiet
    )
    assert len({s.day for s in sessions}) == len(sessions) == 3
    with pytest.raises(ValueError):
        SuggestSettings(rest_days=0)


@property_settings
@given(st.tuples(levels, levels), st.tuples(weekday_sets, weekday_sets), seeds, starts)
def test_suggested_weeks_keep_every_rule(
    builtin_library: Library,
    talk_touch: tuple[int, int],
    away: tuple[frozenset[int], frozenset[int]],
    seed: int,
    start: dt.date,
) -> None:
    talk, touch = talk_touch
    away_a, away_b = away
    sessions = week(builtin_library, talk=talk, touch=touch, away=away, seed=seed, start=start)
    exercises = by_id(builtin_library)
    days = [start + dt.timedelta(days=i) for i in range(7)]
    free = [d for d in days if d.isoweekday() not in away_a | away_b]

    # Never on a day either partner marked unavailable, and within the week.
    assert all(s.day in free for s in sessions)
    # No exercise more than twice, and at most two sessions a day.
    assert max(Counter(s.exercise_id for s in sessions).values(), default=0) <= 2
    assert max(Counter(s.day for s in sessions).values(), default=0) <= 2
    # At least one rest day.
    assert len({s.day for s in sessions}) <= 6
    # Sessions are in order and the inviter takes turns (a solo session is its own partner's).
    ordered = sorted(sessions, key=lambda s: (s.day, s.start_time))
    assert sessions == ordered
    inviters = [s.inviter_id for s in sessions if s.solo_partner_id is None]
    assert all(a != b for a, b in itertools.pairwise(inviters))
    assert set(inviters) <= {ANA.id, BO.id}
    # Never two sessions of one exercise on a day, never overlapping.
    for _, same_day in itertools.groupby(sessions, key=lambda s: s.day):
        booked = list(same_day)
        assert len({s.exercise_id for s in booked}) == len(booked)
        for first, second in itertools.pairwise(booked):
            ends = dt.datetime.combine(first.day, first.start_time) + dt.timedelta(minutes=first.minutes)
            assert ends <= dt.datetime.combine(second.day, second.start_time)
    # The right tracks and levels: touch never above talk + 1, and nothing meant only for after a hard moment.
    touch_level = min(touch, talk + 1)
    for s in sessions:
        exercise = exercises[s.exercise_id]
        assert exercise.track is s.track
        assert exercise.level <= (talk if s.track is Track.TALK else touch_level)
        assert not NOT_SCHEDULED & set(exercise.tags)
    # Exactly one weekly meeting when any day is free (the library has one at level 1).
    counts = kinds(sessions, builtin_library)
    assert counts["meeting"] == (1 if free else 0)
    # The stage's counts and lengths, whenever there is room for them.
    talk_stage, touch_stage = DEFAULT_SUGGEST.stage(talk), DEFAULT_SUGGEST.stage(touch_level)
    assert counts["talk"] <= talk_stage.talks[1]
    assert counts["touch"] <= touch_stage.touches[1]
    if len(free) >= 4:
        assert counts["talk"] >= talk_stage.talks[0]
        assert counts["touch"] >= touch_stage.touches[0]
    for s in sessions:
        stage = talk_stage if s.track is Track.TALK else touch_stage
        bounds = (
            stage.meeting_minutes
            if "weekly-meeting" in exercises[s.exercise_id].tags
            else stage.talk_minutes
            if s.track is Track.TALK
            else stage.touch_minutes
        )
        assert bounds[0] <= s.minutes <= bounds[1]
