"""Shared fixtures: offscreen Qt, a migrated database template made once per session, fake dialogs."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, on a laptop-sized virtual screen (the plugin's default 800x600 is smaller than the window).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-screen.json')}"

from repairplanner.core.clock import FixedClock
from repairplanner.core.library import Library, parse_library, read_library_files
from repairplanner.paths import AppPaths, resources_dir
from tests.helpers import FakeDialogs, pinned_clock

LIBRARY_DIR = resources_dir() / "exercises"


@pytest.fixture(scope="session")
def builtin_library() -> Library:
    """The shipped exercise library, parsed once."""
    return parse_library(read_library_files(LIBRARY_DIR))


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head, made once and copied for each test that needs one."""
    from repairplanner.db.migrate import upgrade
    from repairplanner.db.revisions import HEAD_REVISION

    path = tmp_path_factory.mktemp("template") / "repairplanner.sqlite"
    upgrade(path, HEAD_REVISION)
    return path


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """Paths inside a fresh temporary data directory (nothing created yet)."""
    root = tmp_path / "data"
    return AppPaths(data_dir=root, config_dir=root / "config")


@pytest.fixture
def migrated_paths(app_paths: AppPaths, template_database: Path) -> AppPaths:
    """A data directory holding a copy of the migrated template database and its marker."""
    app_paths.data_dir.mkdir(mode=0o700)
    shutil.copy(template_database, app_paths.database)
    app_paths.marker.touch()
    return app_paths


@pytest.fixture
def sessions(migrated_paths: AppPaths) -> Iterator[object]:
    """A session factory on a fresh copy of the migrated database."""
    from repairplanner.db.engine import make_engine, make_sessions

    engine = make_engine(migrated_paths.database)
    yield make_sessions(engine)
    engine.dispose()


@pytest.fixture
def clock() -> FixedClock:
    """The test's clock, stopped at tests.helpers.TEST_NOW in UTC; a test may move it."""
    return pinned_clock()


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture(autouse=True)
def no_native_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A native modal dialog hangs a headless run forever: make any that slips past DialogService fail at once."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
    from PySide6.QtWidgets import QColorDialog, QFileDialog

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a native dialog was opened in a test; go through DialogService instead")

    for owner, name in (
        (QPrintDialog, "exec"),
        (QPrintPreviewDialog, "exec"),
        (QFileDialog, "getSaveFileName"),
        (QFileDialog, "getOpenFileName"),
        (QColorDialog, "getColor"),
    ):
        monkeypatch.setattr(owner, name, refuse)
