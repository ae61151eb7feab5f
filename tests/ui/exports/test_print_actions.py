"""The File menu's printing and exports, driven through the dialog service against a real plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.core.library import Library
from repairplanner.core.print_options import CalendarOptions, Paper, PrintOptions
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.ui.exports.print_actions import PrintActions
from tests.helpers import FakeDialogs, set_working_levels

MONDAY = dt.date(2026, 11, 23)
OPTIONS = PrintOptions(paper=Paper.LETTER, initials_only=False, exercise_cards=False, discreet_title=True)


@pytest.fixture
def actions(
    qtbot: QtBot, sessions: sessionmaker[Session], builtin_library: Library, tmp_path: Path, clock: FixedClock
) -> tuple[PrintActions, FakeDialogs]:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple"))
    set_working_levels(sessions, (couple.partners[0].id, couple.partners[1].id), talk=1, touch=2)
    plan = PlanService(sessions, clock=clock)
    plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=1), "touch-2-hand-holding-walk", 15, dt.time(19, 30)))
    plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=3), "talk-1-stop-signal", 15))
    window = QWidget()
    qtbot.addWidget(window)
    dialogs = FakeDialogs()
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    printing = PrintActions(dialogs, settings, clock, window)  # type: ignore[arg-type]
    printing.attach(
        build_services(sessions, clock=clock).printing,
        build_services(sessions, clock=clock).summaries,
        build_services(sessions, clock=clock).calendar,
        lambda: MONDAY,
    )
    return printing, dialogs


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_export_pdf_writes_the_shown_week_with_a_neutral_title(actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printing, dialogs = actions
    target = tmp_path / "week.pdf"
    dialogs.script("print_options", OPTIONS)
    dialogs.script("choose_save_path", target)
    printing.export_pdf_action.trigger()
    pages, text = pdf_text(target)
    assert pages == 1 and "Hand-holding walk" in text and "Ana" in text
    assert PdfReader(target).metadata.title == "Weekly plan"
    suggested = next(args for name, args in dialogs.calls if name == "choose_save_path")[1]
    assert suggested.name == "weekly-plan-2026-W48.pdf"
    assert dialogs.shown[-1][0] == "inform" and str(target) in dialogs.shown[-1][2]


def test_print_previews_the_same_document_under_the_neutral_title(actions) -> None:  # type: ignore[no-untyped-def]
    printing, dialogs = actions
    dialogs.script("print_options", OPTIONS)
    printing.print_action.trigger()
    document, title, paper = next(args for name, args in dialogs.calls if name == "print_preview")
    assert isinstance(document, QTextDocument) and "Hand-holding walk" in document.toPlainText()
    assert title == "Weekly plan" and paper is Paper.LETTER


def test_choices_are_remembered_for_next_time(actions) -> None:  # type: ignore[no-untyped-def]
    printing, dialogs = actions
    chosen = PrintOptions(paper=Paper.A4, initials_only=True, exercise_cards=True, discreet_title=False)
    dialogs.script("print_options", chosen)
    printing.print_action.trigger()
    assert printing.saved_options() == chosen


def test_cancelling_the_options_writes_nothing_and_asks_nothing_more(actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printing, dialogs = actions
    printing.export_pdf_action.trigger()
    assert [name for name, _ in dialogs.calls] == ["print_options"]
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_unwritable_target_is_explained_and_leaves_nothing(actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printing, dialogs = actions
    dialogs.script("print_options", OPTIONS)
    dialogs.script("choose_save_path", tmp_path / "missing" / "week.pdf")
    printing.export_pdf_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warn" and "does not exist" in text
    assert not (tmp_path / "missing").exists()


def test_the_summary_and_the_calendar_export_from_the_menu(actions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    printing, dialogs = actions
    dialogs.script("date_range", (MONDAY - dt.timedelta(days=30), MONDAY + dt.timedelta(days=6)))
    dialogs.script("print_options", OPTIONS)
    dialogs.script("choose_save_path", tmp_path / "summary.pdf")
    printing.export_summary_action.trigger()
    pages, text = pdf_text(tmp_path / "summary.pdf")
    assert pages >= 1 and "Ana" in text and "Private notes are never in it" in dialogs.shown[-1][2]
    assert PdfReader(tmp_path / "summary.pdf").metadata.title == "Summary"
    dialogs.script("calendar_options", CalendarOptions())
    dialogs.script("choose_save_path", tmp_path / "week.ics")
    printing.export_calendar_action.trigger()
    calendar = (tmp_path / "week.ics").read_text()
    assert calendar.count("BEGIN:VEVENT") == 2
    assert "Hand-holding walk" not in calendar and "Time together" in calendar
    assert "BEGIN:VALARM" not in calendar  # no reminder unless asked


def test_a_calendar_reminder_is_opt_in_quiet_and_remembered(actions, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from repairplanner.ui.exports.calendar_options_dialog import CalendarOptionsDialog

    printing, dialogs = actions
    dialog = CalendarOptionsDialog(CalendarOptions())
    qtbot.addWidget(dialog)
    assert dialog.reminder_combo.currentText() == "No reminder" and dialog.neutral_check.isChecked()
    dialogs.script("calendar_options", CalendarOptions(remind_minutes=30))
    dialogs.script("choose_save_path", tmp_path / "week.ics")
    printing.export_calendar_action.trigger()
    calendar = (tmp_path / "week.ics").read_text()
    timed = calendar.count("BEGIN:VEVENT") - calendar.count("DTSTART;VALUE=DATE:")
    assert calendar.count("BEGIN:VALARM") == timed > 0
    assert "TRIGGER:-PT30M" in calendar and "ACTION:DISPLAY" in calendar and "AUDIO" not in calendar
    assert "missed" not in calendar.lower()
    assert printing._settings.value("calendar/remind_minutes") in (30, "30")


def test_the_summary_dialog_offers_only_what_applies_to_a_summary(qtbot: QtBot) -> None:
    from repairplanner.core.print_options import PrintOptions
    from repairplanner.ui.exports.print_options_dialog import PrintOptionsDialog

    week = PrintOptionsDialog(PrintOptions(exercise_cards=True), "Export")
    summary = PrintOptionsDialog(PrintOptions(exercise_cards=True), "Export", summary=True)
    for dialog in (week, summary):
        qtbot.addWidget(dialog)
        dialog.show()
    assert week.cards_check.isVisible() and "Weekly plan" in week.discreet_check.text()
    assert not summary.cards_check.isVisible() and "Summary" in summary.discreet_check.text()
    assert summary.options().exercise_cards is False  # a hidden choice never reaches the summary
