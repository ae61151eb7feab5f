"""Start-up trusts nothing (issue 11, item 4): damaged files, failed upgrades, killed first starts, locks, modes."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from repairplanner.app import open_storage
from repairplanner.core.clock import Clock
from repairplanner.core.errors import AlreadyRunningError, DatabaseCorruptError, StartupError
from repairplanner.db.backup import backup_database
from repairplanner.db.migrate import MigrationError, upgrade
from repairplanner.db.preflight import inspect_database
from repairplanner.db.revisions import HEAD_REVISION
from repairplanner.lock import DiskFullError, take_lock
from repairplanner.paths import AppPaths
from tests.helpers import snapshot

#: The machine's clock: these tests are about files on disk, not about dates.
CLOCK = Clock()

NOW = "2026-11-16 09:00:00.000000"


def damage_a_table(database: Path, table: str = "weeks") -> None:
    """Overwrite one table's root page with noise: the file still opens and names its revision."""
    with closing(sqlite3.connect(database)) as con:
        root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
    with open(database, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(bytes(range(256)) * (page_size // 256))


def test_a_damaged_file_that_still_opens_is_refused_naming_the_newest_good_backup(migrated_paths: AppPaths) -> None:
    paths = migrated_paths
    good = backup_database(paths.database, paths.backups_dir, "daily", clock=CLOCK)
    damage_a_table(paths.database)
    with closing(sqlite3.connect(f"{paths.database.as_uri()}?mode=ro", uri=True)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    before = snapshot(paths.data_dir)
    with pytest.raises(DatabaseCorruptError) as caught:
        open_storage(paths, clock=CLOCK)
    assert "may be damaged" in caught.value.message and good.name in caught.value.message
    assert "\n" not in caught.value.message
    assert snapshot(paths.data_dir) == before


def test_a_damaged_older_file_is_refused_before_any_migration_or_backup(tmp_path: Path) -> None:
    database = tmp_path / "repairplanner.sqlite"
    upgrade(database, "0001")
    (tmp_path / ".database-created").touch()
    damage_a_table(database)
    before = snapshot(tmp_path)
    paths = AppPaths(tmp_path, tmp_path / "config")
    with pytest.raises(DatabaseCorruptError):
        open_storage(paths, clock=CLOCK)
    assert snapshot(tmp_path) == before and not paths.backups_dir.exists()


def _seed_a_broken_link(database: Path) -> None:
    upgrade(database, "0001")
    with closing(sqlite3.connect(database)) as con:
        con.execute(
            "INSERT INTO planned_sessions (id, week_id, exercise_id, day, minutes, note, status, position, "
            f"created_at, updated_at) VALUES (99, 42, 'touch-1-side-by-side', '2026-11-17', 10, '', 'planned', 0, "
            f"'{NOW}', '{NOW}')"
        )
        con.commit()


def run_app(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "repairplanner", "--data-dir", str(data), "--startup-probe"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )


def test_a_failed_migration_is_one_line_exit_2_and_leaves_no_pile_of_backups(tmp_path: Path) -> None:
    database = tmp_path / "repairplanner.sqlite"
    _seed_a_broken_link(database)
    (tmp_path / ".database-created").touch()
    before = snapshot(tmp_path)
    for _attempt in range(2):
        result = run_app(tmp_path)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if line.startswith("repairplanner: ")]
        assert len(lines) == 1 and "was not updated" in lines[0], result.stderr
        assert snapshot(tmp_path) == before  # no backup, no partial file, the database as it was


def test_a_failed_pre_migration_backup_stops_before_the_upgrade(tmp_path: Path) -> None:
    database = tmp_path / "repairplanner.sqlite"
    upgrade(database, "0001")
    (tmp_path / ".database-created").touch()
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    before = snapshot(tmp_path)
    with pytest.raises(MigrationError) as caught:
        open_storage(AppPaths(tmp_path, tmp_path / "config"), clock=CLOCK)
    assert "could not first make a backup" in caught.value.message
    assert snapshot(tmp_path) == before


def test_a_full_disk_during_the_pre_migration_backup_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from repairplanner.db import backup

    database = tmp_path / "repairplanner.sqlite"
    upgrade(database, "0001")
    (tmp_path / ".database-created").touch()
    before = snapshot(tmp_path)

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup.os, "fsync", full)
    with pytest.raises(MigrationError, match="the disk is full"):
        open_storage(AppPaths(tmp_path, tmp_path / "config"), clock=CLOCK)
    assert snapshot(tmp_path) == before
    assert list((tmp_path / "backups").iterdir()) == []


# --- a first start killed at any point -------------------------------------------------------------------------------


def _killed_first_start(tmp_path: Path, stage: str) -> AppPaths:
    """The data folder as a kill -9 can leave it at each stage of a first start."""
    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "config")
    paths.data_dir.mkdir(mode=0o700)
    building = paths.database.with_name(paths.database.name + ".new")
    if stage == "building":
        upgrade(building, "0002")  # part of the way there, under its temporary name
        building.with_name(building.name + "-wal").write_bytes(b"\0" * 100)
    elif stage == "empty file":  # an older version, killed before its first transaction committed
        with closing(sqlite3.connect(paths.database)) as con:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("CREATE TABLE t (x)")
            con.execute("DROP TABLE t")
    elif stage == "renamed, no marker":
        upgrade(paths.database, HEAD_REVISION)
    return paths


@pytest.mark.parametrize("stage", ["nothing yet", "building", "empty file", "renamed, no marker"])
def test_a_first_start_killed_at_any_stage_starts_next_time(tmp_path: Path, stage: str) -> None:
    paths = _killed_first_start(tmp_path, stage)
    lock, storage = open_storage(paths, clock=CLOCK)
    lock.unlock()
    assert paths.marker.exists()
    with closing(sqlite3.connect(storage.database)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == [
        ".database-created",
        "repairplanner.sqlite",
    ]


def test_a_foreign_file_with_tables_is_still_refused_on_a_first_start(tmp_path: Path) -> None:
    database = tmp_path / "repairplanner.sqlite"
    with closing(sqlite3.connect(database)) as con:
        con.execute("CREATE TABLE recipes (name TEXT)")
        con.execute("INSERT INTO recipes VALUES ('soup')")
        con.commit()
    with pytest.raises(DatabaseCorruptError):
        inspect_database(database, tmp_path / ".database-created", tmp_path / "backups")


# --- the lock --------------------------------------------------------------------------------------------------------


def test_a_full_disk_when_taking_the_lock_says_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from repairplanner import lock as lock_module

    class NoRoomLock(QLockFile):
        def tryLock(self, _timeout: int = 0) -> bool:
            return False

        def error(self) -> QLockFile.LockError:
            return QLockFile.LockError.UnknownError

    def no_room(*_args: object, **_kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_module, "QLockFile", NoRoomLock)
    monkeypatch.setattr(lock_module.tempfile, "TemporaryFile", no_room)
    with pytest.raises(DiskFullError) as caught:
        take_lock(tmp_path / ".lock", tmp_path)
    assert "is full" in caught.value.message and "already open" not in caught.value.message


def _write_lock(path: Path, pid: int, appname: str) -> None:
    """A lock file exactly as QLockFile writes it (host, machine and boot ids), naming process `pid`."""
    real = QLockFile(str(path))
    assert real.tryLock(0)
    lines = path.read_text().split("\n")
    real.unlock()
    lines[0], lines[1] = str(pid), appname
    path.write_text("\n".join(lines))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times come from /proc")
def test_a_stale_lock_whose_process_id_now_belongs_to_another_program_is_recovered(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        lock_file = tmp_path / ".lock"
        # Same program name as ours (Qt alone would think the lock is held), but started after the lock was taken.
        _write_lock(lock_file, other.pid, Path(os.readlink(f"/proc/{other.pid}/exe")).name)
        # Ten seconds old: young enough that Qt's own 30-second age rule would still call it held.
        ten_seconds_ago = time.time() - 10
        os.utime(lock_file, (ten_seconds_ago, ten_seconds_ago))
        lock = take_lock(lock_file, tmp_path)
        try:
            assert lock.isLocked() and lock_file.read_text().split("\n")[0] == str(os.getpid())
        finally:
            lock.unlock()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times come from /proc")
def test_a_lock_held_by_a_running_copy_is_respected(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        lock_file = tmp_path / ".lock"
        # Written after the process started: it is the holder.
        _write_lock(lock_file, other.pid, Path(os.readlink(f"/proc/{other.pid}/exe")).name)
        with pytest.raises(AlreadyRunningError):
            take_lock(lock_file, tmp_path)
        assert lock_file.read_text().split("\n")[0] == str(other.pid)
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=30)


# --- modes -----------------------------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_loose_folders_and_files_are_tightened_on_every_start(migrated_paths: AppPaths) -> None:
    paths = migrated_paths
    backup_database(paths.database, paths.backups_dir, "daily", clock=CLOCK)
    paths.config_dir.mkdir()
    (paths.config_dir / "window.ini").write_text("[window]\n")
    for folder in (paths.data_dir, paths.backups_dir, paths.config_dir):
        folder.chmod(0o755)
        for entry in folder.iterdir():
            if entry.is_file():
                entry.chmod(0o644)
    lock, _storage = open_storage(paths, clock=CLOCK)
    lock.unlock()
    for folder in (paths.data_dir, paths.backups_dir, paths.config_dir):
        assert folder.stat().st_mode & 0o777 == 0o700, folder
        for entry in folder.iterdir():
            if entry.is_file():
                assert entry.stat().st_mode & 0o777 == 0o600, entry


def test_startup_errors_are_single_lines(migrated_paths: AppPaths) -> None:
    damage_a_table(migrated_paths.database, "settings")
    with pytest.raises(StartupError) as caught:
        open_storage(migrated_paths, clock=CLOCK)
    assert "\n" not in caught.value.message
    shutil.rmtree(migrated_paths.backups_dir, ignore_errors=True)


def test_an_owed_wal_wipe_is_finished_at_the_next_start(migrated_paths: AppPaths) -> None:
    from repairplanner.db.wal import is_pending, pending_marker

    pending_marker(migrated_paths.database).touch()
    lock, _storage = open_storage(migrated_paths, clock=CLOCK)
    lock.unlock()
    assert not is_pending(migrated_paths.database)
