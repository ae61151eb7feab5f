"""Windows and dialogs sized to what they need, but never larger than the screen they open on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room for the title bar and frame, which the window manager adds outside a window's geometry.
FRAME_ALLOWANCE = 40


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width` x `height`, shrunk to the free area of its screen (a 1280x720 laptop, say)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        widget.resize(width, height)
        return
    area = screen.availableGeometry()
    fitted = min(width, area.width()), min(height, area.height() - FRAME_ALLOWANCE)
    widget.resize(*fitted)
    if fitted != (width, height):
        widget.move(area.topLeft())
