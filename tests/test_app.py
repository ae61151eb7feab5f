"""The app starts against a fresh or existing data folder, and refuses unsafe situations with a clear message."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from repairplanner.app import StartedApp, start
from repairplanner.core.errors import AlreadyRunningError, LibraryError
from repairplanner.db.revisions import HEAD_REVISION
from repairplanner.paths import AppPaths
from tests.conftest import LIBRARY_DIR
from tests.helpers import FakeDialogs, snapshot


@pytest.fixture
def launch(qtbot: QtBot, dialogs: FakeDialogs):  # type: ignore[no-untyped-def]
    """Start the app on some paths and wait until its services are attached; release it afterwards."""
    started: list[StartedApp] = []

    def _launch(paths: AppPaths, library_dir: Path | None = None) -> StartedApp:
        app = start(paths, dialogs, library_dir=library_dir)
        started.append(app)
        qtbot.addWidget(app.window)
        qtbot.waitUntil(lambda: app.window.library_page.model.rowCount() > 0, timeout=10_000)
        return app

    yield _launch
    for app in started:
        app.window.close()
        app.release()


def test_first_start_creates_a_private_database_and_shows_the_library(
    launch, app_paths: AppPaths, builtin_library
) -> None:
    app = launch(app_paths)
    window = app.window
    assert window.isVisible()
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.library_page.model.rowCount() == len(builtin_library.exercises)
    assert window.status_label.text() == f"{len(builtin_library.exercises)} exercises in the library"
    assert app_paths.marker.exists()
    assert (app_paths.data_dir.stat().st_mode & 0o777) == 0o700
    with closing(sqlite3.connect(app_paths.database)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert con.execute("SELECT count(*) FROM exercises").fetchone()[0] == len(builtin_library.exercises)


def test_selecting_an_exercise_shows_every_part_of_it(launch, app_paths: AppPaths) -> None:
    page = launch(app_paths).window.library_page
    page.table.selectRow(3)
    exercise = page.selected_exercise()
    assert exercise is not None
    shown = page.details.toPlainText()
    for part in (exercise.title, exercise.steps[0], exercise.agreement, exercise.ease_out, exercise.safety):
        assert part in shown
    assert "What each of you agrees to" in shown


def test_a_second_copy_on_the_same_data_is_refused(launch, app_paths: AppPaths, dialogs: FakeDialogs) -> None:
    launch(app_paths)
    with pytest.raises(AlreadyRunningError, match="already open"):
        start(app_paths, dialogs)


def test_window_size_and_page_are_remembered(launch, app_paths: AppPaths, qtbot: QtBot) -> None:
    first = launch(app_paths)
    first.window.resize(700, 480)
    first.window.close()
    first.release()
    second = launch(app_paths)
    assert (second.window.width(), second.window.height()) == (700, 480)


def test_about_goes_through_the_dialog_service(launch, app_paths: AppPaths, dialogs: FakeDialogs) -> None:
    launch(app_paths).window.about_action.trigger()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "about" and "not therapy" in text


def test_a_malformed_exercise_file_stops_start_up_before_anything_is_written(
    app_paths: AppPaths, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    for source in LIBRARY_DIR.glob("*.toml"):
        (library / source.name).write_bytes(source.read_bytes())
    broken = library / "talk.toml"
    broken.write_text(broken.read_text().replace("level = 2", "level = 9", 1))
    app_paths.data_dir.mkdir()
    before = snapshot(app_paths.data_dir)
    with pytest.raises(LibraryError, match=r"'talk\.toml'.*'level'"):
        start(app_paths, dialogs, library_dir=library)
    assert snapshot(app_paths.data_dir) == before
    assert not app_paths.database.exists()


def test_start_up_refusals_reach_stderr_and_a_dialog_when_there_is_a_screen(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], dialogs: FakeDialogs
) -> None:
    from repairplanner import app as app_module

    monkeypatch.setattr(app_module, "HEADLESS_PLATFORMS", set())
    code = app_module.report_startup_error(LibraryError("The exercise library file 'x.toml' is malformed."), dialogs)
    assert code == 2
    assert capsys.readouterr().err == "repairplanner: The exercise library file 'x.toml' is malformed.\n"
    assert dialogs.shown == [("error", "RepairPlanner", "The exercise library file 'x.toml' is malformed.")]


def test_a_malformed_library_makes_the_command_exit_2_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from repairplanner import app as app_module
    from repairplanner.cli import main

    resources = tmp_path / "resources"
    (resources / "exercises").mkdir(parents=True)
    (resources / "exercises" / "touch.toml").write_text("[[exercise]\nid = 'oops'\n")
    monkeypatch.setattr(app_module, "resources_dir", lambda: resources)
    data = tmp_path / "data"
    umask = os.umask(0o022)
    try:
        assert main(["--data-dir", str(data)]) == 2
    finally:
        os.umask(umask)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("repairplanner: The exercise library file 'touch.toml' is malformed")
    assert not (data / "repairplanner.sqlite").exists()
