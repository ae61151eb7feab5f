"""The library page: every exercise in a sortable table, with all its fields beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget

from repairplanner.core.entities import Exercise
from repairplanner.ui.events import AppEvents
from repairplanner.ui.exercise_view import exercise_html
from repairplanner.ui.models.exercise_table import EXERCISE_ROLE, ExerciseColumn, ExerciseTableModel

if TYPE_CHECKING:
    from repairplanner.services.library import LibraryService


class LibraryPage(QWidget):
    """Browse the exercises; the details pane shows everything the couple agrees to."""

    def __init__(self, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._library: LibraryService | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.model = ExerciseTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Exercises")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ExerciseColumn.LEVEL, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ExerciseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ExerciseColumn.TRACK, ExerciseColumn.LEVEL, ExerciseColumn.MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.details = QTextBrowser()
        self.details.setAccessibleName("Exercise details")
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText("Loading the exercise library…")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._events.library_changed.connect(self.refresh)

    def attach(self, library: LibraryService) -> None:
        """Start showing the library from `library`."""
        self._library = library
        self.refresh()

    def refresh(self) -> None:
        """Reload the exercises, keeping the selected one selected."""
        if self._library is None:
            return
        selected = self.selected_exercise()
        self.model.set_rows(self._library.list_exercises())
        self.details.setPlaceholderText("Choose an exercise to read all of it here.")
        self.select(selected.id if selected else None)

    def selected_exercise(self) -> Exercise | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(EXERCISE_ROLE) if rows else None

    def select(self, exercise_id: str | None) -> None:
        """Select the exercise with `exercise_id`, or the first row."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, ExerciseColumn.TITLE)
            if exercise_id is None or index.data(EXERCISE_ROLE).id == exercise_id:
                self.table.setCurrentIndex(index)
                return

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        exercise = self.selected_exercise()
        self.details.setHtml(exercise_html(exercise) if exercise else "")
