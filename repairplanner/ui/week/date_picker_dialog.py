"""A small calendar for jumping to the week that holds a chosen day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate


class DatePickerDialog(QDialog):
    """Pick a day; the week page then shows the week holding it."""

    def __init__(self, current: dt.date, first_weekday: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._first_weekday = first_weekday
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("DatePickerDialog", "Go to a date"))
        self.setAccessibleName(translate("DatePickerDialog", "Go to a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(translate("DatePickerDialog", "Calendar"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        if self._first_weekday is not None:
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(self._first_weekday))
        self.calendar.setSelectedDate(QDate(self._current.year, self._current.month, self._current.day))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("DatePickerDialog", "&Show that week")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self.calendar.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)

    @classmethod
    def ask(cls, parent: QWidget | None, current: dt.date, first_weekday: int | None = None) -> dt.date | None:
        """The chosen day, or None if cancelled."""
        dialog = cls(current, first_weekday, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def chosen(self) -> dt.date:
        """The selected day."""
        picked = self.calendar.selectedDate()
        return dt.date(picked.year(), picked.month(), picked.day())
