"""File › Restore from a backup… on the real window and services: choose, confirm, restore, every page reloads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from repairplanner.app import StartedApp, start
from repairplanner.core.backups import BackupInfo
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.paths import AppPaths
from repairplanner.ui.backups.restore_dialog import RestoreDialog
from tests.helpers import FakeDialogs

SETUP = CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple")


@pytest.fixture
def app(qtbot: QtBot, app_paths: AppPaths, dialogs: FakeDialogs) -> Iterator[StartedApp]:
    dialogs.script("setup_couple", SETUP)
    started = start(app_paths, dialogs)
    qtbot.addWidget(started.window)
    with qtbot.waitSignal(started.window.services_attached, timeout=10_000):
        pass
    yield started
    started.window.close()
    started.release()


def cards_shown(app: StartedApp) -> int:
    return sum(len(column.cards()) for column in app.window.week_page.columns)


def book(app: StartedApp, offset: int) -> None:
    services = app.window._services
    assert services is not None
    day = app.window.week_page.current_week() + dt.timedelta(days=offset)
    services.plan.add_session(SessionDraft(day, "touch-1-side-by-side", 10))
    app.window._events.plan_changed.emit()


def test_restoring_a_copy_reloads_the_week_and_can_be_undone(app: StartedApp, dialogs: FakeDialogs) -> None:
    services = app.window._services
    assert services is not None and services.backups is not None
    book(app, 0)
    good = services.backups.back_up("daily")
    book(app, 1)
    book(app, 2)
    assert cards_shown(app) == 3
    app.window.undo_stack.setClean()

    listed: list[list[BackupInfo]] = []
    dialogs.script("choose_backup", lambda copies: (listed.append(copies), good.path)[1])
    dialogs.script("confirm", True)
    app.window.backup_actions.restore_action.trigger()
    assert cards_shown(app) == 1
    chosen = next(c for c in listed[0] if c.path == good.path)
    assert (chosen.weeks, chosen.sessions) == (1, 1)
    assert app.window.undo_stack.count() == 0

    # Undo: the set-aside file is in the list, and restoring it brings the three sessions back.
    def set_aside(copies: list[BackupInfo]) -> Path:
        return next(c.path for c in copies if c.reason == "set-aside")

    dialogs.script("choose_backup", set_aside)
    dialogs.script("confirm", True)
    app.window.backup_actions.restore_action.trigger()
    assert cards_shown(app) == 3


def test_cancelling_at_the_question_changes_nothing(app: StartedApp, dialogs: FakeDialogs) -> None:
    services = app.window._services
    assert services is not None and services.backups is not None
    book(app, 0)
    good = services.backups.back_up("daily")
    book(app, 1)
    dialogs.script("choose_backup", good.path)
    dialogs.script("confirm", False)
    app.window.backup_actions.restore_action.trigger()
    assert cards_shown(app) == 2
    assert not (services.backups.set_aside_dir).exists()


def test_with_no_backups_the_couple_is_told_kindly(app: StartedApp, dialogs: FakeDialogs) -> None:
    services = app.window._services
    assert services is not None and services.backups is not None
    for copy in services.backups.list_copies():
        copy.path.unlink()
    app.window.backup_actions.restore_action.trigger()
    assert dialogs.shown[-1][0] == "inform" and "no backups yet" in dialogs.shown[-1][2]


def test_closing_after_a_change_leaves_a_copy(app: StartedApp, app_paths: AppPaths) -> None:
    book(app, 3)
    before = set(app_paths.backups_dir.glob("*.sqlite")) if app_paths.backups_dir.exists() else set()
    app.window.close()
    after = set(app_paths.backups_dir.glob("*.sqlite"))
    assert len(after - before) == 1 and "on-close" in next(iter(after - before)).name


def test_the_dialog_lists_each_copy_and_damaged_ones_cannot_be_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    made = dt.datetime(2026, 11, 29, 20, 15)
    copies = [
        BackupInfo(tmp_path / "a.sqlite", made, "daily", 12, 51, dt.datetime(2026, 11, 29, 19, 58)),
        BackupInfo(tmp_path / "b.sqlite", made - dt.timedelta(days=1), "on-close", 11, 48, None, sound=False),
    ]
    dialog = RestoreDialog(copies)
    qtbot.addWidget(dialog)
    first, second = dialog.list.item(0).text(), dialog.list.item(1).text()
    assert "Sunday 29 November 2026, 20:15" in first and "12 weeks, 51 sessions" in first and "daily copy" in first
    # The last change is stored in UTC and shown on the couple's wall clock (a day later at UTC+14).
    local = dt.datetime(2026, 11, 29, 19, 58, tzinfo=dt.timezone.utc).astimezone()
    assert f"last change {local.day} {local:%b} {local.year}, {local:%H:%M}" in first
    assert "damaged" in second
    assert dialog.chosen() == tmp_path / "a.sqlite" and dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(1)
    assert dialog.chosen() != tmp_path / "b.sqlite"


# --- File › Export everything… and Import a plan… --------------------------------------------------------------------


def test_export_everything_then_import_it_asks_twice_and_reloads_every_page(
    app: StartedApp, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    book(app, 0)
    book(app, 1)
    target = tmp_path / "moving.json"
    dialogs.script("choose_save_path", target)
    app.window.backup_actions.export_action.trigger()
    assert target.exists() and "2 sessions" in dialogs.shown[-1][2]
    book(app, 2)
    assert cards_shown(app) == 3

    dialogs.script("choose_open_path", target)
    dialogs.script("confirm", True, False)  # the second question says no: nothing happens
    app.window.backup_actions.import_action.trigger()
    assert cards_shown(app) == 3

    dialogs.script("choose_open_path", target)
    dialogs.script("confirm", True, True)
    app.window.backup_actions.import_action.trigger()
    assert cards_shown(app) == 2
    questions = [args for name, args in dialogs.calls if name == "confirm"]
    assert "Are you sure?" in questions[-1][1] and "backed up first" in questions[-1][1]
    services = app.window._services
    assert services is not None and services.backups is not None
    assert any(c.reason == "before-import" for c in services.backups.list_copies())


def test_a_damaged_file_is_refused_before_any_question(app: StartedApp, dialogs: FakeDialogs, tmp_path: Path) -> None:
    book(app, 0)
    source = tmp_path / "damaged.json"
    source.write_bytes(b'{"format": "repairplanner-export", "format_vers')
    dialogs.script("choose_open_path", source)
    app.window.backup_actions.import_action.trigger()
    assert dialogs.shown[-1][0] == "warn" and "was not imported" in dialogs.shown[-1][2]
    assert not [name for name, _args in dialogs.calls if name == "confirm"]
    assert cards_shown(app) == 1
