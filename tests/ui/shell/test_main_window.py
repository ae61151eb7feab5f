"""The main window paints first and fills in its menus right after: nothing of that is missing when it is wanted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from repairplanner.core.i18n import translate
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shell.main_window import DISCREET_TITLE, MainWindow
from tests.helpers import FakeDialogs, pinned_clock


def _window(qtbot: QtBot, folder: Path, *, discreet: bool | None = None) -> MainWindow:
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    if discreet is not None:
        settings.setValue("window/discreet_title", discreet)
    window = MainWindow(AppEvents(), FakeDialogs(), settings, pinned_clock())  # type: ignore[arg-type]
    qtbot.addWidget(window)
    return window


def _menus(window: MainWindow) -> dict[str, QMenu]:
    found = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            found[action.text().replace("&", "")] = menu
    return found


def test_every_menu_is_in_the_menu_bar_from_the_start_and_filled_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(qtbot, tmp_path)
    titles = list(_menus(window))
    assert titles == ["File", "Edit", "Week", "Library", "Progress", "View", "Help"]
    assert _menus(window)["File"].isEmpty()  # nothing of it is on screen before the first paint
    with qtbot.waitSignal(window.first_painted, timeout=5_000):
        window.show()
    qtbot.waitUntil(lambda: not _menus(window)["File"].isEmpty())
    assert list(_menus(window)) == titles  # the same menus: the bar did not move
    assert window.quit_action in _menus(window)["File"].actions()
    assert window.help.manual_action in _menus(window)["Help"].actions()
    assert window.discreet_title_action in _menus(window)["View"].actions()
    assert window.today_line.parent() is window.statusBar()


def test_a_menu_opened_before_it_was_filled_fills_itself_first(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    help_menu = _menus(window)["Help"]
    help_menu.aboutToShow.emit()
    assert window.help.report_action in help_menu.actions()


def test_the_discreet_title_is_there_from_the_first_paint_and_kept_by_the_menu(qtbot: QtBot, tmp_path: Path) -> None:
    discreet = _window(qtbot, tmp_path / "a")
    assert discreet.windowTitle() == translate("MainWindow", DISCREET_TITLE)
    discreet.finish()
    assert discreet.discreet_title_action.isChecked()
    assert discreet.windowTitle() == translate("MainWindow", DISCREET_TITLE)

    telling = _window(qtbot, tmp_path / "b", discreet=False)
    assert telling.windowTitle() == "RepairPlanner"
    telling.finish()
    assert not telling.discreet_title_action.isChecked()
    assert telling.windowTitle() == "RepairPlanner"
