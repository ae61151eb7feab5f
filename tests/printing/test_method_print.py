"""Solo sessions on paper and in the calendar, and the couple's help lines on every card."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextLength, QTextTable
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.core.library import Library
from repairplanner.core.print_options import PrintOptions
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.printing.week_document import SOLO_WIDTH
from repairplanner.services.couple import CoupleService
from repairplanner.services.guide import GuideService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from tests.helpers import Today
from tests.method_library import FIRST_AID, GROUNDING, method_library
from tests.printing.test_week_document import MONDAY, STOP_SIGNAL, export, squeeze
from tests.services.conftest import World

LINES = "Our therapist, Dr Lee: 0123 456 789\nCrisis line: 116 123"


@pytest.fixture
def world(sessions: sessionmaker[Session], builtin_library: Library, qapp: object) -> World:
    today = Today(MONDAY)
    LibraryService(sessions, clock=today).sync_builtins(method_library(builtin_library))
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), STOP_SIGNAL))
    plan = PlanService(sessions, clock=today)
    svc = SessionService(sessions, clock=today, kdf=TEST_KDF)
    return World(sessions, couples, plan, svc, ProgressService(sessions, clock=today), couple, today, today)


def plan_solo_week(world: World) -> tuple[int, int, int]:
    ana = world.plan.add_session(SessionDraft(MONDAY, GROUNDING, 10, dt.time(8), world.a, solo_partner_id=world.a))
    bo = world.plan.add_session(SessionDraft(MONDAY, GROUNDING, 10, dt.time(9), world.b, solo_partner_id=world.b))
    shared = world.plan.add_session(SessionDraft(MONDAY, FIRST_AID, 15, dt.time(19), world.a))
    world.svc.set_consent(bo.id, world.b, True)
    return ana.id, bo.id, shared.id


def cell_text(table: QTextTable) -> str:
    """The plain text of a one-cell table."""
    cursor = table.cellAt(0, 0).firstCursorPosition()
    cursor.setPosition(table.cellAt(0, 0).lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def session_boxes(document: QTextDocument) -> list[QTextTable]:
    """The printed session boxes: the one-cell tables inside the days, in document order."""
    found: list[QTextTable] = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(document)
        cursor.setPosition(block.position())
        table = cursor.currentTable()
        if table is not None and table.rows() == 1 and table.columns() == 1 and table not in found:
            found.append(table)
        block = block.next()
    return found


def test_a_solo_session_prints_on_its_partners_side_with_their_box_only(world: World, tmp_path: Path) -> None:
    plan_solo_week(world)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    solo = [s.solo for s in week.sessions]
    assert solo == [0, 1, None]
    exported = export(world, PrintOptions(), tmp_path / "week.pdf")
    text = squeeze(exported.text)
    assert squeeze("Ana, on their own") in text and squeeze("Bo, on their own") in text
    assert squeeze("Ana invites") in text  # the shared session still says who invites
    boxes = [table for table in session_boxes(exported.document) if "\n" in cell_text(table)]
    titles = [cell_text(table).split("\n")[1] for table in boxes]
    assert titles == ["Grounding on your own", "Grounding on your own", "Trigger first aid"]  # by time: 8, 9, 19
    ana_box, bo_box, shared_box = boxes
    for table, side in ((ana_box, Qt.AlignmentFlag.AlignLeft), (bo_box, Qt.AlignmentFlag.AlignRight)):
        fmt = table.format()
        assert fmt.width() == QTextLength(QTextLength.Type.PercentageLength, SOLO_WIDTH)
        assert fmt.alignment() & side
    assert shared_box.format().width().rawValue() == 100.0
    # A solo session carries its own partner's consent box only; the shared one carries both.
    assert "☑\u00a0Bo" in cell_text(bo_box) and "☐\u00a0Ana" not in cell_text(bo_box)
    assert "☐\u00a0Ana" in cell_text(ana_box) and "Bo" not in cell_text(ana_box)
    assert "☐\u00a0Ana" in cell_text(shared_box) and "☐\u00a0Bo" in cell_text(shared_box)


def test_the_couples_help_lines_close_every_card(world: World, tmp_path: Path) -> None:
    plan_solo_week(world)
    GuideService(world.sessions, tmp_path).set_help_lines(LINES)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    assert week.help_lines == LINES
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "cards.pdf")
    cards = squeeze("\n".join(exported.pages[1:]))
    assert len(week.cards) == 2
    assert cards.count(squeeze("Our help lines")) == 2
    assert cards.count(squeeze("Dr Lee: 0123 456 789")) == 2 and cards.count(squeeze("Crisis line: 116 123")) == 2
    assert squeeze("Dr Lee") not in squeeze(exported.pages[0])  # the lines are on the cards, not the week


def test_no_help_lines_means_no_heading_on_the_cards(world: World, tmp_path: Path) -> None:
    plan_solo_week(world)
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "cards.pdf")
    assert squeeze("Our help lines") not in squeeze(exported.text)


def test_a_solo_calendar_event_names_its_partner_and_stays_neutral(world: World) -> None:
    plan_solo_week(world)
    calendar = build_services(world.sessions, clock=world.clock).calendar
    neutral = [str(e["summary"]) for e in icalendar.Calendar.from_ical(calendar.week_ics(MONDAY)).walk("VEVENT")]
    assert neutral == ["Ana: time on your own", "Bo: time on your own", "Talk together"]
    named = calendar.week_ics(MONDAY, neutral=False)
    titles = [str(e["summary"]) for e in icalendar.Calendar.from_ical(named).walk("VEVENT")]
    assert titles == [
        "Grounding on your own (Ana, on your own)",
        "Grounding on your own (Bo, on your own)",
        "Trigger first aid",
    ]
