"""The dialog for writing or changing one of the couple's own exercises, every field of it."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Exercise, ExerciseSource, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.library import SCHEMA, TAGS, TECHNIQUES, custom_exercise_problems
from repairplanner.ui.shared.geometry import fit_to_screen
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

SCOPE_NOTE = QT_TRANSLATE_NOOP(
    "ExerciseEditor",
    "Touch in RepairPlanner stays non-sexual: clothed unless you both choose otherwise, never genitals or "
    "breasts, and never aimed at arousal. For sexual intimacy, a couples or sex therapist is the right guide.",
)

# (field, label, required, placeholder). Maxima come from the built-in library's schema; a couple's own
# exercise may be simpler than a built-in one, so only what consent and safety need is required.
# Labels and placeholders are translated where shown (`translate("ExerciseEditor", ...)`).
_TEXTS = (
    (
        "summary",
        QT_TRANSLATE_NOOP("ExerciseEditor", "What it is"),
        True,
        QT_TRANSLATE_NOOP("ExerciseEditor", "A sentence or two on what you will do and why."),
    ),
    (
        "needs",
        QT_TRANSLATE_NOOP("ExerciseEditor", "What you need"),
        False,
        QT_TRANSLATE_NOOP("ExerciseEditor", "One thing per line, for example: two chairs"),
    ),
    (
        "steps",
        QT_TRANSLATE_NOOP("ExerciseEditor", "Steps"),
        True,
        QT_TRANSLATE_NOOP("ExerciseEditor", "One step per line, in order."),
    ),
    (
        "agreement",
        QT_TRANSLATE_NOOP("ExerciseEditor", "What each of you agrees to"),
        True,
        QT_TRANSLATE_NOOP("ExerciseEditor", "For example: hands and forearms only, clothed."),
    ),
    (
        "ease_out",
        QT_TRANSLATE_NOOP("ExerciseEditor", "Easing out or stopping"),
        True,
        QT_TRANSLATE_NOOP("ExerciseEditor", "How either of you can slow down or stop, at any moment."),
    ),
    (
        "easier",
        QT_TRANSLATE_NOOP("ExerciseEditor", "An easier version"),
        False,
        QT_TRANSLATE_NOOP("ExerciseEditor", "Shorter, lighter or more distant."),
    ),
    (
        "harder",
        QT_TRANSLATE_NOOP("ExerciseEditor", "A step further, same level"),
        False,
        QT_TRANSLATE_NOOP("ExerciseEditor", "A small variation for when this feels easy."),
    ),
    (
        "safety",
        QT_TRANSLATE_NOOP("ExerciseEditor", "Safety"),
        True,
        QT_TRANSLATE_NOOP("ExerciseEditor", "What to watch for, and what to do if it gets too much."),
    ),
)
_LINES = ("needs", "steps")
_LIST_MIN = {"needs": 0, "steps": 1}


def blank_exercise(track: Track, level: int) -> Exercise:
    """A new, empty custom exercise to start writing from."""
    return Exercise(
        id="",
        source=ExerciseSource.CUSTOM,
        title="",
        track=track,
        level=level,
        minutes=10,
        summary="",
        needs=(),
        steps=(),
        ease_out="",
        easier="",
        harder="",
        agreement="",
        safety="",
        technique=(),
    )


def _limit(field: str) -> tuple[int, int]:
    rule = SCHEMA[field]
    return rule.low, rule.high


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class ExerciseEditor(QDialog):
    """Every field of a custom exercise, checked as the couple writes it."""

    def __init__(self, exercise: Exercise, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise = exercise
        self._checked_once = False
        self.setWindowTitle(title)
        self._build_ui()
        self._load(exercise)
        self._connect_signals()

    @classmethod
    def ask(cls, parent: QWidget | None, exercise: Exercise, title: str) -> Exercise | None:
        """The edited exercise, or None when the couple cancels."""
        dialog = cls(exercise, title, parent)
        return dialog.exercise() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _build_ui(self) -> None:
        fit_to_screen(self, 680, 760)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem_labels: dict[str, QLabel] = {}

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(_limit("title")[1])
        self.title_edit.setPlaceholderText(translate("ExerciseEditor", "A short, friendly name"))
        self._add_row(form, "title", translate("ExerciseEditor", "&Title"), self.title_edit)

        self.track_combo = QComboBox()
        for track in Track:
            # The value, not the member: a str-based enum comes back from QVariant as a bare string.
            self.track_combo.addItem(track.label, track.value)
        self.scope_note = plain_label(translate("ExerciseEditor", SCOPE_NOTE))
        self.scope_note.setWordWrap(True)
        self.scope_note.setAccessibleName(translate("ExerciseEditor", "About touch exercises"))
        self._add_row(form, "track", translate("ExerciseEditor", "T&rack"), self.track_combo).addWidget(self.scope_note)

        self.level_spin = QSpinBox()
        self.level_spin.setRange(MIN_LEVEL, MAX_LEVEL)
        self._add_row(form, "level", translate("ExerciseEditor", "&Level"), self.level_spin)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(*_limit("minutes"))
        self.minutes_spin.setSuffix(translate("ExerciseEditor", " minutes"))
        self._add_row(form, "minutes", translate("ExerciseEditor", "&Minutes"), self.minutes_spin)

        self.text_edits: dict[str, QPlainTextEdit] = {}
        for field, label, _required, placeholder in _TEXTS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(translate("ExerciseEditor", placeholder))
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (6 if field in _LINES else 4) + 14)
            self.text_edits[field] = edit
            self._add_row(form, field, translate("ExerciseEditor", label), edit)

        self.technique_list = self._checkable_list(sorted(TECHNIQUES))
        self._add_row(form, "technique", translate("ExerciseEditor", "Draws on"), self.technique_list)
        self.tags_list = self._checkable_list(sorted(TAGS))
        self._add_row(form, "tags", translate("ExerciseEditor", "Tags"), self.tags_list)

        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        intro = plain_label(
            translate(
                "ExerciseEditor", "Write it in your own words. Plan it only when both of you are happy with every line."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.track_combo.currentIndexChanged.connect(self._on_track_combo_current_index_changed)
        self.title_edit.textChanged.connect(self._on_field_changed)
        for edit in self.text_edits.values():
            edit.textChanged.connect(self._on_field_changed)
        self.technique_list.itemChanged.connect(self._on_field_changed)
        self.tags_list.itemChanged.connect(self._on_field_changed)

    def exercise(self) -> Exercise:
        """The exercise as the fields now describe it, with its id and source unchanged."""
        texts = {field: self.text_edits[field].toPlainText() for field, *_rest in _TEXTS}
        prose: dict[str, Any] = {field: text.strip() for field, text in texts.items() if field not in _LINES}
        return dataclasses.replace(
            self._exercise,
            title=" ".join(self.title_edit.text().split()),
            track=Track(self.track_combo.currentData()),
            level=self.level_spin.value(),
            minutes=self.minutes_spin.value(),
            needs=_lines(texts.pop("needs")),
            steps=_lines(texts.pop("steps")),
            technique=self._checked(self.technique_list, self._exercise.technique),
            tags=self._checked(self.tags_list, self._exercise.tags),
            **prose,
        )

    def problems(self) -> dict[str, str]:
        """What keeps the exercise from being saved, by field, in the order of the form (core's one check)."""
        return custom_exercise_problems(self.exercise())

    def accept(self) -> None:
        self._checked_once = True
        problems = self._show_problems()
        if problems:
            first = next(iter(problems))
            self._field_widget(first).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def _load(self, exercise: Exercise) -> None:
        self.title_edit.setText(exercise.title)
        self.track_combo.setCurrentIndex(self.track_combo.findData(exercise.track.value))
        self.level_spin.setValue(exercise.level)
        self.minutes_spin.setValue(exercise.minutes)
        for field, *_rest in _TEXTS:
            value = getattr(exercise, field)
            self.text_edits[field].setPlainText("\n".join(value) if field in _LINES else value)
        for widget, chosen in ((self.technique_list, exercise.technique), (self.tags_list, exercise.tags)):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.text() in chosen else Qt.CheckState.Unchecked)
        self.scope_note.setVisible(exercise.track is Track.TOUCH)

    def _add_row(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> QVBoxLayout:
        plain = label.replace("&", "")
        widget.setAccessibleName(plain)
        problem = plain_label()
        problem.setWordWrap(True)
        set_role(problem, Role.EMPHASIS)
        problem.setAccessibleName(translate("ExerciseEditor", "Problem with {field}").format(field=plain.lower()))
        problem.hide()
        self.problem_labels[field] = problem
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(problem)
        caption = plain_label(label)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        return column

    def _checkable_list(self, names: list[str]) -> QListWidget:
        widget = QListWidget()
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setFixedHeight(widget.sizeHintForRow(0) * min(len(names), 7) + 6)
        return widget

    def _checked(self, widget: QListWidget, before: tuple[str, ...]) -> tuple[str, ...]:
        # The order carries meaning (the main technique first), so names chosen before keep their place.
        names = [widget.item(r).text() for r in range(widget.count())]
        chosen = [n for r, n in enumerate(names) if widget.item(r).checkState() == Qt.CheckState.Checked]
        return tuple(sorted(chosen, key=lambda n: (before.index(n) if n in before else len(before), names.index(n))))

    def _show_problems(self) -> dict[str, str]:
        problems = self.problems()
        for field, label in self.problem_labels.items():
            text = problems.get(field, "")
            label.setText(text)
            label.setVisible(bool(text))
            self._field_widget(field).setAccessibleDescription(text)
        return problems

    def _field_widget(self, field: str) -> QWidget:
        named = {
            "title": self.title_edit,
            "track": self.track_combo,
            "level": self.level_spin,
            "minutes": self.minutes_spin,
            "technique": self.technique_list,
            "tags": self.tags_list,
        }
        return named.get(field) or self.text_edits[field]

    def _on_field_changed(self, *_args: object) -> None:
        # Problems show from the first try to save on, then follow every keystroke.
        if self._checked_once:
            self._show_problems()

    def _on_track_combo_current_index_changed(self, _index: int) -> None:
        self.scope_note.setVisible(self.track_combo.currentData() == Track.TOUCH.value)
