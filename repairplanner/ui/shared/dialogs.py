"""Every prompt goes through one dialog service, so tests can swap in a scripted fake."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from repairplanner.core.couple import Couple, CoupleSetup
from repairplanner.core.entities import Exercise, PlannedSession, ReflectionDraft, SessionDraft, Track
from repairplanner.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument

    from repairplanner.core.backups import BackupInfo
    from repairplanner.core.check_in_rules import CheckInTurn
    from repairplanner.core.grading import PreSessionAdvice
    from repairplanner.core.print_options import CalendarOptions, Paper, PrintOptions
    from repairplanner.logging_setup import DiagnosticLog
    from repairplanner.ui.guide.safety_dialog import SafetyChoice, SafetyRequest
    from repairplanner.ui.session.advice_dialog import NextStep
    from repairplanner.ui.session.alternative_dialog import AlternativeChoice, AlternativeRequest
    from repairplanner.ui.session.guided_session import GuidedEnd, GuidedRequest
    from repairplanner.ui.session.reflection_dialog import ReflectionRequest
    from repairplanner.ui.setup.pace_field import PaceStore


class DialogService:
    """Message boxes shown to the couple."""

    def __init__(self, diagnostics: DiagnosticLog | None = None, settings_file: Path | None = None) -> None:
        self._diagnostics = diagnostics  # the Settings dialog's log switch; None where there is no log (tests)
        self._settings_file = settings_file  # where Settings saves the language; None where there is none (tests)

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

    def edit_couple(self, parent: QWidget | None, couple: Couple, pace: PaceStore | None = None) -> CoupleSetup | None:
        """The Settings dialog filled from `couple`; None if cancelled."""
        from repairplanner.ui.setup.settings_dialog import SettingsDialog

        return SettingsDialog.ask(
            parent, couple, self, diagnostics=self._diagnostics, settings_file=self._settings_file, pace=pace
        )

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
        self, parent: QWidget | None, couple: Couple, exercise: Exercise | None, order: Sequence[int]
    ) -> list[CheckInTurn] | None:
        """Each partner's private turn in `order` (today's yes, a light, expected distress); None for 'Not now'."""
        from repairplanner.ui.session.check_in_dialog import CheckInDialog

        return CheckInDialog.ask(parent, couple, exercise, order)

    def guided_session(self, parent: QWidget | None, request: GuidedRequest) -> GuidedEnd | None:
        """The exercise as the couple does it, one step at a time; how it ended, or None if simply closed."""
        from repairplanner.ui.session.guided_session import GuidedSessionDialog

        return GuidedSessionDialog.ask(parent, request)

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

    def new_passphrase(self, parent: QWidget | None, partner_name: str, other_name: str | None = None) -> str | None:
        """A new passphrase, typed twice after a clear warning that a forgotten one cannot be recovered."""
        from repairplanner.ui.notes.passphrase_dialogs import NewPassphraseDialog

        other = other_name if other_name is not None else translate("DialogService", "Your partner")
        return NewPassphraseDialog.ask(parent, partner_name, other)

    def seal_passphrase(self, parent: QWidget | None, partner_name: str) -> str | None:
        """The passphrase that seals `partner_name`'s new private note, typed masked; None if cancelled."""
        from repairplanner.ui.notes.passphrase_dialogs import SealPassphraseDialog

        return SealPassphraseDialog.ask(parent, partner_name)

    def print_options(
        self, parent: QWidget | None, options: PrintOptions, action: str, *, summary: bool = False
    ) -> PrintOptions | None:
        """Paper, names or initials, exercise cards (not for a summary) and a discreet title; None if cancelled."""
        from repairplanner.ui.exports.print_options_dialog import PrintOptionsDialog

        return PrintOptionsDialog.ask(parent, options, action, summary=summary)

    def calendar_options(self, parent: QWidget | None, options: CalendarOptions) -> CalendarOptions | None:
        """Neutral titles and an optional reminder for the calendar file; None if cancelled."""
        from repairplanner.ui.exports.calendar_options_dialog import CalendarOptionsDialog

        return CalendarOptionsDialog.ask(parent, options)

    def date_range(self, parent: QWidget | None, start: dt.date, end: dt.date) -> tuple[dt.date, dt.date] | None:
        """A forward date range for the therapist summary; None if cancelled."""
        from repairplanner.ui.exports.date_range_dialog import DateRangeDialog

        return DateRangeDialog.ask(parent, start, end)

    def safety_and_help(self, parent: QWidget | None, request: SafetyRequest) -> SafetyChoice | None:
        """Safety and help: when not to use the app, where to find help, the couple's own help lines, and
        "Something new came out". The lines as left (saved by the caller), and whether that action was chosen."""
        from repairplanner.ui.guide.safety_dialog import SafetyDialog

        return SafetyDialog.ask(parent, request)

    def choose_save_path(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to save an export, starting from a neutral suggested name; None if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def choose_backup(self, parent: QWidget | None, copies: list[BackupInfo]) -> Path | None:
        """The backup copy to restore, from a list with dates and what each holds; None if cancelled."""
        from repairplanner.ui.backups.restore_dialog import RestoreDialog

        return RestoreDialog.ask(parent, copies)

    def choose_open_path(self, parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
        """A file to open (an exported plan to import); None if cancelled."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), file_filter)
        return Path(chosen) if chosen else None

    def new_lock_passphrase(self, parent: QWidget | None) -> str | None:
        """The passphrase the couple chooses for the app lock, typed twice; None if cancelled."""
        from repairplanner.ui.lock.lock_passphrase_dialog import LockPassphraseDialog

        return LockPassphraseDialog.ask(parent)

    def choose_idle_minutes(self, parent: QWidget | None, current: int) -> int | None:
        """After how many idle minutes the window locks itself; None if cancelled."""
        from PySide6.QtWidgets import QInputDialog

        from repairplanner.ui.lock.idle import IDLE_CHOICES

        labels = [
            translate("DialogService", "{count} minute").format(count=m)
            if m == 1
            else translate("DialogService", "{count} minutes").format(count=m)
            for m in IDLE_CHOICES
        ]
        start = IDLE_CHOICES.index(current) if current in IDLE_CHOICES else 2
        chosen, ok = QInputDialog.getItem(
            parent,
            translate("DialogService", "Lock when idle"),
            translate("DialogService", "Lock the window after this long without use:"),
            labels,
            start,
            False,
        )
        return IDLE_CHOICES[labels.index(chosen)] if ok and chosen in labels else None

    def report_problem(self, parent: QWidget | None, last_error: str) -> None:
        """Help › Report a problem…: where to report, and this run's details to copy (nothing private)."""
        from repairplanner.ui.help.problem_details import problem_details
        from repairplanner.ui.help.report_dialog import ReportProblemDialog

        ReportProblemDialog.ask(parent, problem_details(self._diagnostics, last_error))

    def print_preview(
        self, parent: QWidget | None, document: QTextDocument, title: str, paper: Paper, *, landscape: bool = True
    ) -> None:
        """Show the print preview of `document`; printing from it uses the same page and neutral title."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from repairplanner.printing.pdf import configure_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, title=title, paper=paper, landscape=landscape)
        preview = QPrintPreviewDialog(printer, parent)
        preview.setWindowTitle(title)
        preview.paintRequested.connect(document.print_)
        preview.exec()
