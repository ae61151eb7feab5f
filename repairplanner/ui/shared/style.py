"""The look, in one place: a type scale, a spacing grid, a few roles, the page icons and the stylesheet.

Everything is derived from the system palette and the system font, so light and dark themes and every screen
scale work without a second set of values. Colour never carries meaning alone: a consent is a ☑, a light is a
word as well as a colour.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QBoxLayout, QLayout, QWidget

from repairplanner.paths import resources_dir
from repairplanner.ui.shared.palette import blend

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
    CARD = "card"  # a framed block: a session, a panel
    BANNER = "banner"  # a calm notice across a page: the plan is resting, a Guide reading offered


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


def stylesheet(palette: QPalette) -> str:
    """The application's stylesheet for this palette: only roles and named widgets, the rest stays native."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    line = blend(window, text, 0.18).name()
    card = blend(window, base, 0.6).name()
    banner = blend(window, palette.color(QPalette.ColorRole.Highlight), 0.12).name()
    note = blend(text, window, 0.32).name()
    selected = palette.color(QPalette.ColorRole.Highlight).name()
    selected_text = palette.color(QPalette.ColorRole.HighlightedText).name()
    field = palette.color(QPalette.ColorRole.Base).name()
    box_line = blend(text, palette.color(QPalette.ColorRole.Base), 0.35).name()
    tick = (resources_dir() / "icons" / "check.svg").as_posix()
    return f"""
QFrame[role="card"] {{ background: {card}; border: 1px solid {line}; border-radius: {space(2)}px; }}
QFrame[role="banner"] {{ background: {banner}; border: 1px solid {line}; border-radius: {space(2)}px; }}
QLabel[role="note"] {{ color: {note}; }}
QListWidget#pageList {{ border: none; background: transparent; outline: none; }}
QListWidget#pageList::item {{ padding: {space(2)}px {space(2)}px; margin: 1px 0; border-radius: {space(1) + 2}px; }}
QListWidget#pageList::item:selected {{ background: {selected}; color: {selected_text}; }}
QCheckBox[role="consent"]::indicator {{
    width: 15px; height: 15px; border: 2px solid {box_line}; border-radius: 4px; background: {field};
}}
QCheckBox[role="consent"]::indicator:checked {{ background: {selected}; border-color: {selected}; image: url({tick}); }}
QCheckBox[role="consent"]::indicator:disabled {{ border-style: dotted; }}
QCheckBox[role="consent"]::indicator:focus {{ border-color: {selected}; }}
"""


def page_icon(name: str, palette: QPalette, size: int = 20) -> QIcon:
    """The page list's icon `name`, drawn in the palette's text colour (and in the highlight's when selected)."""
    icon = QIcon()
    source = resources_dir() / "icons" / "pages" / f"{name}.svg"
    for mode, role in (
        (QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
        (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
    ):
        for scale in (1, 2):
            icon.addPixmap(_tinted(source, palette.color(role), size * scale, scale), mode)
    return icon


def _tinted(source: Path, colour: QColor, pixels: int, ratio: int) -> QPixmap:
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(str(source)).render(painter, QRectF(0, 0, pixels, pixels))
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), colour)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _Restyler(QObject):
    """Rebuilds the stylesheet when the system switches between light and dark."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QApplication):
            watched.setStyleSheet(stylesheet(watched.palette()))
        return False


def apply_style(app: QApplication) -> None:
    """Give the application its look, now and whenever the palette changes."""
    app.setStyleSheet(stylesheet(app.palette()))
    if app.findChild(_Restyler) is None:
        app.installEventFilter(_Restyler(app))
