"""Reflecting after a session: each partner in turn, shared or private notes, passphrases, and nothing lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from repairplanner.core.check_in_rules import CheckInTurn
from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionStatus
from repairplanner.core.passphrase import DamagedKeyError, WrongPassphraseError
from repairplanner.db.schema import PartnerKeyRow, PlannedSessionRow, ReflectionRow
from repairplanner.paths import AppPaths
from repairplanner.ui.session.advice_dialog import NextStep
from repairplanner.ui.session.reflection_dialog import NOT_CHOSEN, NOTE_PROMPTS, ReflectionDialog, ReflectionRequest
from repairplanner.ui.session.reflection_flow import KEPT_NOTE
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import TODAY, WALK, Plan

PASSPHRASE = "a quiet walk by the river"
SECRET = "I was scared my hands were shaking"


def started_walk(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> int:
    """A walk booked today, agreed, checked in green by both and started through the page."""
    session = setup.book(WALK, TODAY)
    setup.agree(session.id)
    setup.events.plan_changed.emit()
    turns = [CheckInTurn(setup.ana, True, Light.GREEN, 3), CheckInTurn(setup.bo, True, Light.GREEN, 6)]
    dialogs.script("check_in", turns)
    dialogs.script("session_advice", NextStep.START)
    page.card_for(session.id).start_button.click()
    assert page.card_for(session.id).status_label.text() == "Under way"
    dialogs.calls.clear()
    return session.id


def draft(setup: Plan, session_id: int, partner_id: int, note: str = "", private: bool = False) -> ReflectionDraft:
    visibility = NoteVisibility.PRIVATE if private else NoteVisibility.SHARED
    return ReflectionDraft(session_id, partner_id, 4, 8, 7, False, True, visibility, note)


def reflection_rows(setup: Plan, session_id: int) -> dict[int, dict[str, object]]:
    return {r["partner_id"]: r for r in setup.stored(ReflectionRow, session_id=session_id)}  # type: ignore[misc]


def test_a_shared_reflection_is_stored_and_the_card_shows_done_and_who_reflected(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = started_walk(page, setup, dialogs)
    requests: list[ReflectionRequest] = []

    def ana(request: ReflectionRequest) -> ReflectionDraft:
        requests.append(request)
        return draft(setup, session_id, setup.ana, "My shoulders dropped after a while.")

    dialogs.script("reflect", ana, requests.append)  # Bo skips
    with qtbot.waitSignal(setup.events.reflection_saved):
        page.card_for(session_id).finish_button.click()
    assert [r.partner.name for r in requests] == ["Ana", "Bo"]
    assert [r.previous for r in requests] == [None, None], "a first reflection starts blank, not from the check-in"
    rows = reflection_rows(setup, session_id)
    assert set(rows) == {setup.ana}
    assert rows[setup.ana]["note"] == "My shoulders dropped after a while." and rows[setup.ana]["sealed_note"] is None
    card = page.card_for(session_id)
    assert card.status_label.text() == "✓ Done" and card.reflected_label.text() == "Ana reflected"
    assert "8" not in card.accessibleDescription(), "no ratings on the card"
    assert not card.finish_button.isVisibleTo(page)
    assert [c[0] for c in dialogs.calls] == ["reflect", "reflect"], "skipping says nothing"


def test_a_first_private_note_sets_a_passphrase_and_is_sealed(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs, migrated_paths: AppPaths
) -> None:
    session_id = started_walk(page, setup, dialogs)
    dialogs.script("reflect", draft(setup, session_id, setup.ana, SECRET, private=True), None)
    dialogs.script("new_passphrase", PASSPHRASE)
    page.card_for(session_id).finish_button.click()
    assert ("new_passphrase", ("Ana", "Bo")) in dialogs.calls
    assert "seal_passphrase" not in [c[0] for c in dialogs.calls], "the passphrase just set is used at once"
    assert setup.life.has_passphrase(setup.ana)
    row = reflection_rows(setup, session_id)[setup.ana]
    assert row["note"] is None and row["visibility"] == "private"
    assert isinstance(row["sealed_note"], bytes) and SECRET.encode() not in row["sealed_note"]
    (as_bo_sees_it,) = setup.life.reflections(session_id)
    assert as_bo_sees_it.note is None
    key = setup.life.unlock(setup.ana, PASSPHRASE)
    (as_ana_sees_it,) = setup.life.reflections(session_id, {setup.ana: key})
    assert as_ana_sees_it.note == SECRET
    files = [migrated_paths.database, Path(f"{migrated_paths.database}-wal")]
    assert all(SECRET.encode() not in p.read_bytes() for p in files if p.exists())


def test_a_wrong_passphrase_is_told_kindly_and_the_note_is_kept(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = started_walk(page, setup, dialogs)
    setup.life.set_passphrase(setup.ana, PASSPHRASE)
    written = draft(setup, session_id, setup.ana, SECRET, private=True)
    seen: list[ReflectionRequest] = []
    dialogs.script("reflect", written, lambda request: seen.append(request) or request.previous, None)
    dialogs.script("seal_passphrase", "not my passphrase", PASSPHRASE)
    page.card_for(session_id).finish_button.click()
    (retry,) = seen
    assert retry.previous == written, "the dialog comes back with everything that was written"
    assert retry.problem == f"Your note is still here. {WrongPassphraseError().message}"
    assert [c[0] for c in dialogs.calls].count("seal_passphrase") == 2
    key = setup.life.unlock(setup.ana, PASSPHRASE)
    (stored,) = setup.life.reflections(session_id, {setup.ana: key})
    assert stored.note == SECRET


def test_a_damaged_key_record_has_its_own_message(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    session_id = started_walk(page, setup, dialogs)
    setup.life.set_passphrase(setup.ana, PASSPHRASE)
    with setup.sessions.begin() as s:  # type: ignore[attr-defined]
        record = s.get(PartnerKeyRow, setup.ana)
        record.verifier = record.verifier[:-1] + bytes([record.verifier[-1] ^ 1])
    seen: list[ReflectionRequest] = []
    dialogs.script("reflect", draft(setup, session_id, setup.ana, SECRET, private=True), seen.append, None)
    dialogs.script("seal_passphrase", PASSPHRASE)
    page.card_for(session_id).finish_button.click()
    assert seen[0].problem.endswith(DamagedKeyError().message)
    assert DamagedKeyError().message != WrongPassphraseError().message
    assert seen[0].previous.note == SECRET
    assert reflection_rows(setup, session_id) == {}


def test_not_setting_a_passphrase_keeps_the_note_to_share_or_skip(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = started_walk(page, setup, dialogs)
    written = draft(setup, session_id, setup.ana, "Calmer than I expected.", private=True)
    seen: list[ReflectionRequest] = []

    def again(request: ReflectionRequest) -> ReflectionDraft:
        seen.append(request)
        return dataclasses.replace(request.previous, visibility=NoteVisibility.SHARED)

    dialogs.script("reflect", written, again, None)
    page.card_for(session_id).finish_button.click()
    assert seen[0].problem == KEPT_NOTE and seen[0].previous == written
    assert not setup.life.has_passphrase(setup.ana)
    assert reflection_rows(setup, session_id)[setup.ana]["note"] == "Calmer than I expected."


def test_skipping_both_reflections_still_finishes_the_session(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = started_walk(page, setup, dialogs)
    page.week_actions.reflect_session.trigger()
    assert [c[0] for c in dialogs.calls] == ["reflect", "reflect"]
    assert setup.plan.get_week(page.current_week()).find(session_id).status is SessionStatus.DONE
    assert page.card_for(session_id).status_label.text() == "✓ Done"
    assert page.card_for(session_id).reflected_label.text() == ""
    assert setup.stack.undoText() == "Mark 'Hand-holding walk' done"


def test_reflecting_again_opens_a_private_note_first_so_it_is_never_lost(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session_id = started_walk(page, setup, dialogs)
    setup.life.set_passphrase(setup.ana, PASSPHRASE)
    setup.life.save_reflection(draft(setup, session_id, setup.ana, SECRET, private=True), passphrase=PASSPHRASE)
    setup.events.reflection_saved.emit()
    assert page.card_for(session_id).reflected_label.text() == "Ana reflected"
    page.select_session(session_id, focus=False)
    assert page.week_actions.reflect_session.isEnabled()
    seen: list[ReflectionRequest] = []
    dialogs.script("ask_passphrase", "wrong guess!", PASSPHRASE)
    dialogs.script("reflect", seen.append, seen.append)
    page.week_actions.reflect_session.trigger()
    assert dialogs.shown[0] == ("warn", "Private note", WrongPassphraseError().message)
    assert seen[0].partner.name == "Ana" and seen[0].previous.note == SECRET
    assert seen[1].partner.name == "Bo" and seen[1].previous is None


def test_reflect_is_offered_for_sessions_done_under_way_or_agreed_and_due(page: WeekPage, setup: Plan) -> None:
    later = setup.book(WALK, TODAY + dt.timedelta(days=2))
    due = setup.book(WALK, TODAY)
    setup.agree(later.id)
    setup.events.plan_changed.emit()
    for session_id, offered in ((later.id, False), (due.id, False)):
        page.select_session(session_id, focus=False)
        assert page.week_actions.reflect_session.isEnabled() is offered
    setup.agree(due.id)
    setup.events.consent_changed.emit()
    page.select_session(due.id, focus=False)
    assert page.week_actions.reflect_session.isEnabled(), "done away from the app, from the paper plan"
    (row,) = setup.stored(PlannedSessionRow, id=due.id)
    assert row["status"] == "planned"


def test_the_reflection_dialog_starts_blank_and_saves_only_what_was_chosen(qtbot: QtBot, setup: Plan) -> None:
    ana, bo = setup.couple.partners
    dialog = ReflectionDialog(ReflectionRequest(7, ana, bo, "Hand-holding walk"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ana's reflection"
    assert dialog.note_edit.placeholderText() == NOTE_PROMPTS and "body first" in NOTE_PROMPTS
    assert dialog.private_radio.text() == "Private: sealed with your passphrase; Bo can't read it"
    scales = (dialog.peak_scale, dialog.safe_scale, dialog.close_scale)
    assert [s.text() for s in scales] == [NOT_CHOSEN] * 3 and [s.chosen() for s in scales] == [None] * 3
    for group in (dialog.stop_group, dialog.repeat_group, dialog.visibility_group):
        assert group.checkedId() == -1, "nothing is answered for the partner"
    assert not dialog.save_button.isEnabled() and dialog.draft() is None
    assert dialog.hint_label.text() == (
        "Still to choose: the hardest moment, how safe you felt, how close you felt, "
        "whether you used the stop signal, whether you would do it again."
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.peak_scale.setFocus()
    qtbot.keyClick(dialog.peak_scale, Qt.Key.Key_Up)
    assert dialog.peak_scale.chosen() == 0 and dialog.peak_scale.text() == "0 of 10", "0 is a choice, made by hand"
    dialog.safe_scale.set_chosen(9)
    dialog.close_scale.set_chosen(8)
    dialog.stop_group.button(1).setChecked(True)
    dialog.repeat_group.button(0).setChecked(True)
    assert dialog.save_button.isEnabled(), "with no note there is nothing to share or keep private"
    dialog.note_edit.setPlainText("Tight chest, then easier.")
    assert not dialog.save_button.isEnabled() and dialog.draft() is None
    assert dialog.hint_label.text() == "Still to choose: whether your note is shared or private."
    dialog.private_radio.setChecked(True)
    assert dialog.save_button.isEnabled() and not dialog.hint_label.isVisibleTo(dialog)
    assert dialog.draft() == ReflectionDraft(
        7, ana.id, 0, 9, 8, True, False, NoteVisibility.PRIVATE, "Tight chest, then easier."
    )
    dialog.skip_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_reflection_dialog_comes_back_with_the_text_and_a_kind_word(qtbot: QtBot, setup: Plan) -> None:
    ana, bo = setup.couple.partners
    written = ReflectionDraft(7, ana.id, 3, 7, 6, False, True, NoteVisibility.PRIVATE, SECRET)
    request = ReflectionRequest(7, ana, bo, "Walk", written, problem=WrongPassphraseError().message)
    dialog = ReflectionDialog(request)
    qtbot.addWidget(dialog)
    assert dialog.note_edit.toPlainText() == SECRET and dialog.private_radio.isChecked()
    assert dialog.problem_label.isVisibleTo(dialog) and "case-sensitive" in dialog.problem_label.text()
    assert dialog.draft() == written


def test_the_dialog_service_opens_the_reflection(qtbot: QtBot, setup: Plan, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    ana, bo = setup.couple.partners
    earlier = ReflectionDraft(7, ana.id, 2, 8, 7, False, True)
    result = DialogService().reflect(None, ReflectionRequest(7, ana, bo, "Walk", earlier))
    assert result == earlier
