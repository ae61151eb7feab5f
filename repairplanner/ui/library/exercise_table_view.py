"""The Library page's table of exercises: sorting, selection, dragging to a day, column sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from repairplanner.core.i18n import translate
from repairplanner.ui.library.exercise_filter_model import ExerciseFilterModel
from repairplanner.ui.library.exercise_table_model import ExerciseColumn

#: Sized to their contents once per refresh (not on every keystroke).
NARROW_COLUMNS = (ExerciseColumn.TRACK, ExerciseColumn.LEVEL, ExerciseColumn.MINUTES)


def exercise_table(proxy: ExerciseFilterModel, context_actions: list[QAction]) -> QTableView:
    """The exercise list: sortable, one row selected, dragged onto a day to book, with `context_actions` as its menu."""
    table = QTableView()
    table.setModel(proxy)
    table.setAccessibleName(translate("ExerciseTable", "Exercises"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.sortByColumn(ExerciseColumn.LEVEL, Qt.SortOrder.AscendingOrder)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setDragEnabled(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.setDefaultDropAction(Qt.DropAction.CopyAction)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.addActions(context_actions)
    header = table.horizontalHeader()
    header.setSectionResizeMode(ExerciseColumn.TITLE, QHeaderView.ResizeMode.Stretch)
    # Sized once per refresh, not by ResizeToContents: that measures every row again on each keystroke.
    for column in NARROW_COLUMNS:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    return table
