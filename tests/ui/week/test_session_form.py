"""The session dialogs and the date picker, built directly: their fields, hints and results; dates in words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from repairplanner.core.dates import week_range_text
from repairplanner.core.entities import SessionDraft
from repairplanner.printing.locale_words import locale_words
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.week.date_picker_dialog import DatePickerDialog
from repairplanner.ui.week.session_form import AddSessionDialog, SessionEditDialog, day_label
from tests.ui.plan_world import CHECK_IN, MONDAY, WALK, Plan

WEDNESDAY = MONDAY + dt.timedelta(days=2)


def add_dialog(qtbot: QtBot, setup: Plan, exercise_id: str = WALK, **fields: object) -> AddSessionDialog:
    exercise = setup.library.get(exercise_id)
    proposal = SessionDraft(MONDAY, exercise.id, exercise.minutes, start_time=dt.time(19), inviter_id=setup.bo)
    proposal = SessionDraft(**{**proposal.__dict__, **fields}) if fields else proposal  # type: ignore[arg-type]
    dialog = AddSessionDialog(exercise, setup.couple, proposal)
    qtbot.addWidget(dialog)
    return dialog


def test_the_add_dialog_starts_from_the_proposal(qtbot: QtBot, setup: Plan) -> None:
    dialog = add_dialog(qtbot, setup)
    labels = [dialog.day_combo.itemText(i) for i in range(dialog.day_combo.count())]
    assert labels[0] == day_label(MONDAY) == "Monday 23 November"
    assert labels[-1] == "Sunday 29 November" and len(labels) == 7
    assert dialog.draft() == SessionDraft(MONDAY, WALK, 15, dt.time(19), setup.bo, "")
    assert dialog.windowTitle() == "Add 'Hand-holding walk' to the week"


def test_the_add_dialog_returns_what_the_couple_chose(qtbot: QtBot, setup: Plan) -> None:
    dialog = add_dialog(qtbot, setup)
    dialog.day_combo.setCurrentIndex(4)
    dialog.time_edit.setTime(dialog.time_edit.time().fromString("07:45", "HH:mm"))
    dialog.minutes_spin.setValue(25)
    dialog.inviter_group.button(setup.ana).setChecked(True)
    dialog.note_edit.setText("  In the   garden ")
    assert dialog.draft() == SessionDraft(
        MONDAY + dt.timedelta(days=4), WALK, 25, dt.time(7, 45), setup.ana, "In the garden"
    )
    dialog.any_time_check.setChecked(True)
    assert not dialog.time_edit.isEnabled()
    assert dialog.draft().start_time is None


def test_the_add_dialog_hints_when_someone_is_usually_busy(qtbot: QtBot, setup: Plan) -> None:
    dialog = add_dialog(qtbot, setup)
    assert not dialog.message_label.isVisibleTo(dialog)
    dialog.day_combo.setCurrentIndex(2)
    assert dialog.message_label.isVisibleTo(dialog)
    assert dialog.message_label.text().startswith("Bo is usually busy on Wednesdays.")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), "a hint, not a refusal"


def test_the_add_dialog_marks_an_exercise_above_the_working_level(qtbot: QtBot, setup: Plan) -> None:
    dialog = add_dialog(qtbot, setup, "touch-4-face")
    assert dialog.level_label.isVisibleTo(dialog)
    assert "Above your current level (you are at touch level 3)" in dialog.level_label.text()
    at_level = add_dialog(qtbot, setup, CHECK_IN)
    assert not at_level.level_label.isVisibleTo(at_level)


def test_the_edit_dialog_changes_the_session_fields(qtbot: QtBot, setup: Plan) -> None:
    session = setup.book(WALK, WEDNESDAY, note="Park", inviter_id=None)
    dialog = SessionEditDialog(session, setup.library.get(WALK), setup.couple)
    qtbot.addWidget(dialog)
    assert dialog.day_combo.currentIndex() == 2
    assert dialog.any_time_check.isChecked()
    assert dialog.note_edit.text() == "Park"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Choose who invites" in dialog.message_label.text()
    dialog.inviter_group.button(setup.bo).setChecked(True)
    assert ok.isEnabled()
    dialog.any_time_check.setChecked(False)
    dialog.minutes_spin.setValue(45)
    changed = dialog.session()
    assert (changed.id, changed.day, changed.start_time, changed.minutes) == (session.id, WEDNESDAY, dt.time(19), 45)
    assert changed.inviter_id == setup.bo


def test_the_date_picker_returns_the_selected_day(qtbot: QtBot) -> None:
    dialog = DatePickerDialog(dt.date(2026, 11, 25), 7)
    qtbot.addWidget(dialog)
    assert dialog.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
    assert dialog.chosen() == dt.date(2026, 11, 25)
    dialog.calendar.setSelectedDate(QDate(2027, 2, 3))
    assert dialog.chosen() == dt.date(2027, 2, 3)


@pytest.mark.parametrize("accepted", [True, False])
def test_the_dialog_service_opens_the_dialogs(
    qtbot: QtBot, setup: Plan, monkeypatch: pytest.MonkeyPatch, accepted: bool
) -> None:
    code = QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected
    monkeypatch.setattr(QDialog, "exec", lambda self: code)
    service = DialogService()
    exercise = setup.library.get(WALK)
    proposal = SessionDraft(MONDAY, WALK, 15, inviter_id=setup.ana)
    session = setup.book(WALK, MONDAY, inviter_id=setup.ana)
    added = service.add_session(None, exercise, setup.couple, proposal)
    edited = service.edit_session(None, session, exercise, setup.couple)
    picked = service.pick_date(None, MONDAY, 1)
    if accepted:
        assert added == proposal and edited == session and picked == MONDAY
    else:
        assert added is None and edited is None and picked is None


@pytest.mark.parametrize(
    ("start", "british", "american"),
    [
        (dt.date(2026, 11, 23), "23–29 November 2026", "November 23–29, 2026"),
        (dt.date(2026, 11, 30), "30 November – 6 December 2026", "November 30 – December 6, 2026"),
        (dt.date(2026, 12, 28), "28 December 2026 – 3 January 2027", "December 28, 2026 – January 3, 2027"),
    ],
)
def test_week_dates_are_written_the_locale_s_way(start: dt.date, british: str, american: str) -> None:
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert week_range_text(start, locale_words(uk)) == british
    assert week_range_text(start, locale_words(us)) == american
    assert day_label(start, us).startswith("Monday, November") or day_label(start, us).startswith("Monday, December")
    assert day_label(start, uk).startswith("Monday ")
