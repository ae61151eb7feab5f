"""A time field where typing over a selected time replaces it ('1930' gives 19:30), as people expect."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QTimeEdit, QWidget

from repairplanner.core.dates import parse_typed_time


class TimeField(QTimeEdit):
    """QTimeEdit that starts afresh when a digit is typed over the whole selected time; the arrows and the
    sections still work as before."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed: str | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        room = 5 if self._typed and not self._typed.isdigit() else 4  # '19:30' or '1930' at most
        continuing = (
            self._typed is not None and bool(text) and (text.isdigit() or text in ":.h") and len(self._typed) < room
        )
        starting = not continuing and text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text()
        if starting or continuing:
            self._typed = f"{self._typed}{text}" if continuing else text
            typed = parse_typed_time(self._typed)
            if typed is not None:
                self.setTime(QTime(typed.hour, typed.minute))
            event.accept()
            return
        self._typed = None
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._typed = None  # a click starts a new edit
        super().mousePressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = None
        super().focusOutEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()  # so the first digit typed replaces the time
