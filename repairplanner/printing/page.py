"""A text document laid out for one paper size at true scale, and the text formats printed documents share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from repairplanner.core.print_options import Paper
from repairplanner.printing.pdf import page_layout

#: Layout resolution, whatever the screen: fine enough that text measured here prints exactly as measured.
LAYOUT_DPI = 720
#: DejaVu Sans has every mark we print (☐ ☑ – “ ”); the others stand in where it is missing.
FONT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "Sans Serif")
INK = "#000000"
SOFT = "#3d3d3d"
GRID = "#5c5c5c"
RULE = "#a6a6a6"
SHADE = "#ececec"
_SOLID = QTextFrameFormat.BorderStyle.BorderStyle_Solid
_NONE = QTextFrameFormat.BorderStyle.BorderStyle_None


def format_dpi() -> float:
    """The resolution Qt assumes for lengths in text formats (its default DPI), which it scales to the layout's."""
    app = QCoreApplication.instance()
    if app is not None and app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    screen = QGuiApplication.primaryScreen() if isinstance(app, QGuiApplication) else None
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 100.0


@dataclass(frozen=True, slots=True)
class Border:
    """One side of a table cell's border: width in points and colour; a width of 0 draws nothing."""

    width: float = 0.0
    color: str = GRID


class PrintDocument(QTextDocument):
    """A document paginated on the printable area of `paper`, so that a point in it is a point on paper."""

    def __init__(self, paper: Paper, *, landscape: bool, font_size: float = 10.0) -> None:
        super().__init__()
        self.paper = paper
        self.landscape = landscape
        self._format_unit = format_dpi() / 72.0
        # Fonts are measured on this device; Qt scales every other length from format_dpi() to its resolution.
        self._device = QImage(1, 1, QImage.Format.Format_Mono)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self._device.setDotsPerMeterX(dots_per_metre)
        self._device.setDotsPerMeterY(dots_per_metre)
        self.documentLayout().setPaintDevice(self._device)
        area = page_layout(paper, landscape=landscape).paintRect(QPageLayout.Unit.Point)
        self.setPageSize(QSizeF(self.device(area.width()), self.device(area.height())))
        self.setDocumentMargin(0)
        self.setUseDesignMetrics(True)
        font = QFont()
        font.setFamilies(list(FONT_FAMILIES))
        font.setPointSizeF(font_size)
        self.setDefaultFont(font)

    @staticmethod
    def device(points: float) -> float:
        """`points` in layout units (page size, measured positions)."""
        return points * LAYOUT_DPI / 72.0

    def pt(self, points: float) -> float:
        """`points` as a length in a text format (margins, padding, borders, line heights)."""
        return points * self._format_unit

    def page_height(self) -> float:
        """The printable height of a page, in layout units."""
        return self.pageSize().height()

    def used_height(self) -> float:
        """How far down the last page the content reaches, in layout units."""
        bottom = self.documentLayout().blockBoundingRect(self.lastBlock()).bottom()
        return bottom - (self.pageCount() - 1) * self.page_height()

    def char(self, size: float, *, bold: bool = False, italic: bool = False, color: str = INK) -> QTextCharFormat:
        """A character format in points."""
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        fmt.setForeground(QBrush(QColor(color)))
        return fmt

    def block(
        self,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        top: float = 0.0,
        bottom: float = 0.0,
        line_height: float | None = None,
    ) -> QTextBlockFormat:
        """A paragraph format: alignment, space above and below, and an optional fixed line height (points)."""
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        fmt.setTopMargin(self.pt(top))
        fmt.setBottomMargin(self.pt(bottom))
        if line_height is not None:
            fmt.setLineHeight(self.pt(line_height), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        return fmt

    def table(
        self,
        columns: Sequence[float],
        *,
        border: Border = Border(),
        padding: float = 0.0,
        top: float = 0.0,
        bottom: float = 0.0,
    ) -> QTextTableFormat:
        """A full-width table with columns sized by the given shares, collapsed borders and no spacing."""
        fmt = QTextTableFormat()
        total = sum(columns)
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100.0 * share / total) for share in columns]
        )
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100.0))
        fmt.setBorderCollapse(True)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(self.pt(padding))
        fmt.setBorder(self.pt(border.width))
        fmt.setBorderBrush(QBrush(QColor(border.color)))
        fmt.setBorderStyle(_SOLID if border.width else _NONE)
        fmt.setMargin(0)
        fmt.setTopMargin(self.pt(top))
        fmt.setBottomMargin(self.pt(bottom))
        return fmt

    def spacer(self, cursor: QTextCursor, height: float) -> None:
        """Make the cursor's (empty) paragraph a gap of `height` points, like the one Qt keeps after a nested table."""
        cursor.setBlockFormat(self.block(line_height=height))
        cursor.setBlockCharFormat(self.char(1.0))

    def cell(
        self,
        *,
        padding: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0),
        top: Border = Border(),
        right: Border = Border(),
        bottom: Border = Border(),
        left: Border = Border(),
        background: str | None = None,
    ) -> QTextTableCellFormat:
        """A cell format: padding (top, right, bottom, left) and each side's border, in points."""
        fmt = QTextTableCellFormat()
        fmt.setTopPadding(self.pt(padding[0]))
        fmt.setRightPadding(self.pt(padding[1]))
        fmt.setBottomPadding(self.pt(padding[2]))
        fmt.setLeftPadding(self.pt(padding[3]))
        sides = (
            (top, fmt.setTopBorder, fmt.setTopBorderBrush, fmt.setTopBorderStyle),
            (right, fmt.setRightBorder, fmt.setRightBorderBrush, fmt.setRightBorderStyle),
            (bottom, fmt.setBottomBorder, fmt.setBottomBorderBrush, fmt.setBottomBorderStyle),
            (left, fmt.setLeftBorder, fmt.setLeftBorderBrush, fmt.setLeftBorderStyle),
        )
        for border, set_width, set_brush, set_style in sides:
            set_width(self.pt(border.width))
            set_brush(QBrush(QColor(border.color)))
            set_style(_SOLID if border.width else _NONE)
        if background is not None:
            fmt.setBackground(QBrush(QColor(background)))
        return fmt
