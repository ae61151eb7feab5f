"""The shipped library plus a few exercises of the method (the content branch writes the real ones)."""

from __future__ import annotations

import dataclasses

from repairplanner.core.entities import Exercise
from repairplanner.core.library import Library

# Ids no shipped exercise uses, so these stand beside whatever the real library holds.
FIRST_AID = "talk-1-test-trigger-first-aid"
GROUNDING = "talk-1-test-grounding-alone"
LETTER = "talk-1-test-accountability-letter"
HEARING = "talk-2-test-hearing-hurt"
ASKED_TURN = "talk-1-test-hurt-partner-turn"
#: The tags and fields through which the order of repair acts on an exercise.
METHOD_TAGS = frozenset({"accountability", "regulation", "solo", "asked-for"})


def method_exercises(library: Library) -> tuple[Exercise, ...]:
    """Regulation (shared and solo), accountability (asked for), and one exercise that requires another."""
    base = next(e for e in library.exercises if e.id == "talk-1-daily-check-in")

    def make(exercise_id: str, title: str, tags: tuple[str, ...], **fields: object) -> Exercise:
        level = int(exercise_id.split("-")[1])
        return dataclasses.replace(base, id=exercise_id, title=title, level=level, tags=tags, **fields)  # type: ignore[arg-type]

    return (
        make(FIRST_AID, "Trigger first aid", ("regulation",)),
        make(GROUNDING, "Grounding on your own", ("regulation", "solo")),
        make(LETTER, "The accountability letter", ("accountability", "asked-for")),
        make(HEARING, "Hearing hurt without defending", ("accountability",), requires=(LETTER,)),
        make(ASKED_TURN, "The hurt partner's turn", ("asked-for", "heavy")),
    )


def plain_library(library: Library) -> Library:
    """`library` without any exercise the order of repair acts on (tagged for it, or requiring another)."""
    kept = tuple(e for e in library.exercises if not METHOD_TAGS & set(e.tags) and not e.requires)
    return Library(kept, f"{library.digest}+plain")


def method_library(library: Library) -> Library:
    """The plain part of `library` with these few method exercises added, so tests know exactly what is there."""
    plain = plain_library(library)
    return Library((*plain.exercises, *method_exercises(library)), f"{library.digest}+method")
