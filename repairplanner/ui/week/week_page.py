"""The week page: seven days of planned sessions, built by dragging exercises in or by keyboard, all undoable;
each card carries both partners' consent, and from it a session is started, reflected on, or declined."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QTimer
from PySide6.QtGui import QAction, QCursor, QHideEvent, QUndoStack
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, PlannedSession, SessionDraft, SessionStatus, Week, WeekPlan
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.opening import OpeningWeek
from repairplanner.core.pace import left_out_of_copy
from repairplanner.core.weeks import shift_weeks, week_days, week_start
from repairplanner.ui.progress.pause_panel import PausePanel
from repairplanner.ui.shared.day_watcher import DayWatcher
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.readiness import getting_ready, hold, is_held
from repairplanner.ui.week.booking import MISSING_EXERCISE, Booking
from repairplanner.ui.week.card_state import CardState, can_start, card_states, card_states_from
from repairplanner.ui.week.week_actions import WeekActions
from repairplanner.ui.week.week_grid import WeekGrid
from repairplanner.ui.week.week_header import WeekHeader

if TYPE_CHECKING:
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.progress import ProgressService
    from repairplanner.services.sessions import SessionService
    from repairplanner.ui.session.reflection_flow import ReflectionFlow
    from repairplanner.ui.session.start_flow import FlowOutcome, StartFlow
    from repairplanner.ui.week.plan_commands import PlanEditor
    from repairplanner.ui.week.session_card import SessionCard

CONSENT_TITLE = QT_TRANSLATE_NOOP("WeekPage", "Consent")


def _tidy(text: str) -> str:
    return " ".join(text.split())


class WeekPage(QWidget):
    """Shows one week; every change goes through a command on the shared undo stack and is saved at once."""

    def __init__(
        self,
        events: AppEvents,
        dialogs: DialogService,
        undo_stack: QUndoStack,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._undo_stack = undo_stack
        self.day_watcher = DayWatcher(clock, self)
        self._booking = Booking(dialogs, self)
        self._plan: PlanService | None = None
        self._library: LibraryService | None = None
        self._sessions: SessionService | None = None
        self._editor: PlanEditor | None = None
        self._start_flow: StartFlow | None = None
        self._reflection_flow: ReflectionFlow | None = None
        self._couple: Couple | None = None
        self._today = self.day_watcher.today()
        self._start = week_start(self._today)
        self._week = WeekPlan(Week(self._start))
        self._exercises: dict[str, Exercise] = {}
        self._selected_id: int | None = None
        self._states: dict[int, CardState] = {}
        # Started in this sitting and not yet finished; the couple does the exercise away from the screen.
        self._under_way: set[int] = set()
        self._suggestions: dict[dt.date, int] = {}
        self._saved_intention = ""
        self._can_copy = False
        self._build_ui()
        self._connect_signals()
        self._update_actions()

    def _build_ui(self) -> None:
        self.week_actions = WeekActions(self)
        actions = self.week_actions
        self.header = WeekHeader(
            [actions.previous_week, actions.this_week, actions.next_week, actions.go_to_date, actions.pause_plan],
            actions.copy_last_week,
            actions.suggest_week,
        )
        self.intention_edit = self.header.intention_edit
        self.grid = WeekGrid()
        self.columns = self.grid.columns
        actions.install(self, self.grid)
        self.session_menu = actions.session_menu(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        # The Progress page's pause panel, as a calm banner shown only while the plan rests (resuming needs both).
        self.pause_banner = PausePanel(self._events, self._dialogs, banner=True)
        self.pause_banner.setVisible(False)
        layout.addWidget(self.pause_banner)
        layout.addWidget(self.grid, 1)

    def _connect_signals(self) -> None:
        actions = self.week_actions
        actions.previous_week.triggered.connect(lambda: self.show_week(shift_weeks(self._start, -1)))
        actions.next_week.triggered.connect(lambda: self.show_week(shift_weeks(self._start, 1)))
        actions.this_week.triggered.connect(lambda: self.show_week(self._today))
        actions.go_to_date.triggered.connect(self._on_go_to_date_triggered)
        actions.copy_last_week.triggered.connect(self._on_copy_last_week_triggered)
        actions.edit_session.triggered.connect(lambda: self._edit_session(self._selected_id))
        actions.move_previous_day.triggered.connect(lambda: self._move_selected(-1))
        actions.move_next_day.triggered.connect(lambda: self._move_selected(1))
        actions.remove_session.triggered.connect(self._on_remove_session_triggered)
        actions.suggest_week.triggered.connect(self._on_suggest_week_triggered)
        actions.pause_plan.triggered.connect(self._on_pause_plan_triggered)
        self.pause_banner.changed.connect(self._refresh)
        actions.start_session.triggered.connect(lambda: self._start_session(self._selected_id))
        actions.reflect_session.triggered.connect(lambda: self._reflect_on(self._selected_id))
        actions.decline_session.triggered.connect(lambda: self._decline_session(self._selected_id))
        actions.skip_session.triggered.connect(lambda: self._set_status(SessionStatus.SKIPPED))
        actions.rest_session.triggered.connect(lambda: self._set_status(SessionStatus.PAUSED))
        actions.replan_session.triggered.connect(lambda: self._set_status(SessionStatus.PLANNED))
        self.intention_edit.editingFinished.connect(self._commit_intention)
        self.grid.exercise_dropped.connect(self._on_grid_exercise_dropped)
        self.grid.session_dropped.connect(self._on_grid_session_dropped)
        self.grid.card_focused.connect(self._on_grid_card_focused)
        self.grid.card_activated.connect(self._edit_session)
        self.grid.card_menu_requested.connect(self._on_grid_card_menu_requested)
        self.grid.consent_toggled.connect(self._on_grid_consent_toggled)
        self.grid.start_requested.connect(self._start_session)
        self.grid.reflect_requested.connect(self._reflect_on)
        self.grid.decline_requested.connect(self._decline_session)
        self._events.plan_changed.connect(self._refresh)
        self._events.consent_changed.connect(self._refresh)
        self._events.reflection_saved.connect(self._refresh)
        self._events.library_changed.connect(self._on_events_library_changed)
        self.day_watcher.day_changed.connect(self._on_day_watcher_day_changed)

    # ------------------------------------------------------------------ public

    def attach(
        self,
        plan: PlanService,
        library: LibraryService,
        sessions: SessionService,
        couple: Couple,
        *,
        progress: ProgressService | None = None,
    ) -> None:
        """Start showing the plan: the week holding today; with `progress`, the page can pause and resume it."""
        self._plan = plan
        if progress is not None:
            self.pause_banner.attach(progress, couple)
        self._library = library
        self._sessions = sessions
        from repairplanner.ui.week.plan_commands import PlanEditor  # with the services, after the first paint

        self._editor = PlanEditor(
            plan,
            self._events,
            self._undo_stack,
            self._dialogs,
            self,
            sessions=sessions,
            on_replayed=self._on_editor_replayed,
        )
        # The session flows and their dialogs load with the services, after the first paint (start-up time).
        from repairplanner.ui.session.reflection_flow import ReflectionFlow
        from repairplanner.ui.session.start_flow import StartFlow

        self._start_flow = StartFlow(sessions, self._editor, self._dialogs, self._events, self)
        self._reflection_flow = ReflectionFlow(sessions, self._editor, self._dialogs, self._events, self)
        self._couple = couple
        self._today = self.day_watcher.today()
        self._exercises = {e.id: e for e in library.list_exercises(include_archived=True)}
        self._start = week_start(self._today, couple.week_start)
        hold(self.intention_edit, True)
        self._refresh(force_intention=True)

    def show_opening(self, opening: OpeningWeek) -> None:
        """Show the week the app opens on, read before the services exist; its controls are not ready until
        `attach`, which shows the same week again through the services (nothing moves)."""
        self._couple = opening.couple
        self._today = opening.today
        self._exercises = {e.id: e for e in opening.exercises}
        self._start = week_start(opening.today, opening.couple.week_start)
        self._week = opening.plan
        self._states = card_states_from(
            opening.plan,
            opening.consents,
            opening.facts,
            opening.reflected,
            under_way=(),
            today=opening.today,
            ready=False,
        )
        self._can_copy = not opening.plan.sessions and opening.previous_week_booked
        self.pause_banner.show_opening(opening.couple, opening.paused)
        hold(self.intention_edit, False)
        self._show(force_intention=True)

    def set_couple(self, couple: Couple) -> None:
        """Use changed names, colours, levels, busy days or first weekday (and a pause or resume)."""
        self._couple = couple
        self.pause_banner.set_couple(couple)
        self.pause_banner.refresh()
        if self._plan is not None:
            self.show_week(self._start + dt.timedelta(days=3))

    def show_week(self, start: dt.date) -> None:
        """Show the week holding `start` (any day of it), saving a typed intention first."""
        if self._couple is None:
            return
        self._commit_intention()
        start = week_start(start, self._couple.week_start)
        if start != self._start:
            self._selected_id = None
        self._start = start
        self._refresh(force_intention=True)

    def shows_week(self) -> bool:
        """Whether a week of the couple's plan is on the page (from the opening reading or the services)."""
        return self._couple is not None

    def current_week(self) -> dt.date:
        """The first day of the shown week."""
        return self._start

    def add_exercise(self, exercise_id: str) -> None:
        """Ask which day, time and inviter, then book the exercise in the shown week ("Add to week…")."""
        if self._couple is None:
            return
        exercise = self._exercise(exercise_id)
        if exercise is None:
            self._dialogs.warn(self, translate("WeekPage", "Add to week"), translate("Booking", MISSING_EXERCISE))
            return
        days = week_days(self._start)
        selected = self.selected_session()
        day = self._today if self._today in days else (selected.day if selected else days[0])
        draft = self._booking.for_add(exercise, self._couple, self._week, day)
        if draft is not None:
            self._add(draft, exercise.title)

    def menu_actions(self) -> list[QAction | None]:
        """The actions for a "Week" menu, in order; None is a separator."""
        return self.week_actions.menu()

    def commit_pending(self) -> None:
        """Save anything typed but not yet committed (the intention); the window calls this before closing."""
        self._commit_intention()

    def selected_session(self) -> PlannedSession | None:
        """The session the session actions apply to."""
        return self._week.find(self._selected_id) if self._selected_id is not None else None

    def state_of(self, session_id: int) -> CardState:
        """What the card of `session_id` knows: consent, whether it is under way, who reflected."""
        return self._states.get(session_id, CardState())

    def card_for(self, session_id: int) -> SessionCard | None:
        """The card showing `session_id` in the shown week."""
        return self.grid.card_for(session_id)

    def select_session(self, session_id: int | None, focus: bool = True) -> None:
        """Make `session_id` the selected session, and give its card keyboard focus."""
        self._selected_id = session_id if session_id is not None and self._week.find(session_id) else None
        self.grid.set_selected(self._selected_id, focus)
        self._update_actions()

    # ------------------------------------------------------------------ showing

    def _refresh(self, force_intention: bool = False) -> None:
        if self._plan is None or self._couple is None:
            return
        self._week = self._plan.get_week(self._start)
        if self._selected_id is not None and self._week.find(self._selected_id) is None:
            self._selected_id = None
        if self._sessions is not None:
            self._states = card_states(self._week, self._sessions, self._under_way, self._today)
            self._under_way -= {sid for sid, state in self._states.items() if not state.under_way}
        self._can_copy = not self._week.sessions and self._plan.has_sessions(shift_weeks(self._start, -1))
        self._show(force_intention)

    def _show(self, force_intention: bool) -> None:
        """Put the week read last (`_week`, `_states`, `_can_copy`) on screen."""
        if self._couple is None:
            return
        self.header.set_week(self._start, week_start(self._today, self._couple.week_start), QLocale())
        self._show_intention(self._week.week.intention, force_intention)
        selected_id = self._selected_id
        self.grid.show_plan(self._week, self._today, self._couple, self._exercises, selected_id, states=self._states)
        self.header.set_empty(not self._week.sessions, self._can_copy)
        self.pause_banner.refresh()
        self._update_actions()

    def _show_intention(self, stored: str, force: bool) -> None:
        # Keep what someone is typing, unless the stored text changed underneath a line nobody touched.
        untouched = _tidy(self.intention_edit.text()) == _tidy(self._saved_intention)
        if force or untouched:
            self.intention_edit.setText(stored)
        self._saved_intention = stored

    def _update_actions(self) -> None:
        actions = self.week_actions
        attached = self._couple is not None
        for action in (actions.previous_week, actions.next_week, actions.go_to_date):
            action.setEnabled(attached)
        this_week = week_start(self._today, self._couple.week_start) if self._couple else self._start
        actions.this_week.setEnabled(attached and self._start != this_week)
        actions.copy_last_week.setEnabled(attached and self._can_copy)
        actions.pause_plan.setEnabled(attached and self.pause_banner.can_pause())
        actions.suggest_week.setEnabled(attached and self._sessions is not None and not self._week.sessions)
        selected = self.selected_session()
        state = self.state_of(selected.id) if selected else CardState()
        actions.update_session_life(selected, state, self._today, attached=self._sessions is not None)
        actions.edit_session.setEnabled(selected is not None)
        actions.remove_session.setEnabled(selected is not None)
        actions.move_previous_day.setEnabled(selected is not None and selected.day > self._start)
        actions.move_next_day.setEnabled(selected is not None and selected.day < self._start + dt.timedelta(days=6))
        ready = self._plan is not None
        for waiting in actions.menu():
            if waiting is not None and (not ready or is_held(waiting)):
                hold(waiting, ready, waiting.isEnabled())

    def _say_not_ready(self) -> None:
        """Answer a click or key that came before the services: they are a moment away."""
        QToolTip.showText(QCursor.pos(), getting_ready(), self)

    def _exercise(self, exercise_id: str) -> Exercise | None:
        if exercise_id not in self._exercises and self._library is not None:
            self._exercises = {e.id: e for e in self._library.list_exercises(include_archived=True)}
        return self._exercises.get(exercise_id)

    def _title(self, session: PlannedSession) -> str:
        exercise = self._exercises.get(session.exercise_id)
        return exercise.title if exercise else translate("WeekPage", "session")

    # ------------------------------------------------------------------ edits

    def _add(self, draft: SessionDraft, title: str) -> None:
        if self._editor is None or self._couple is None:
            return
        week = week_start(draft.day, self._couple.week_start)
        session = self._editor.add(draft, title, week)
        if session is not None:
            if week != self._start:
                self.show_week(week)
            self.select_session(session.id)

    def _move(self, session: PlannedSession, day: dt.date) -> None:
        if self._editor is None:
            self._say_not_ready()
            return
        if day == session.day:
            return
        if self._editor.move(session, dataclasses.replace(session, day=day), self._title(session)):
            self.select_session(session.id)

    def _move_selected(self, days: int) -> None:
        session = self.selected_session()
        if session is not None:
            self._move(session, session.day + dt.timedelta(days=days))

    def _edit_session(self, session_id: int | None) -> None:
        session = self._week.find(session_id) if session_id is not None else None
        if session is not None and self._editor is None:
            self._say_not_ready()
            return
        if session is None or self._editor is None or self._couple is None:
            return
        exercise = self._exercises.get(session.exercise_id)
        changed = self._dialogs.edit_session(self, session, exercise, self._couple)
        if changed is not None and changed != session:
            self._editor.edit(session, changed, self._title(session))
        self.select_session(session.id)

    def _start_session(self, session_id: int | None) -> None:
        session = self._week.find(session_id) if session_id is not None else None
        if session is None or self._start_flow is None or self._couple is None:
            return
        if not can_start(session, self.state_of(session.id)):
            return
        self._after_flow(self._start_flow.start(session, self._couple, self._exercises), session.id)

    def _decline_session(self, session_id: int | None) -> None:
        session = self._week.find(session_id) if session_id is not None else None
        if session is None or self._start_flow is None or self._couple is None:
            return
        self._after_flow(self._start_flow.decline(session, self._couple, self._exercises), session.id)

    def _reflect_on(self, session_id: int | None) -> None:
        session = self._week.find(session_id) if session_id is not None else None
        if session is None or self._reflection_flow is None or self._couple is None:
            return
        exercise = self._exercises.get(session.exercise_id)
        self._reflection_flow.reflect(session, exercise, self._couple, finishing=self.state_of(session.id).under_way)
        self._under_way.discard(session.id)
        self._refresh()
        self.select_session(session.id)

    def _after_flow(self, outcome: FlowOutcome, session_id: int) -> None:
        if outcome.started:
            self._under_way.add(session_id)
        self._refresh()
        self.select_session(outcome.select_id if outcome.select_id is not None else session_id)

    def _set_status(self, status: SessionStatus) -> None:
        session = self.selected_session()
        if session is None or self._editor is None or session.status is status:
            return
        self._under_way.discard(session.id)
        self._editor.set_status(session, status, self._title(session))
        self.select_session(session.id)

    def _commit_intention(self) -> None:
        if self._editor is None or _tidy(self.intention_edit.text()) == _tidy(self._saved_intention):
            return
        self._editor.set_intention(self._start, self._saved_intention, self.intention_edit.text())

    # ------------------------------------------------------------------ slots

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.week_actions.paint_icons(self.palette())
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._commit_intention()
        super().hideEvent(event)

    def _on_go_to_date_triggered(self) -> None:
        days = week_days(self._start)
        current = self._today if self._today in days else days[0]
        first_weekday = self._couple.week_start if self._couple else None
        picked = self._dialogs.pick_date(self, current, first_weekday)
        if picked is not None:
            self.show_week(picked)

    def _on_pause_plan_triggered(self) -> None:
        if self._couple is None:
            return
        names = [p.name for p in self._couple.partners]
        seat = self._dialogs.choose_partner(
            self,
            translate("WeekPage", "Pause our plan"),
            translate("WeekPage", "Who would like to pause? No reason is needed."),
            names,
        )
        if seat is not None:
            self.pause_banner.pause(seat)

    def _on_copy_last_week_triggered(self) -> None:
        if self._editor is None or self._plan is None:
            return
        source = shift_weeks(self._start, -1)
        left_out = self._plan.copy_leaves_out(source)
        if self._editor.copy_week(source, self._start) and left_out:
            self._dialogs.inform(self, translate("WeekPage", "Copy last week"), left_out_of_copy(left_out))

    def _on_suggest_week_triggered(self) -> None:
        if self._editor is None or self._couple is None:
            return
        # A fresh seed each time in this sitting, so undoing and asking again offers a different week.
        tries = self._suggestions.get(self._start, 0)
        self._suggestions[self._start] = tries + 1
        seed = self._start.toordinal() * 100 + tries
        exercises = [e for e in self._exercises.values() if not e.archived]
        self._editor.suggest_week(self._start, self._couple, exercises, seed)

    def _on_grid_consent_toggled(self, session_id: int, partner_id: int, given: bool) -> None:
        if self._sessions is None:
            return
        try:
            self._sessions.set_consent(session_id, partner_id, given)
        except UserFacingError as error:
            self._dialogs.warn(self, translate("WeekPage", CONSENT_TITLE), error.message)
        self.select_session(session_id, focus=False)
        self._events.consent_changed.emit()

    def _on_remove_session_triggered(self) -> None:
        session = self.selected_session()
        if session is None or self._editor is None:
            return
        # Keep the keyboard in the same day: the next card down, else the one above.
        same_day = [c.session.id for c in self.grid.column_of(session.day).cards() if c.session is not None]
        index = same_day.index(session.id)
        neighbours = same_day[index + 1 :] + same_day[:index][::-1]
        if self._editor.remove(session, self._title(session)):
            self.select_session(neighbours[0] if neighbours else None)

    def _on_grid_exercise_dropped(self, exercise_id: str, day: dt.date) -> None:
        exercise = self._exercise(exercise_id)
        if exercise is None:
            self._dialogs.warn(self, translate("WeekPage", "Add to week"), translate("Booking", MISSING_EXERCISE))
            return
        if self._couple is None:
            return
        draft = self._booking.for_drop(exercise, self._couple, self._week, day)
        if draft is not None:
            self._add(draft, exercise.title)

    def _on_grid_session_dropped(self, session_id: int, day: dt.date) -> None:
        session = self._week.find(session_id)
        if session is not None:
            self._move(session, day)

    def _on_grid_card_focused(self, session_id: int) -> None:
        self.select_session(session_id, focus=False)

    def _on_grid_card_menu_requested(self, session_id: int, position: QPoint) -> None:
        self.select_session(session_id, focus=False)
        self.session_menu.popup(position)

    def _on_events_library_changed(self) -> None:
        if self._library is not None:
            self._exercises = {e.id: e for e in self._library.list_exercises(include_archived=True)}
            self._refresh()

    def _on_day_watcher_day_changed(self, today: dt.date) -> None:
        # The shown week stays where the couple left it; "today", "this week" and what may start move on.
        self._today = today
        self._refresh()

    def _on_editor_replayed(self, week: dt.date) -> None:
        if week != self._start:
            # Show the week where the undone or redone edit happened; later, so the stack is not re-entered.
            QTimer.singleShot(0, self, lambda: self.show_week(week))
