"""Fixtures and helpers for the week page tests: a couple, the built-in library and a page attached to them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import Couple, CoupleSetup, PartnerDraft
from repairplanner.core.entities import PlannedSession, SessionDraft
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.library.exercise_table_model import EXERCISE_MIME
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import TEST_NOW, FakeDialogs, Today, set_working_levels

#: A Wednesday, the pinned clock's today (tests.helpers.TEST_NOW); its Monday-first week is 23–29 November 2026,
#: week 48.
TODAY = TEST_NOW.date()
MONDAY = dt.date(2026, 11, 23)
WALK = "touch-2-hand-holding-walk"
CHECK_IN = "talk-1-daily-check-in"
HUG = "touch-3-hug-until-relaxed"


@dataclass
class Plan:
    """The services and objects a week page is built from."""

    sessions: object
    plan: PlanService
    library: LibraryService
    couples: CoupleService
    couple: Couple
    events: AppEvents
    stack: QUndoStack
    life: SessionService
    clock: FixedClock
    today: Today

    def ids(self, start: dt.date = MONDAY) -> list[int]:
        return [s.id for s in self.plan.get_week(start).sessions]

    def book(self, exercise_id: str, day: dt.date, **fields: object) -> PlannedSession:
        minutes = self.library.get(exercise_id).minutes
        return self.plan.add_session(SessionDraft(day, exercise_id, minutes, **fields))  # type: ignore[arg-type]

    def agree(self, session_id: int, *partner_ids: int) -> None:
        """Tick consent for `partner_ids` (both partners when none are named), on or before the session's day."""
        shown_today = self.today.day
        self.today.day = min(shown_today, self.life.facts([session_id])[session_id].day)
        try:
            for partner_id in partner_ids or (self.ana, self.bo):
                self.life.set_consent(session_id, partner_id, True)
        finally:
            self.today.day = shown_today

    def accountability_done(self, day: dt.date = MONDAY - dt.timedelta(weeks=1)) -> None:
        """Book, agree, check in and reflect on an accountability talk on `day` (by default the week before), so
        touch level 3 may be booked (core.method); an asked-for one is asked for by Ana, who invites."""
        from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft

        found = [e for e in self.library.list_exercises() if "accountability" in e.tags and not e.requires]
        exercise = min((e for e in found if not e.is_solo), key=lambda e: (e.level, e.id))
        inviter = self.ana if exercise.is_asked_for else None
        session = self.plan.add_session(SessionDraft(day, exercise.id, exercise.minutes, inviter_id=inviter))
        shown_today, self.today.day = self.today.day, day
        try:
            for pid in (self.ana, self.bo):
                self.life.set_consent(session.id, pid, True)
            for pid in (self.ana, self.bo):
                self.life.check_in(session.id, pid, Light.GREEN, 3)
            for pid in (self.ana, self.bo):
                draft = ReflectionDraft(session.id, pid, 2, 8, 7, False, True, NoteVisibility.SHARED, "")
                self.life.save_reflection(draft)
        finally:
            self.today.day = shown_today

    def consent_log(self, session_id: int) -> list[tuple[int, bool, dt.datetime]]:
        """Every logged give or withdraw for a session, oldest first: (partner, given, when)."""
        from sqlalchemy import select

        from repairplanner.db.schema import ConsentEventRow

        with self.sessions.begin() as s:  # type: ignore[attr-defined]
            rows = s.scalars(
                select(ConsentEventRow)
                .where(ConsentEventRow.session_id == session_id)
                .order_by(ConsentEventRow.at, ConsentEventRow.id)
            )
            return [(r.partner_id, r.given, r.at) for r in rows]

    def stored(self, model: type, **where: object) -> list[dict[str, object]]:
        """The raw rows of `model` matching `where`, as plain dicts of their columns."""
        from sqlalchemy import select

        with self.sessions.begin() as s:  # type: ignore[attr-defined]
            query = select(model).filter_by(**where)
            return [
                {c.key: getattr(r, c.key) for c in model.__table__.columns}  # type: ignore[attr-defined]
                for r in s.scalars(query)
            ]

    @property
    def ana(self) -> int:
        return self.couple.partners[0].id

    @property
    def bo(self) -> int:
        return self.couple.partners[1].id


def make_plan(sessions: object, builtin_library: object, clock: FixedClock, week_start: int = 1) -> Plan:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)  # type: ignore[arg-type]
    couples = CoupleService(sessions)  # type: ignore[arg-type]
    couple = couples.create(
        CoupleSetup(
            PartnerDraft("Ana", "#2f7f79"),
            PartnerDraft("Bo", None, frozenset({3})),
            "pause",
            week_start,
        )
    )
    today = Today(TODAY)
    # Working at talk 2 and touch 3, so the walk (touch 2) and the hug (touch 3) can be booked by hand.
    set_working_levels(sessions, (couple.partners[0].id, couple.partners[1].id), talk=2, touch=3)
    couple = couples.get()
    assert couple is not None
    return Plan(
        sessions,
        PlanService(sessions, clock=clock),  # type: ignore[arg-type]
        LibraryService(sessions, clock=clock),  # type: ignore[arg-type]
        couples,
        couple,
        AppEvents(),
        QUndoStack(),
        SessionService(sessions, clock=today, kdf=TEST_KDF),  # type: ignore[arg-type]
        today,
        today,
    )


def make_page(qtbot: QtBot, setup: Plan, dialogs: FakeDialogs) -> WeekPage:
    """A week page on `setup`'s services, whose today is `setup.clock`'s."""
    page = WeekPage(setup.events, dialogs, setup.stack, setup.clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.attach(setup.plan, setup.library, setup.life, setup.couple)
    return page


def shown(qtbot: QtBot, page: WeekPage) -> WeekPage:
    """The page shown in an active window, as keyboard tests need."""
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def drop(target: QWidget, mime: QMimeData) -> bool:
    """Drag `mime` onto the middle of `target` and drop it there, through Qt's event path; whether it was accepted."""
    point = QPoint(target.width() // 2, target.height() // 2)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:
        enter = QDragEnterEvent(QPointF(point), actions, mime, buttons, modifiers)
    except TypeError:  # PySide6 before 6.12 takes only a QPoint here
        enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def exercise_mime(exercise_id: str) -> QMimeData:
    """What the library table puts on the clipboard when an exercise is dragged."""
    mime = QMimeData()
    mime.setData(EXERCISE_MIME, exercise_id.encode("utf-8"))
    return mime


def card_titles(page: WeekPage, column: int) -> list[str]:
    return [card.title_label.text() for card in page.columns[column].cards()]
