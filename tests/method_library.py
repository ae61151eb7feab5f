"""The shipped library plus a few exercises of the method (the content branch writes the real ones)."""

from __future__ import annotations

import dataclasses

from repairplanner.core.entities import Exercise
from repairplanner.core.library import Library

FIRST_AID = "talk-1-trigger-first-aid"
GROUNDING = "talk-1-grounding-alone"
LETTER = "talk-1-accountability-letter"
HEARING = "talk-2-hearing-hurt"
ASKED_TURN = "talk-1-hurt-partner-turn"


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


def method_library(library: Library) -> Library:
    """`library` with the method's exercises added (a different digest, so a sync writes them)."""
    return Library((*library.exercises, *method_exercises(library)), f"{library.digest}+method")
