"""The look from one place: a type scale in order, a stylesheet that follows the palette, rows that stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QBoxLayout, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.paths import resources_dir
from repairplanner.ui.shared.style import (
    Role,
    consent_palette,
    fit_side_by_side,
    follow_palette,
    note_palette,
    page_icon,
    page_list_sheet,
    role_font,
    set_role,
)


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor(text))
    palette.setColor(QPalette.ColorRole.Base, QColor(window))
    palette.setColor(
        QPalette.ColorRole.Highlight,
        QColor(window).lighter(150) if QColor(window).lightness() < 128 else QColor(window).darker(150),
    )
    return palette


def test_one_heading_size_per_level_in_descending_order(qapp: QApplication) -> None:
    sizes = [role_font(role).pointSizeF() for role in (Role.PAGE_TITLE, Role.SECTION, Role.BODY, Role.NOTE)]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 4
    label = set_role(QLabel("x"), Role.SECTION)
    assert label.property("role") == "section" and label.font().pointSizeF() == sizes[1]


def test_the_look_follows_the_palette_light_and_dark(qtbot: QtBot, qapp: QApplication) -> None:
    light, dark = _palette("#f4f4f4", "#111111"), _palette("#202024", "#eeeeee")
    assert page_list_sheet(light) != page_list_sheet(dark)
    # Consent boxes: a window colour near the text, so the box outline stands out on a card in both.
    for palette in (light, dark):
        outline = consent_palette(palette).color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        assert abs(outline.lightness() - base.lightness()) > 150
    window = QWidget()
    qtbot.addWidget(window)
    note = set_role(QLabel("quiet", window), Role.NOTE)
    pages = QListWidget(window)
    pages.setObjectName("pageList")
    pages.addItem("Week")
    pages.item(0).setData(Qt.ItemDataRole.UserRole, "week")
    follow_palette(window)
    previous = qapp.palette()
    try:
        qapp.setPalette(dark)
        QApplication.processEvents()
        assert pages.styleSheet() == page_list_sheet(dark)  # restyled when the system switched to dark
        assert note.palette().color(QPalette.ColorRole.WindowText) == note_palette(dark).color(
            QPalette.ColorRole.WindowText
        )
    finally:
        qapp.setPalette(previous)


def test_page_icons_take_the_palettes_text_colour(qapp: QApplication) -> None:
    for text in ("#000000", "#ffffff"):
        image = page_icon("week", _palette("#808080", text)).pixmap(QSize(20, 20)).toImage()
        inked = [image.pixelColor(x, y) for x in range(20) for y in range(20) if image.pixelColor(x, y).alpha() > 200]
        assert inked and all(c.name() == text for c in inked)
        # The drawing's own shape, not a tinted square: exactly where the SVG itself draws.
        drawn = QIcon(str(resources_dir() / "icons" / "pages" / "week.svg")).pixmap(QSize(20, 20)).toImage()
        shape = {(x, y) for x in range(20) for y in range(20) if drawn.pixelColor(x, y).alpha() > 200}
        assert {(x, y) for x in range(20) for y in range(20) if image.pixelColor(x, y).alpha() > 200} == shape
        assert 0 < len(shape) < 20 * 20 / 2


@pytest.mark.parametrize(
    ("mode", "group", "role"),
    [
        (QIcon.Mode.Selected, QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText),
        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    ],
)
def test_page_icons_are_drawn_per_mode_and_scale_when_painted(
    qapp: QApplication, mode: QIcon.Mode, group: QPalette.ColorGroup, role: QPalette.ColorRole
) -> None:
    palette = _palette("#808080", "#000000")
    palette.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText, QColor("#ff0000"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#00ff00"))
    icon = page_icon("guide", palette)
    for ratio in (1.0, 2.0):
        pixmap = icon.pixmap(QSize(20, 20), ratio, mode)
        assert pixmap.devicePixelRatio() == ratio
        image = pixmap.toImage()
        assert image.width() == 20 * ratio  # drawn at the screen's scale, not blown up from 1x
        inked = {
            image.pixelColor(x, y).name()
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        }
        assert inked == {palette.color(group, role).name()}


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


def test_the_main_windows_page_list_has_its_icons_and_look(qtbot: QtBot, tmp_path: object) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from repairplanner.ui.shared.events import AppEvents
    from repairplanner.ui.shell.main_window import MainWindow
    from tests.helpers import FakeDialogs, pinned_clock

    settings = QSettings(str(Path(str(tmp_path)) / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppEvents(), FakeDialogs(), settings, pinned_clock())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    pages = window.page_list
    assert pages.styleSheet() == page_list_sheet(QApplication.palette())
    assert all(not pages.item(row).icon().isNull() for row in range(pages.count()))
