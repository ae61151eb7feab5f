"""Choosing the dates a therapist summary covers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate
from repairplanner.ui.shared.plain_text import plain_label


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateRangeDialog(QDialog):
    """From and to dates; OK only while the range runs forwards."""

    def __init__(self, start: dt.date, end: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self.from_edit.setDate(_qdate(start))
        self.to_edit.setDate(_qdate(end))
        self._on_date_changed()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("DateRangeDialog", "Summary for your therapist"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.from_edit.setAccessibleName(translate("DateRangeDialog", "From"))
        self.to_edit.setAccessibleName(translate("DateRangeDialog", "To"))
        self.problem_label = plain_label()
        form = QFormLayout()
        form.addRow(translate("DateRangeDialog", "&From:"), self.from_edit)
        form.addRow(translate("DateRangeDialog", "&To:"), self.to_edit)
        intro = plain_label(
            translate(
                "DateRangeDialog",
                "The summary shows sessions, ratings over time, level changes and shared notes. "
                "Private notes are never included.",
            )
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.from_edit.dateChanged.connect(self._on_date_changed)
        self.to_edit.dateChanged.connect(self._on_date_changed)

    @classmethod
    def ask(cls, parent: QWidget | None, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
        """The chosen range, or None if cancelled."""
        dialog = cls(start, end, parent)
        return dialog.date_range() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def date_range(self) -> tuple[dt.date, dt.date]:
        """The dates as the fields say."""
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)  # PySide6's stub says object
        return start, end

    def _on_date_changed(self, *_args: object) -> None:
        start, end = self.date_range()
        backwards = end < start
        self.problem_label.setText(
            translate("DateRangeDialog", "The end date comes before the start date.") if backwards else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not backwards)
