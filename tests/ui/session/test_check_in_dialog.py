"""Starting a session: only once both agreed; each partner checks in; the advice leads to start, lighter, or rest."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from repairplanner.core.entities import Light, SessionStatus
from repairplanner.core.grading import Advice, PreSessionAdvice
from repairplanner.db.schema import CheckInRow, PlannedSessionRow
from repairplanner.services.sessions import SessionError
from repairplanner.ui.session.advice_dialog import NO_TOUCH_HEADING, AdviceDialog, NextStep, shorter_minutes
from repairplanner.ui.session.alternative_dialog import AlternativeChoice, AlternativeRequest
from repairplanner.ui.session.check_in_dialog import CheckInAnswer, CheckInDialog
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import CHECK_IN, TODAY, WALK, Plan

FAILURE_WORDS = ("missed", "fail", "skipped", "refused", "broke", "should")


def agreed_walk(page: WeekPage, setup: Plan) -> int:
    session = setup.book(WALK, TODAY, start_time=dt.time(19, 30))
    setup.agree(session.id)
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    return session.id


def both(setup: Plan, first: Light, second: Light) -> dict[int, CheckInAnswer]:
    return {setup.ana: CheckInAnswer(first, 2), setup.bo: CheckInAnswer(second, 5)}


def test_start_is_offered_only_once_both_have_ticked(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, TODAY)
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    card = page.card_for(session.id)
    assert not page.week_actions.start_session.isEnabled() and not card.start_button.isVisibleTo(page)
    card.consent.boxes[setup.ana].click()
    assert not page.week_actions.start_session.isEnabled() and not card.start_button.isVisibleTo(page)
    card.consent.boxes[setup.bo].click()
    assert page.week_actions.start_session.isEnabled() and card.start_button.isVisibleTo(page)
    card.consent.boxes[setup.bo].click()
    assert not page.week_actions.start_session.isEnabled()


def test_both_green_starts_the_session_and_the_card_says_under_way(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = agreed_walk(page, setup)
    dialogs.script("check_in", both(setup, Light.GREEN, Light.GREEN))

    def advice(advice: PreSessionAdvice, exercise, minutes: int) -> NextStep:
        assert advice.kind is Advice.GO and exercise.id == WALK and minutes == 15
        return NextStep.START

    dialogs.script("session_advice", advice)
    page.card_for(session_id).start_button.click()
    checks = {(r["partner_id"], r["light"], r["expected_distress"]) for r in setup.stored(CheckInRow)}
    assert checks == {(setup.ana, "green", 2), (setup.bo, "green", 5)}
    (row,) = setup.stored(PlannedSessionRow, id=session_id)
    assert row["started_at"] is not None and row["status"] == "planned"
    card = page.card_for(session_id)
    assert card.status_label.text() == "Under way"
    assert card.finish_button.isVisibleTo(page) and not card.start_button.isVisibleTo(page)
    assert not card.decline_button.isVisibleTo(page)
    assert page.week_actions.reflect_session.text() == "Finish and re&flect…"

    card.consent.boxes[setup.bo].click()  # stopping part-way: one click, and it can still be reflected on
    card = page.card_for(session_id)
    assert not card.consent.boxes[setup.bo].isChecked() and card.status_label.text() == "Under way"
    assert card.finish_button.isVisibleTo(page) and page.week_actions.reflect_session.isEnabled()


def test_not_now_at_the_check_in_changes_nothing(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    session_id = agreed_walk(page, setup)
    page.week_actions.start_session.trigger()
    assert [c[0] for c in dialogs.calls] == ["check_in"]
    assert setup.stored(CheckInRow) == []
    assert page.card_for(session_id).status_label.text() == ""


def test_a_yellow_light_offers_something_lighter(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    session_id = agreed_walk(page, setup)
    offered: list[PreSessionAdvice] = []
    dialogs.script("check_in", both(setup, Light.GREEN, Light.YELLOW))
    dialogs.script("session_advice", lambda advice, exercise, minutes: offered.append(advice) or NextStep.SHORTER)
    page.week_actions.start_session.trigger()
    (advice,) = offered
    assert advice.kind is Advice.OFFER_LIGHTER and "lighter" in advice.message
    session = setup.plan.get_week(page.current_week()).find(session_id)
    assert session.minutes == shorter_minutes(15) == 10
    (row,) = setup.stored(PlannedSessionRow, id=session_id)
    assert row["started_at"] is not None
    assert page.card_for(session_id).status_label.text() == "Under way"
    assert setup.stack.undoText() == "Edit 'Hand-holding walk'"


def test_a_yellow_light_can_swap_for_a_talk_in_one_undoable_step(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = agreed_walk(page, setup)
    dialogs.script("check_in", both(setup, Light.YELLOW, Light.GREEN))
    dialogs.script("session_advice", NextStep.TALK)

    def choose(request: AlternativeRequest) -> AlternativeChoice:
        assert not request.ask_who and [t.value for t in request.tracks] == ["talk"]
        return AlternativeChoice(CHECK_IN)

    dialogs.script("choose_alternative", choose)
    page.week_actions.start_session.trigger()
    week = setup.plan.get_week(page.current_week())
    (talk,) = [s for s in week.sessions if s.id != session_id]
    assert (talk.exercise_id, talk.day, talk.start_time) == (CHECK_IN, TODAY, dt.time(19, 30))
    assert week.find(session_id).status is SessionStatus.SKIPPED
    assert page.card_for(session_id).status_label.text() == "Not this time"
    assert setup.life.consents([talk.id])[talk.id] == {setup.ana: False, setup.bo: False}, "a new yes for a new one"
    assert page.selected_session().id == talk.id
    assert setup.stack.undoText().startswith("Choose 'Daily check-in")
    setup.stack.undo()
    week = setup.plan.get_week(page.current_week())
    assert [s.id for s in week.sessions] == [session_id] and week.find(session_id).status is SessionStatus.PLANNED


def test_a_red_light_means_no_touch_today_and_rest_is_kind(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    session_id = agreed_walk(page, setup)
    offered: list[PreSessionAdvice] = []
    dialogs.script("check_in", both(setup, Light.GREEN, Light.RED))
    dialogs.script("session_advice", lambda advice, exercise, minutes: offered.append(advice) or NextStep.REST)
    page.week_actions.start_session.trigger()
    (advice,) = offered
    assert advice.kind is Advice.NO_TOUCH_TODAY
    with pytest.raises(SessionError):
        setup.life.start(session_id)
    assert NextStep.START not in AdviceDialog(advice, setup.library.get(WALK), 15).step_buttons
    session = setup.plan.get_week(page.current_week()).find(session_id)
    assert session.status is SessionStatus.PAUSED
    card = page.card_for(session_id)
    assert card.status_label.text() == "Rested"
    shown_text = " ".join([card.accessibleDescription(), setup.stack.undoText()]).lower()
    assert not any(word in shown_text for word in FAILURE_WORDS)
    assert [c[0] for c in dialogs.calls] == ["check_in", "session_advice"], "no warning, no question"
    (row,) = setup.stored(PlannedSessionRow, id=session_id)
    assert row["started_at"] is None


def test_marking_skipped_or_rested_is_one_undoable_step_each(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, TODAY)
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    actions = page.week_actions
    assert not actions.replan_session.isEnabled()
    actions.skip_session.trigger()
    assert page.card_for(session.id).status_label.text() == "Not this time"
    assert setup.stack.undoText() == "Skip 'Hand-holding walk' this time"
    assert actions.replan_session.isEnabled() and not actions.skip_session.isEnabled()
    assert not page.card_for(session.id).consent.boxes[setup.ana].isEnabled()
    actions.replan_session.trigger()
    actions.rest_session.trigger()
    assert page.card_for(session.id).status_label.text() == "Rested"
    setup.stack.undo()
    setup.stack.undo()
    assert page.card_for(session.id).status_label.text() == "Not this time"
    setup.stack.undo()
    assert setup.plan.get_week(page.current_week()).find(session.id).status is SessionStatus.PLANNED


def test_the_check_in_dialog_takes_each_partner_in_turn(qtbot: QtBot, setup: Plan) -> None:
    dialog = CheckInDialog(setup.couple, setup.library.get(WALK))
    qtbot.addWidget(dialog)
    assert dialog.turn() == 0 and dialog.turn_label.text() == "Ana's turn (1 of 2)"
    assert dialog.next_button.text() == "&Next: Bo" and not dialog.next_button.isEnabled()
    assert [b.text() for b in dialog.pages[0].light_buttons.values()] == [
        "Green — I feel ready",
        "Yellow — a bit unsure",
        "Red — not today",
    ]
    dialog.pages[0].set_answer(CheckInAnswer(Light.YELLOW, 4))
    assert dialog.pages[0].distress_value.text() == "4 of 10"
    dialog.next_button.click()
    assert dialog.turn() == 1 and dialog.turn_label.text() == "Bo's turn (2 of 2)"
    assert dialog.next_button.text() == "&Done" and dialog.answers() is None
    dialog.pages[1].set_answer(CheckInAnswer(Light.GREEN, 1))
    dialog.next_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answers() == {setup.ana: CheckInAnswer(Light.YELLOW, 4), setup.bo: CheckInAnswer(Light.GREEN, 1)}


@pytest.mark.parametrize(
    ("kind", "buttons"),
    [
        (Advice.GO, ["&Start"]),
        (
            Advice.OFFER_LIGHTER,
            ["Start a &shorter version (10 min)", "Choose an exercise from &level 1…", "&Go ahead as planned"],
        ),
        (Advice.NO_TOUCH_TODAY, ["Choose a &talk instead…", "&Rest today"]),
    ],
)
def test_the_advice_dialog_offers_plain_choices(qtbot: QtBot, setup: Plan, kind: Advice, buttons: list[str]) -> None:
    from repairplanner.core.grading import Alternative

    alternatives = {
        Advice.GO: (),
        Advice.OFFER_LIGHTER: (Alternative.SHORTER, Alternative.PREVIOUS_LEVEL),
        Advice.NO_TOUCH_TODAY: (Alternative.TALK, Alternative.REST),
    }[kind]
    dialog = AdviceDialog(
        PreSessionAdvice(kind, alternatives, "No touch today. Rest is fine."), setup.library.get(WALK), 15
    )
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.step_buttons.values()] == buttons
    if kind is Advice.NO_TOUCH_TODAY:
        assert dialog.heading_label.text() == NO_TOUCH_HEADING
        assert dialog.message_label.text() == "Rest is fine."
    last = list(dialog.step_buttons)[-1]
    dialog.step_buttons[last].click()
    assert dialog.chosen is last and dialog.result() == QDialog.DialogCode.Accepted


def test_the_dialog_service_opens_the_check_in_and_advice(
    qtbot: QtBot, setup: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    service = DialogService()
    assert service.check_in(None, setup.couple, setup.library.get(WALK)) is None
    advice = PreSessionAdvice(Advice.GO, (), "Go gently.")
    assert service.session_advice(None, advice, setup.library.get(WALK), 15) is None
    request = AlternativeRequest(setup.couple, tuple(setup.library.list_exercises()), None, 2)
    assert service.choose_alternative(None, request) is None


def test_after_a_red_light_the_talk_offered_is_gentle_never_heavy(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    import dataclasses

    from repairplanner.core.entities import Track

    calm = setup.library.get(CHECK_IN)
    heavy = setup.library.create_custom(dataclasses.replace(calm, title="A heavy talk", tags=("heavy",)))
    setup.events.library_changed.emit()
    couple = dataclasses.replace(setup.couple, levels={Track.TOUCH: 3, Track.TALK: 4})
    page.set_couple(couple)
    agreed_walk(page, setup)
    requests: list[AlternativeRequest] = []
    dialogs.script("check_in", both(setup, Light.RED, Light.GREEN))
    dialogs.script("session_advice", lambda advice, exercise, minutes: NextStep.TALK)
    dialogs.script("choose_alternative", requests.append)
    page.week_actions.start_session.trigger()
    (request,) = requests
    from repairplanner.ui.session.alternative_dialog import candidates

    offered = candidates(request)
    assert offered, "a gentle talk is always offered"
    assert all(e.track is Track.TALK and e.level <= 2 for e in offered)
    assert heavy.id not in {e.id for e in offered}
    assert all("heavy" not in e.tags for e in offered)
