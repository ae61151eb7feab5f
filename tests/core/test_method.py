"""The order of repair: accountability before touch level 3, required exercises first, regulation from level 1."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Partner, Track
from repairplanner.core.grading import Decision, assess_track
from repairplanner.core.library import Library
from repairplanner.core.method import (
    TOUCH_WAITS_FROM,
    accountability_waiting,
    booking_refusal,
    missing_requirements,
    touch_gate,
)
from repairplanner.core.readiness import ReadyRound, move_up
from repairplanner.core.suggest import suggest_week
from tests.core.test_grading import TODAY, good_run
from tests.method_library import ASKED_TURN, FIRST_AID, GROUNDING, HEARING, LETTER, method_library, plain_library

MONDAY = dt.date(2026, 11, 23)
ANA = Partner(11, 1, "Ana")
BO = Partner(22, 2, "Bo")
property_settings = settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])


# --- accountability before touch level 3 ---------------------------------------------------------------------------


def test_touch_waits_for_accountability_until_one_was_done(builtin_library: Library) -> None:
    library = method_library(builtin_library)
    waiting = accountability_waiting(library.exercises, frozenset())
    assert [e.id for e in waiting] == [LETTER, HEARING]
    assert accountability_waiting(library.exercises, {HEARING}) == ()


def test_a_library_without_accountability_exercises_makes_the_rule_moot(builtin_library: Library) -> None:
    assert accountability_waiting(plain_library(builtin_library).exercises, frozenset()) == ()
    assert touch_gate(Track.TOUCH, MAX_LEVEL, ()) is None


@property_settings
@given(st.sampled_from(list(Track)), st.integers(MIN_LEVEL, MAX_LEVEL))
def test_only_touch_from_level_three_waits(builtin_library: Library, track: Track, level: int) -> None:
    waiting = accountability_waiting(method_library(builtin_library).exercises, frozenset())
    message = touch_gate(track, level, waiting)
    assert (message is not None) == (track is Track.TOUCH and level >= TOUCH_WAITS_FROM)
    if message is not None:
        assert "The accountability letter" in message
        assert "no hurry" in message


def test_the_engine_does_not_offer_touch_three_before_accountability_and_names_the_talk(
    builtin_library: Library,
) -> None:
    waiting = accountability_waiting(method_library(builtin_library).exercises, frozenset())
    run = good_run(level=2)
    offered = assess_track(Track.TOUCH, 2, run, TODAY, talk_level=3)
    assert offered.decision is Decision.OFFER_MOVE_UP
    held = assess_track(Track.TOUCH, 2, run, TODAY, talk_level=3, accountability_waiting=waiting)
    assert held.decision is Decision.KEEP_GOING
    assert any("The accountability letter" in reason for reason in held.reasons)
    assert held.waits_for is not None and "The accountability letter" in held.waits_for
    assert offered.waits_for is None
    # Talk, and touch below level 3, never wait for it.
    assert assess_track(
        Track.TOUCH, 1, good_run(level=1), TODAY, talk_level=2, accountability_waiting=waiting
    ).decision is (Decision.OFFER_MOVE_UP)
    talk = assess_track(
        Track.TALK, 2, good_run(level=2, track=Track.TALK), TODAY, talk_level=2, accountability_waiting=waiting
    )
    assert talk.decision is Decision.OFFER_MOVE_UP


def test_moving_touch_up_to_three_is_refused_while_accountability_waits(builtin_library: Library) -> None:
    waiting = accountability_waiting(method_library(builtin_library).exercises, frozenset())
    both = ReadyRound(Track.TOUCH, 3, (1, 2), frozenset({1, 2}))
    assert move_up(2, both, confirmed=True, talk_level=3) == 3
    assert move_up(2, both, confirmed=True, talk_level=3, accountability_waiting=waiting) == 2


# --- required exercises --------------------------------------------------------------------------------------------


def test_an_exercise_waits_for_the_ones_it_requires_with_a_kind_message(builtin_library: Library) -> None:
    library = method_library(builtin_library)
    hearing = next(e for e in library.exercises if e.id == HEARING)
    assert [e.id for e in missing_requirements(hearing, library.exercises, frozenset())] == [LETTER]
    message = booking_refusal(hearing, library.exercises, frozenset())
    assert message is not None
    assert "The accountability letter" in message and "Hearing hurt without defending" in message
    assert booking_refusal(hearing, library.exercises, {LETTER}) is None


def test_booking_touch_three_is_refused_until_accountability_was_done(builtin_library: Library) -> None:
    library = method_library(builtin_library)
    hug = next(e for e in library.exercises if e.id == "touch-3-hug-until-relaxed")
    walk = next(e for e in library.exercises if e.id == "touch-2-hand-holding-walk")
    assert "accountability" in (booking_refusal(hug, library.exercises, frozenset()) or "")
    assert booking_refusal(walk, library.exercises, frozenset()) is None
    assert booking_refusal(hug, library.exercises, {LETTER}) is None


# --- the suggester ---------------------------------------------------------------------------------------------------


def suggest(library: Library, talk: int, touch: int, seed: int = 0, completed: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    return suggest_week(
        MONDAY, {Track.TALK: talk, Track.TOUCH: touch}, library.exercises, (ANA, BO), seed=seed, completed=completed
    )


@property_settings
@given(st.integers(MIN_LEVEL, MAX_LEVEL), st.integers(MIN_LEVEL, MAX_LEVEL), st.integers(0, 2**32))
def test_asked_for_exercises_are_never_suggested(builtin_library: Library, talk: int, touch: int, seed: int) -> None:
    library = method_library(builtin_library)
    exercises = {e.id: e for e in library.exercises}
    for completed in (frozenset(), frozenset({LETTER})):
        booked = suggest(library, talk, touch, seed, completed)
        assert not any(exercises[s.exercise_id].is_asked_for for s in booked)
        assert ASKED_TURN not in {s.exercise_id for s in booked}


@property_settings
@given(st.integers(MIN_LEVEL, MAX_LEVEL), st.integers(MIN_LEVEL, MAX_LEVEL), st.integers(0, 2**32))
def test_suggested_weeks_keep_the_order_of_repair(builtin_library: Library, talk: int, touch: int, seed: int) -> None:
    library = method_library(builtin_library)
    exercises = {e.id: e for e in library.exercises}
    booked = suggest(library, talk, touch, seed)
    # Nothing at touch level 3 or above before the accountability work, nothing before what it requires.
    assert all(not (s.track is Track.TOUCH and exercises[s.exercise_id].level >= 3) for s in booked)
    assert HEARING not in {s.exercise_id for s in booked}
    # A solo session is booked for one partner, who is also the one to "invite".
    for s in booked:
        assert (s.solo_partner_id is not None) == exercises[s.exercise_id].is_solo
        if s.solo_partner_id is not None:
            assert s.inviter_id == s.solo_partner_id


def test_touch_three_is_suggested_again_once_accountability_was_done(builtin_library: Library) -> None:
    library = method_library(builtin_library)
    exercises = {e.id: e for e in library.exercises}
    levels_seen = {
        exercises[s.exercise_id].level
        for seed in range(10)
        for s in suggest(library, 4, 4, seed, frozenset({LETTER}))
        if s.track is Track.TOUCH
    }
    assert max(levels_seen) >= 3


def test_a_first_week_at_level_one_books_first_aid_and_grounding_for_each_partner(builtin_library: Library) -> None:
    library = method_library(builtin_library)
    for seed in range(20):
        booked = suggest(library, 1, 1, seed)
        counted = Counter((s.exercise_id, s.solo_partner_id) for s in booked)
        assert counted[(FIRST_AID, None)] == 1
        assert counted[(GROUNDING, ANA.id)] == 1
        assert counted[(GROUNDING, BO.id)] == 1
        # Solo sessions for the two partners fall on different days.
        days = [s.day for s in booked if s.exercise_id == GROUNDING]
        assert len(set(days)) == 2


def test_regulation_is_not_forced_once_talk_has_moved_on(builtin_library: Library) -> None:
    library = method_library(builtin_library)
    forced = [s for seed in range(10) for s in suggest(library, 2, 2, seed) if s.exercise_id == GROUNDING]
    assert len(forced) < 20  # no longer two every week


def test_without_regulation_exercises_a_level_one_week_is_unchanged(builtin_library: Library) -> None:
    library = plain_library(builtin_library).exercises
    plain = suggest_week(MONDAY, {Track.TALK: 1, Track.TOUCH: 1}, library, (ANA, BO), seed=3)
    assert plain
    assert all(s.solo_partner_id is None for s in plain)


def test_the_engine_names_the_waiting_talk_even_before_any_session_at_the_level(builtin_library: Library) -> None:
    waiting = accountability_waiting(method_library(builtin_library).exercises, frozenset())
    fresh = assess_track(Track.TOUCH, 2, [], TODAY, talk_level=3, accountability_waiting=waiting)
    assert fresh.decision is Decision.KEEP_GOING
    assert fresh.waits_for is not None and "The accountability letter" in fresh.waits_for
    assert assess_track(Track.TOUCH, 3, [], TODAY, talk_level=3, accountability_waiting=waiting).waits_for
    assert assess_track(Track.TOUCH, 1, [], TODAY, talk_level=3, accountability_waiting=waiting).waits_for is None
    assert assess_track(Track.TALK, 2, [], TODAY, talk_level=2, accountability_waiting=waiting).waits_for is None
