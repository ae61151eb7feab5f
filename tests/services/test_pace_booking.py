"""Booking by hand keeps the pace and the asked-for promise: the plan service refuses, kindly, and copies carefully."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from repairplanner.core.entities import SessionDraft, SessionStatus, Track
from repairplanner.db.schema import PlannedSessionRow
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanError
from tests.helpers import set_working_levels
from tests.services.conftest import World, count

MONDAY = dt.date(2026, 11, 23)
NEXT_MONDAY = MONDAY + dt.timedelta(weeks=1)


def level_five_touch(world: World) -> str:
    exercises = LibraryService(world.sessions, clock=world.clock).list_exercises()
    return next(e.id for e in exercises if e.track is Track.TOUCH and e.level == 5)


def asked_for_talk(world: World) -> str:
    """A level-1 talk tagged "asked-for", stored as a custom exercise."""
    library = LibraryService(world.sessions, clock=world.clock)
    shipped = library.get("talk-1-stop-signal")
    return library.create_custom(dataclasses.replace(shipped, title="Questions we need to ask", tags=("asked-for",))).id


def test_booking_a_level_five_touch_exercise_at_level_one_is_refused_and_nothing_is_stored(world: World) -> None:
    with pytest.raises(PlanError, match="Ready for the next level") as refused:
        world.plan.add_session(SessionDraft(MONDAY, level_five_touch(world), 30))
    assert "level 5 touch" in refused.value.message and "touch level 1" in refused.value.message
    assert count(world.sessions, PlannedSessionRow) == 0


def test_touch_above_talk_plus_one_is_refused_even_when_both_chose_it(world: World) -> None:
    world.at_levels(talk=1, touch=3)
    with pytest.raises(PlanError, match="within one level of talk"):
        world.plan.add_session(SessionDraft(MONDAY, "touch-3-hug-until-relaxed", 20))
    assert world.plan.add_session(SessionDraft(MONDAY, "touch-2-exploring-hands", 15)).day == MONDAY


def test_the_slower_partner_sets_the_level(world: World) -> None:
    set_working_levels(world.sessions, (world.a,), talk=3, touch=3)
    set_working_levels(world.sessions, (world.b,), talk=2, touch=2)
    world.plan.add_session(SessionDraft(MONDAY, "touch-2-exploring-hands", 15))
    with pytest.raises(PlanError, match="touch level 2"):
        world.plan.add_session(SessionDraft(MONDAY, "touch-3-hug-until-relaxed", 20))


def accountability_behind_us(world: World) -> None:
    """An accountability talk done the week before, so touch level 3 is the pace's question alone (core.method)."""
    world.accountability_done(MONDAY - dt.timedelta(weeks=1))
    world.today.day = MONDAY


def test_after_stepping_back_a_session_above_the_level_is_not_moved_or_edited(world: World) -> None:
    world.at_levels(talk=2, touch=3)
    accountability_behind_us(world)
    hug = world.plan.add_session(SessionDraft(MONDAY, "touch-3-hug-until-relaxed", 20))
    world.progress.choose_lower_level(world.refresh(), world.a, Track.TOUCH, 2)
    with pytest.raises(PlanError, match="Ready for the next level"):
        world.plan.save_session(dataclasses.replace(hug, day=MONDAY + dt.timedelta(days=1)))
    with pytest.raises(PlanError, match="Ready for the next level"):
        world.plan.save_session(dataclasses.replace(hug, minutes=10))
    # A session already behind the couple can still be tidied.
    world.svc.set_status(hug.id, SessionStatus.DONE)
    assert world.plan.save_session(dataclasses.replace(hug, note="lovely", status=SessionStatus.DONE)).note == "lovely"


def test_copy_last_week_never_brings_back_a_level_the_couple_stepped_back_from(world: World) -> None:
    world.at_levels(talk=2, touch=3)
    accountability_behind_us(world)
    talk = world.plan.add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15))
    hug = world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=1), "touch-3-hug-until-relaxed", 20))
    walk = world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=2), "touch-2-hand-holding-walk", 15))
    couple = world.refresh()
    world.progress.choose_lower_level(couple, world.b, Track.TOUCH, 2)
    assert world.plan.copy_leaves_out(MONDAY) == 1
    copied = world.plan.copy_week(MONDAY, NEXT_MONDAY)
    assert sorted(s.exercise_id for s in copied) == sorted([talk.exercise_id, walk.exercise_id])
    assert hug.exercise_id not in {s.exercise_id for s in world.plan.get_week(NEXT_MONDAY).sessions}


def test_copy_last_week_never_copies_an_asked_for_talk(world: World) -> None:
    asked = asked_for_talk(world)
    world.plan.add_session(SessionDraft(MONDAY, asked, 15, inviter_id=world.b))
    world.plan.add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15))
    assert world.plan.copy_leaves_out(MONDAY) == 1
    copied = world.plan.copy_week(MONDAY, NEXT_MONDAY)
    assert [s.exercise_id for s in copied] == ["talk-1-stop-signal"]


def test_a_week_with_nothing_copyable_is_explained_and_nothing_is_copied(world: World) -> None:
    asked = asked_for_talk(world)
    world.plan.add_session(SessionDraft(MONDAY, asked, 15, inviter_id=world.a))
    with pytest.raises(PlanError, match="asked-for talks wait until one of you asks"):
        world.plan.copy_week(MONDAY, NEXT_MONDAY)
    assert world.plan.get_week(NEXT_MONDAY).sessions == ()


def test_an_asked_for_talk_is_booked_only_when_a_partner_asks_and_that_partner_invites(world: World) -> None:
    asked = asked_for_talk(world)
    with pytest.raises(PlanError, match="Who is asking for this talk"):
        world.plan.add_session(SessionDraft(MONDAY, asked, 15))
    booked = world.plan.add_session(SessionDraft(MONDAY, asked, 15, inviter_id=world.b))
    assert booked.inviter_id == world.b


def test_a_suggested_week_never_brings_back_a_level_the_couple_stepped_back_from(world: World) -> None:
    world.at_levels(talk=3, touch=3)
    stale = world.refresh()  # the couple as a page may still hold it
    world.progress.choose_lower_level(stale, world.a, Track.TOUCH, 1)
    world.progress.choose_lower_level(stale, world.b, Track.TALK, 2)
    exercises = LibraryService(world.sessions, clock=world.clock).list_exercises()
    levels = {e.id: (e.track, e.level, e.is_asked_for) for e in exercises}
    for week in range(6):
        start = NEXT_MONDAY + dt.timedelta(weeks=week)
        booked = world.plan.suggest_week(start, stale, exercises, seed=week)
        for session in booked:
            track, level, asked_for = levels[session.exercise_id]
            assert level <= (1 if track is Track.TOUCH else 2), session.exercise_id
            assert not asked_for


def test_a_proposal_instead_of_a_declined_session_keeps_the_pace_too(world: World) -> None:
    session = world.book(MONDAY)
    with pytest.raises(PlanError, match="Ready for the next level"):
        world.svc.decline_with_alternative(session.id, world.a, "touch-3-hug-until-relaxed")
    assert [s.id for s in world.plan.get_week(MONDAY).sessions] == [session.id]
