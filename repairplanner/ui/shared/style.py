"""The look, in one place: a type scale, a spacing grid, a few roles, the page icons and the stylesheet.

Everything is derived from the system palette and the system font, so light and dark themes and every screen
scale work without a second set of values. Colour never carries meaning alone: a consent is a ☑, a light is a
word as well as a colour.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QBoxLayout, QLayout, QListWidget, QWidget

from repairplanner.paths import resources_dir
from repairplanner.ui.shared.palette import blend, muted_palette

#: The spacing grid: every margin and gap is a multiple of this many pixels (Qt scales pixels on high-DPI screens).
GRID = 4


def space(units: int) -> int:
    """`units` steps of the spacing grid, in pixels."""
    return GRID * units


class Role(enum.Enum):
    """What a piece of text or a frame is, which decides how it looks."""

    PAGE_TITLE = "page-title"  # one per page or dialog: the week's dates, a dialog's question
    SECTION = "section"  # a heading inside a page: a day, a track, a panel
    EMPHASIS = "emphasis"  # the one thing to read first in a block: a session's time and title
    BODY = "body"
    NOTE = "note"  # secondary text: hints, explanations, "not today"
    READING = "reading"  # text read from a little further away: the guided session's agreement and signals
    STEP = "step"  # the one step on screen in the guided session


#: The type scale: one size and weight per role, relative to the system font.
TYPE_SCALE: dict[Role, tuple[float, QFont.Weight]] = {
    Role.PAGE_TITLE: (1.45, QFont.Weight.DemiBold),
    Role.SECTION: (1.15, QFont.Weight.DemiBold),
    Role.EMPHASIS: (1.0, QFont.Weight.DemiBold),
    Role.BODY: (1.0, QFont.Weight.Normal),
    Role.NOTE: (0.92, QFont.Weight.Normal),
    Role.READING: (1.15, QFont.Weight.Normal),
    Role.STEP: (1.6, QFont.Weight.Normal),
}


def role_font(role: Role, base: QFont | None = None) -> QFont:
    """The font of `role`, built on `base` (the application's font by default)."""
    font = QFont(base if base is not None else QGuiApplication.font())
    scale, weight = TYPE_SCALE.get(role, (1.0, QFont.Weight.Normal))
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setWeight(weight)
    return font


W = TypeVar("W", bound=QWidget)


def set_role(widget: W, role: Role) -> W:
    """Give `widget` the look of `role` (its font here, its frame and colours from the stylesheet); returns it."""
    widget.setProperty("role", role.value)
    if role in TYPE_SCALE:
        widget.setFont(role_font(role))
    if role is Role.NOTE:
        widget.setPalette(note_palette(QApplication.palette()))
    return widget


def set_page_margins(layout: QLayout) -> None:
    """The margins and gaps of a page or dialog's outer layout."""
    layout.setContentsMargins(space(3), space(3), space(3), space(3))
    layout.setSpacing(space(2))


def fit_side_by_side(owner: QWidget, layout: QBoxLayout, parts: list[QSize], width: int) -> None:
    """Lay `parts` (their minimum sizes) side by side when they fit `width`, else one above the other; the owner
    never asks for more width than its widest part, so a small screen stacks instead of scrolling sideways."""
    margins = layout.contentsMargins()
    owner.setMinimumWidth(max(part.width() for part in parts) + margins.left() + margins.right())
    side_by_side = width >= sum(part.width() for part in parts) + layout.spacing() * (len(parts) - 1)
    wanted = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
    if layout.direction() != wanted:
        layout.setDirection(wanted)


def page_list_sheet(palette: QPalette) -> str:
    """The page list's look for this palette: roomy rows and a rounded highlight. Only the page list gets a style
    sheet (an application-wide one would route every widget through Qt's slower style-sheet style)."""
    selected = palette.color(QPalette.ColorRole.Highlight).name()
    selected_text = palette.color(QPalette.ColorRole.HighlightedText).name()
    return f"""
QListWidget#pageList {{ border: none; background: transparent; outline: none; }}
QListWidget#pageList::item {{ padding: {space(2)}px {space(2)}px; margin: 1px 0; border-radius: {space(1) + 2}px; }}
QListWidget#pageList::item:selected {{ background: {selected}; color: {selected_text}; }}
"""


def note_palette(palette: QPalette) -> QPalette:
    """Secondary text: quieter than the body text, still readable on the window, light or dark."""
    return muted_palette(palette, QPalette.ColorRole.Window)


def consent_palette(palette: QPalette) -> QPalette:
    """A consent box's palette on a card: styles draw the box's outline from the window colour, which on a card's
    base all but vanishes in dark palettes; a window colour near the text gives a clear outline in both."""
    boxes = QPalette(palette)
    boxes.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Text))
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    boxes.setColor(QPalette.ColorRole.Window, blend(base, text, 0.85))
    return boxes


def restyle(root: QWidget) -> None:
    """Derive the palette-based looks under `root` again from the application's palette (after light ↔ dark)."""
    palette = QApplication.palette()
    for widget in (root, *root.findChildren(QWidget)):
        if widget.property("role") == Role.NOTE.value:
            widget.setPalette(note_palette(palette))
    _style_page_lists(root, palette)


def _style_page_lists(root: QWidget, palette: QPalette) -> None:
    for pages in root.findChildren(QListWidget, "pageList"):
        pages.setStyleSheet(page_list_sheet(palette))
        for row in range(pages.count()):
            item = pages.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(name, str):
                item.setIcon(page_icon(name, palette))  # drawn in the new text colour


def page_icon(name: str, palette: QPalette) -> QIcon:
    """The page list's icon `name`, drawn in the palette's text colour (the highlight's when selected, the disabled
    text's while its page is not ready)."""
    colours = {
        QIcon.Mode.Normal: palette.color(QPalette.ColorRole.WindowText),
        QIcon.Mode.Active: palette.color(QPalette.ColorRole.WindowText),
        QIcon.Mode.Selected: palette.color(QPalette.ColorRole.HighlightedText),
        QIcon.Mode.Disabled: palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    }
    return QIcon(_TintedSvg(resources_dir() / "icons" / "pages" / f"{name}.svg", colours))


class _TintedSvg(QIconEngine):
    """An SVG drawn in one colour per mode, rendered only at the sizes and scales actually painted (start-up time:
    drawing every mode at every scale ahead cost more than the rest of the page list)."""

    def __init__(self, source: Path, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._source = source
        self._colours = colours
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, int, QIcon.Mode, float], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._source, self._colours)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        key = (size.width(), size.height(), mode, scale)
        if key not in self._drawn:
            if self._renderer is None:
                self._renderer = QSvgRenderer(str(self._source))
            pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._renderer.render(painter, QRectF(pixmap.rect()))
            # The drawing, in the colour: a path is filled, not a rectangle (QPainter.fillRect's first call costs
            # milliseconds of overload resolution at start-up).
            whole = QPainterPath()
            whole.addRect(QRectF(pixmap.rect()))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.fillPath(whole, self._colours.get(mode, self._colours[QIcon.Mode.Normal]))
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._drawn[key] = pixmap
        return self._drawn[key]


_FOLLOWING = "repairplannerFollowsPalette"


class _Restyler(QObject):
    """Restyles a window when the system switches between light and dark (watching the window alone is cheap)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            restyle(watched)
        return False


def follow_palette(window: QWidget) -> None:
    """Style `window` now and again whenever the application's palette changes (notes took their palette from
    `set_role` already, so the first time only the page list needs its look)."""
    _style_page_lists(window, QApplication.palette())
    if not window.property(_FOLLOWING):  # a property, not findChild: that wraps every child in Python (start-up)
        window.setProperty(_FOLLOWING, True)
        window.installEventFilter(_Restyler(window))
