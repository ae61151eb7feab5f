"""The library table: one row per exercise, columns title, track, level and minutes."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from repairplanner.core.entities import Exercise

EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ExerciseColumn(IntEnum):
    """The table's columns, in order."""

    TITLE = 0
    TRACK = 1
    LEVEL = 2
    MINUTES = 3


_HEADERS = {
    ExerciseColumn.TITLE: "Exercise",
    ExerciseColumn.TRACK: "Track",
    ExerciseColumn.LEVEL: "Level",
    ExerciseColumn.MINUTES: "Minutes",
}


class ExerciseTableModel(QAbstractTableModel):
    """Exercises as a flat table; `set_rows` replaces them all."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Exercise] = []

    def set_rows(self, exercises: Sequence[Exercise]) -> None:
        self.beginResetModel()
        self._rows = list(exercises)
        self.endResetModel()

    def exercise_at(self, row: int) -> Exercise:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ExerciseColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        exercise = self._rows[index.row()]
        column = ExerciseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ExerciseColumn.TITLE: exercise.title,
                ExerciseColumn.TRACK: exercise.track.label,
                ExerciseColumn.LEVEL: exercise.level,
                ExerciseColumn.MINUTES: exercise.minutes,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == ExerciseColumn.TITLE:
            return exercise.summary
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ExerciseColumn.LEVEL, ExerciseColumn.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == EXERCISE_ROLE:
            return exercise
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _HEADERS[ExerciseColumn(section)]
        return None
