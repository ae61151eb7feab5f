"""The slower partner sets the pace, also by hand: the booking rule in core/pace.py."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.entities import Exercise, ExerciseSource, Track
from repairplanner.core.pace import (
    ASKED_FOR_QUESTION,
    asked_for_refusal,
    booking_limit,
    copyable,
    left_out_of_copy,
    pace_refusal,
    within_pace,
)

levels_st = st.integers(1, 5)


def exercise(track: Track, level: int, *tags: str) -> Exercise:
    return Exercise(
        id=f"{track.value}-{level}-test",
        source=ExerciseSource.BUILTIN,
        title=f"A {track.value} exercise",
        track=track,
        level=level,
        minutes=15,
        summary="",
        needs=(),
        steps=("Sit together.",),
        ease_out="",
        easier="",
        harder="",
        agreement="",
        safety="",
        technique=(),
        tags=tags,
    )


@given(talk=levels_st, touch=levels_st, level=levels_st, track=st.sampled_from(list(Track)))
def test_booking_stays_within_the_working_level_and_touch_within_talk_plus_one(
    talk: int, touch: int, level: int, track: Track
) -> None:
    levels = {Track.TALK: talk, Track.TOUCH: touch}
    allowed = level <= talk if track is Track.TALK else level <= touch and level <= talk + 1
    item = exercise(track, level)
    assert within_pace(item, levels) is allowed
    assert (pace_refusal(item, levels) is None) is allowed
    assert booking_limit(track, levels) >= 1


@given(talk=levels_st, touch=levels_st, level=levels_st, track=st.sampled_from(list(Track)))
def test_a_refusal_is_kind_and_names_the_way_to_move_up_together(
    talk: int, touch: int, level: int, track: Track
) -> None:
    refusal = pace_refusal(exercise(track, level), {Track.TALK: talk, Track.TOUCH: touch})
    if refusal is not None:
        assert "Ready for the next level" in refusal and "Progress page" in refusal and "together" in refusal
        for unkind in ("not allowed", "error", "fail", "cannot", "must"):
            assert unkind not in refusal.casefold()


def test_a_level_five_touch_exercise_at_level_one_is_refused() -> None:
    refusal = pace_refusal(exercise(Track.TOUCH, 5), {Track.TALK: 1, Track.TOUCH: 1})
    assert refusal is not None and "level 5 touch" in refusal and "touch level 1" in refusal


def test_touch_waits_for_talk_even_when_both_chose_it() -> None:
    refusal = pace_refusal(exercise(Track.TOUCH, 3), {Track.TALK: 1, Track.TOUCH: 3})
    assert refusal is not None and "within one level of talk" in refusal and "words carry the touch" in refusal


def test_an_asked_for_talk_needs_the_partner_who_asks() -> None:
    talk = exercise(Track.TALK, 1, "asked-for")
    refusal = asked_for_refusal(talk, None)
    assert refusal is not None and ASKED_FOR_QUESTION in refusal
    assert asked_for_refusal(talk, 7) is None
    assert asked_for_refusal(exercise(Track.TALK, 1), None) is None


def test_copying_never_brings_back_asked_for_talks_archived_or_above_level_exercises() -> None:
    levels = {Track.TALK: 2, Track.TOUCH: 2}
    assert copyable(exercise(Track.TALK, 2), levels)
    assert not copyable(exercise(Track.TALK, 1, "asked-for"), levels)
    assert not copyable(exercise(Track.TOUCH, 3), levels)
    assert not copyable(dataclasses.replace(exercise(Track.TALK, 1), archived=True), levels)


def test_the_word_about_a_copy_counts_nothing() -> None:
    assert left_out_of_copy(0) == ""
    for count in (1, 2, 7):
        text = left_out_of_copy(count)
        assert text and not any(ch.isdigit() for ch in text)
