"""The Library page's search box and filters (track, level, length, archived), with the count of what is shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Track
from repairplanner.core.i18n import translate
from repairplanner.ui.library.exercise_filter_model import LengthFilter, LevelFilter
from repairplanner.ui.shared.plain_text import plain_label


@dataclass(frozen=True)
class LibraryFilters:
    """The filter widgets; `row` lays out the search box, the three filters and Clear."""

    search_edit: QLineEdit
    track_combo: QComboBox
    level_combo: QComboBox
    length_combo: QComboBox
    archived_check: QCheckBox
    clear_button: QPushButton
    count_label: QLabel
    row: QHBoxLayout


def build_filters() -> LibraryFilters:
    """The search box and filters, each named for a screen reader."""
    search_edit = QLineEdit()
    search_edit.setPlaceholderText(translate("LibraryFilters", "Search exercises"))
    search_edit.setAccessibleName(translate("LibraryFilters", "Search exercises"))
    search_edit.setClearButtonEnabled(True)
    tracks: list[tuple[str, object]] = [
        (translate("LibraryFilters", "Both tracks"), None),
        *((t.label, t.value) for t in Track),
    ]
    track_combo = _combo(translate("LibraryFilters", "Track filter"), tracks)
    levels = [
        (translate("LibraryFilters", "Level {level}").format(level=n), (LevelFilter.ONE, n))
        for n in range(MIN_LEVEL, MAX_LEVEL + 1)
    ]
    level_combo = _combo(
        translate("LibraryFilters", "Level filter"),
        [
            (translate("LibraryFilters", "All levels"), (LevelFilter.ALL, 1)),
            *levels,
            (translate("LibraryFilters", "Up to our level"), (LevelFilter.UP_TO_OURS, 1)),
        ],
    )
    length_combo = _combo(
        translate("LibraryFilters", "Length filter"), [(length.label, length) for length in LengthFilter]
    )
    archived_check = QCheckBox(translate("LibraryFilters", "Show archived"))
    archived_check.setAccessibleName(translate("LibraryFilters", "Show archived exercises of your own"))
    clear_button = QPushButton(translate("LibraryFilters", "Clear"))
    clear_button.setAccessibleName(translate("LibraryFilters", "Clear search and filters"))
    count_label = plain_label()
    count_label.setAccessibleName(translate("LibraryFilters", "Exercises shown"))
    row = QHBoxLayout()
    row.addWidget(search_edit, 2)
    for widget in (track_combo, level_combo, length_combo, clear_button):
        row.addWidget(widget)
    return LibraryFilters(
        search_edit, track_combo, level_combo, length_combo, archived_check, clear_button, count_label, row
    )


def _combo(accessible_name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for text, data in items:
        combo.addItem(text, data)
    return combo
