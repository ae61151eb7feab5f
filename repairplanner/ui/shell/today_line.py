"""A quiet line in the status bar with today's sessions: a glance, never a nudge and never about a missed one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from repairplanner.core.clock import Clock
from repairplanner.core.entities import Exercise, PlannedSession, SessionStatus
from repairplanner.core.i18n import translate
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role
from repairplanner.ui.week.session_card import time_text

if TYPE_CHECKING:  # the services bring SQLAlchemy, which start-up imports only after the first paint
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.sessions import SessionService


def today_text(sessions: Sequence[PlannedSession], exercises: Mapping[str, Exercise], *, resting: bool) -> str:
    """'Today: 19:30 Daily check-in · 21:00 Time to talk', in neutral titles; nothing declined, nothing missed."""
    from repairplanner.core.printable_week import week_title  # the printed week's neutral names, loaded when shown

    if resting:
        return translate("TodayLine", "Today: the plan is resting")
    shown = []
    for session in sessions:
        if session.status in (SessionStatus.SKIPPED, SessionStatus.PAUSED):
            continue  # a declined or set-aside session is never mentioned
        exercise = exercises.get(session.exercise_id)
        title = week_title(exercise) if exercise else translate("TodayLine", "A session")
        when = time_text(session.start_time) if session.start_time else ""
        item = f"{when} {title}".strip()
        if session.status is SessionStatus.DONE:
            item = translate("TodayLine", "{session} (done)").format(session=item)
        shown.append(item)
    if not shown:
        return translate("TodayLine", "Nothing planned today")
    return translate("TodayLine", "Today: {sessions}").format(sessions=" · ".join(shown))


class TodayLine(QWidget):
    """The status bar's right-hand line; refreshed by the window when the plan, a consent or the day changes."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._services: tuple[PlanService, LibraryService, SessionService] | None = None
        self.label: QLabel = set_role(plain_label(), Role.NOTE)
        self.label.setParent(self)
        self.label.setAccessibleName(translate("TodayLine", "Today"))

    def attach(self, plan: PlanService, library: LibraryService, sessions: SessionService) -> None:
        """Read today's sessions from these services from now on."""
        self._services = (plan, library, sessions)
        self.refresh()

    def refresh(self) -> None:
        """Show today's sessions as they are now."""
        if self._services is None:
            return
        plan, library, life = self._services
        today: dt.date = self._clock.today()
        week = plan.get_week(plan.week_of(today))
        on_today = week.on(today)
        exercises = {e.id: e for e in library.list_exercises(include_archived=True)}
        self.label.setText(today_text(on_today, exercises, resting=life.is_paused()))
        self.label.adjustSize()
        self.setMinimumSize(self.label.sizeHint())
