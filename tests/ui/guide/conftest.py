"""A main window on a real database with a small Guide folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
from repairplanner.services.guide import GuideService
from repairplanner.services.library import LibraryService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shell.main_window import MainWindow
from tests.guide_files import write_guide
from tests.helpers import FakeDialogs
from tests.method_library import method_library

TODAY = dt.date(2026, 11, 25)  # a Wednesday
SETUP = CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple")


@pytest.fixture
def services(sessions: sessionmaker[Session], builtin_library: Library, tmp_path: Path, clock: FixedClock) -> Services:
    LibraryService(sessions, clock=clock).sync_builtins(method_library(builtin_library))
    built = build_services(sessions, clock=clock)
    return dataclasses.replace(built, guide=GuideService(sessions, write_guide(tmp_path / "guide")))


def _window(qtbot: QtBot, dialogs: FakeDialogs, services: Services, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(AppEvents(), dialogs, settings, FixedClock.at_local(TODAY, dt.time(18, 0)))
    qtbot.addWidget(made)
    made.show()
    dialogs.script("setup_couple", SETUP)  # used only when there is no couple yet
    assert made.attach(services)
    dialogs._answers.pop("setup_couple", None)
    return made


@pytest.fixture
def window(qtbot: QtBot, dialogs: FakeDialogs, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    """The window of a couple set up earlier, with its services attached."""
    services.couple.create(SETUP)
    made = _window(qtbot, dialogs, services, tmp_path)
    yield made
    made.close()


@pytest.fixture
def new_window(qtbot: QtBot, dialogs: FakeDialogs, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    """The window right after the first-run setup (scripted)."""
    made = _window(qtbot, dialogs, services, tmp_path)
    yield made
    made.close()
