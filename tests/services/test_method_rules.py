"""The order of repair on a real database: accountability before touch level 3, required exercises, solo bookings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from repairplanner.core.entities import SessionDraft, Track
from repairplanner.core.grading import Decision
from repairplanner.core.library import Library
from repairplanner.db.schema import PlannedSessionRow
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanError
from repairplanner.services.progress import ProgressError
from tests.method_library import FIRST_AID, GROUNDING, HEARING, LETTER, method_library, plain_library
from tests.services.conftest import World, rows

D0 = dt.date(2026, 10, 5)  # a Monday
HUG = "touch-3-hug-until-relaxed"


@pytest.fixture
def method(world: World, builtin_library: Library) -> World:
    LibraryService(world.sessions, clock=world.clock).sync_builtins(method_library(builtin_library))
    world.today.day = D0  # the couple lives these tests' weeks as they happen
    return world


@pytest.fixture
def paced(method: World) -> World:
    """The method world at talk 2 and touch 3: the pace allows what these tests book; only the order holds back."""
    method.at_levels(talk=2, touch=3)
    return method


def draft(exercise_id: str, day: dt.date = D0, solo: int | None = None) -> SessionDraft:
    return SessionDraft(day=day, exercise_id=exercise_id, minutes=15, solo_partner_id=solo)


def test_touch_three_is_refused_kindly_until_an_accountability_talk_was_done(paced: World) -> None:
    with pytest.raises(PlanError, match="accountability talk") as refused:
        paced.plan.add_session(draft(HUG))
    assert "The accountability letter" in refused.value.message
    assert rows(paced.sessions, PlannedSessionRow) == []
    letter = paced.done(D0, LETTER, asked_by=paced.a)
    assert letter.exercise_id == LETTER
    booked = paced.plan.add_session(draft(HUG, D0 + dt.timedelta(days=1)))
    assert booked.exercise_id == HUG


def test_a_planned_but_not_done_accountability_talk_does_not_open_touch_three(paced: World) -> None:
    paced.plan.add_session(dataclasses.replace(draft(LETTER), inviter_id=paced.a))
    with pytest.raises(PlanError):
        paced.plan.add_session(draft(HUG))


def test_without_accountability_exercises_touch_three_books_as_before(world: World, builtin_library: Library) -> None:
    LibraryService(world.sessions, clock=world.clock).sync_builtins(plain_library(builtin_library))
    world.at_levels(talk=2, touch=3)
    assert world.plan.add_session(draft(HUG)).exercise_id == HUG


def test_an_exercise_waits_for_the_exercise_it_requires(paced: World) -> None:
    with pytest.raises(PlanError, match="builds on") as refused:
        paced.plan.add_session(draft(HEARING))
    assert "The accountability letter" in refused.value.message
    paced.done(D0, LETTER, asked_by=paced.a)
    assert paced.plan.add_session(draft(HEARING, D0 + dt.timedelta(days=2))).exercise_id == HEARING


def test_a_solo_exercise_is_booked_for_one_named_partner(method: World) -> None:
    with pytest.raises(PlanError, match="choose which of you"):
        method.plan.add_session(draft(GROUNDING))
    with pytest.raises(PlanError, match="choose which of you"):
        method.plan.add_session(draft(GROUNDING, solo=999))
    with pytest.raises(PlanError, match="together"):
        method.plan.add_session(draft(FIRST_AID, solo=method.a))
    booked = method.plan.add_session(draft(GROUNDING, solo=method.b))
    assert booked.solo_partner_id == method.b
    assert method.plan.get_week(D0).sessions[0].solo_partner_id == method.b


def test_the_engine_waits_for_accountability_before_offering_touch_three(method: World) -> None:
    progress = method.progress
    couple = method.refresh()
    # Talk at 3 and touch at 2 as the couple chose; three calm touch sessions over ten days.
    from repairplanner.db.schema import LevelChoiceRow

    with method.sessions.begin() as s:
        for partner in couple.partners:
            for track, level in ((Track.TALK, 3), (Track.TOUCH, 2)):
                at = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
                s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=level, reason="test", at=at))
    couple = method.refresh()
    for offset in (0, 5, 10):
        method.done(D0 + dt.timedelta(days=offset), "touch-2-exploring-hands")
    today = D0 + dt.timedelta(days=11)
    touch = progress.assessments(couple, today)[Track.TOUCH]
    assert touch.decision is Decision.KEEP_GOING
    assert any("accountability talk" in reason for reason in touch.reasons)
    for partner in couple.partners:
        progress.answer_ready(couple, partner.id, Track.TOUCH, today, True)
    with pytest.raises(ProgressError, match="accountability talk"):
        progress.confirm_move_up(couple, Track.TOUCH, today)
    method.done(today, LETTER, asked_by=method.b)
    assert progress.assessments(couple, today + dt.timedelta(days=1))[Track.TOUCH].decision is Decision.OFFER_MOVE_UP
    assert progress.confirm_move_up(couple, Track.TOUCH, today) == 3


def test_a_suggested_first_week_books_first_aid_and_grounding_for_each_partner(method: World) -> None:
    couple = method.refresh()
    library = LibraryService(method.sessions, clock=method.clock).list_exercises()
    booked = method.plan.suggest_week(D0, couple, library, seed=4)
    assert FIRST_AID in {s.exercise_id for s in booked}
    grounding = sorted(s.solo_partner_id for s in booked if s.exercise_id == GROUNDING)  # type: ignore[type-var]
    assert grounding == sorted([method.a, method.b])
    assert not {LETTER, HEARING} & {s.exercise_id for s in booked}


def test_only_the_solo_partner_consents_checks_in_and_reflects(method: World) -> None:
    from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionStatus
    from repairplanner.core.grading import Advice
    from repairplanner.services.sessions import SessionError

    svc = method.svc
    solo = method.plan.add_session(draft(GROUNDING, solo=method.b))
    assert svc.consents([solo.id]) == {solo.id: {method.b: False}}
    with pytest.raises(SessionError, match="alone"):
        svc.set_consent(solo.id, method.a, True)
    with pytest.raises(SessionError, match="alone"):
        svc.decline_with_alternative(solo.id, method.a, FIRST_AID)
    svc.set_consent(solo.id, method.b, True)
    assert svc.consents([solo.id]) == {solo.id: {method.b: True}}
    with pytest.raises(SessionError, match="alone"):
        svc.check_in(solo.id, method.a, Light.GREEN, 1)
    assert svc.advice(solo.id).kind is Advice.WAITING
    svc.check_in(solo.id, method.b, Light.GREEN, 2)
    assert svc.advice(solo.id).kind is Advice.GO
    assert svc.start(solo.id).started_at is not None
    other = ReflectionDraft(solo.id, method.a, 2, 8, 7, False, True, NoteVisibility.SHARED, "")
    with pytest.raises(SessionError, match="alone"):
        svc.save_reflection(other)
    svc.save_reflection(dataclasses.replace(other, partner_id=method.b))
    assert [r.partner_id for r in svc.reflections(solo.id)] == [method.b]
    assert method.plan.get_week(D0).sessions[0].status is SessionStatus.DONE


def test_a_shared_session_still_needs_both(method: World) -> None:
    from repairplanner.services.sessions import SessionError

    shared = method.plan.add_session(draft(FIRST_AID))
    method.svc.set_consent(shared.id, method.a, True)
    with pytest.raises(SessionError, match="both of you"):
        method.svc.start(shared.id)
    assert method.svc.consents([shared.id]) == {shared.id: {method.a: True, method.b: False}}


def test_not_this_how_about_cannot_propose_what_the_order_of_repair_holds_back(paced: World) -> None:
    from repairplanner.services.sessions import SessionError

    talk = paced.plan.add_session(draft(FIRST_AID))
    with pytest.raises(SessionError, match="builds on"):
        paced.svc.decline_with_alternative(talk.id, paced.a, HEARING)
    with pytest.raises(SessionError, match="choose which of you"):
        paced.svc.decline_with_alternative(talk.id, paced.a, GROUNDING)
    assert [s.id for s in paced.plan.get_week(D0).sessions] == [talk.id]
    assert paced.svc.consents([talk.id]) == {talk.id: {paced.a: False, paced.b: False}}
    proposal = paced.svc.decline_with_alternative(talk.id, paced.a, "talk-1-daily-check-in")
    assert proposal.exercise_id == "talk-1-daily-check-in"


def test_the_progress_page_says_kindly_which_talk_touch_three_waits_for(method: World) -> None:
    from repairplanner.ui.progress.levels_panel import decision_text

    couple = method.refresh()
    from repairplanner.db.schema import LevelChoiceRow

    with method.sessions.begin() as s:
        for partner in couple.partners:
            for track, level in ((Track.TALK, 3), (Track.TOUCH, 2)):
                at = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc)
                s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=level, reason="test", at=at))
    touch = method.progress.assessments(method.refresh(), D0)[Track.TOUCH]
    text = decision_text(touch, None)
    assert text.startswith("Keep going at your own pace.")
    assert "The accountability letter" in text and "no hurry" in text


def test_a_suggested_week_at_talk_two_never_books_what_waits_for_an_asked_for_talk(paced: World) -> None:
    # The asked-for letter is never suggested, and so must still hold back the talk that builds on it.
    library = LibraryService(paced.sessions, clock=paced.clock).list_exercises()
    for offset, seed in enumerate(range(6)):
        week = D0 + dt.timedelta(weeks=offset)
        booked = {s.exercise_id for s in paced.plan.suggest_week(week, paced.refresh(), library, seed=seed)}
        assert not {LETTER, HEARING} & booked
        assert not any(e.startswith(("touch-3", "touch-4", "touch-5")) for e in booked)
