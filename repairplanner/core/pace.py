"""The slower partner sets the pace, also by hand: which exercises may be booked at the couple's working levels.

One home for the rule: the plan service refuses a booking with `pace_refusal`'s words, and the week page asks the
same question before it opens a form, so booking by hand, from the library, by drag and drop or by copying a week
all keep the same promise. Asked-for talks (`asked_for_refusal`) are booked only when a partner asks for them.
"""

from __future__ import annotations

from collections.abc import Mapping

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Exercise, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

#: Words carry the touch: touch runs at most this many levels above talk.
TOUCH_ABOVE_TALK = 1
ASKED_FOR_QUESTION = QT_TRANSLATE_NOOP("Pace", "Who is asking for this talk?")
_MOVE_UP = QT_TRANSLATE_NOOP(
    "Pace",
    "The slower of you sets the pace. When you both feel ready, each of you answers “Ready for the next level” "
    "privately on the Progress page, and you move up together.",
)


def asked_for_question() -> str:
    """'Who is asking for this talk?', in the interface language."""
    return translate("Pace", ASKED_FOR_QUESTION)


def booking_limit(track: Track, levels: Mapping[Track, int]) -> int:
    """The highest level that may be booked on `track`: its working level, and for touch at most talk + 1."""
    talk = _clamp(levels.get(Track.TALK, MIN_LEVEL))
    if track is Track.TALK:
        return talk
    return min(_clamp(levels.get(Track.TOUCH, MIN_LEVEL)), talk + TOUCH_ABOVE_TALK)


def within_pace(exercise: Exercise, levels: Mapping[Track, int]) -> bool:
    """Whether `exercise` may be booked at the couple's working `levels`."""
    return exercise.level <= booking_limit(exercise.track, levels)


def pace_refusal(exercise: Exercise, levels: Mapping[Track, int]) -> str | None:
    """Why `exercise` cannot be booked at `levels`, kindly, with the way to move up together; None when it can."""
    if within_pace(exercise, levels):
        return None
    track = exercise.track
    working = _clamp(levels.get(track, MIN_LEVEL))
    talk = _clamp(levels.get(Track.TALK, MIN_LEVEL))
    move_up = translate("Pace", _MOVE_UP)
    if track is Track.TOUCH and exercise.level <= working:
        why = translate(
            "Pace",
            "“{title}” is level {level} touch, and touch stays within one level of talk "
            "(you are at talk level {talk}): words carry the touch. Moving talk up together opens it.",
        )
    elif track is Track.TOUCH:
        why = translate(
            "Pace", "“{title}” is level {level} touch, and you are working at touch level {working} for now."
        )
    else:
        why = translate("Pace", "“{title}” is level {level} talk, and you are working at talk level {working} for now.")
    return f"{why.format(title=exercise.title, level=exercise.level, talk=talk, working=working)} {move_up}"


def asked_for_refusal(exercise: Exercise, inviter_id: int | None) -> str | None:
    """Why an asked-for talk cannot be booked without one partner asking for it; None when it can."""
    if exercise.is_asked_for and inviter_id is None:
        return translate(
            "Pace",
            "“{title}” is a talk one of you asks for when you are ready; it is never simply scheduled. "
            "Who is asking for this talk? That partner invites.",
        ).format(title=exercise.title)
    return None


def copyable(exercise: Exercise, levels: Mapping[Track, int]) -> bool:
    """Whether copying a week brings this exercise back: never an asked-for talk, never above the working level."""
    return not exercise.is_asked_for and not exercise.archived and within_pace(exercise, levels)


def left_out_of_copy(count: int) -> str:
    """A kind word for the sessions a copied week left out; '' when none were."""
    if count == 0:
        return ""
    if count == 1:
        return translate(
            "Pace",
            "One session was left out of the copy: asked-for talks wait until one of you asks, and exercises above "
            "the levels you are working at now wait until you move up together.",
        )
    return translate(
        "Pace",
        "Some sessions were left out of the copy: asked-for talks wait until one of you asks, and exercises above "
        "the levels you are working at now wait until you move up together.",
    )


def _clamp(level: int) -> int:
    return max(MIN_LEVEL, min(MAX_LEVEL, level))
