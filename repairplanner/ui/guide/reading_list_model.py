"""The Guide's readings as a list model: one row per reading, its title shown, its id under UserRole."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from repairplanner.core.guide import Reading

ID_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    TITLE = 0


class ReadingListModel(QAbstractListModel):
    """Readings in the order given; `set_rows` resets the whole list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Reading, ...] = ()

    def set_rows(self, readings: Sequence[Reading]) -> None:
        self.beginResetModel()
        self._rows = tuple(readings)
        self.endResetModel()

    def reading(self, row: int) -> Reading | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reading_id: str) -> int:
        """The row showing `reading_id`, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == reading_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        reading = self.reading(index.row()) if index.isValid() else None
        if reading is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return reading.title
        if role == ID_ROLE:
            return reading.id
        return None
