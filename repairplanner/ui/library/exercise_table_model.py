"""The library table: one row per exercise, columns title, track, level and minutes."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from repairplanner.core.entities import MIN_LEVEL, Exercise, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.mime import EXERCISE_MIME

EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Shared drag-and-drop contract with the week page: the payload is the exercise id, UTF-8.
ABOVE_MARK = "↑"

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset(
    {_DISPLAY, _TOOLTIP, _DESCRIPTION, _ACCESSIBLE, _ALIGNMENT, int(Qt.ItemDataRole.FontRole), int(EXERCISE_ROLE)}
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FIXED_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_DRAG_FLAGS = _FIXED_FLAGS | Qt.ItemFlag.ItemIsDragEnabled


class ExerciseColumn(IntEnum):
    """The table's columns, in order."""

    TITLE = 0
    TRACK = 1
    LEVEL = 2
    MINUTES = 3


_COLUMN_COUNT = len(ExerciseColumn)
_HEADERS = {
    ExerciseColumn.TITLE: QT_TRANSLATE_NOOP("ExerciseTableModel", "Exercise"),
    ExerciseColumn.TRACK: QT_TRANSLATE_NOOP("ExerciseTableModel", "Track"),
    ExerciseColumn.LEVEL: QT_TRANSLATE_NOOP("ExerciseTableModel", "Level"),
    ExerciseColumn.MINUTES: QT_TRANSLATE_NOOP("ExerciseTableModel", "Minutes"),
}
#: One whole sentence per track, so each language can place the track where its grammar wants it.
_ABOVE_LEVEL = {
    Track.TOUCH: QT_TRANSLATE_NOOP(
        "ExerciseTableModel", "Above your current touch level ({level}). Levels are a guide; you decide together."
    ),
    Track.TALK: QT_TRANSLATE_NOOP(
        "ExerciseTableModel", "Above your current talk level ({level}). Levels are a guide; you decide together."
    ),
}

_SORT_KEYS: dict[ExerciseColumn, Callable[[Exercise], tuple[object, ...]]] = {
    ExerciseColumn.TITLE: lambda e: (e.title.casefold(), e.id),
    ExerciseColumn.TRACK: lambda e: (e.track.value, e.level, e.title.casefold(), e.id),
    ExerciseColumn.LEVEL: lambda e: (e.level, e.track.value, e.title.casefold(), e.id),
    ExerciseColumn.MINUTES: lambda e: (e.minutes, e.level, e.title.casefold(), e.id),
}


def fold_text(text: str) -> str:
    """`text` casefolded and without accents, so "cafe" finds "café"."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def above_level_note(exercise: Exercise, working_level: int) -> str:
    """The kind note for an exercise above the couple's working level on its track."""
    return translate("ExerciseTableModel", _ABOVE_LEVEL[exercise.track]).format(level=working_level)


class ExerciseTableModel(QAbstractTableModel):
    """Exercises as a flat table; `set_rows` replaces them all, `set_levels` moves the above-level marks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Exercise] = []
        self._search: list[str] = []
        self._ranked: list[tuple[str, str]] = []
        self._shown: list[tuple[object, ...]] = []
        self._sorted_by = (ExerciseColumn.LEVEL, Qt.SortOrder.AscendingOrder)
        self._levels: dict[Track, int] = dict.fromkeys(Track, MIN_LEVEL)

    def set_rows(self, exercises: Sequence[Exercise]) -> None:
        """Show `exercises`, replacing every row."""
        column, order = self._sorted_by
        self.beginResetModel()
        self._rows = sorted(exercises, key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        # Folded once here so that filtering as the couple types does no text work per row.
        self._search = [fold_text(e.searchable_text()) for e in self._rows]
        self._ranked = [(fold_text(e.title), fold_text(e.summary)) for e in self._rows]
        self._shown = [self._display_row(e) for e in self._rows]
        self.endResetModel()

    def set_levels(self, levels: dict[Track, int]) -> None:
        """Take the couple's working level per track; marks exercises above it."""
        self._levels = {track: levels.get(track, MIN_LEVEL) for track in Track}
        self._shown = [self._display_row(e) for e in self._rows]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, ExerciseColumn.LEVEL),
                self.index(len(self._rows) - 1, ExerciseColumn.LEVEL),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                ],
            )

    def level_for(self, track: Track) -> int:
        """The couple's working level on `track`."""
        return self._levels[track]

    def is_above_level(self, exercise: Exercise) -> bool:
        """Whether `exercise` is above the couple's working level on its track."""
        return exercise.level > self._levels[exercise.track]

    def exercise_at(self, row: int) -> Exercise:
        """The exercise in source row `row`."""
        return self._rows[row]

    def search_text_at(self, row: int) -> str:
        """The folded searchable text of source row `row`."""
        return self._search[row]

    def ranked_text_at(self, row: int) -> tuple[str, str]:
        """The folded title and summary of source row `row`, which a search's relevance weighs."""
        return self._ranked[row]

    def row_of(self, exercise_id: str) -> int | None:
        """The source row of the exercise with `exercise_id`, if shown."""
        return next((row for row, e in enumerate(self._rows) if e.id == exercise_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # The view asks for many roles per painted cell; answering the unused ones first keeps painting cheap.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            return self._shown[row][index.column()]
        exercise = self._rows[row]
        column = ExerciseColumn(index.column())
        if role == EXERCISE_ROLE:
            return exercise
        if role in (_TOOLTIP, _DESCRIPTION):
            return self._description(exercise, column)
        if role == _ACCESSIBLE:
            return self._accessible_text(exercise, column)
        if role == _ALIGNMENT:
            return _RIGHT if column in (ExerciseColumn.LEVEL, ExerciseColumn.MINUTES) else None
        if exercise.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FIXED_FLAGS if self._rows[index.row()].archived else _DRAG_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ExerciseTableModel", _HEADERS[ExerciseColumn(section)])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows themselves, so that a filter over them never has to sort again."""
        self._sorted_by = (ExerciseColumn(column), order)
        self.layoutAboutToBeChanged.emit()
        key = _SORT_KEYS[ExerciseColumn(column)]
        moved = sorted(
            range(len(self._rows)), key=lambda r: key(self._rows[r]), reverse=order == Qt.SortOrder.DescendingOrder
        )
        new_row = {old: new for new, old in enumerate(moved)}
        self._rows = [self._rows[r] for r in moved]
        self._search = [self._search[r] for r in moved]
        self._ranked = [self._ranked[r] for r in moved]
        self._shown = [self._shown[r] for r in moved]
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(new_row[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def mimeTypes(self) -> list[str]:
        return [EXERCISE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]  # Qt allows None; the stub omits it
        valid = [i for i in indexes if i.isValid() and 0 <= i.row() < len(self._rows)]
        if not valid:
            return None
        mime = QMimeData()
        mime.setData(EXERCISE_MIME, self._rows[valid[0].row()].id.encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def _display_row(self, exercise: Exercise) -> tuple[object, ...]:
        title = exercise.title
        if not exercise.is_builtin:
            if exercise.archived:
                title = translate("ExerciseTableModel", "{title} (ours, archived)").format(title=title)
            else:
                title = translate("ExerciseTableModel", "{title} (ours)").format(title=title)
        level = f"{exercise.level} {ABOVE_MARK}" if self.is_above_level(exercise) else str(exercise.level)
        return (title, exercise.track.label, level, exercise.minutes)

    def _description(self, exercise: Exercise, column: ExerciseColumn) -> str | None:
        if column == ExerciseColumn.TITLE:
            return exercise.summary
        if column == ExerciseColumn.LEVEL and self.is_above_level(exercise):
            return above_level_note(exercise, self._levels[exercise.track])
        return None

    def _accessible_text(self, exercise: Exercise, column: ExerciseColumn) -> str:
        if column == ExerciseColumn.TITLE:
            if exercise.is_builtin and exercise.archived:
                text = translate("ExerciseTableModel", "{title}, comes with RepairPlanner, archived")
            elif exercise.is_builtin:
                text = translate("ExerciseTableModel", "{title}, comes with RepairPlanner")
            elif exercise.archived:
                text = translate("ExerciseTableModel", "{title}, your own exercise, archived")
            else:
                text = translate("ExerciseTableModel", "{title}, your own exercise")
            return text.format(title=exercise.title)
        if column == ExerciseColumn.LEVEL:
            if self.is_above_level(exercise):
                return translate("ExerciseTableModel", "Level {level}, above your current level").format(
                    level=exercise.level
                )
            return translate("ExerciseTableModel", "Level {level}").format(level=exercise.level)
        if column == ExerciseColumn.MINUTES:
            return translate("ExerciseTableModel", "About {minutes} minutes").format(minutes=exercise.minutes)
        return exercise.track.label
