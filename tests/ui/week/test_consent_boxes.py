"""Consent on the week page: one box per partner, one click each way, logged, never carried over; and declining
with an alternative ("Not this — how about…?")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repairplanner.core.entities import SessionStatus
from repairplanner.ui.session.alternative_dialog import AlternativeChoice, AlternativeDialog, AlternativeRequest
from repairplanner.ui.week.consent_boxes import ConsentBoxes
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import CHECK_IN, HUG, MONDAY, TODAY, WALK, Plan, shown

THURSDAY = MONDAY + dt.timedelta(days=3)
ANY_FAILURE_WORD = ("missed", "fail", "declined", "refused", "withdrew", "no longer")


def boxes(page: WeekPage, session_id: int) -> ConsentBoxes:
    card = page.card_for(session_id)
    assert card is not None
    return card.consent


def test_each_card_has_one_named_box_per_partner(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, THURSDAY)
    setup.events.plan_changed.emit()
    consent = boxes(page, session.id)
    assert [b.text() for b in consent.boxes.values()] == ["Ana", "Bo"]
    assert [b.accessibleName() for b in consent.boxes.values()] == [
        "Ana agrees to this session",
        "Bo agrees to this session",
    ]
    assert all(b.isEnabled() and not b.isChecked() for b in consent.boxes.values())
    assert not consent.agreed_label.isVisibleTo(page)


def test_ticking_and_unticking_is_one_click_each_and_every_click_is_logged(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session = setup.book(WALK, THURSDAY)
    setup.events.plan_changed.emit()
    with qtbot.waitSignal(setup.events.consent_changed):
        boxes(page, session.id).boxes[setup.ana].click()
    assert setup.life.consents([session.id])[session.id] == {setup.ana: True, setup.bo: False}
    assert not boxes(page, session.id).agreed_label.isVisibleTo(page), "half agreed says nothing"

    boxes(page, session.id).boxes[setup.bo].click()
    consent = boxes(page, session.id)
    assert consent.agreed_label.isVisibleTo(page) and "Agreed" in consent.agreed_label.text()
    assert "Agreed" in page.card_for(session.id).accessibleDescription()

    consent.boxes[setup.ana].click()  # withdrawn: one click, nothing asked
    assert dialogs.calls == []
    assert not boxes(page, session.id).agreed_label.isVisibleTo(page)
    log = setup.consent_log(session.id)
    assert [(partner, given) for partner, given, _ in log] == [(setup.ana, True), (setup.bo, True), (setup.ana, False)]
    assert all(isinstance(at, dt.datetime) for _, _, at in log)
    assert [at for _, _, at in log] == sorted(at for _, _, at in log)
    assert setup.stack.count() == 0, "consent is a record, not an undoable edit"
    card_text = page.card_for(session.id).accessibleDescription().lower()
    assert not any(word in card_text for word in ANY_FAILURE_WORD)


def test_consent_is_tickable_by_keyboard(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, TODAY)  # on its own day, so Start follows both ticks
    setup.events.plan_changed.emit()
    shown(qtbot, page)
    card = page.card_for(session.id)
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, Qt.Key.Key_Tab)
    ana_box = boxes(page, session.id).boxes[setup.ana]
    assert ana_box.hasFocus()
    qtbot.keyClick(ana_box, Qt.Key.Key_Space)
    assert setup.life.consents([session.id])[session.id][setup.ana] is True
    assert ana_box.hasFocus(), "the keyboard stays on the box after the card refreshes"
    assert page.selected_session().id == session.id
    qtbot.keyClick(ana_box, Qt.Key.Key_Tab)
    bo_box = boxes(page, session.id).boxes[setup.bo]
    assert bo_box.hasFocus()
    qtbot.keyClick(bo_box, Qt.Key.Key_Space)
    assert boxes(page, session.id).agreed()
    assert page.week_actions.start_session.isEnabled()


def test_consent_never_carries_over_to_copies_or_new_sessions(page: WeekPage, setup: Plan) -> None:
    last_week = MONDAY - dt.timedelta(days=7)
    original = setup.book(WALK, last_week + dt.timedelta(days=2))
    setup.agree(original.id)
    setup.events.plan_changed.emit()
    page.week_actions.copy_last_week.trigger()
    (copy,) = setup.plan.get_week(MONDAY).sessions
    assert setup.life.consents([copy.id])[copy.id] == {setup.ana: False, setup.bo: False}
    assert not any(b.isChecked() for b in boxes(page, copy.id).boxes.values())
    assert setup.consent_log(copy.id) == []

    fresh = setup.book(CHECK_IN, THURSDAY)
    setup.events.plan_changed.emit()
    assert not any(b.isChecked() for b in boxes(page, fresh.id).boxes.values())


def test_sessions_behind_the_couple_show_their_consent_read_only(page: WeekPage, setup: Plan) -> None:
    yesterday = setup.book(WALK, TODAY - dt.timedelta(days=1))
    done = setup.book(CHECK_IN, TODAY)
    setup.agree(yesterday.id)
    setup.agree(done.id)
    setup.life.set_status(done.id, SessionStatus.DONE)
    setup.events.plan_changed.emit()
    for session_id in (yesterday.id, done.id):
        consent = boxes(page, session_id)
        assert all(b.isChecked() and not b.isEnabled() for b in consent.boxes.values())
    assert boxes(page, yesterday.id).agreed_label.isVisibleTo(page)
    assert not boxes(page, done.id).agreed_label.isVisibleTo(page), "'Agreed' is no news once it is done"
    assert page.card_for(done.id).status_label.text() == "✓ Done"


def test_a_refused_tick_is_explained_and_the_box_shows_the_truth(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session = setup.book(WALK, THURSDAY)
    setup.events.plan_changed.emit()
    setup.life.set_status(session.id, SessionStatus.SKIPPED)  # changed elsewhere, the card not yet refreshed
    boxes(page, session.id).boxes[setup.ana].click()
    assert dialogs.shown[0][0] == "warn" and "behind you" in dialogs.shown[0][2]
    assert not boxes(page, session.id).boxes[setup.ana].isChecked()
    assert page.card_for(session.id).status_label.text() == "Not this time"


def test_not_this_how_about_puts_the_proposal_in_its_place_with_the_proposer_s_tick(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session = setup.book(WALK, THURSDAY, start_time=dt.time(19, 0), inviter_id=setup.ana)
    setup.agree(session.id)
    setup.events.plan_changed.emit()

    def answer(request: AlternativeRequest) -> AlternativeChoice:
        assert request.current is not None and request.current.id == WALK and request.ask_who
        assert request.max_level == 2
        return AlternativeChoice(CHECK_IN, setup.bo)

    dialogs.script("choose_alternative", answer)
    page.card_for(session.id).decline_button.click()
    # One session in the slot: the proposal. The declined one lives on only in the consent log.
    (proposal,) = setup.plan.get_week(MONDAY).sessions
    assert proposal.id != session.id
    assert (proposal.exercise_id, proposal.day, proposal.start_time) == (CHECK_IN, THURSDAY, dt.time(19, 0))
    assert proposal.inviter_id == setup.bo
    consents = setup.life.consents([session.id, proposal.id])
    assert consents[session.id] == {setup.ana: True, setup.bo: False}, "declining withdrew Bo's yes"
    assert consents[proposal.id] == {setup.ana: False, setup.bo: True}
    assert [c.title_label.text() for c in page.columns[3].cards()] == [
        "Daily check-in: traffic light, the day, one thanks",
    ]
    assert page.card_for(session.id) is None
    assert page.selected_session().id == proposal.id
    assert boxes(page, proposal.id).boxes[setup.bo].isChecked()
    assert setup.consent_log(session.id)[-1][:2] == (setup.bo, False)

    # One step on the undo stack: undo brings the declined session back in its slot, redo swaps them again.
    assert setup.stack.count() == 1
    setup.stack.undo()
    assert setup.ids() == [session.id]
    assert [c.title_label.text() for c in page.columns[3].cards()] == ["Hand-holding walk"]
    setup.stack.redo()
    assert setup.ids() == [proposal.id]
    # The decline is a record: undo never erased it from the consent log.
    assert setup.consent_log(session.id)[-1][:2] == (setup.bo, False)


def test_declining_can_be_cancelled_and_changes_nothing(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    session = setup.book(WALK, THURSDAY)
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    page.week_actions.decline_session.trigger()
    assert dialogs.calls[-1][0] == "choose_alternative"
    assert setup.ids() == [session.id] and setup.consent_log(session.id) == []


def test_the_alternatives_are_the_same_level_or_lower_with_talk_first(qtbot: QtBot, setup: Plan) -> None:
    exercises = tuple(setup.library.list_exercises())
    hug = setup.library.get(HUG)
    dialog = AlternativeDialog(AlternativeRequest(setup.couple, exercises, hug, hug.level))
    qtbot.addWidget(dialog)
    shown = [setup.library.get(i) for i in dialog.shown_ids()]
    assert shown and all(e.track.value == "talk" and e.level <= 3 for e in shown)
    assert HUG not in dialog.shown_ids()
    assert dialog.choice() is None, "who proposes it is asked, not assumed"
    dialog.select(WALK, setup.bo)
    assert dialog.choice() == AlternativeChoice(WALK, setup.bo)
    every = [setup.library.get(i) for i in dialog.shown_ids()]
    assert {e.track.value for e in every} == {"talk", "touch"} and max(e.level for e in every) <= 3
    assert [e.track.value for e in every] == sorted((e.track.value for e in every), key=lambda t: t != "talk")


def test_a_chosen_together_alternative_asks_no_one(qtbot: QtBot, setup: Plan) -> None:
    from repairplanner.core.entities import Track

    request = AlternativeRequest(
        setup.couple, tuple(setup.library.list_exercises()), None, 1, tracks=(Track.TALK,), ask_who=False
    )
    dialog = AlternativeDialog(request)
    qtbot.addWidget(dialog)
    assert not dialog.who_row.isVisibleTo(dialog) and not dialog.track_row.isVisibleTo(dialog)
    assert dialog.choice() is not None and dialog.choice().partner_id is None


def test_the_consent_boxes_stack_when_the_names_do_not_fit(qtbot: QtBot, setup: Plan) -> None:
    from PySide6.QtWidgets import QBoxLayout

    consent = ConsentBoxes()
    qtbot.addWidget(consent)
    consent.set_partners(setup.couple.partners)
    consent.show()
    consent.resize(400, 60)
    assert consent._row.direction() == QBoxLayout.Direction.LeftToRight
    consent.resize(40, 60)
    assert consent._row.direction() == QBoxLayout.Direction.TopToBottom


def test_start_waits_for_the_sessions_own_day(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    """Agreed for tomorrow: no Start on its card, and the Week menu's Start is off until that day."""
    session = setup.book(WALK, THURSDAY)
    setup.agree(session.id)
    setup.events.plan_changed.emit()
    shown(qtbot, page)
    card = page.card_for(session.id)
    page.select_session(session.id)
    assert not card.start_button.isVisible() and not page.week_actions.start_session.isEnabled()
    setup.today.day = THURSDAY
    page.day_watcher.check()  # midnight passes: the page moves on to Thursday
    page.select_session(session.id)
    assert page.card_for(session.id).start_button.isVisibleTo(page) and page.week_actions.start_session.isEnabled()
