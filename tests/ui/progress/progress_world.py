"""Fixtures and helpers for the progress page tests: a couple with sessions, check-ins and reflections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import Couple
from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionDraft, Track
from repairplanner.core.weeks import week_start
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.progress.progress_page import ProgressPage
from repairplanner.ui.shared.events import AppEvents
from tests.helpers import TEST_NOW, FakeDialogs, Today

#: Today on the pinned clock (tests.helpers.TEST_NOW), which stamps level changes and dates the page.
TODAY = TEST_NOW.date()
#: The Monday of this week, so that sessions fall into predictable weeks.
MONDAY = week_start(TODAY)
SIDE_BY_SIDE = "touch-1-side-by-side"
FOREARM = "touch-1-hand-on-forearm"
CHECK_IN = "talk-1-daily-check-in"
ANA_PASSPHRASE = "a quiet river at dusk"


@dataclass
class Couple2:
    """The services behind a progress page, and shortcuts for writing history into them."""

    sessions: sessionmaker[Session]
    library: LibraryService
    plan: PlanService
    couples: CoupleService
    visits: SessionService
    progress: ProgressService
    couple: Couple
    events: AppEvents
    clock: FixedClock
    #: The services' "today": the page's today, moved to a session's day while the couple lives it.
    today: Today

    @property
    def ana(self) -> int:
        return self.couple.partners[0].id

    @property
    def bo(self) -> int:
        return self.couple.partners[1].id

    def done(
        self,
        exercise_id: str,
        day: dt.date,
        *,
        peak: tuple[int, int] = (2, 3),
        safe: tuple[int, int] = (8, 9),
        expected: tuple[int, int] = (5, 4),
        stop: bool = False,
        notes: tuple[str, str] = ("", ""),
        private: tuple[bool, bool] = (False, False),
    ) -> int:
        """Book, agree, check in and reflect on one session; returns its id."""
        minutes = self.library.get(exercise_id).minutes
        session = self.plan.add_session(SessionDraft(day, exercise_id, minutes))
        shown_today, self.today.day = self.today.day, day
        for pid in (self.ana, self.bo):
            self.visits.set_consent(session.id, pid, True)
        for pid, exp in zip((self.ana, self.bo), expected, strict=True):
            self.visits.check_in(session.id, pid, Light.GREEN, exp)
        for index, pid in enumerate((self.ana, self.bo)):
            visibility = NoteVisibility.PRIVATE if private[index] else NoteVisibility.SHARED
            draft = ReflectionDraft(
                session.id, pid, peak[index], safe[index], 7, stop and index == 0, True, visibility, notes[index]
            )
            passphrase = ANA_PASSPHRASE if private[index] else None
            self.visits.save_reflection(draft, passphrase=passphrase)
        self.today.day = shown_today
        return session.id

    def week(self) -> dt.date:
        return week_start(TODAY, self.couple.week_start)

    def move_up(self, track: Track) -> None:
        """Both say ready and confirm, through the service."""
        for pid in (self.ana, self.bo):
            self.progress.answer_ready(self.couple, pid, track, self.week(), True)
        self.progress.confirm_move_up(self.couple, track, self.week())
        self.refreshed()

    def refreshed(self) -> Couple:
        couple = self.couples.get()
        assert couple is not None
        self.couple = couple
        return couple


def make_page(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> ProgressPage:
    """A progress page attached to `world`; couple_changed hands it the new couple, as the main window does."""
    page = ProgressPage(world.events, dialogs, world.clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.attach(world.progress, world.visits, world.library, world.couple)
    page.show()  # the page reads its data when shown, as when the couple opens it
    world.events.couple_changed.connect(lambda: page.set_couple(world.refreshed()))
    return page


def visible_texts(root: QWidget) -> list[str]:
    """Every text a partner can see or hear on the page: labels, buttons, titles, accessible names and descriptions."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        for text in (widget.accessibleName(), widget.accessibleDescription(), widget.toolTip(), widget.windowTitle()):
            texts.append(text)
        title = getattr(widget, "title", None)
        if callable(title) and isinstance(title(), str):
            texts.append(title())
        to_plain = getattr(widget, "toPlainText", None)
        if callable(to_plain):
            texts.append(to_plain())
    return [t for t in texts if t]
