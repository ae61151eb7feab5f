"""Solo exercises on the week page: booked for one partner, one consent box, one check-in, one reflection."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from repairplanner.core.check_in_rules import CheckInTurn
from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionDraft, SessionStatus
from repairplanner.core.library import Library
from repairplanner.ui.session.advice_dialog import NextStep
from repairplanner.ui.session.check_in_dialog import CheckInDialog
from repairplanner.ui.week.session_form import SOLO_HINT, AddSessionDialog, SessionEditDialog
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.method_library import FIRST_AID, GROUNDING, method_library
from tests.ui.plan_world import HUG, MONDAY, TODAY, Plan, drop, exercise_mime, make_page, make_plan


@pytest.fixture
def setup(qtbot: QtBot, sessions: object, builtin_library: Library, clock: FixedClock) -> Plan:
    return make_plan(sessions, method_library(builtin_library), clock)


@pytest.fixture
def page(qtbot: QtBot, setup: Plan, dialogs: FakeDialogs) -> WeekPage:
    return make_page(qtbot, setup, dialogs)


def test_booking_a_solo_exercise_asks_whom_it_is_for(qtbot: QtBot, setup: Plan) -> None:
    exercise = setup.library.get(GROUNDING)
    dialog = AddSessionDialog(exercise, setup.couple, SessionDraft(MONDAY, GROUNDING, 15, inviter_id=None))
    qtbot.addWidget(dialog)
    assert dialog.inviter_label.text() == "For whom"
    assert [b.accessibleName() for b in dialog.inviter_group.buttons()] == ["For Ana alone", "For Bo alone"]
    dialog.inviter_group.button(setup.bo).setChecked(True)
    draft = dialog.draft()
    assert draft.solo_partner_id == setup.bo and draft.inviter_id == setup.bo
    dialog.inviter_group.setExclusive(False)
    dialog.inviter_group.button(setup.bo).setChecked(False)
    assert SOLO_HINT in dialog.message_label.text()


def test_a_shared_exercise_still_asks_who_invites(qtbot: QtBot, setup: Plan) -> None:
    exercise = setup.library.get(FIRST_AID)
    dialog = AddSessionDialog(exercise, setup.couple, SessionDraft(MONDAY, FIRST_AID, 15, inviter_id=setup.ana))
    qtbot.addWidget(dialog)
    assert dialog.inviter_label.text() == "Who invites"
    assert dialog.draft().solo_partner_id is None


def test_whom_a_solo_session_is_for_stays_as_booked_when_changing_it(qtbot: QtBot, setup: Plan) -> None:
    session = setup.book(GROUNDING, MONDAY, solo_partner_id=setup.bo, inviter_id=setup.bo)
    dialog = SessionEditDialog(session, setup.library.get(GROUNDING), setup.couple)
    qtbot.addWidget(dialog)
    assert dialog.chosen_inviter() == setup.bo
    assert not any(b.isEnabled() for b in dialog.inviter_group.buttons())
    assert dialog.session().solo_partner_id == setup.bo


def test_dropping_a_solo_exercise_asks_whom_it_is_for_and_books_it(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    def for_bo(_exercise: object, _couple: object, proposal: SessionDraft) -> SessionDraft:
        return SessionDraft(proposal.day, proposal.exercise_id, 15, None, setup.bo, "", solo_partner_id=setup.bo)

    dialogs.script("add_session", for_bo)
    assert drop(page.columns[1], exercise_mime(GROUNDING))
    booked = setup.plan.get_week(MONDAY).sessions
    assert [(s.exercise_id, s.solo_partner_id) for s in booked] == [(GROUNDING, setup.bo)]


def test_a_solo_card_shows_only_its_partners_consent_box(page: WeekPage, setup: Plan) -> None:
    solo = setup.book(GROUNDING, TODAY, solo_partner_id=setup.bo, inviter_id=setup.bo)
    shared = setup.book(FIRST_AID, TODAY)
    setup.events.plan_changed.emit()
    card = page.card_for(solo.id)
    assert list(card.consent.boxes) == [setup.bo]
    assert card.inviter_label.text() == "For Bo, on their own"
    assert list(page.card_for(shared.id).consent.boxes) == [setup.ana, setup.bo]
    card.consent.boxes[setup.bo].click()
    assert setup.life.consents([solo.id]) == {solo.id: {setup.bo: True}}
    assert card.start_button.isVisibleTo(card)  # Bo's yes is all a solo session needs


def test_a_solo_session_checks_in_and_reflects_its_partner_only(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    solo = setup.book(GROUNDING, TODAY, solo_partner_id=setup.bo, inviter_id=setup.bo)
    setup.agree(solo.id, setup.bo)
    setup.events.plan_changed.emit()
    dialogs.script("check_in", [CheckInTurn(setup.bo, True, Light.GREEN, 2)])
    dialogs.script("session_advice", NextStep.START)
    page.card_for(solo.id).start_button.click()
    check_in = next(args for name, args in dialogs.calls if name == "check_in")
    assert tuple(check_in[-1]) == (setup.bo,)  # only Bo is asked
    assert page.card_for(solo.id).status_label.text() == "Under way"
    asked: list[object] = []

    def bo(request: object) -> ReflectionDraft:
        asked.append(request)
        return ReflectionDraft(solo.id, setup.bo, 2, 8, 7, False, True, NoteVisibility.SHARED, "")

    dialogs.script("reflect", bo)
    page.card_for(solo.id).finish_button.click()
    assert [r.partner.id for r in asked] == [setup.bo]  # type: ignore[attr-defined]
    assert setup.plan.get_week(MONDAY).find(solo.id).status is SessionStatus.DONE  # type: ignore[union-attr]


def test_the_check_in_dialog_for_a_solo_session_has_one_turn(qtbot: QtBot, setup: Plan) -> None:
    order = setup.life.turn_order(setup.book(GROUNDING, TODAY, solo_partner_id=setup.bo, inviter_id=setup.bo).id)
    assert order == (setup.bo,)
    dialog = CheckInDialog(setup.couple, setup.library.get(GROUNDING), order)
    qtbot.addWidget(dialog)
    assert [p.partner.name for p in dialog.turn_pages] == ["Bo"]


def test_booking_touch_three_before_accountability_is_refused_kindly_and_nothing_is_booked(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    assert drop(page.columns[2], exercise_mime(HUG))
    warned = [(title, text) for name, title, text in dialogs.shown if name == "warn"]
    assert len(warned) == 1
    assert "accountability talk" in warned[0][1] and "The accountability letter" in warned[0][1]
    assert setup.plan.get_week(MONDAY).sessions == ()
    assert setup.stack.count() == 0
