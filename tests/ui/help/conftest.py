"""A main window on a real database, with its services attached, for the Help menu's tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.library import Library
from repairplanner.services.bundle import Services
from repairplanner.services.library import LibraryService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shell.main_window import MainWindow
from tests.helpers import FakeDialogs

SETUP = CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple")


@pytest.fixture
def services(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> Services:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    built = build_services(sessions, clock=clock)
    built.couple.create(SETUP)
    return built


@pytest.fixture
def window(
    qtbot: QtBot, dialogs: FakeDialogs, services: Services, tmp_path: Path, clock: FixedClock
) -> Iterator[MainWindow]:
    """The window of a couple set up earlier, shown, with its services attached."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(AppEvents(), dialogs, settings, clock)
    qtbot.addWidget(made)
    made.show()
    assert made.attach(services)
    yield made
    if made.help.manual is not None:
        made.help.manual.close()
    made.close()
