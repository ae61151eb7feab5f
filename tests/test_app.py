"""The app starts against a fresh or existing data folder, and refuses unsafe situations with a clear message."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repairplanner.app import StartedApp, start
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.core.errors import AlreadyRunningError, LibraryError
from repairplanner.db.revisions import HEAD_REVISION
from repairplanner.paths import AppPaths
from tests.conftest import LIBRARY_DIR
from tests.helpers import FakeDialogs, damaged_deep_inside, snapshot

SETUP = CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo", unavailable_weekdays=frozenset({3})), "pineapple")


@pytest.fixture
def launch(qtbot: QtBot, dialogs: FakeDialogs, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Start the app on some paths and wait until its services are attached; release it afterwards."""
    started: list[StartedApp] = []

    def _launch(paths: AppPaths, library_dir: Path | None = None) -> StartedApp:
        dialogs.script("setup_couple", SETUP)  # used only when the folder holds no couple yet
        app = start(paths, dialogs, clock=clock, library_dir=library_dir)
        started.append(app)
        qtbot.addWidget(app.window)
        with qtbot.waitSignal(app.window.services_attached, timeout=10_000):
            pass
        dialogs._answers.pop("setup_couple", None)
        return app

    yield _launch
    for app in started:
        app.window.close()
        app.release()


def test_first_start_runs_the_setup_and_creates_a_private_database(
    launch, app_paths: AppPaths, builtin_library, dialogs: FakeDialogs
) -> None:
    app = launch(app_paths)
    window = app.window
    assert window.isVisible()
    assert window.menuBar().actions()[0].text() == "&File"
    assert [name for name, _args in dialogs.calls] == ["setup_couple"]
    assert window.isEnabled() and window.pages.currentWidget() is window.week_page
    assert window.library_page.proxy.total_count() == len(builtin_library.exercises)
    # Discreet by default: a neutral title, and neither levels nor the stop signal in the status bar.
    assert window.windowTitle() == "Weekly planner" and window.discreet_title_action.isChecked()
    assert window.status_label.text() == "Ana and Bo"
    assert app_paths.marker.exists()
    assert (app_paths.data_dir.stat().st_mode & 0o777) == 0o700
    with closing(sqlite3.connect(app_paths.database)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert con.execute("SELECT count(*) FROM exercises").fetchone()[0] == len(builtin_library.exercises)


def test_leaving_the_first_run_setup_closes_the_app_and_saves_no_couple(
    app_paths: AppPaths, qtbot: QtBot, dialogs: FakeDialogs, clock: FixedClock
) -> None:
    app = start(app_paths, dialogs, clock=clock)
    qtbot.addWidget(app.window)
    try:
        qtbot.waitUntil(lambda: not app.window.isVisible(), timeout=10_000)
        assert [name for name, _args in dialogs.calls] == ["setup_couple"]
    finally:
        app.release()
    with closing(sqlite3.connect(app_paths.database)) as con:
        assert con.execute("SELECT count(*) FROM partners").fetchone()[0] == 0


def test_an_existing_couple_opens_straight_to_their_week(
    launch, app_paths: AppPaths, dialogs: FakeDialogs, clock: FixedClock
) -> None:
    first = launch(app_paths)
    first.window.close()
    first.release()
    dialogs.calls.clear()
    window = launch(app_paths).window
    assert "setup_couple" not in [name for name, _args in dialogs.calls]
    start = window.week_page.current_week()
    assert start <= clock.today() < start + dt.timedelta(days=7)


def test_the_plan_survives_closing_and_reopening(launch, app_paths: AppPaths, dialogs: FakeDialogs) -> None:
    first = launch(app_paths)
    page = first.window.week_page
    day = page.current_week()
    dialogs.script("add_session", SessionDraft(day, "touch-1-side-by-side", 15, inviter_id=None))
    first.window.library_page.select("touch-1-side-by-side")
    first.window.library_page.add_to_week_requested.emit("touch-1-side-by-side")
    page.header.intention_edit.setText("Slow and kind")
    first.window.close()
    first.release()
    second = launch(app_paths)
    reopened = second.window.week_page
    with closing(sqlite3.connect(app_paths.database)) as con:
        booked = con.execute("SELECT exercise_id, day FROM planned_sessions WHERE removed_at IS NULL").fetchall()
    assert booked == [("touch-1-side-by-side", day.isoformat())]
    assert reopened.card_for(1) is not None
    assert reopened.header.intention_edit.text() == "Slow and kind"


def test_settings_changes_reach_every_page(launch, app_paths: AppPaths, dialogs: FakeDialogs) -> None:
    window = launch(app_paths).window
    dialogs.script("edit_couple", CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Robin"), "red card"))
    window.settings_action.trigger()
    assert "Robin" in window.status_label.text() and "red card" not in window.status_label.text()
    window.discreet_title_action.trigger()  # not discreet: the levels and the stop signal show
    assert "Robin" in window.status_label.text() and "red card" in window.status_label.text()
    assert "touch at level 1, talk at level 1" in window.status_label.text()


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


def test_window_size_and_page_are_remembered(launch, app_paths: AppPaths) -> None:
    first = launch(app_paths)
    first.window.resize(max(1000, first.window.minimumSizeHint().width() + 10), 600)
    first.window.show_page(1)
    size = first.window.size()
    first.window.close()
    first.release()
    second = launch(app_paths)
    assert second.window.size() == size
    assert second.window.pages.currentWidget() is second.window.library_page


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


def test_keyboard_users_start_with_focus_and_can_switch_pages(launch, app_paths: AppPaths, qtbot: QtBot) -> None:
    window = launch(app_paths).window
    qtbot.waitActive(window)
    assert window.page_list.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.library_page
    assert window.library_page.table.hasFocus()
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library_page.search_edit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.week_page


def test_the_window_is_discreet_by_default_and_turning_it_off_is_remembered(launch, app_paths: AppPaths) -> None:
    first = launch(app_paths)
    assert first.window.windowTitle() == "Weekly planner"
    assert "level" not in first.window.status_label.text() and "pineapple" not in first.window.status_label.text()
    first.window.discreet_title_action.trigger()
    assert first.window.windowTitle() == "RepairPlanner"
    assert "stop signal: pineapple" in first.window.status_label.text()
    first.window.close()
    first.release()
    second = launch(app_paths)
    assert second.window.windowTitle() == "RepairPlanner"
    second.window.discreet_title_action.trigger()
    assert second.window.windowTitle() == "Weekly planner" and second.window.status_label.text() == "Ana and Bo"


def test_an_unexpected_error_is_told_kindly_and_the_app_keeps_running(dialogs: FakeDialogs, qtbot: QtBot) -> None:
    import sqlite3 as sqlite

    from PySide6.QtWidgets import QWidget

    from repairplanner.app import DISK_FULL, make_error_hook

    window = QWidget()
    qtbot.addWidget(window)
    hook = make_error_hook(dialogs, window)  # type: ignore[arg-type]  # the fake stands in for DialogService
    hook(sqlite.OperationalError, sqlite.OperationalError("database or disk is full"), None)
    hook(OSError, OSError(28, "No space left on device"), None)
    hook(ValueError, ValueError("secret text must not leak"), None)
    messages = [text for _kind, _title, text in dialogs.shown]
    assert messages[:2] == [DISK_FULL, DISK_FULL]
    assert "ValueError" in messages[2] and "secret text" not in messages[2]


def test_the_window_never_opens_larger_than_the_screen(
    launch, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect

    from repairplanner.ui.shell.main_window import MainWindow

    class Laptop:
        """A 1280x720 screen with a 40-pixel panel: 1280x680 free."""

        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1280, 680)

    monkeypatch.setattr(MainWindow, "screen", lambda self: Laptop())
    window = launch(app_paths).window
    assert window.width() <= 1280 and window.height() <= 680 - 40
    assert window.height() >= 600  # it still uses the room there is


def test_pause_works_from_the_moment_the_window_opens_and_the_status_bar_says_so(
    launch, app_paths: AppPaths, dialogs: FakeDialogs
) -> None:
    window = launch(app_paths).window
    window.discreet_title_action.setChecked(False)  # the telling status bar (discreet, it shows only the names)
    assert window.pages.currentWidget() is window.week_page
    progress = window.progress_page
    assert progress is not None and not progress.isVisible()
    assert progress.pause_action.isEnabled() and progress.ready_action.isEnabled()
    assert progress.show_private_action.isEnabled()
    assert "paused" not in window.status_label.text()

    dialogs.script("choose_partner", 0)
    progress.pause_action.trigger()

    status = window.status_label.text()
    assert "the plan is paused" in status and "Ana" in status  # the couple's names, never whose click it was
    assert "Ana paused" not in status and "by Ana" not in status
    assert window.week_page.pause_banner.isVisibleTo(window)
    assert progress.resume_action.isEnabled() and not progress.pause_action.isEnabled()
    assert not window.week_page.week_actions.pause_plan.isEnabled()
    window.discreet_title_action.setChecked(True)
    discreet = window.status_label.text()  # the names and the pause, never levels or the stop signal
    assert discreet.startswith("Ana and Bo") and "level" not in discreet and "the plan is paused" in discreet


def test_settings_that_fail_to_save_open_again_with_what_was_typed(
    launch, app_paths: AppPaths, dialogs: FakeDialogs
) -> None:
    import dataclasses

    from repairplanner.services.couple import CoupleService
    from repairplanner.services.storage import DISK_FULL
    from tests.helpers import FlakySessions

    window = launch(app_paths).window
    services = window._services
    flaky = FlakySessions(services.couple._sessions)
    window._services = dataclasses.replace(services, couple=CoupleService(flaky))
    typed = CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Robin"), "red card")
    shown_again = []

    def first(couple, _pace=None):  # type: ignore[no-untyped-def]
        flaky.fail_next = 1
        return typed

    def again(couple, _pace=None):  # type: ignore[no-untyped-def]
        shown_again.append(couple)
        return typed

    dialogs.script("edit_couple", first, again)
    window.settings_action.trigger()
    (couple,) = shown_again
    assert [p.name for p in couple.partners] == ["Ana", "Robin"] and couple.stop_signal == "red card"
    assert any(DISK_FULL in text for _m, _t, text in dialogs.shown)
    assert "Robin" in window.status_label.text()


def test_damage_found_while_the_window_is_built_is_refused_before_it_shows(
    qtbot: QtBot, migrated_paths: AppPaths, template_database: Path, dialogs: FakeDialogs, clock: FixedClock
) -> None:
    from PySide6.QtWidgets import QApplication

    from repairplanner.core.errors import DatabaseCorruptError
    from repairplanner.ui.shell.main_window import MainWindow

    damaged_deep_inside(migrated_paths.database, template_database)
    before = snapshot(migrated_paths.data_dir)
    with pytest.raises(DatabaseCorruptError, match="may be damaged"):
        start(migrated_paths, dialogs, clock=clock)
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    lock = migrated_paths.data_dir / ".lock"
    assert not lock.exists()  # released: the couple can restore a backup and start again at once
    assert {k: v for k, v in snapshot(migrated_paths.data_dir).items() if k != ".lock"} == {
        k: v for k, v in before.items() if k != ".lock"
    }
