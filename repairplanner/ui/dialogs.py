"""Every prompt goes through one dialog service, so tests can swap in a scripted fake."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from repairplanner.core.couple import Couple, CoupleSetup
from repairplanner.core.entities import Exercise, PlannedSession, SessionDraft


class DialogService:
    """Message boxes shown to the couple."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def about(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.about(parent, title, text)

    def edit_exercise(self, parent: QWidget | None, exercise: Exercise, title: str) -> Exercise | None:
        from repairplanner.ui.exercise_editor import ExerciseEditor

        return ExerciseEditor.ask(parent, exercise, title)

    def choose_colour(self, parent: QWidget | None, title: str, initial: str | None) -> str | None:
        """A colour as #rrggbb from the colour picker, or None if cancelled."""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        chosen = QColorDialog.getColor(QColor(initial or "#5b8bd0"), parent, title)
        return chosen.name() if chosen.isValid() else None

    def setup_couple(self, parent: QWidget | None) -> CoupleSetup | None:
        """The first-run setup wizard; None if the couple cancelled it."""
        from repairplanner.ui.setup_wizard import SetupWizard  # only needed once, so not loaded at start-up

        return SetupWizard.ask(parent, self)

    def edit_couple(self, parent: QWidget | None, couple: Couple) -> CoupleSetup | None:
        """The Settings dialog filled from `couple`; None if cancelled."""
        from repairplanner.ui.settings_dialog import SettingsDialog

        return SettingsDialog.ask(parent, couple, self)

    def add_session(
        self, parent: QWidget | None, exercise: Exercise, couple: Couple, proposal: SessionDraft
    ) -> SessionDraft | None:
        """The proposed booking of `exercise` as the couple adjusted it (day, time, length, inviter, note)."""
        from repairplanner.ui.session_dialogs import AddSessionDialog

        return AddSessionDialog.ask(parent, exercise, couple, proposal)

    def edit_session(
        self, parent: QWidget | None, session: PlannedSession, exercise: Exercise | None, couple: Couple
    ) -> PlannedSession | None:
        """The session with the couple's changes; None if cancelled."""
        from repairplanner.ui.session_dialogs import SessionEditDialog

        return SessionEditDialog.ask(parent, session, exercise, couple)

    def pick_date(self, parent: QWidget | None, current: dt.date, first_weekday: int | None = None) -> dt.date | None:
        """A day picked on a calendar; None if cancelled."""
        from repairplanner.ui.date_dialog import DatePickerDialog

        return DatePickerDialog.ask(parent, current, first_weekday)
