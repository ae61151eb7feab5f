"""Settings › Pace: the decision rules' thresholds, each with its plain explanation, and a way back to the defaults."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from repairplanner.core.grading import DEFAULT_GRADING, GradingSettings
from repairplanner.core.i18n import translate
from repairplanner.core.thresholds import THRESHOLDS, order_problem, threshold_values, thresholds_from
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role, space


class PaceStore(Protocol):
    """Where the thresholds are kept (services.thresholds.ThresholdService)."""

    def current(self) -> GradingSettings: ...

    def save(self, settings: GradingSettings) -> GradingSettings: ...


class PaceField(QWidget):
    """One spin box per threshold with its explanation; `changed` whenever a value moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        intro = plain_label(
            translate(
                "PaceField",
                "These numbers decide when the app offers to move up, suggests staying at a level, or suggests a "
                "step back. The defaults follow the method. If you change them, do it together, ideally with your "
                "therapist; the app still never moves a level on its own.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setVerticalSpacing(space(2))
        for threshold in THRESHOLDS:
            spin = QSpinBox()
            spin.setRange(threshold.low, threshold.high)
            spin.setAccessibleName(threshold.shown_label())
            spin.setAccessibleDescription(threshold.shown_explanation())
            spin.valueChanged.connect(self.changed)
            explanation = set_role(plain_label(threshold.shown_explanation()), Role.NOTE)
            explanation.setWordWrap(True)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(spin)
            cell.addWidget(explanation)
            label = plain_label(threshold.shown_label())
            label.setBuddy(spin)
            label.setWordWrap(True)
            form.addRow(label, cell)
            self.spins[threshold.field] = spin
        self.problem_label: QLabel = set_role(plain_label(), Role.EMPHASIS)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.reset_button = QPushButton(translate("PaceField", "Back to the &defaults"))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.changed.connect(self._on_changed)

    def set_settings(self, settings: GradingSettings) -> None:
        """Show `settings`' thresholds."""
        for name, value in threshold_values(settings).items():
            self.spins[name].setValue(value)

    def values(self) -> dict[str, int]:
        """The thresholds as shown."""
        return {name: spin.value() for name, spin in self.spins.items()}

    def settings(self) -> GradingSettings:
        """The thresholds as shown, as settings (the defaults if they are out of order: see `error`)."""
        return thresholds_from(self.values())

    def error(self) -> str | None:
        """Why the thresholds cannot be used together, or None."""
        return order_problem(self.values())

    def show_problem(self, text: str | None) -> None:
        """Say what needs changing (or nothing) under the thresholds."""
        self.problem_label.setText(text or "")
        self.problem_label.setVisible(bool(text))

    def _on_changed(self) -> None:
        self.show_problem(self.error())

    def _on_reset_button_clicked(self) -> None:
        self.set_settings(DEFAULT_GRADING)
