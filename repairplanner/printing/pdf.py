"""PDF files and the page setup shared with printing, always under a neutral title.

PDFs are written with `QPdfWriter`, which never talks to the print system: creating a `QPrinter` opens
connections to CUPS (port 631, and a DNS lookup when a print server is configured), so a `QPrinter` is made
only for the real Print command and its preview (`ui/shared/dialogs.py`). Every file an export writes is whole or
absent: a temporary file beside the target, flushed to disk, checked, and only then renamed over it.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from repairplanner.core.errors import UserFacingError
from repairplanner.printing.options import Paper

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

#: The document name print queues and PDF readers show, unless the couple chooses otherwise.
NEUTRAL_TITLE = "Weekly plan"
NEUTRAL_SUMMARY_TITLE = "Summary"
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}
MARGIN_MM = 10.0
#: The resolution PDFs are drawn at (QPrinter's HighResolution for PDF output).
PDF_DPI = 1200
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


class ExportError(UserFacingError):
    """A file could not be written; the message says where and why, in one line."""


def page_layout(paper: Paper, *, landscape: bool) -> QPageLayout:
    """The page: paper size, orientation and margins, the same for preview, paper and PDF."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(PAGE_SIZES[paper]), orientation, margins, QPageLayout.Unit.Millimeter)


def configure_printer(printer: QPrinter, *, title: str, paper: Paper, landscape: bool) -> None:
    """Set the page and the neutral document name on a real printer (paper or preview)."""
    printer.setPageLayout(page_layout(paper, landscape=landscape))
    printer.setDocName(title)
    printer.setCreator("RepairPlanner")
    printer.setFullPage(False)


def check_target(path: Path) -> Path:
    """The absolute target, once its folder exists and it is not a folder; ExportError otherwise."""
    target = path.expanduser().absolute()
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    return target


def write_pdf(document: QTextDocument, path: Path, *, title: str, paper: Paper, landscape: bool = True) -> None:
    """Write `document` to `path` as a PDF, whole or not at all, without touching the print system."""
    target = check_target(path)

    def render(partial: Path) -> None:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(paper, landscape=landscape))
        writer.setTitle(title)
        writer.setCreator("RepairPlanner")
        document.print_(writer)
        del writer  # closes the file

    _write_checked(target, render, check_pdf)


def write_file_atomically(target: Path, content: bytes, check: Callable[[bytes], None] | None = None) -> None:
    """Write `content` beside `target`, flush it to disk, check it, then rename it: whole or absent."""

    def write(partial: Path) -> None:
        with partial.open("xb") as file:
            file.write(content)

    _write_checked(check_target(target), write, check)


def check_pdf(content: bytes) -> None:
    """A minimal structural check: the header, a cross-reference table where `startxref` says, the trailer."""
    found = _STARTXREF.search(content[-64:])
    if not content.startswith(b"%PDF-") or found is None:
        raise ValueError("the PDF is incomplete")
    offset = int(found.group(1))
    if not content[offset : offset + 4] == b"xref" or b"trailer" not in content[offset:]:
        raise ValueError("the PDF's cross-reference table is missing")


def _write_checked(target: Path, write: Callable[[Path], None], check: Callable[[bytes], None] | None) -> None:
    partial = target.parent / f".{target.name[:200]}.{os.getpid()}.partial"
    try:
        _refuse_long_name(target)
        write(partial)
        with partial.open("rb+") as file:
            content = file.read()
            os.fsync(file.fileno())
        if not content:
            raise OSError(errno.ENOSPC, "the folder is not writable or the disk is full")
        if check is not None:
            try:
                check(content)
            except ValueError as error:
                raise ExportError(f"cannot write {target}: {error}; the disk may be full") from None
        os.replace(partial, target)
        _sync_folder(target.parent)
    except OSError as error:
        raise ExportError(f"cannot write {target}: {_reason(error)}") from None
    finally:
        partial.unlink(missing_ok=True)


def _refuse_long_name(target: Path) -> None:
    """Names longer than the file system allows are refused before anything is written."""
    try:
        limit = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        limit = 255
    if len(os.fsencode(target.name)) > limit:
        raise OSError(errno.ENAMETOOLONG, "the file name is too long")


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return error.strerror or str(error)


def locale_paper() -> Paper:
    """A4 or Letter, as usual where the locale says the person is."""
    from PySide6.QtCore import QLocale

    from repairplanner.printing.options import paper_for_country

    return paper_for_country(QLocale.territoryToCode(QLocale().territory()))
