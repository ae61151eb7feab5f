"""Colour helpers that keep text readable on any palette, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def blend(first: QColor, second: QColor, share: float) -> QColor:
    """`first` moved `share` of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


def muted_palette(palette: QPalette, background: QPalette.ColorRole) -> QPalette:
    """`palette` with a quieter text colour that still reads well on `background`, light or dark."""
    quiet = QPalette(palette)
    colour = blend(palette.color(QPalette.ColorRole.Text), palette.color(background), 0.32)
    quiet.setColor(QPalette.ColorRole.WindowText, colour)
    return quiet
