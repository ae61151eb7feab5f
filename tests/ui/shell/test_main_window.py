"""The main window paints first and fills in its menus right after: nothing of that is missing when it is wanted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from repairplanner.core.clock import Clock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.i18n import translate
from repairplanner.core.library import Library
from repairplanner.db.engine import make_engine, make_sessions
from repairplanner.paths import AppPaths
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
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


#: Run in a fresh interpreter: open the app on `argv[1]` and, at the first paint, say whether the week is on it and
#: which modules are loaded.
_AT_FIRST_PAINT = """
import os, sys
from repairplanner.ui.shared.qt_imports import read_sources_as_bytes
read_sources_as_bytes()
from repairplanner.app import ensure_qt_application, start
from repairplanner.paths import resolve_paths
from repairplanner.ui.shared.dialogs import DialogService
app = ensure_qt_application()
started = start(resolve_paths(sys.argv[1]), DialogService())
def painted():
    print(started.window.week_page.shows_week())
    print(" ".join(sorted(sys.modules)))
    sys.stdout.flush()
    os._exit(0)
started.window.first_painted.connect(painted)
app.exec()
"""

#: What the first paint of the week does without (start-up time), each loaded when it is first needed.
NOT_BEFORE_THE_WEEK = (
    "sqlalchemy",  # with the services, right after the first paint
    "alembic",
    "icalendar",
    "repairplanner.core.library",  # parsed only when the library changed
    "repairplanner.ui.week.session_form",
    "repairplanner.ui.help.help_actions",
    "repairplanner.ui.exports.print_actions",
    "repairplanner.ui.backups.backup_actions",
    "repairplanner.ui.lock.privacy_lock",
    "repairplanner.ui.shell.today_line",
    "PySide6.QtPrintSupport",
)


def test_the_first_paint_shows_the_week_without_what_it_does_not_need(
    migrated_paths: AppPaths, builtin_library: Library
) -> None:
    engine = make_engine(migrated_paths.database)
    sessions = make_sessions(engine)
    LibraryService(sessions, clock=Clock()).sync_builtins(builtin_library)
    CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple"))
    engine.dispose()
    result = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT, str(migrated_paths.data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    shows_week, modules = result.stdout.splitlines()[:2]
    assert shows_week == "True"
    loaded = set(modules.split())
    assert "repairplanner.ui.week.week_page" in loaded  # the listing is real
    assert [name for name in NOT_BEFORE_THE_WEEK if name in loaded] == []
