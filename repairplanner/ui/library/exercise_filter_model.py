"""The library's search and filters: a proxy over the exercise table that hides what does not match."""

from __future__ import annotations

import itertools
from enum import Enum

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from repairplanner.core.entities import Exercise, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.library.exercise_table_model import ExerciseColumn, ExerciseTableModel, fold_text

_Index = QModelIndex | QPersistentModelIndex


class LevelFilter(Enum):
    """Which levels to show: all, exactly one, or those up to the couple's working level per track."""

    ALL = "all"
    ONE = "one"
    UP_TO_OURS = "ours"


class LengthFilter(Enum):
    """How long an exercise may take, as offered in the length menu."""

    ANY = (QT_TRANSLATE_NOOP("LengthFilter", "Any length"), 0, None)
    UP_TO_10 = (QT_TRANSLATE_NOOP("LengthFilter", "Up to 10 minutes"), 0, 10)
    UP_TO_20 = (QT_TRANSLATE_NOOP("LengthFilter", "Up to 20 minutes"), 0, 20)
    UP_TO_30 = (QT_TRANSLATE_NOOP("LengthFilter", "Up to 30 minutes"), 0, 30)
    LONGER = (QT_TRANSLATE_NOOP("LengthFilter", "Over 30 minutes"), 31, None)

    @property
    def label(self) -> str:
        """The choice as the length menu shows it, in the interface language."""
        return translate("LengthFilter", str(self.value[0]))

    def admits(self, minutes: int) -> bool:
        """Whether an exercise of `minutes` fits this length."""
        _label, low, high = self.value
        return minutes >= low and (high is None or minutes <= high)


def relevance(words: tuple[str, ...], title: str, summary: str) -> int:
    """How well an exercise matches search words already folded: 0 all in the title, 1 some, 2 summary, 3 elsewhere."""
    in_title = sum(1 for word in words if word in title)
    if in_title == len(words):
        return 0
    if in_title:
        return 1
    return 2 if any(word in summary for word in words) else 3


class ExerciseFilterModel(QSortFilterProxyModel):
    """Every word of the search must appear in an exercise's text; track, level and length narrow further.

    While a search is typed, matches are ordered by relevance (title first), then in the table's own order.
    """

    def __init__(self, source: ExerciseTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self._track: Track | None = None
        self._level_filter = LevelFilter.ALL
        self._level = 1
        self._length = LengthFilter.ANY
        self._show_archived = False
        self._ranks: dict[int, int] = {}
        self.setSourceModel(source)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str, *, order: bool = True) -> None:
        """Show only exercises whose text holds every word of `text`, ignoring case and accents; with `order`, put
        them in order of relevance too (`order_by_relevance`)."""
        words = tuple(fold_text(text).split())
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self._ranks = {}
            self._filter_changed()
        if order or not words:
            self.order_by_relevance()

    def order_by_relevance(self) -> None:
        """While searching, the matches by relevance (title first); with no words, the table's own order."""
        # A sort makes the table lay every row out again, so it is skipped when the order already holds.
        column = ExerciseColumn.TITLE if self._words else -1
        if column != self.sortColumn() or (self._words and not self._in_relevance_order()):
            super().sort(column, Qt.SortOrder.AscendingOrder)

    def set_track(self, track: Track | None) -> None:
        """Show one track, or both with None."""
        if track != self._track:
            self.beginFilterChange()
            self._track = track
            self._filter_changed()

    def set_level(self, level_filter: LevelFilter, level: int = 1) -> None:
        """Show all levels, exactly `level` (LevelFilter.ONE), or up to the couple's working level."""
        self.beginFilterChange()
        self._level_filter = level_filter
        self._level = level
        self._filter_changed()

    def set_length(self, length: LengthFilter) -> None:
        """Show exercises of this length."""
        if length != self._length:
            self.beginFilterChange()
            self._length = length
            self._filter_changed()

    def set_show_archived(self, show: bool) -> None:
        """Also show the couple's own archived exercises."""
        if show != self._show_archived:
            self.beginFilterChange()
            self._show_archived = show
            self._filter_changed()

    def levels_changed(self) -> None:
        """Filter again after the couple's working levels changed."""
        if self._level_filter is LevelFilter.UP_TO_OURS:
            self.beginFilterChange()
            self._filter_changed()

    def is_filtered(self) -> bool:
        """Whether any search or filter hides something."""
        return bool(
            self._words
            or self._track is not None
            or self._level_filter is not LevelFilter.ALL
            or self._length is not LengthFilter.ANY
        )

    def total_count(self) -> int:
        """How many exercises would show with no search and no filters."""
        return sum(1 for row in range(self._source.rowCount()) if self._listed(self._source.exercise_at(row)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source sorts its own rows once; the proxy only reorders the few matches of a search by relevance.
        self._ranks = {}
        self._source.sort(column, order)
        super().sort(ExerciseColumn.TITLE if self._words else -1, Qt.SortOrder.AscendingOrder)

    def _in_relevance_order(self) -> bool:
        """Whether the rows shown are already in the order `lessThan` sorts them into."""
        rows = [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]
        keys = [(self._rank(row), row) for row in rows]
        return all(first < second for first, second in itertools.pairwise(keys))

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return (self._rank(left.row()), left.row()) < (self._rank(right.row()), right.row())

    def _rank(self, source_row: int) -> int:
        if source_row not in self._ranks:
            # Folded once per row when the rows were set: a keystroke does no text work per row (issue 13).
            self._ranks[source_row] = relevance(self._words, *self._source.ranked_text_at(source_row))
        return self._ranks[source_row]

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        exercise = self._source.exercise_at(source_row)
        if not self._listed(exercise):
            return False
        if self._track is not None and exercise.track is not self._track:
            return False
        if self._level_filter is LevelFilter.ONE and exercise.level != self._level:
            return False
        if self._level_filter is LevelFilter.UP_TO_OURS and self._source.is_above_level(exercise):
            return False
        if not self._length.admits(exercise.minutes):
            return False
        text = self._source.search_text_at(source_row)
        return all(word in text for word in self._words)

    def _listed(self, exercise: Exercise) -> bool:
        # Built-ins that left the shipped library stay archived for old plans; only custom ones can come back.
        return not exercise.archived or (self._show_archived and not exercise.is_builtin)

    def _filter_changed(self) -> None:
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
