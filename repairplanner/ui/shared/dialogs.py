"""Every prompt goes through one dialog service, so tests can swap in a scripted fake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from repairplanner.core.couple import Couple, CoupleSetup
from repairplanner.core.entities import Exercise, PlannedSession, ReflectionDraft, SessionDraft, Track

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from repairplanner.core.grading import PreSessionAdvice
    from repairplanner.logging_setup import DiagnosticLog
    from repairplanner.printing.options import Paper, PrintOptions
    from repairplanner.ui.session.advice_dialog import NextStep
    from repairplanner.ui.session.alternative_dialog import AlternativeChoice, AlternativeRequest
    from repairplanner.ui.session.check_in_dialog import CheckInAnswer
    from repairplanner.ui.session.reflection_dialog import ReflectionRequest


class DialogService:
    """Message boxes shown to the couple."""

    def __init__(self, diagnostics: DiagnosticLog | None = None) -> None:
        self._diagnostics = diagnostics  # the Settings dialog's log switch; None where there is no log (tests)

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
        from repairplanner.ui.library.exercise_editor import ExerciseEditor

        return ExerciseEditor.ask(parent, exercise, title)

    def choose_colour(self, parent: QWidget | None, title: str, initial: str | None) -> str | None:
        """A colour as #rrggbb from the colour picker, or None if cancelled."""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        chosen = QColorDialog.getColor(QColor(initial or "#5b8bd0"), parent, title)
        return chosen.name() if chosen.isValid() else None

    def setup_couple(self, parent: QWidget | None) -> CoupleSetup | None:
        """The first-run setup wizard; None if the couple cancelled it."""
        from repairplanner.ui.setup.setup_wizard import SetupWizard  # only needed once, so not loaded at start-up

        return SetupWizard.ask(parent, self)

    def edit_couple(self, parent: QWidget | None, couple: Couple) -> CoupleSetup | None:
        """The Settings dialog filled from `couple`; None if cancelled."""
        from repairplanner.ui.setup.settings_dialog import SettingsDialog

        return SettingsDialog.ask(parent, couple, self, self._diagnostics)

    def add_session(
        self, parent: QWidget | None, exercise: Exercise, couple: Couple, proposal: SessionDraft
    ) -> SessionDraft | None:
        """The proposed booking of `exercise` as the couple adjusted it (day, time, length, inviter, note)."""
        from repairplanner.ui.week.session_form import AddSessionDialog

        return AddSessionDialog.ask(parent, exercise, couple, proposal)

    def edit_session(
        self, parent: QWidget | None, session: PlannedSession, exercise: Exercise | None, couple: Couple
    ) -> PlannedSession | None:
        """The session with the couple's changes; None if cancelled."""
        from repairplanner.ui.week.session_form import SessionEditDialog

        return SessionEditDialog.ask(parent, session, exercise, couple)

    def pick_date(self, parent: QWidget | None, current: dt.date, first_weekday: int | None = None) -> dt.date | None:
        """A day picked on a calendar; None if cancelled."""
        from repairplanner.ui.week.date_picker_dialog import DatePickerDialog

        return DatePickerDialog.ask(parent, current, first_weekday)

    def answer_ready(self, parent: QWidget | None, partner_name: str, track: Track, level: int) -> bool | None:
        """One partner's private answer to "ready for `track` level `level`?": True, False (not yet) or None."""
        from repairplanner.ui.progress.ready_question_dialog import ReadyQuestionDialog

        return ReadyQuestionDialog.ask(parent, partner_name, track, level)

    def ask_passphrase(self, parent: QWidget | None, partner_name: str) -> str | None:
        """The passphrase that opens `partner_name`'s private notes, typed masked; None if cancelled."""
        from repairplanner.ui.notes.unlock_dialog import UnlockDialog

        return UnlockDialog.ask(parent, partner_name)

    def choose_partner(self, parent: QWidget | None, title: str, text: str, names: list[str]) -> int | None:
        """The index in `names` of the partner who chose, or None if cancelled."""
        from PySide6.QtWidgets import QInputDialog

        name, chosen = QInputDialog.getItem(parent, title, text, names, 0, False)
        return names.index(name) if chosen and name in names else None

    def check_in(
        self, parent: QWidget | None, couple: Couple, exercise: Exercise | None
    ) -> dict[int, CheckInAnswer] | None:
        """Each partner's traffic light and expected distress, in turn; None for 'Not now'."""
        from repairplanner.ui.session.check_in_dialog import CheckInDialog

        return CheckInDialog.ask(parent, couple, exercise)

    def session_advice(
        self, parent: QWidget | None, advice: PreSessionAdvice, exercise: Exercise | None, minutes: int
    ) -> NextStep | None:
        """What the couple chooses after the check-in's advice (start, lighter, talk, rest); None for 'Not now'."""
        from repairplanner.ui.session.advice_dialog import AdviceDialog

        return AdviceDialog.ask(parent, advice, exercise, minutes)

    def choose_alternative(self, parent: QWidget | None, request: AlternativeRequest) -> AlternativeChoice | None:
        """Another exercise at the same or a lower level (and who proposes it); None if cancelled."""
        from repairplanner.ui.session.alternative_dialog import AlternativeDialog

        return AlternativeDialog.ask(parent, request)

    def reflect(self, parent: QWidget | None, request: ReflectionRequest) -> ReflectionDraft | None:
        """One partner's reflection; None for 'Skip reflection'."""
        from repairplanner.ui.session.reflection_dialog import ReflectionDialog

        return ReflectionDialog.ask(parent, request)

    def new_passphrase(self, parent: QWidget | None, partner_name: str, other_name: str = "Your partner") -> str | None:
        """A new passphrase, typed twice after a clear warning that a forgotten one cannot be recovered."""
        from repairplanner.ui.notes.passphrase_dialogs import NewPassphraseDialog

        return NewPassphraseDialog.ask(parent, partner_name, other_name)

    def seal_passphrase(self, parent: QWidget | None, partner_name: str) -> str | None:
        """The passphrase that seals `partner_name`'s new private note, typed masked; None if cancelled."""
        from repairplanner.ui.notes.passphrase_dialogs import SealPassphraseDialog

        return SealPassphraseDialog.ask(parent, partner_name)

    def print_options(self, parent: QWidget | None, options: PrintOptions, action: str) -> PrintOptions | None:
        """Paper, names or initials, exercise cards and a discreet title; None if cancelled."""
        from repairplanner.ui.exports.print_options_dialog import PrintOptionsDialog

        return PrintOptionsDialog.ask(parent, options, action)

    def date_range(self, parent: QWidget | None, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
        """A forward date range for the therapist summary; None if cancelled."""
        from repairplanner.ui.exports.date_range_dialog import DateRangeDialog

        return DateRangeDialog.ask(parent, start, end)

    def choose_save_path(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to save an export, starting from a neutral suggested name; None if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def print_preview(self, parent: QWidget | None, document: QTextDocument, title: str, paper: Paper) -> None:
        """Show the print preview of `document`; printing from it uses the same page and neutral title."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from repairplanner.printing.pdf import configure_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, title=title, paper=paper, landscape=True)
        preview = QPrintPreviewDialog(printer, parent)
        preview.setWindowTitle(title)
        preview.paintRequested.connect(document.print_)
        preview.exec()
