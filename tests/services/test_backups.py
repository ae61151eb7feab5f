"""Rolling backups and restore over a real plan (issue 11, items 1 and 2)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from repairplanner.core.clock import FixedClock
from repairplanner.core.retention import most_kept
from repairplanner.db.backup import content_digest, list_backups
from repairplanner.db.migrate import upgrade
from repairplanner.db.revisions import HEAD_REVISION
from repairplanner.paths import AppPaths
from repairplanner.services.backups import BackupService, RestoreError
from tests.helpers import snapshot
from tests.services.conftest import World

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def clock() -> FixedClock:
    """The tests' clock, on the evening of 30 November in UTC; the tests move it by hand."""
    return FixedClock(dt.datetime(2026, 11, 30, 20, 0, tzinfo=dt.timezone.utc))


@pytest.fixture
def backups(world: World, migrated_paths: AppPaths, clock: FixedClock) -> BackupService:
    return BackupService(migrated_paths, world.sessions, clock=clock)


def test_a_backup_is_private_checked_and_says_what_it_holds(world: World, backups: BackupService) -> None:
    world.book(MONDAY)
    world.book(MONDAY + dt.timedelta(days=2))
    info = backups.back_up()
    assert info.path.parent.name == "backups" and info.sound
    assert info.path.stat().st_mode & 0o777 == 0o600 and info.path.parent.stat().st_mode & 0o777 == 0o700
    assert (info.weeks, info.sessions) == (1, 2)
    assert info.last_change is not None and abs(info.last_change - dt.datetime.utcnow()) < dt.timedelta(minutes=5)
    with closing(sqlite3.connect(info.path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not Path(f"{info.path}-wal").exists()
    assert [c.path for c in backups.list_copies()] == [info.path]


def test_the_daily_copy_is_made_at_most_once_a_day_and_only_after_a_change(
    world: World, backups: BackupService, clock: FixedClock
) -> None:
    world.book(MONDAY)
    assert backups.back_up_if_due() is not None
    world.book(MONDAY + dt.timedelta(days=1))
    assert backups.back_up_if_due() is None  # already one today
    clock.advance(dt.timedelta(days=1))
    assert backups.back_up_if_due() is not None  # a new day, and the plan changed
    clock.advance(dt.timedelta(days=1))
    assert backups.back_up_if_due() is None  # a new day, but nothing changed
    assert len(list_backups(backups._paths.backups_dir)) == 2


def test_closing_after_a_change_makes_a_copy_and_closing_without_one_does_not(
    world: World, backups: BackupService, clock: FixedClock
) -> None:
    world.book(MONDAY)
    first = backups.back_up_on_close()
    assert first is not None and first.reason == "on-close"
    clock.advance(dt.timedelta(minutes=5))
    assert backups.back_up_on_close() is None
    world.svc.set_consent(world.plan.get_week(MONDAY).sessions[0].id, world.a, True)
    clock.advance(dt.timedelta(minutes=5))
    assert backups.back_up_on_close() is not None


def test_a_year_of_daily_use_keeps_only_the_schedule(world: World, backups: BackupService, clock: FixedClock) -> None:
    for day in range(0, 400, 6):  # every few days for over a year (each copy is checked, so keep it short)
        world.plan.set_intention(MONDAY, f"day {day}")
        clock.advance(dt.timedelta(days=6))
        backups.back_up_if_due()
    kept = list_backups(backups._paths.backups_dir)
    assert 12 < len(kept) <= most_kept()
    assert not [p for p in backups._paths.backups_dir.iterdir() if p.suffix == ".partial"]


def test_restore_sets_the_plan_in_use_aside_and_undo_brings_it_back(
    world: World, backups: BackupService, migrated_paths: AppPaths
) -> None:
    world.book(MONDAY)
    good = backups.back_up("daily")
    world.book(MONDAY + dt.timedelta(days=3))
    world.book(MONDAY + dt.timedelta(days=4))
    before = content_digest(migrated_paths.database)
    assert len(world.plan.get_week(MONDAY).sessions) == 3

    result = backups.restore(good.path)
    assert len(world.plan.get_week(MONDAY).sessions) == 1  # the same services read the restored file
    assert result.set_aside is not None and result.set_aside.parent.name == "set-aside"
    assert content_digest(result.set_aside) == before  # the plan in use was kept aside, not overwritten
    assert good.path.exists() and content_digest(good.path) == content_digest(migrated_paths.database)
    assert result.set_aside in [c.path for c in backups.list_copies()]

    undo = backups.restore(result.set_aside)
    assert len(world.plan.get_week(MONDAY).sessions) == 3
    assert undo.set_aside is not None and undo.set_aside != result.set_aside
    assert not Path(f"{migrated_paths.database}.restoring").exists()


def test_a_damaged_copy_is_refused_and_nothing_changes(
    world: World, backups: BackupService, migrated_paths: AppPaths
) -> None:
    world.book(MONDAY)
    copy = backups.back_up()
    with closing(sqlite3.connect(copy.path)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = 'weeks'").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
    with open(copy.path, "r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\xff" * size)
    world.sessions.kw["bind"].dispose()
    before = snapshot(migrated_paths.data_dir)
    with pytest.raises(RestoreError, match="damaged"):
        backups.restore(copy.path)
    assert snapshot(migrated_paths.data_dir) == before
    assert len(world.plan.get_week(MONDAY).sessions) == 1


def test_a_foreign_file_is_refused(backups: BackupService, tmp_path: Path) -> None:
    stranger = tmp_path / "photos.sqlite"
    with closing(sqlite3.connect(stranger)) as con:
        con.execute("CREATE TABLE photos (name TEXT)")
    with pytest.raises(RestoreError, match="not a RepairPlanner plan"):
        backups.restore(stranger)
    with pytest.raises(RestoreError, match="no backup called"):
        backups.find("nothing-like-it.sqlite")


def test_a_copy_from_before_an_update_is_brought_up_to_date(
    world: World, backups: BackupService, tmp_path: Path, migrated_paths: AppPaths
) -> None:
    old = tmp_path / "old.sqlite"
    upgrade(old, "0001")
    backups.restore(old)
    with closing(sqlite3.connect(migrated_paths.database)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert world.couples.get() is None  # the old copy had no couple yet
