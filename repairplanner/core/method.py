"""The order of repair, as rules: accountability before touch level 3, required exercises first, regulation early.

One home for these rules: the grading engine, the suggester, the plan service (which refuses) and the widgets
(which explain) all ask here.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from repairplanner.core.entities import Exercise, Track
from repairplanner.core.i18n import translate

ACCOUNTABILITY_TAG = "accountability"
REGULATION_TAG = "regulation"
#: Touch from this level on waits until the accountability work has been done at least once.
TOUCH_WAITS_FROM = 3


def _titles(exercises: Iterable[Exercise]) -> str:
    names = [translate("Method", "“{title}”").format(title=e.title) for e in exercises]
    if len(names) <= 1:
        return "".join(names)
    return translate("Method", "{items} or {last}").format(items=", ".join(names[:-1]), last=names[-1])


def accountability_waiting(exercises: Iterable[Exercise], completed: Collection[str]) -> tuple[Exercise, ...]:
    """The accountability exercises touch level 3 waits for: all of them while none was ever completed, else ().

    A library without accountability exercises makes the rule moot (nothing to wait for).
    """
    found = tuple(
        sorted((e for e in exercises if ACCOUNTABILITY_TAG in e.tags and not e.archived), key=lambda e: (e.level, e.id))
    )
    return () if any(e.id in completed for e in found) else found


def touch_waits_message(waiting: Iterable[Exercise]) -> str:
    """The kind words for touch level 3 and above waiting for the accountability work."""
    return translate(
        "Method",
        "Touch from level {level} waits until you have done an accountability talk together at least "
        "once ({titles}). Repair begins with honest words; there is no hurry.",
    ).format(level=TOUCH_WAITS_FROM, titles=_titles(waiting))


def touch_gate(track: Track, level: int, waiting: Collection[Exercise]) -> str | None:
    """Why `track` at `level` must wait for the accountability work, or None when it need not."""
    if track is Track.TOUCH and level >= TOUCH_WAITS_FROM and waiting:
        return touch_waits_message(waiting)
    return None


def missing_requirements(
    exercise: Exercise, exercises: Iterable[Exercise], completed: Collection[str]
) -> tuple[Exercise, ...]:
    """The exercises `exercise` requires that have never been completed (unknown ids are ignored)."""
    by_id = {e.id: e for e in exercises}
    return tuple(by_id[r] for r in exercise.requires if r not in completed and r in by_id)


def requirements_message(exercise: Exercise, missing: Iterable[Exercise]) -> str:
    """The kind words for an exercise whose required exercises come first."""
    return translate(
        "Method",
        "“{title}” builds on {titles}. Do that one first, at your own pace; this one will be here when you are ready.",
    ).format(title=exercise.title, titles=_titles(missing))


def booking_refusal(exercise: Exercise, exercises: Iterable[Exercise], completed: Collection[str]) -> str | None:
    """Why `exercise` cannot be booked yet (accountability first, then its required exercises), or None."""
    library = tuple(exercises)
    gate = touch_gate(exercise.track, exercise.level, accountability_waiting(library, completed))
    if gate is not None:
        return gate
    missing = missing_requirements(exercise, library, completed)
    return requirements_message(exercise, missing) if missing else None


def regulation_exercises(exercises: Iterable[Exercise], track: Track, level: int) -> tuple[Exercise, ...]:
    """The regulation exercises (trigger first aid, grounding, containment) a track at `level` can hold, by id."""
    return tuple(
        sorted(
            (
                e
                for e in exercises
                if REGULATION_TAG in e.tags
                and e.track is track
                and e.level <= level
                and not e.archived
                and not e.is_asked_for
            ),
            key=lambda e: (e.is_solo, e.level, e.id),
        )
    )
