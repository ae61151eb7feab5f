"""PDF files and the page setup shared with printing, always under a neutral title.

PDFs are written with `QPdfWriter`, which never talks to the print system: creating a `QPrinter` opens
connections to CUPS (port 631, and a DNS lookup when a print server is configured), so a `QPrinter` is made
only for the real Print command and its preview (`ui/shared/dialogs.py`). Every file an export writes is whole or
absent: a temporary file beside the target, flushed to disk, checked, and only then renamed over it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from repairplanner.core.files import ExportError, check_target, write_bytes_atomically, write_checked
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.print_options import Paper

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

__all__ = ["ExportError", "check_pdf", "write_file_atomically", "write_pdf"]

#: The document name print queues and PDF readers show, unless the couple chooses otherwise.
NEUTRAL_TITLE = QT_TRANSLATE_NOOP("Printing", "Weekly plan")
NEUTRAL_SUMMARY_TITLE = QT_TRANSLATE_NOOP("Printing", "Summary")
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
MARGIN_MM = 10.0
#: The resolution PDFs are drawn at (QPrinter's HighResolution for PDF output).
PDF_DPI = 1200
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def neutral_title() -> str:
    """The neutral name of a printed week, in the interface language."""
    return translate("Printing", NEUTRAL_TITLE)


def neutral_summary_title() -> str:
    """The neutral name of a printed summary, in the interface language."""
    return translate("Printing", NEUTRAL_SUMMARY_TITLE)


def page_layout(paper: Paper, *, landscape: bool) -> QPageLayout:
    """The page: paper size, orientation and margins, the same for preview, paper and PDF."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(PAGE_SIZES[paper]), orientation, margins, QPageLayout.Unit.Millimeter)


def configure_printer(printer: QPrinter, *, title: str, paper: Paper, landscape: bool) -> None:
    """Set the page and the neutral document name on a real printer (paper or preview)."""
    printer.setPageLayout(page_layout(paper, landscape=landscape))
    printer.setDocName(title)
    printer.setCreator(neutral_title())  # the Creator field carries nothing telling, whatever the title
    printer.setFullPage(False)


def write_pdf(document: QTextDocument, path: Path, *, title: str, paper: Paper, landscape: bool = True) -> None:
    """Write `document` to `path` as a PDF, whole or not at all, without touching the print system."""
    target = check_target(path)

    def render(partial: Path) -> None:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(paper, landscape=landscape))
        writer.setTitle(title)
        writer.setCreator(neutral_title())  # the Creator field carries nothing telling, whatever the title
        document.print_(writer)
        del writer  # closes the file

    write_checked(target, render, check_pdf)


def write_file_atomically(target: Path, content: bytes, check: Callable[[bytes], None] | None = None) -> None:
    """Write `content` beside `target`, flush it to disk, check it, then rename it: whole or absent."""
    write_bytes_atomically(target, content, check)


def check_pdf(content: bytes) -> None:
    """A minimal structural check: the header, a cross-reference table where `startxref` says, the trailer."""
    found = _STARTXREF.search(content[-64:])
    if not content.startswith(b"%PDF-") or found is None:
        raise ValueError(translate("Printing", "the PDF is incomplete"))
    offset = int(found.group(1))
    if not content[offset : offset + 4] == b"xref" or b"trailer" not in content[offset:]:
        raise ValueError(translate("Printing", "the PDF's cross-reference table is missing"))


def locale_paper() -> Paper:
    """A4 or Letter, as usual where the locale says the person is."""
    from PySide6.QtCore import QLocale

    from repairplanner.core.print_options import paper_for_country

    return paper_for_country(QLocale.territoryToCode(QLocale().territory()))
