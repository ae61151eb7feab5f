"""One week, one number: the week page's header, the export's file name and the printed page agree, and the label
in the file name reads back to the same week, for couples whose week starts on any of the seven days."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.dates import week_for_label, week_range_text
from repairplanner.core.entities import SessionDraft
from repairplanner.core.library import Library
from repairplanner.core.print_options import Paper, PrintOptions
from repairplanner.printing.locale_words import locale_words
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.exports.print_actions import PrintActions
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs, pinned_clock

#: Thursday 19 November 2026, in ISO week 47: every couple's week holding it is their week 47.
THURSDAY = dt.date(2026, 11, 19)
OPTIONS = PrintOptions(paper=Paper.A4, initials_only=False, exercise_cards=False, discreet_title=True)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize("first", range(1, 8), ids=WEEKDAYS)
def test_header_file_name_and_printed_page_name_the_same_week(
    qtbot: QtBot,
    sessions: sessionmaker[Session],
    builtin_library: Library,
    tmp_path: Path,
    first: int,
) -> None:
    clock = pinned_clock(dt.datetime.combine(THURSDAY, dt.time(12), tzinfo=dt.timezone.utc))
    dialogs = FakeDialogs()
    library = LibraryService(sessions, clock=clock)
    library.sync_builtins(builtin_library)
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause", week_start=first))
    plan = PlanService(sessions, clock=clock)
    plan.add_session(SessionDraft(THURSDAY, "talk-1-stop-signal", 15))

    page = WeekPage(AppEvents(), dialogs, QUndoStack(), clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.attach(plan, library, SessionService(sessions, clock=clock), couple)
    start = page.current_week()
    assert start.isoweekday() == first and start <= THURSDAY < start + dt.timedelta(days=7)
    header = page.header.number_label.text()
    assert header == "Week 47 · this week"

    window = QWidget()
    qtbot.addWidget(window)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    actions = PrintActions(dialogs, settings, clock, window)  # type: ignore[arg-type]
    actions.attach(
        build_services(sessions, clock=clock).printing,
        build_services(sessions, clock=clock).summaries,
        build_services(sessions, clock=clock).calendar,
        page.current_week,
    )
    target = tmp_path / "week.pdf"
    dialogs.script("print_options", OPTIONS)
    dialogs.script("choose_save_path", target)
    actions.export_pdf_action.trigger()
    suggested = next(args for name, args in dialogs.calls if name == "choose_save_path")[1]
    label = re.fullmatch(r"weekly-plan-(\d{4}-W\d{2})\.pdf", suggested.name)
    assert label is not None and label.group(1) == "2026-W47"
    assert week_for_label(label.group(1), first) == start  # what `export-pdf --week 2026-W47` exports

    printed = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(target).pages)
    assert "Week 47" in printed and "Week 46" not in printed and "Week 48" not in printed
    dates = week_range_text(start, locale_words(QLocale()))
    assert page.header.range_label.text() == dates
    assert " ".join(dates.split()) in printed
    assert " ".join(library.get("talk-1-stop-signal").title.split()) in printed
