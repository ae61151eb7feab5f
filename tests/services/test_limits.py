"""The services refuse over-long and hostile text whatever the caller (issue 11, item 8)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from repairplanner.core.clock import Clock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import NoteVisibility, ReflectionDraft, SessionDraft
from repairplanner.core.errors import UserFacingError
from repairplanner.core.limits import NOTE_MAX, SHORT_TEXT_MAX, TextLimitError
from repairplanner.services.library import LibraryService
from tests.services.conftest import World, count

#: The machine's clock: these tests are about files on disk, not about dates.
CLOCK = Clock()

MONDAY = dt.date(2026, 11, 23)
TEN_MEGABYTES = "a" * 10_000_000


def test_a_ten_megabyte_note_or_intention_is_refused_and_nothing_is_stored(world: World) -> None:
    from repairplanner.db.schema import PlannedSessionRow, ReflectionRow, WeekRow

    with pytest.raises(TextLimitError, match="too long"):
        world.plan.add_session(SessionDraft(MONDAY, "touch-1-side-by-side", 10, note=TEN_MEGABYTES))
    with pytest.raises(TextLimitError):
        world.plan.set_intention(MONDAY, TEN_MEGABYTES)
    session = world.book(MONDAY)
    with pytest.raises(TextLimitError):
        world.plan.save_session(dataclasses.replace(session, note="x" * (SHORT_TEXT_MAX + 1)))
    world.agree(session.id)
    for note in ("y" * (NOTE_MAX + 1), TEN_MEGABYTES):
        draft = ReflectionDraft(session.id, world.a, 2, 8, 7, False, True, NoteVisibility.SHARED, note)
        with pytest.raises(UserFacingError, match=f"{NOTE_MAX}|{NOTE_MAX:,}"):
            world.svc.save_reflection(draft)
    assert count(world.sessions, PlannedSessionRow) == 1 and count(world.sessions, ReflectionRow) == 0
    assert count(world.sessions, WeekRow, WeekRow.intention != "") == 0


@pytest.mark.parametrize("bad", ["\ud800", "\u202e", "\x00"])
def test_broken_and_direction_changing_characters_are_refused_everywhere(world: World, bad: str) -> None:
    with pytest.raises(TextLimitError):
        world.plan.set_intention(MONDAY, f"calm {bad} week")
    with pytest.raises(TextLimitError):
        world.couples.update(CoupleSetup(PartnerDraft(f"Ana{bad}"), PartnerDraft("Bo"), "pause"))
    session = world.book(MONDAY)
    world.agree(session.id)
    with pytest.raises(TextLimitError):
        world.svc.save_reflection(
            ReflectionDraft(session.id, world.a, 2, 8, 7, False, True, NoteVisibility.SHARED, f"we {bad} sat")
        )
    with pytest.raises(TextLimitError):
        world.svc.set_passphrase(world.a, f"secret{bad}words")
    assert world.refresh().partners[0].name == "Ana"


def test_custom_exercise_texts_have_limits(world: World) -> None:
    library = LibraryService(world.sessions, clock=CLOCK)
    custom = library.duplicate("touch-1-side-by-side")
    for change in (
        {"title": "t" * 61},
        {"summary": TEN_MEGABYTES},
        {"steps": tuple(f"step number {n}" for n in range(40))},
        {"agreement": "yes \u202e on"},
    ):
        with pytest.raises(TextLimitError):
            library.update_custom(dataclasses.replace(custom, **change))
    assert library.get(custom.id) == custom


def test_ordinary_long_writing_still_fits(world: World) -> None:
    session = world.book(MONDAY, minutes=15)
    world.agree(session.id)
    note = "We sat side by side and breathed. " * 100
    draft = ReflectionDraft(session.id, world.a, 2, 8, 7, False, True, NoteVisibility.SHARED, note)
    assert world.svc.save_reflection(draft).note == note.strip()
