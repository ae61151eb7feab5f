"""The three exports, shared by the window's File menu and the command line: one code path for each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from repairplanner.core.print_options import PrintOptions
from repairplanner.printing.pdf import write_file_atomically, write_pdf

if TYPE_CHECKING:
    from repairplanner.services.calendar import CalendarService
    from repairplanner.services.print_data import PrintService
    from repairplanner.services.summary_data import SummaryService


@dataclass(frozen=True, slots=True)
class Written:
    """What an export wrote, for a one-line confirmation."""

    target: Path
    pages: int = 0
    items: int = 0


def title_of(document: QTextDocument) -> str:
    """The neutral (or chosen) title a document carries for print queues and PDF readers."""
    return document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)


def week_document(printing: PrintService, start: dt.date, options: PrintOptions) -> tuple[QTextDocument, int]:
    """The printed week (preview, paper and PDF all use it) and how many sessions it holds."""
    from repairplanner.printing.week_document import build_week_document

    week = printing.week(start, options)
    return build_week_document(week, options), len(week.sessions)


def week_pdf(printing: PrintService, start: dt.date, options: PrintOptions, target: Path) -> Written:
    """Write the week's printout as a PDF."""
    document, sessions = week_document(printing, start, options)
    write_pdf(document, target, title=title_of(document), paper=options.paper, landscape=True)
    return Written(target, document.pageCount(), sessions)


def summary_pdf(
    summaries: SummaryService, start: dt.date, end: dt.date, options: PrintOptions, target: Path
) -> Written:
    """Write the therapist summary for `start`–`end` as a PDF (never with private notes)."""
    from repairplanner.printing.summary_document import build_summary_document

    data = summaries.gather(start, end, options)
    document = build_summary_document(data, options)
    write_pdf(document, target, title=title_of(document), paper=options.paper, landscape=False)
    return Written(target, document.pageCount(), len(data.weeks))


def week_ics(
    calendar: CalendarService, start: dt.date, target: Path, *, neutral: bool = True, remind_minutes: int = 0
) -> Written:
    """Write the week's sessions as calendar events with stable ids (re-importing updates them), with an optional
    reminder before each timed one."""
    content = calendar.week_ics(start, neutral=neutral, remind_minutes=remind_minutes)
    write_file_atomically(target, content, check_ics)
    return Written(target, items=content.count(b"BEGIN:VEVENT"))


def check_ics(content: bytes) -> None:
    """The calendar file parses as one VCALENDAR; ValueError otherwise."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(content)
    except Exception as error:  # icalendar raises several kinds for malformed input
        raise ValueError("the calendar file did not come out whole") from error
    if calendar.name != "VCALENDAR":
        raise ValueError("the calendar file did not come out whole")
