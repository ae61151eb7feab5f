"""A reading of the Guide (or the sections of Safety and help) as a document: the same text on screen, on paper and
in a PDF. Everything is inserted as plain text, so nothing in a reading file is ever taken as markup."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextListFormat

from repairplanner.core.guide import Reading
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.print_options import Paper
from repairplanner.printing.page import PrintDocument

BODY_PT = 11.0
HELP_LINES_HEADING = QT_TRANSLATE_NOOP("ReadingPrint", "Our own help lines")
#: The document name a printed or exported reading carries: it says nothing about what the reading is about.
READING_DOC_TITLE = QT_TRANSLATE_NOOP("ReadingPrint", "A reading")


def reading_doc_title() -> str:
    """READING_DOC_TITLE in the interface language: the name to give a printed or exported reading."""
    return translate("ReadingPrint", READING_DOC_TITLE)


def reading_document(
    readings: Sequence[Reading], *, paper: Paper | None = None, help_lines: str = "", heading: str = ""
) -> QTextDocument:
    """The readings one after another; on screen when `paper` is None, else paginated portrait on `paper`.

    `help_lines` (the couple's own numbers) close the document under their own heading when given.
    """
    document: QTextDocument = PrintDocument(paper, landscape=False, font_size=BODY_PT) if paper else QTextDocument()
    scale: Callable[[float], float] = document.pt if isinstance(document, PrintDocument) else _screen_length
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    first = True

    def block(top: float) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(0 if first else scale(top))
        return fmt

    if heading:
        cursor.setBlockFormat(block(0))
        cursor.insertText(heading, _char(BODY_PT + 6, bold=True))
        first = False
    for reading in readings:
        cursor.insertBlock(block(18)) if not first else cursor.setBlockFormat(block(0))
        first = False
        cursor.insertText(reading.title, _char(BODY_PT + 4, bold=True))
        for paragraph in reading.paragraphs():
            _paragraph(cursor, paragraph, scale)
    if help_lines.strip():
        cursor.insertBlock(block(18)) if not first else cursor.setBlockFormat(block(0))
        cursor.insertText(translate("ReadingPrint", HELP_LINES_HEADING), _char(BODY_PT + 2, bold=True))
        for line in help_lines.strip().splitlines():
            fmt = QTextBlockFormat()
            fmt.setTopMargin(scale(3))
            cursor.insertBlock(fmt, _char(BODY_PT))
            cursor.insertText(line)
    cursor.endEditBlock()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, reading_doc_title())
    return document


def _paragraph(cursor: QTextCursor, paragraph: str, scale: Callable[[float], float]) -> None:
    """A paragraph: its plain lines joined, and lines starting with '- ' as a bulleted list."""
    text_lines: list[str] = []
    listed = None
    for line in [*paragraph.splitlines(), ""]:
        if line.startswith("- "):
            if text_lines:
                _text_block(cursor, " ".join(text_lines), scale(8))
                text_lines = []
            fmt = QTextBlockFormat()
            fmt.setTopMargin(scale(2))
            cursor.insertBlock(fmt, _char(BODY_PT))
            if listed is None:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                list_format.setIndent(1)
                listed = cursor.createList(list_format)
            else:
                listed.add(cursor.block())
            cursor.insertText(line[2:].strip())
        elif line.strip():
            text_lines.append(line.strip())
            listed = None
    if text_lines:
        _text_block(cursor, " ".join(text_lines), scale(8))


def _screen_length(points: float) -> float:
    return points * 1.3


def _text_block(cursor: QTextCursor, text: str, top: float) -> None:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    cursor.insertBlock(fmt, _char(BODY_PT))
    cursor.insertText(text)


def _char(size: float, *, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return fmt
