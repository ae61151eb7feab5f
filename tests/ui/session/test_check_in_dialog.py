"""Starting a session: only once both agreed; private check-in turns with today's yes; advice; the guided session."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from repairplanner.core.check_in_rules import CONSENT_QUESTION, NOT_TODAY_MESSAGE, NOT_TODAY_TITLE, CheckInTurn
from repairplanner.core.couple import Couple, CoupleSetup, PartnerDraft
from repairplanner.core.entities import Exercise, Light, SessionStatus, YellowChoice
from repairplanner.core.grading import Advice, Alternative, PreSessionAdvice
from repairplanner.db.schema import CheckInRow, PlannedSessionRow
from repairplanner.services.sessions import SessionError
from repairplanner.ui.session.advice_dialog import NO_TOUCH_HEADING, AdviceDialog, NextStep, shorter_minutes
from repairplanner.ui.session.alternative_dialog import AlternativeChoice, AlternativeRequest
from repairplanner.ui.session.check_in_dialog import CheckInDialog, LookAwayPage, PartnerTurnPage
from repairplanner.ui.session.guided_session import GuidedEnd, GuidedRequest
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


def both(
    setup: Plan, first: Light, second: Light, choices: tuple[YellowChoice | None, YellowChoice | None] = (None, None)
) -> list[CheckInTurn]:
    """Ana's and Bo's turns; a yellow light without a named choice asks for a shorter version."""

    def choice(light: Light, chosen: YellowChoice | None) -> YellowChoice | None:
        return (chosen or YellowChoice.SHORTER) if light is Light.YELLOW else None

    return [
        CheckInTurn(setup.ana, True, first, 2, choice(first, choices[0])),
        CheckInTurn(setup.bo, True, second, 5, choice(second, choices[1])),
    ]


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


def shown_dialog(qtbot: QtBot, setup: Plan, order: tuple[int, ...]) -> CheckInDialog:
    dialog = CheckInDialog(setup.couple, setup.library.get(WALK), order)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visible_texts(dialog: QDialog) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
    return " | ".join(w.text() for w in widgets if w.isVisible())


def test_each_turn_begins_by_asking_the_other_to_look_away_and_cannot_be_gone_back_to(
    qtbot: QtBot, setup: Plan
) -> None:
    dialog = shown_dialog(qtbot, setup, (setup.bo, setup.ana))
    assert isinstance(dialog.current_page(), LookAwayPage)
    assert dialog.current_page().message_label.text() == "Ana, please look away while Bo answers."
    assert not any("Back" in b.text() for b in dialog.findChildren(QPushButton)), "no way back into a turn"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    bo_page = dialog.current_page()
    assert isinstance(bo_page, PartnerTurnPage) and bo_page.partner.name == "Bo"
    assert dialog.turn_label.text() == "Bo's turn (1 of 2)"
    assert CONSENT_QUESTION in visible_texts(dialog) and not bo_page.details.isVisible()
    assert not dialog.next_button.isEnabled()
    bo_page.yes_radio.click()
    assert bo_page.details.isVisible() and not bo_page.yellow_box.isVisible()
    bo_page.light_buttons[Light.YELLOW].click()
    assert bo_page.yellow_box.isVisible() and not dialog.next_button.isEnabled(), "yellow asks what Bo would like"
    assert [b.text() for b in bo_page.yellow_buttons.values()] == [
        "A shorter or lighter version",
        "An exercise from the level before",
        "A talk instead",
        "Go ahead as planned",
    ]
    bo_page.yellow_buttons[YellowChoice.AS_PLANNED].click()
    bo_page.distress_slider.setValue(6)
    assert dialog.next_button.text() == "&Next: hand over"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.current_page().message_label.text() == "Bo, please look away while Ana answers."
    assert not bo_page.isVisible() and not bo_page.isEnabled()
    shown = visible_texts(dialog)
    assert "Go ahead as planned" not in shown and "Yellow" not in shown, "nothing of Bo's turn is on screen"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    ana_page = dialog.current_page()
    assert isinstance(ana_page, PartnerTurnPage) and ana_page.partner.name == "Ana"
    assert ana_page.consent_group.checkedId() == -1 and ana_page.light_group.checkedId() == -1
    assert dialog.next_button.text() == "&Done"
    ana_page.not_today_radio.click()
    assert not ana_page.details.isVisible() and dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.turns() == [
        CheckInTurn(setup.bo, True, Light.YELLOW, 6, YellowChoice.AS_PLANNED),
        CheckInTurn(setup.ana, False),
    ]


def test_a_level_one_talk_offers_a_yellow_partner_only_what_applies(qtbot: QtBot, setup: Plan) -> None:
    dialog = CheckInDialog(setup.couple, setup.library.get(CHECK_IN), (setup.ana, setup.bo))
    qtbot.addWidget(dialog)
    assert list(dialog.turn_pages[0].yellow_buttons) == [YellowChoice.SHORTER, YellowChoice.AS_PLANNED]


def test_the_flow_asks_in_the_service_s_alternating_order(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    first, second = agreed_walk(page, setup), agreed_walk(page, setup)
    orders: list[tuple[int, ...]] = []

    def answer(couple: object, exercise: object, order: tuple[int, ...]) -> list[CheckInTurn]:
        orders.append(tuple(order))
        return [CheckInTurn(pid, True, Light.GREEN, 1) for pid in order]

    dialogs.script("check_in", answer, answer)
    expected = setup.life.turn_order(first)
    page.select_session(first, focus=False)
    page.week_actions.start_session.trigger()
    page.select_session(second, focus=False)
    page.week_actions.start_session.trigger()
    assert orders[0] == expected and sorted(expected) == sorted((setup.ana, setup.bo))
    assert orders[1] == expected[::-1], "whoever went first last time goes second now"


def test_not_today_from_either_partner_ends_with_the_same_words(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    shown: list[list[tuple[str, str, str]]] = []
    for declining in (setup.ana, setup.bo):
        session_id = agreed_walk(page, setup)
        dialogs.shown.clear()
        dialogs.calls.clear()
        turns = [
            CheckInTurn(pid, False) if pid == declining else CheckInTurn(pid, True, Light.GREEN, 2)
            for pid in setup.life.turn_order(session_id)
        ]
        dialogs.script("check_in", turns)
        page.week_actions.start_session.trigger()
        assert [c[0] for c in dialogs.calls] == ["check_in", "inform"], "no advice, no question, no start"
        shown.append(list(dialogs.shown))
        assert setup.stored(CheckInRow, session_id=session_id) == []
        (row,) = setup.stored(PlannedSessionRow, id=session_id)
        assert row["started_at"] is None and row["status"] == "planned"
        assert page.card_for(session_id).status_label.text() == ""
    assert shown[0] == shown[1] == [("inform", NOT_TODAY_TITLE, NOT_TODAY_MESSAGE)]
    assert "Ana" not in NOT_TODAY_MESSAGE and "Bo" not in NOT_TODAY_MESSAGE
    assert not any(word in NOT_TODAY_MESSAGE.lower() for word in FAILURE_WORDS)


def test_yellow_as_planned_chosen_in_the_yellow_turn_reads_like_green(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = agreed_walk(page, setup)
    offered: list[PreSessionAdvice] = []
    dialogs.script("check_in", both(setup, Light.GREEN, Light.YELLOW, (None, YellowChoice.AS_PLANNED)))
    dialogs.script("session_advice", lambda advice, exercise, minutes: offered.append(advice) or NextStep.START)
    page.week_actions.start_session.trigger()
    assert offered[0].kind is Advice.GO and "yellow" not in offered[0].message.lower()
    assert page.card_for(session_id).status_label.text() == "Under way"


def test_a_guided_session_finished_or_stopped_leads_to_the_reflection_and_is_done(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    for ending in (GuidedEnd.FINISHED, GuidedEnd.STOPPED):
        session_id = agreed_walk(page, setup)
        requests: list[GuidedRequest] = []
        dialogs.script("check_in", both(setup, Light.GREEN, Light.GREEN))
        dialogs.script("session_advice", NextStep.START)
        dialogs.script("guided_session", lambda request, end=ending, seen=requests: seen.append(request) or end)
        dialogs.calls.clear()
        page.week_actions.start_session.trigger()
        (request,) = requests
        walk = setup.library.get(WALK)
        assert (request.title, request.agreement, request.steps) == (walk.title, walk.agreement, walk.steps)
        assert request.minutes == 15 and request.stop_signal == setup.couple.stop_signal
        assert [c[0] for c in dialogs.calls] == ["check_in", "session_advice", "guided_session", "reflect", "reflect"]
        session = setup.plan.get_week(page.current_week()).find(session_id)
        assert session.status is SessionStatus.DONE, "stopping early is a complete session"
        assert page.card_for(session_id).status_label.text() == "✓ Done"


def test_the_couples_slow_down_signal_goes_with_them_into_the_check_in_and_the_guided_session(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    drafts = [PartnerDraft(p.name, p.color, p.unavailable_weekdays) for p in setup.couple.partners]
    stop = setup.couple.stop_signal
    couple = setup.couples.update(CoupleSetup(*drafts, stop, setup.couple.week_start, slow_down_signal="yellow"))
    page.set_couple(couple)
    agreed_walk(page, setup)
    requests: list[GuidedRequest] = []
    shown: list[str] = []

    def check_in(couple: Couple, exercise: Exercise | None, order: object) -> list[CheckInTurn]:
        dialog = CheckInDialog(couple, exercise, order)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        shown.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        return both(setup, Light.GREEN, Light.GREEN)

    dialogs.script("check_in", check_in)
    dialogs.script("session_advice", NextStep.START)
    dialogs.script("guided_session", lambda request: requests.append(request) or GuidedEnd.FINISHED)
    page.week_actions.start_session.trigger()
    (request,) = requests
    assert (request.stop_signal, request.slow_down_signal) == (stop, "yellow")
    assert "Your slow-down signal is “yellow”" in shown[0]


@pytest.mark.parametrize(
    ("kind", "buttons"),
    [
        (Advice.GO, ["&Start"]),
        (
            Advice.OFFER_LIGHTER,
            ["Start a &shorter version (10 min)", "Choose an exercise from &level 1…"],
        ),
        (Advice.NO_TOUCH_TODAY, ["Choose a &talk instead…", "&Rest today"]),
    ],
)
def test_the_advice_dialog_offers_plain_choices(qtbot: QtBot, setup: Plan, kind: Advice, buttons: list[str]) -> None:
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
    assert service.check_in(None, setup.couple, setup.library.get(WALK), (setup.bo, setup.ana)) is None
    request = GuidedRequest.for_exercise(setup.library.get(WALK), 15, "pause")
    assert service.guided_session(None, request) is None
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
