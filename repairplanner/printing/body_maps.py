"""The body-map page of the exercise cards: plain front and back outlines of a person to colour in, drawn as lines.

The outlines are vector paths drawn with QPainter (crisp at any size, clear on a black-and-white printer) by a
text-object handler on the document's layout, so the preview, the printer and the PDF draw the same lines. The
handler is a QPyTextObject: Qt does not recognise a plain Python QObject + QTextObjectInterface subclass, and
registerHandler would silently ignore it. Simple rounded shapes only: a head, neck, torso, arms and legs, with no
face and no anatomical detail.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTransform,
)

from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.library import NEVER_LIST, never_list
from repairplanner.printing.page import INK, SOFT, PrintDocument

# The page's words, context "BodyMaps": marked here, translated where the page is written.
BODY_MAPS_HEADING = QT_TRANSLATE_NOOP("BodyMaps", "Body maps: front and back")
FRONT_CAPTION = QT_TRANSLATE_NOOP("BodyMaps", "Front")
BACK_CAPTION = QT_TRANSLATE_NOOP("BodyMaps", "Back")
_INSTRUCTION = QT_TRANSLATE_NOOP(
    "BodyMaps",
    "Each of you colours your own copy of this page, on your own: green where touch is welcome, yellow where to "
    "ask first, red for “not now”, and leave the rest blank; anything left blank is not part of your map. "
    "{never_list} The mouth is never part of a map. "
    "A map is never a promise: you can redraw yours, or make it smaller, whenever you like.",
)
#: The instruction in English, the never-list in it.
BODY_MAPS_INSTRUCTION = _INSTRUCTION.format(never_list=NEVER_LIST)
WHOSE_MAP = QT_TRANSLATE_NOOP("BodyMaps", "Whose map: ______________________")


def body_maps_instruction() -> str:
    """The instruction in the interface language, with the never-list word for word."""
    return translate("BodyMaps", _INSTRUCTION).format(never_list=never_list())


#: The object type the outlines are drawn under (Qt leaves the range from UserObject to the program).
OUTLINE_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
#: The character format property holding an outline's height in points.
_HEIGHT_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
#: The outline's own units: a figure this wide and tall, drawn to fit the height it is given.
FIGURE_WIDTH = 120.0
FIGURE_HEIGHT = 256.0
LINE_WIDTH_PT = 1.3
#: What the heading, the instruction, the captions and the name line take, in points; the figures get the rest.
_TEXT_RESERVE_PT = 130.0
_BODY_FONT = 10.0
_OBJECT_REPLACEMENT = "\ufffc"


def figure_outline() -> QPainterPath:
    """One person's outline, arms a little away from the body, in FIGURE_WIDTH x FIGURE_HEIGHT units.

    The front and the back share it: the caption says which side a map is of, and no detail is drawn.
    """
    shapes = [
        _ellipse(60, 22, 14.5, 17.5),  # head
        _rounded(QRectF(52.5, 32, 15, 20), 5),  # neck
        _torso(),
        _capsule(QPointF(40, 60), QPointF(23, 140), 13),  # arms
        _capsule(QPointF(80, 60), QPointF(97, 140), 13),
        _ellipse(21.5, 149, 7, 10),  # hands
        _ellipse(98.5, 149, 7, 10),
        _capsule(QPointF(49, 126), QPointF(47.5, 238), 19),  # legs
        _capsule(QPointF(71, 126), QPointF(72.5, 238), 19),
        _ellipse(45, 246, 10, 6),  # feet
        _ellipse(75, 246, 10, 6),
    ]
    outline = QPainterPath()
    for shape in shapes:
        outline = outline.united(shape)
    return outline.simplified()


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def _capsule(start: QPointF, end: QPointF, width: float) -> QPainterPath:
    """A limb: a rounded bar `width` wide from `start` to `end`."""
    line = QLineF(start, end)
    bar = _rounded(QRectF(-width / 2, -width / 2, line.length() + width, width), width / 2)
    turn = QTransform()
    turn.translate(start.x(), start.y())
    turn.rotate(-line.angle())
    return turn.map(bar)


def _torso() -> QPainterPath:
    """Rounded shoulders and sides that narrow gently down to the hips, as one shape."""
    path = QPainterPath(QPointF(60, 45))
    path.cubicTo(76, 45, 86, 47, 87, 62)  # right shoulder
    path.cubicTo(87, 90, 83, 110, 83, 132)  # the right side, down to the hip
    path.cubicTo(83, 142, 72, 144, 60, 144)
    path.cubicTo(48, 144, 37, 142, 37, 132)
    path.cubicTo(37, 110, 33, 90, 33, 62)  # the left side, up to the shoulder
    path.cubicTo(34, 47, 44, 45, 60, 45)
    path.closeSubpath()
    return path


class OutlineHandler(QPyTextObject):
    """Draws an outline object: its size from the format, its lines scaled to the rectangle the layout gives it."""

    def __init__(self, document: PrintDocument) -> None:
        super().__init__(document)
        self._document = document
        self._outline = figure_outline()

    def intrinsicSize(self, doc: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        height = self._document.device(float(fmt.property(_HEIGHT_PROPERTY)))
        return QSizeF(height * FIGURE_WIDTH / FIGURE_HEIGHT, height)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        fmt: QTextFormat,
    ) -> None:
        box = QRectF(rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = box.height() / FIGURE_HEIGHT
        painter.translate(box.topLeft())
        painter.scale(scale, scale)
        pen = QPen(QColor(INK), self._document.device(LINE_WIDTH_PT) / scale)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._outline)
        painter.restore()


def add_body_map_page(document: PrintDocument) -> None:
    """Append the body-map page: a heading, how to colour a map (with the never-list), and both outlines."""
    handler = OutlineHandler(document)
    document.documentLayout().registerHandler(OUTLINE_OBJECT, handler)
    figure_height = document.page_height() / document.device(1.0) - _TEXT_RESERVE_PT
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.beginEditBlock()
    first = document.block(bottom=4)
    first.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(first, document.char(_BODY_FONT + 3, bold=True))
    cursor.insertText(translate("BodyMaps", BODY_MAPS_HEADING))
    cursor.insertBlock(document.block(top=2), document.char(_BODY_FONT))
    cursor.insertText(body_maps_instruction())
    cursor.insertBlock(document.block(top=8), document.char(_BODY_FONT, color=SOFT))
    cursor.insertText(translate("BodyMaps", WHOSE_MAP))
    table = cursor.insertTable(1, 2, document.table((1, 1), top=10))
    for column, caption in enumerate((FRONT_CAPTION, BACK_CAPTION)):
        inside = table.cellAt(0, column).firstCursorPosition()
        inside.setBlockFormat(document.block(align=Qt.AlignmentFlag.AlignHCenter))
        figure = QTextCharFormat()
        figure.setObjectType(OUTLINE_OBJECT)
        figure.setProperty(_HEIGHT_PROPERTY, figure_height)
        inside.insertText(_OBJECT_REPLACEMENT, figure)
        inside.insertBlock(
            document.block(align=Qt.AlignmentFlag.AlignHCenter, top=6), document.char(_BODY_FONT + 1, bold=True)
        )
        inside.insertText(translate("BodyMaps", caption))
    cursor.endEditBlock()
