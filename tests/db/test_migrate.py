"""Migrations: empty to head, models equal to the migrated schema, every earlier revision upgrades losslessly."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from repairplanner.db.engine import make_engine
from repairplanner.db.migrate import MIGRATIONS_DIR, MigrationError, prepare_database, upgrade
from repairplanner.db.preflight import inspect_database
from repairplanner.db.revisions import HEAD_REVISION, KNOWN_REVISIONS
from repairplanner.db.schema import Base
from tests.helpers import pinned_clock

NOW = "2026-11-20 10:00:00.000000"


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def _seed_0001(con: sqlite3.Connection) -> None:
    con.execute(
        "INSERT INTO partners (id, seat, name, color, unavailable_weekdays, created_at) VALUES "
        f"(1, 1, 'Ana', '#2a7f7f', '[6]', '{NOW}'), (2, 2, 'Bo', NULL, '[]', '{NOW}')"
    )
    con.execute("INSERT INTO settings (key, value) VALUES ('couple.stop_signal', '\"pineapple\"')")
    for ex_id, source in (("touch-1-side-by-side", "builtin"), ("custom-abc123", "custom")):
        con.execute(
            "INSERT INTO exercises (id, source, title, track, level, minutes, summary, needs, steps, ease_out, "
            "easier, harder, agreement, safety, technique, tags, created_at, updated_at) VALUES "
            f"(?, ?, 'Title', 'touch', 1, 10, 's', '[\"a\"]', '[\"b\"]', 'e', 'e', 'h', 'a', 's', '[]', '[]', "
            f"'{NOW}', '{NOW}')",
            (ex_id, source),
        )
    con.execute("INSERT INTO weeks (id, start_date, intention) VALUES (1, '2026-11-16', 'Go gently')")
    for session_id in (1, 2, 3):
        con.execute(
            "INSERT INTO planned_sessions (id, week_id, exercise_id, day, start_time, minutes, inviter_id, note, "
            f"status, position, created_at, updated_at) VALUES ({session_id}, 1, 'touch-1-side-by-side', "
            f"'2026-11-17', '19:30:00.000000', 10, {session_id % 2 + 1}, '', 'planned', {session_id}, "
            f"'{NOW}', '{NOW}')"
        )


def _seed_0002(con: sqlite3.Connection) -> None:
    _seed_0001(con)
    con.execute(f"INSERT INTO consent_events (session_id, partner_id, given, at) VALUES (1, 1, 1, '{NOW}')")
    con.execute(
        "INSERT INTO check_ins (session_id, partner_id, light, expected_distress, at) "
        f"VALUES (1, 1, 'green', 3, '{NOW}')"
    )
    con.execute(
        "INSERT INTO reflections (session_id, partner_id, peak_distress, felt_safe, felt_close, used_stop_signal, "
        f"would_repeat, visibility, note, sealed_note, created_at, updated_at) VALUES (1, 2, 2, 8, 7, 0, 1, "
        f"'shared', 'It felt calm', NULL, '{NOW}', '{NOW}')"
    )
    con.execute(f"INSERT INTO level_choices (partner_id, track, level, reason, at) VALUES (1, 'touch', 1, '', '{NOW}')")
    con.execute(f"INSERT INTO pauses (id, started_by_id, started_at) VALUES (1, 2, '{NOW}')")
    con.execute(f"INSERT INTO pause_resumes (pause_id, partner_id, at) VALUES (1, 1, '{NOW}')")


def _seed_0003(con: sqlite3.Connection) -> None:
    _seed_0002(con)
    con.execute(f"UPDATE planned_sessions SET removed_at = '{NOW}' WHERE id = 3")


def _seed_0004(con: sqlite3.Connection) -> None:
    _seed_0003(con)
    con.execute("UPDATE exercises SET requires = '[]', neutral_title = 'A quiet talk'")
    con.execute("UPDATE planned_sessions SET solo_partner_id = 1 WHERE id = 2")


def _seed_0005(con: sqlite3.Connection) -> None:
    _seed_0004(con)
    con.execute(
        "INSERT INTO check_ins (session_id, partner_id, light, expected_distress, at, yellow_choice) "
        f"VALUES (1, 2, 'yellow', 5, '{NOW}', 'as_planned')"
    )


#: A seeding function for every revision; a new migration needs one here (a test checks this).
SEEDERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": _seed_0001,
    "0002": _seed_0002,
    "0003": _seed_0003,
    "0004": _seed_0004,
    "0005": _seed_0005,
}


def row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t != "alembic_version"}


def seed(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as con:
        SEEDERS[revision](con)
        con.commit()


def test_known_revisions_match_the_migration_scripts() -> None:
    scripts = script_directory()
    ordered = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION
    assert set(SEEDERS) == set(KNOWN_REVISIONS)


def test_empty_database_upgrades_to_head_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    upgrade(path, HEAD_REVISION)
    engine = make_engine(path)
    with engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION
    engine.dispose()


@pytest.mark.parametrize("revision", KNOWN_REVISIONS[:-1])
def test_a_database_seeded_at_an_earlier_revision_upgrades_without_losing_rows(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "db.sqlite"
    upgrade(path, revision)
    seed(path, revision)
    before = row_counts(path)
    assert sum(before.values()) > 0
    state = inspect_database(path, tmp_path / "marker", tmp_path / "backups")
    backup = prepare_database(path, tmp_path / "marker", tmp_path / "backups", state, clock=pinned_clock())
    after = row_counts(path)
    assert {t: after[t] for t in before} == before
    assert inspect_database(path, tmp_path / "marker", tmp_path / "backups").revision == HEAD_REVISION
    assert backup is not None
    assert row_counts(backup) == before
    with closing(sqlite3.connect(backup)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
    assert (tmp_path / "marker").exists()


def test_seeded_head_database_keeps_every_row_through_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    upgrade(path, HEAD_REVISION)
    seed(path, HEAD_REVISION)
    before = row_counts(path)
    state = inspect_database(path, tmp_path / "marker", tmp_path / "backups")
    assert state.current
    assert prepare_database(path, tmp_path / "marker", tmp_path / "backups", state, clock=pinned_clock()) is None
    assert row_counts(path) == before


def test_a_broken_link_found_after_migrating_rolls_everything_back(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    upgrade(path, "0001")
    with closing(sqlite3.connect(path)) as con:  # foreign keys are off by default in plain sqlite3
        _seed_0001(con)
        con.execute(
            "INSERT INTO planned_sessions (id, week_id, exercise_id, day, minutes, note, status, position, "
            f"created_at, updated_at) VALUES (99, 42, 'touch-1-side-by-side', '2026-11-17', 10, '', 'planned', 0, "
            f"'{NOW}', '{NOW}')"
        )
        con.commit()
    before = row_counts(path)
    with pytest.raises(MigrationError, match="links between records"):
        upgrade(path, HEAD_REVISION)
    assert row_counts(path) == before
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


def test_every_connection_uses_wal_full_sync_and_foreign_keys(template_database: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite"
    path.write_bytes(template_database.read_bytes())
    engine = make_engine(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_foreign_keys_cascade_and_restrict_at_head(template_database: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.sqlite"
    path.write_bytes(template_database.read_bytes())
    with closing(sqlite3.connect(path)) as con:
        _seed_0002(con)
        con.commit()
    engine = make_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM weeks WHERE id = 1")
        assert connection.exec_driver_sql("SELECT count(*) FROM planned_sessions").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM consent_events").scalar() == 0
    engine.dispose()


def test_timestamps_are_stored_as_readable_utc(tmp_path: Path) -> None:
    from repairplanner.db.schema import utcnow

    stamp = utcnow()
    assert stamp.tzinfo is None
    assert abs(stamp - dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)) < dt.timedelta(seconds=5)
