"""Start-up checks on the database file: new, current, older, newer, damaged, missing or empty."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from repairplanner.core.errors import DatabaseCorruptError, DatabaseMissingError, DatabaseTooNewError
from repairplanner.db.backup import backup_database
from repairplanner.db.migrate import upgrade
from repairplanner.db.preflight import PageCheck, inspect_database
from repairplanner.db.revisions import HEAD_REVISION
from repairplanner.db.startup import finish_storage, prepare_storage
from repairplanner.paths import AppPaths
from tests.conftest import LIBRARY_DIR
from tests.helpers import damaged_deep_inside, pinned_clock, snapshot


def inspect(tmp_path: Path, db: Path) -> object:
    return inspect_database(db, tmp_path / ".database-created", tmp_path / "backups")


def test_no_database_and_no_marker_is_a_first_run(tmp_path: Path) -> None:
    state = inspect(tmp_path, tmp_path / "db.sqlite")
    assert state.exists is False and state.current is False
    assert list(tmp_path.iterdir()) == []


def test_a_current_database_is_recognised(tmp_path: Path, template_database: Path) -> None:
    db = tmp_path / "db.sqlite"
    db.write_bytes(template_database.read_bytes())
    state = inspect(tmp_path, db)
    assert state.exists and state.current and state.revision == HEAD_REVISION


def test_an_older_database_is_recognised_as_needing_an_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    upgrade(db, "0001")
    state = inspect(tmp_path, db)
    assert state.revision == "0001" and not state.current


@pytest.mark.parametrize("empty", [True, False], ids=["empty", "missing"])
def test_a_vanished_database_is_never_treated_as_a_first_run(tmp_path: Path, empty: bool) -> None:
    (tmp_path / ".database-created").touch()
    backups = tmp_path / "backups"
    backups.mkdir()
    (backups / "repairplanner-20261101-100000-before-0002.sqlite").write_bytes(b"x")
    db = tmp_path / "db.sqlite"
    if empty:
        db.touch()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseMissingError) as caught:
        inspect(tmp_path, db)
    assert ("is empty" if empty else "is missing") in caught.value.message
    assert "repairplanner-20261101-100000-before-0002.sqlite" in caught.value.message
    assert "Nothing was changed" in caught.value.message
    assert snapshot(tmp_path) == before


def test_garbage_bytes_are_reported_as_damaged(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    db.write_bytes(b"this is not a database at all " * 200)
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseCorruptError, match="may be damaged"):
        inspect(tmp_path, db)
    assert snapshot(tmp_path) == before


def test_a_truncated_database_is_reported_as_damaged(tmp_path: Path, template_database: Path) -> None:
    db = tmp_path / "db.sqlite"
    db.write_bytes(template_database.read_bytes()[:3000])
    with pytest.raises(DatabaseCorruptError):
        inspect(tmp_path, db)


def test_a_foreign_sqlite_file_is_not_mistaken_for_ours(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    with closing(sqlite3.connect(db)) as con:
        con.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(DatabaseCorruptError, match="not a RepairPlanner database"):
        inspect(tmp_path, db)


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path, template_database: Path) -> None:
    db = tmp_path / "db.sqlite"
    db.write_bytes(template_database.read_bytes())
    with closing(sqlite3.connect(db)) as con:
        con.execute("UPDATE alembic_version SET version_num = '9001'")
        con.commit()
    before = snapshot(tmp_path)
    with pytest.raises(DatabaseTooNewError, match="newer version") as caught:
        inspect(tmp_path, db)
    assert "9001" in caught.value.message
    assert snapshot(tmp_path) == before


def test_backup_is_a_consistent_private_copy(tmp_path: Path, template_database: Path) -> None:
    db = tmp_path / "db.sqlite"
    db.write_bytes(template_database.read_bytes())
    with closing(sqlite3.connect(db)) as con:
        con.execute("INSERT INTO settings (key, value) VALUES ('couple.stop_signal', '\"red card\"')")
        con.commit()
    # Named by the wall clock where the couple lives: 21:00 UTC is already 11:00 the next morning at UTC+14.
    clock = pinned_clock(dt.datetime(2026, 11, 30, 21, 0, tzinfo=dt.timezone.utc), dt.timezone(dt.timedelta(hours=14)))
    copy = backup_database(db, tmp_path / "backups", "test", clock=clock)
    assert copy.name == "repairplanner-20261201-110000-test.sqlite"
    assert copy.parent == tmp_path / "backups"
    assert (copy.parent.stat().st_mode & 0o777) == 0o700
    with closing(sqlite3.connect(copy)) as con:
        assert con.execute("SELECT value FROM settings WHERE key = 'couple.stop_signal'").fetchone() == ('"red card"',)
    assert not list(copy.parent.glob("*.partial"))


def test_damage_only_the_page_check_finds_is_refused(tmp_path: Path, template_database: Path) -> None:
    db = damaged_deep_inside(tmp_path / "db.sqlite", template_database)
    assert inspect_database(db, tmp_path / ".database-created", tmp_path / "backups", check_pages=False).current
    with pytest.raises(DatabaseCorruptError, match="may be damaged"):
        inspect(tmp_path, db)


def test_the_page_check_on_its_own_thread_gives_the_same_verdict_before_anything_is_written(
    migrated_paths: AppPaths, template_database: Path
) -> None:
    damaged_deep_inside(migrated_paths.database, template_database)
    before = snapshot(migrated_paths.data_dir)
    storage = prepare_storage(migrated_paths, LIBRARY_DIR, clock=pinned_clock(), check_pages_later=True)
    assert storage.page_check is not None  # left running while the caller reads
    with pytest.raises(DatabaseCorruptError, match="may be damaged"):
        finish_storage(storage)
    assert snapshot(migrated_paths.data_dir) == before


def test_a_sound_database_passes_the_check_on_its_own_thread(migrated_paths: AppPaths) -> None:
    storage = prepare_storage(migrated_paths, LIBRARY_DIR, clock=pinned_clock(), check_pages_later=True)
    finish_storage(storage)  # no verdict against it
    PageCheck(migrated_paths.database, migrated_paths.backups_dir).wait()


def test_a_database_to_migrate_is_checked_before_the_migration_even_when_asked_to_check_later(
    migrated_paths: AppPaths, template_database: Path
) -> None:
    damaged_deep_inside(migrated_paths.database, template_database)
    with closing(sqlite3.connect(migrated_paths.database)) as con:
        con.execute("UPDATE alembic_version SET version_num = '0001'")
        con.commit()
    before = snapshot(migrated_paths.data_dir)
    with pytest.raises(DatabaseCorruptError, match="may be damaged"):
        prepare_storage(migrated_paths, LIBRARY_DIR, clock=pinned_clock(), check_pages_later=True)
    assert snapshot(migrated_paths.data_dir) == before  # no backup made, nothing migrated
