"""The one module that owns QPrinter: PDF files (written atomically) and print jobs, always with a neutral title."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from repairplanner.core.errors import UserFacingError
from repairplanner.core.print_options import Paper

#: The document name print queues and PDF readers show, unless the couple chooses otherwise.
NEUTRAL_TITLE = "Weekly plan"
NEUTRAL_SUMMARY_TITLE = "Summary"
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
MARGIN_MM = 10.0


class ExportError(UserFacingError):
    """A file could not be written; the message says where and why, in one line."""


def page_layout(paper: Paper, *, landscape: bool) -> QPageLayout:
    """The page: paper size, orientation and margins, the same for preview, paper and PDF."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(PAGE_SIZES[paper]), orientation, margins, QPageLayout.Unit.Millimeter)


def configure_printer(printer: QPrinter, *, title: str, paper: Paper, landscape: bool) -> None:
    """Set the page and the neutral document name on any printer (paper, preview or PDF)."""
    printer.setPageLayout(page_layout(paper, landscape=landscape))
    printer.setDocName(title)
    printer.setCreator(NEUTRAL_TITLE)  # the Creator field carries nothing telling, whatever the title
    printer.setFullPage(False)


def write_pdf(document: QTextDocument, path: Path, *, title: str, paper: Paper, landscape: bool = True) -> None:
    """Write `document` to `path` as a PDF: to a temporary file first, then renamed, so no partial file is left."""
    target = path.expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    partial = folder / f".{target.name}.{os.getpid()}.partial"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    configure_printer(printer, title=title, paper=paper, landscape=landscape)
    try:
        document.print_(printer)
        if not partial.exists() or partial.stat().st_size == 0:
            raise ExportError(f"cannot write {target}: the folder is not writable or the disk is full")
        os.replace(partial, target)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
    finally:
        partial.unlink(missing_ok=True)


def write_file_atomically(target: Path, content: bytes) -> None:
    """Write `content` to a temporary file beside `target`, then rename it: no partial file is ever left."""
    partial = target.parent / f".{target.name}.{os.getpid()}.partial"
    try:
        with partial.open("xb") as file:
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, target)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
    finally:
        partial.unlink(missing_ok=True)


def locale_paper() -> Paper:
    """A4 or Letter, as usual where the locale says the person is."""
    from PySide6.QtCore import QLocale

    from repairplanner.core.print_options import paper_for_country

    return paper_for_country(QLocale.territoryToCode(QLocale().territory()))
