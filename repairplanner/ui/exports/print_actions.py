"""The File menu's printing and exports: the week on paper or as a PDF, the therapist summary, the calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from repairplanner.core.clock import Clock
from repairplanner.core.dates import week_file_name
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate
from repairplanner.core.print_options import REMINDER_CHOICES, CalendarOptions, Paper, PrintOptions
from repairplanner.ui.shared.dialogs import DialogService

if TYPE_CHECKING:
    from repairplanner.services.calendar import CalendarService
    from repairplanner.services.print_data import PrintService
    from repairplanner.services.summary_data import SummaryService

SUMMARY_DAYS = 90
# A count picks the singular or the plural sentence (one and other, as in English and German) rather than a `%n`
# numerus message: pyside6-lupdate marks no translate() call as numerus, and Qt matches no plain message to a call
# given a count.


class PrintActions(QObject):
    """Print, Export PDF, Export summary and Export to calendar, with the couple's last print choices remembered."""

    def __init__(self, dialogs: DialogService, settings: QSettings, clock: Clock, parent: QWidget) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._settings = settings
        self._clock = clock
        self._window = parent
        self._printing: PrintService | None = None
        self._summaries: SummaryService | None = None
        self._calendar: CalendarService | None = None
        self._current_week: Callable[[], dt.date] = clock.today
        self._build_actions()
        self._connect_signals()

    def _build_actions(self) -> None:
        self.print_action = QAction(translate("PrintActions", "&Print the week…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.export_pdf_action = QAction(translate("PrintActions", "&Export the week as PDF…"), self)
        self.export_pdf_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_summary_action = QAction(translate("PrintActions", "Export a &summary for your therapist…"), self)
        self.export_calendar_action = QAction(translate("PrintActions", "Export the week to a &calendar…"), self)
        for action in self.actions():
            action.setEnabled(False)

    def _connect_signals(self) -> None:
        self.print_action.triggered.connect(self._on_print_action_triggered)
        self.export_pdf_action.triggered.connect(self._on_export_pdf_action_triggered)
        self.export_summary_action.triggered.connect(self._on_export_summary_action_triggered)
        self.export_calendar_action.triggered.connect(self._on_export_calendar_action_triggered)

    def attach(
        self,
        printing: PrintService,
        summaries: SummaryService,
        calendar: CalendarService,
        current_week: Callable[[], dt.date],
    ) -> None:
        """Start exporting through these services; `current_week` gives the week shown on the Week page."""
        self._printing, self._summaries, self._calendar = printing, summaries, calendar
        self._current_week = current_week
        for action in self.actions():
            action.setEnabled(True)

    def actions(self) -> list[QAction]:
        """The actions, in menu order."""
        return [self.print_action, self.export_pdf_action, self.export_summary_action, self.export_calendar_action]

    def saved_options(self) -> PrintOptions:
        """The last print choices, or discreet defaults with the locale's paper."""
        from repairplanner.printing.pdf import locale_paper  # QtPrintSupport loads on first use, not at start-up

        paper = self._settings.value("print/paper") or locale_paper().value
        return PrintOptions(
            paper=Paper.LETTER if paper == Paper.LETTER.value else Paper.A4,
            initials_only=bool(self._settings.value("print/initials", False, type=bool)),
            exercise_cards=bool(self._settings.value("print/cards", False, type=bool)),
            discreet_title=bool(self._settings.value("print/discreet_title", True, type=bool)),
        )

    def _ask_options(self, action: str, *, summary: bool = False) -> PrintOptions | None:
        options = self._dialogs.print_options(self._window, self.saved_options(), action, summary=summary)
        if options is not None:
            self._settings.setValue("print/paper", options.paper.value)
            self._settings.setValue("print/initials", options.initials_only)
            if not summary:  # the week's choice of cards is kept, whatever the summary said
                self._settings.setValue("print/cards", options.exercise_cards)
            self._settings.setValue("print/discreet_title", options.discreet_title)
        return options

    def _save_path(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return self._dialogs.choose_save_path(self._window, title, Path(folder or Path.home()) / name, file_filter)

    def _run(self, title: str, work: Callable[[], str | None]) -> None:
        try:
            done = work()
        except UserFacingError as error:
            self._dialogs.warn(self._window, title, error.message)
            return
        if done:
            self._dialogs.inform(self._window, title, done)

    def _on_print_action_triggered(self) -> None:
        from repairplanner.exports import title_of, week_document

        printing = self._printing
        options = self._ask_options(translate("PrintActions", "Print"))
        if printing is None or options is None:
            return

        def work() -> None:
            document, _count = week_document(printing, self._current_week(), options)
            self._dialogs.print_preview(self._window, document, title_of(document), options.paper)

        self._run(translate("PrintActions", "Print the week"), work)

    def _on_export_pdf_action_triggered(self) -> None:
        from repairplanner.exports import week_pdf

        printing = self._printing
        options = self._ask_options(translate("PrintActions", "Export"))
        if printing is None or options is None:
            return
        start = self._current_week()
        title = translate("PrintActions", "Export the week as PDF")
        target = self._save_path(title, week_file_name(start, "pdf"), translate("PrintActions", "PDF (*.pdf)"))
        if target is None:
            return

        def work() -> str:
            written = week_pdf(printing, start, options, target)
            pages = written.pages
            if pages == 1:
                saved = translate("PrintActions", "Saved the week ({count} page) to {path}.")
            else:
                saved = translate("PrintActions", "Saved the week ({count} pages) to {path}.")
            return saved.format(count=pages, path=written.target)

        self._run(title, work)

    def _on_export_summary_action_triggered(self) -> None:
        from repairplanner.exports import summary_pdf

        summaries = self._summaries
        today = self._clock.today()
        chosen = self._dialogs.date_range(self._window, today - dt.timedelta(days=SUMMARY_DAYS), today)
        if summaries is None or chosen is None:
            return
        start, end = chosen
        options = self._ask_options(translate("PrintActions", "Export"), summary=True)
        if options is None:
            return
        name = f"summary-{start.isoformat()}-to-{end.isoformat()}.pdf"
        title = translate("PrintActions", "Export a summary for your therapist")
        target = self._save_path(title, name, translate("PrintActions", "PDF (*.pdf)"))
        if target is None:
            return

        def work() -> str:
            written = summary_pdf(summaries, start, end, options, target)
            pages = written.pages
            if pages == 1:
                saved = translate(
                    "PrintActions", "Saved the summary ({count} page) to {path}. Private notes are never in it."
                )
            else:
                saved = translate(
                    "PrintActions", "Saved the summary ({count} pages) to {path}. Private notes are never in it."
                )
            return saved.format(count=pages, path=written.target)

        self._run(translate("PrintActions", "Export a summary"), work)

    def _on_export_calendar_action_triggered(self) -> None:
        from repairplanner.exports import week_ics

        calendar = self._calendar
        if calendar is None:
            return
        start = self._current_week()
        reminder = int(self._settings.value("calendar/remind_minutes", 0, type=int))  # type: ignore[call-overload]
        saved = CalendarOptions(
            neutral=self.saved_options().discreet_title,
            remind_minutes=reminder if reminder in REMINDER_CHOICES else 0,  # a hand-edited value: no reminder
        )
        options = self._dialogs.calendar_options(self._window, saved)
        if options is None:
            return
        self._settings.setValue("calendar/remind_minutes", options.remind_minutes)
        target = self._save_path(
            translate("PrintActions", "Export the week to a calendar"),
            week_file_name(start, "ics"),
            translate("PrintActions", "Calendar (*.ics)"),
        )
        if target is None:
            return

        def work() -> str:
            written = week_ics(calendar, start, target, neutral=options.neutral, remind_minutes=options.remind_minutes)
            events = written.items
            if events == 1:
                saved = translate(
                    "PrintActions",
                    "Saved {count} event to {path}. Importing it again later updates them instead of adding copies.",
                )
            else:
                saved = translate(
                    "PrintActions",
                    "Saved {count} events to {path}. Importing it again later updates them instead of adding copies.",
                )
            return saved.format(count=events, path=written.target)

        self._run(translate("PrintActions", "Export to a calendar"), work)
