"""The progress page: where each track stands, charts over time, notes by week, and pausing the plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.clock import Clock
from repairplanner.core.dates import full_day_text
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.notes.notes_panel import PrivateNotesPanel, SharedNotesView
from repairplanner.ui.progress.charts_panel import ChartsPanel
from repairplanner.ui.progress.levels_panel import LevelsPanel
from repairplanner.ui.progress.pause_panel import PausePanel
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.library import LibraryService
    from repairplanner.services.progress import ProgressHistory, ProgressService
    from repairplanner.services.sessions import SessionService

#: The choices of the range selector: a label and how many days back (None: everything).
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ProgressPage", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("ProgressPage", "Last 6 months"), 182),
    (QT_TRANSLATE_NOOP("ProgressPage", "Last year"), 365),
    (QT_TRANSLATE_NOOP("ProgressPage", "Everything"), None),
)
EVERYTHING_FLOOR_YEARS = 10


class ProgressPage(QWidget):
    """Offers, never decisions: the couple reads where they are and chooses together what comes next."""

    show_requested = Signal()

    def __init__(self, events: AppEvents, dialogs: DialogService, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._clock = clock
        self._progress: ProgressService | None = None
        self._sessions: SessionService | None = None
        self._library: LibraryService | None = None
        self._couple: Couple | None = None
        self._titles: dict[str, str] = {}
        self._stale = False
        self._build_ui()
        self._connect_signals()
        self._update_actions()

    def _build_ui(self) -> None:
        self._build_actions()
        self.range_combo = QComboBox()
        self.range_combo.setAccessibleName(translate("ProgressPage", "Time range of the charts and notes"))
        for label, days in RANGES:
            self.range_combo.addItem(translate("ProgressPage", label), days)
        range_label = plain_label(translate("ProgressPage", "&Show:"))
        range_label.setBuddy(self.range_combo)
        self.range_text = plain_label()
        self.range_text.setAccessibleName(translate("ProgressPage", "Dates shown"))
        top = QHBoxLayout()
        top.addWidget(range_label)
        top.addWidget(self.range_combo)
        top.addWidget(self.range_text, 1)
        self.setFocusProxy(self.range_combo)

        self.pause_panel = PausePanel(self._events, self._dialogs)
        self.levels_panel = LevelsPanel(self._events, self._dialogs, self._clock)
        self.charts_panel = ChartsPanel()
        overview = QWidget()
        column = QVBoxLayout(overview)
        column.setContentsMargins(0, 0, 6, 0)
        column.setSpacing(10)
        column.addWidget(self.pause_panel)
        column.addWidget(_heading(translate("ProgressPage", "Where you are")))
        column.addWidget(self.levels_panel)
        column.addWidget(_heading(translate("ProgressPage", "Over time")))
        column.addWidget(self.charts_panel)
        column.addStretch(1)
        self.overview_scroll = QScrollArea()
        self.overview_scroll.setWidgetResizable(True)
        self.overview_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.overview_scroll.setWidget(overview)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.overview_scroll)
        self.splitter.addWidget(self._build_notes())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 360])  # the charts need the room; notes read fine in a narrow column
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _build_notes(self) -> QSplitter:
        self.shared_notes = SharedNotesView()
        self.private_notes = PrivateNotesPanel(self._dialogs)
        notes = QSplitter(Qt.Orientation.Vertical)
        notes.setChildrenCollapsible(False)
        headed = (
            (translate("ProgressPage", "Shared notes"), self.shared_notes),
            (translate("ProgressPage", "Private notes"), self.private_notes),
        )
        for title, widget in headed:
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(_heading(title))
            box_layout.addWidget(widget, 1)
            notes.addWidget(box)
        notes.setSizes([420, 260])
        return notes

    def _build_actions(self) -> None:
        self.pause_action = QAction(translate("ProgressPage", "&Pause our plan…"), self)
        self.resume_action = QAction(translate("ProgressPage", "Ready to &resume…"), self)
        self.ready_action = QAction(translate("ProgressPage", "Ready for the &next level…"), self)
        self.show_private_action = QAction(translate("ProgressPage", "Show my private n&otes…"), self)
        self.lock_action = QAction(translate("ProgressPage", "&Lock private notes"), self)

    def _connect_signals(self) -> None:
        self.range_combo.currentIndexChanged.connect(self._on_range_combo_current_index_changed)
        self.pause_action.triggered.connect(self._on_pause_action_triggered)
        self.resume_action.triggered.connect(self._on_resume_action_triggered)
        self.ready_action.triggered.connect(self._on_ready_action_triggered)
        self.show_private_action.triggered.connect(self._on_show_private_action_triggered)
        self.lock_action.triggered.connect(self.lock_private_notes)
        self.private_notes.lock_button.clicked.connect(self._update_actions)
        for button in self.private_notes.unlock_buttons:
            button.clicked.connect(self._update_actions)
        self.pause_panel.changed.connect(self._on_pause_panel_changed)
        for signal in (self._events.plan_changed, self._events.reflection_saved, self._events.consent_changed):
            signal.connect(self._on_events_data_changed)
        self._events.library_changed.connect(self._on_events_library_changed)

    # ------------------------------------------------------------------ public

    def attach(
        self,
        progress: ProgressService,
        sessions: SessionService,
        library: LibraryService,
        couple: Couple,
    ) -> None:
        """Start showing the couple's progress as of today."""
        self._progress = progress
        self._sessions = sessions
        self._library = library
        self._couple = couple
        self._titles = {e.id: e.title for e in library.list_exercises(include_archived=True)}
        self.pause_panel.attach(progress, couple)
        self.levels_panel.attach(progress, couple, self._title)
        self.private_notes.attach(sessions, progress, couple)
        self._update_actions()  # the Progress menu works from the moment the window opens
        self._on_events_data_changed()  # read the history only when the page is shown (start-up time)

    def set_couple(self, couple: Couple) -> None:
        """Use changed names, colours, levels or first weekday."""
        if self._progress is None:
            return
        self._couple = couple
        self.pause_panel.set_couple(couple)
        self.levels_panel.set_couple(couple)
        self.private_notes.set_couple(couple)
        self.pause_panel.refresh()
        self._update_actions()
        self._on_events_data_changed()

    def menu_actions(self) -> list[QAction | None]:
        """The page's actions for the window's menu (None is a separator)."""
        return [
            self.pause_action,
            self.resume_action,
            None,
            self.ready_action,
            None,
            self.show_private_action,
            self.lock_action,
        ]

    def date_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the charts and notes cover."""
        days = self.range_combo.currentData()
        today = self._clock.today()
        if days is not None:
            return today - dt.timedelta(days=days), today
        return today - dt.timedelta(days=365 * EVERYTHING_FLOOR_YEARS), today

    def refresh(self) -> None:
        """Read everything the page shows again."""
        if self._progress is None or self._couple is None:
            return
        self._stale = False
        start, end = self.date_range()
        history = self._progress.history(start, end)
        if self.range_combo.currentData() is None:
            history, start = _from_first_activity(history, start, end)
        self.range_text.setText(
            translate("ProgressPage", "{start} to {end}").format(start=full_day_text(start), end=full_day_text(end))
        )
        self.charts_panel.show_history(history, self._couple, start, end)
        self.shared_notes.show_notes(history.shared_notes, self._couple)
        self.private_notes.set_range(start, end)
        self.pause_panel.refresh()
        self.levels_panel.refresh()
        self._update_actions()

    def lock_private_notes(self) -> None:
        """Clear any open private notes from the page."""
        self.private_notes.lock()
        self._update_actions()

    # ------------------------------------------------------------------ events

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page (another page, or the window hidden) locks private notes again.
        self.lock_private_notes()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # ------------------------------------------------------------------ slots

    def _title(self, exercise_id: str) -> str:
        return self._titles.get(exercise_id) or translate(
            "ProgressPage", "an exercise that is no longer in the library"
        )

    def _update_actions(self) -> None:
        ready = self._couple is not None
        paused = self.pause_panel.is_paused()
        self.pause_action.setEnabled(ready and not paused)
        self.resume_action.setEnabled(ready and paused)
        self.ready_action.setEnabled(ready and not paused)
        self.show_private_action.setEnabled(ready)
        self.lock_action.setEnabled(self.private_notes.is_unlocked())

    def _choose_partner(self, title: str, question: str) -> int | None:
        if self._couple is None:
            return None
        names = [p.name for p in self._couple.partners]
        return self._dialogs.choose_partner(self, title, question, names)

    def _on_range_combo_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_pause_action_triggered(self) -> None:
        seat = self._choose_partner(
            translate("ProgressPage", "Pause our plan"),
            translate("ProgressPage", "Who would like to pause? No reason is needed."),
        )
        if seat is not None:
            self.pause_panel.pause(seat)

    def _on_resume_action_triggered(self) -> None:
        seat = self._choose_partner(
            translate("ProgressPage", "Resume our plan"), translate("ProgressPage", "Who is ready to resume?")
        )
        if seat is not None:
            self.pause_panel.request_resume(seat)

    def _on_pause_panel_changed(self) -> None:
        self.levels_panel.refresh()
        self._update_actions()

    def _on_ready_action_triggered(self) -> None:
        self.show_requested.emit()
        self.levels_panel.open_round()

    def _on_show_private_action_triggered(self) -> None:
        self.show_requested.emit()
        seat = self._choose_partner(
            translate("ProgressPage", "Private notes"),
            translate("ProgressPage", "Whose private notes would you like to open?"),
        )
        if seat is not None:
            self.private_notes.unlock(seat)
            self._update_actions()

    def _on_events_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_events_library_changed(self) -> None:
        if self._library is not None:
            self._titles = {e.id: e.title for e in self._library.list_exercises(include_archived=True)}
            self._on_events_data_changed()


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    set_role(label, Role.SECTION)
    return label


def _from_first_activity(history: ProgressHistory, start: dt.date, end: dt.date) -> tuple[ProgressHistory, dt.date]:
    """'Everything' starts at the first week practised or level change, not at the floor it was read from."""
    firsts = [w.start for w in history.weeks if w.done] + [s.day for s in history.levels]
    first = max(min(firsts, default=end - dt.timedelta(days=RANGES[0][1] or 91)), start)
    weeks = tuple(w for w in history.weeks if w.start + dt.timedelta(days=6) >= first)
    return dataclasses.replace(history, weeks=weeks), first
