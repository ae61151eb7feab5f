"""The look from one place: a type scale in order, a stylesheet that follows the palette, rows that stack."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.ui.shared.style import (
    Role,
    apply_style,
    fit_side_by_side,
    page_icon,
    role_font,
    set_role,
    stylesheet,
)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    palette.setColor(QPalette.ColorRole.Base, QColor(window))
    return palette


def test_one_heading_size_per_level_in_descending_order(qapp: QApplication) -> None:
    sizes = [role_font(role).pointSizeF() for role in (Role.PAGE_TITLE, Role.SECTION, Role.BODY, Role.NOTE)]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 4
    label = set_role(QLabel("x"), Role.SECTION)
    assert label.property("role") == "section" and label.font().pointSizeF() == sizes[1]


def test_the_stylesheet_follows_the_palette_light_and_dark(qapp: QApplication) -> None:
    light, dark = stylesheet(_palette("#f4f4f4", "#111111")), stylesheet(_palette("#202024", "#eeeeee"))
    assert light != dark
    assert 'QCheckBox[role="consent"]::indicator' in light and "pageList" in light
    previous = qapp.styleSheet()
    try:
        apply_style(qapp)
        qapp.setPalette(_palette("#202024", "#eeeeee"))
        QApplication.processEvents()
        assert qapp.styleSheet() == stylesheet(qapp.palette())  # rebuilt when the system switched to dark
    finally:
        qapp.setPalette(QApplication.style().standardPalette())
        qapp.setStyleSheet(previous)


def test_page_icons_take_the_palettes_text_colour(qapp: QApplication) -> None:
    for text in ("#000000", "#ffffff"):
        image = page_icon("week", _palette("#808080", text)).pixmap(QSize(20, 20)).toImage()
        inked = [image.pixelColor(x, y) for x in range(20) for y in range(20) if image.pixelColor(x, y).alpha() > 200]
        assert inked and all(c.name() == text for c in inked)


def test_a_row_stacks_when_it_does_not_fit_and_asks_only_for_its_widest_part(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, owner)
    parts = [QSize(300, 40), QSize(200, 40)]
    fit_side_by_side(owner, layout, parts, 600)
    assert layout.direction() is QBoxLayout.Direction.LeftToRight
    fit_side_by_side(owner, layout, parts, 400)
    margins = layout.contentsMargins().left() + layout.contentsMargins().right()
    assert layout.direction() is QBoxLayout.Direction.TopToBottom and owner.minimumWidth() == 300 + margins
