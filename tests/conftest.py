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
from repairplanner.core.library import Library, parse_library
from repairplanner.core.library_files import read_library_files
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


LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}


def _is_local(address: object) -> bool:
    """A Unix socket path or a loopback address; anything else would leave this computer."""
    if isinstance(address, (str, bytes)):
        return True  # AF_UNIX path
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in LOOPBACK_HOSTS or host.startswith("127.")
    return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Nothing but printing may reach the network or the print system (issue 11, item 6).

    Python sockets to non-loopback addresses fail, and so does creating a QPrinter (it opens connections to
    CUPS from C, where no Python hook sees them) unless a test is marked `printing`.
    """
    import socket

    real_connect = socket.socket.connect
    real_create = socket.create_connection
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: object) -> None:
        if not _is_local(address):
            raise AssertionError(f"a test opened a socket to {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def create_connection(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        if not _is_local(address):
            raise AssertionError(f"a test connected to {address!r}")
        return real_create(address, *args, **kwargs)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not _is_local((host,)):
            raise AssertionError(f"a test looked up {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    if request.node.get_closest_marker("printing") is None:
        from PySide6.QtPrintSupport import QPrinter

        def no_printer(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("a QPrinter was created outside printing; it talks to the print system")

        monkeypatch.setattr(QPrinter, "__init__", no_printer)
