"""Exercise cards: the pages after the week, each exercise of the week on a card, two side by side, then the body-map
outlines when a card asks for them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QTextCursor, QTextFormat, QTextListFormat, QTextTable

from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.printable_week import PrintableCard
from repairplanner.printing.body_maps import add_body_map_page
from repairplanner.printing.page import GRID, SOFT, Border, PrintDocument

# The cards' headings, context "Cards": marked here, translated where a card is written.
CARDS_HEADING = QT_TRANSLATE_NOOP("Cards", "The exercises of this week")
AGREEMENT_HEADING = QT_TRANSLATE_NOOP("Cards", "What each of you agrees to")
STEPS_HEADING = QT_TRANSLATE_NOOP("Cards", "Steps")
EASE_OUT_HEADING = QT_TRANSLATE_NOOP("Cards", "Easing out or stopping")
HELP_LINES_HEADING = QT_TRANSLATE_NOOP("Cards", "Our help lines")
SAFETY_HEADING = QT_TRANSLATE_NOOP("Cards", "Safety notes")
CARD_FONT = 9.0
_CARD_BORDER = Border(0.75, GRID)
_GUTTER = 7.0


def add_exercise_cards(
    document: PrintDocument,
    cards: Sequence[PrintableCard],
    *,
    stop_signal: str,
    slow_down_signal: str = "",
    heading: str = "",
    help_lines: str = "",
) -> None:
    """Append `cards` on new pages of `document`, two to a row, keeping each row of cards on one page if it can.

    The couple's own `help_lines` (their therapist, local crisis lines) close every card when they wrote any.
    """
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()  # one layout at the end rather than one per edit
    first = document.block(bottom=6)
    first.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(first, document.char(CARD_FONT + 4, bold=True))
    cursor.insertText(heading or translate("Cards", CARDS_HEADING))
    signals = signals_line(stop_signal, slow_down_signal)
    rows = []
    for start in range(0, len(cards), 2):
        pair = cards[start : start + 2]
        table = cursor.insertTable(1, 2, document.table((1, 1), top=0 if start == 0 else 8))
        for column, card in enumerate(pair):
            cell = table.cellAt(0, column)
            gutter = (0.0, _GUTTER / 2, 0.0, 0.0) if column == 0 else (0.0, 0.0, 0.0, _GUTTER / 2)
            cell.setFormat(document.cell(padding=gutter))
            after = _card(document, cell.firstCursorPosition(), card, signals, help_lines)
            document.spacer(after, 0.1)
        rows.append(table)
        cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.endEditBlock()
    _keep_rows_whole(document, rows)
    if any(card.outlines for card in cards):
        add_body_map_page(document)


def signals_line(stop_signal: str, slow_down_signal: str = "") -> str:
    """The line closing every card: the stop signal, and the slow-down signal when the couple chose one."""
    if not slow_down_signal:
        text = translate("Cards", "Stop signal: “{stop}”. Either of you can stop at any time, without a reason.")
        return text.format(stop=stop_signal)
    text = translate(
        "Cards",
        "Stop signal: “{stop}”. Slow-down signal: “{slow}”. "
        "Either of you can slow down or stop at any time, without a reason.",
    )
    return text.format(stop=stop_signal, slow=slow_down_signal)


def _card(
    document: PrintDocument, cursor: QTextCursor, card: PrintableCard, signals: str, help_lines: str
) -> QTextCursor:
    box = cursor.insertTable(1, 1, document.table([1]))
    side = _CARD_BORDER
    box.cellAt(0, 0).setFormat(document.cell(padding=(8, 10, 9, 10), top=side, right=side, bottom=side, left=side))
    inside = box.cellAt(0, 0).firstCursorPosition()
    inside.insertText(card.title, document.char(CARD_FONT + 3, bold=True))
    inside.insertBlock(document.block(top=2), document.char(CARD_FONT - 0.5, color=SOFT))
    facts = translate("Cards", "{track} · level {level} · about {minutes} minutes")
    inside.insertText(facts.format(track=card.track.label, level=card.level, minutes=card.minutes))
    _section(document, inside, AGREEMENT_HEADING)
    inside.insertBlock(document.block(top=2), document.char(CARD_FONT))
    inside.insertText(card.agreement)
    _section(document, inside, STEPS_HEADING)
    steps = QTextListFormat()
    steps.setStyle(QTextListFormat.Style.ListDecimal)
    steps.setIndent(1)
    numbered = None
    for step in card.steps:
        inside.insertBlock(document.block(top=2), document.char(CARD_FONT))
        if numbered is None:
            numbered = inside.createList(steps)
        else:
            numbered.add(inside.block())
        inside.insertText(step)
    _section(document, inside, EASE_OUT_HEADING)
    inside.insertBlock(document.block(top=2), document.char(CARD_FONT))
    inside.insertText(card.ease_out)
    if card.safety:
        _section(document, inside, SAFETY_HEADING)
        inside.insertBlock(document.block(top=2), document.char(CARD_FONT))
        inside.insertText(card.safety)
    inside.insertBlock(document.block(top=5), document.char(CARD_FONT - 0.5, italic=True, color=SOFT))
    inside.insertText(signals)
    lines = [line.strip() for line in help_lines.splitlines() if line.strip()]
    if lines:
        inside.insertBlock(document.block(top=4), document.char(CARD_FONT - 0.5, bold=True, color=SOFT))
        inside.insertText(translate("Cards", HELP_LINES_HEADING))
        for line in lines:
            inside.insertBlock(document.block(top=1), document.char(CARD_FONT - 0.5, color=SOFT))
            inside.insertText(line)
    after = box.lastCursorPosition()
    after.movePosition(QTextCursor.MoveOperation.NextBlock)
    return after


def _section(document: PrintDocument, cursor: QTextCursor, heading: str) -> None:
    """A heading inside a card: `heading` is one of this module's marked headings."""
    cursor.insertBlock(document.block(top=7), document.char(CARD_FONT, bold=True))
    cursor.insertText(translate("Cards", heading))


def _keep_rows_whole(document: PrintDocument, rows: Sequence[QTextTable]) -> None:
    """Start a row of cards on a new page when it would otherwise be cut by a page end and fits on one page."""
    layout = document.documentLayout()
    page = document.page_height()
    for table in rows:
        rect = layout.frameBoundingRect(table)
        if int(rect.top() // page) != int((rect.bottom() - 1) // page) and rect.height() <= page:
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
