"""Bring a database file to the current schema with Alembic, safely: backup first, all or nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from repairplanner.core.clock import Clock, local_now
from repairplanner.core.errors import StartupError
from repairplanner.core.i18n import translate
from repairplanner.db.preflight import DatabaseState
from repairplanner.db.revisions import HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationError(StartupError):
    """A migration failed; the database was left as it was."""


def prepare_database(
    database: Path, marker: Path, backups_dir: Path, state: DatabaseState, *, clock: Clock
) -> Path | None:
    """Create or upgrade the database to the head revision; return the backup made before upgrading, if any.

    A new database is built beside its final name and renamed into place only once it is complete, and the
    marker is written after that: a start killed half-way leaves nothing the next start refuses. An upgrade
    that fails leaves the file as it was and removes the backup made for it, so retries do not pile them up.
    """
    backup = None
    if not state.current:
        if state.exists:
            from repairplanner.db.backup import BackupError, backup_database  # only when there is something to upgrade

            try:
                backup = backup_database(database, backups_dir, f"before-{HEAD_REVISION}", now=local_now(clock))
            except BackupError as error:
                raise MigrationError(
                    translate(
                        "Database",
                        "RepairPlanner needs to update its data file {database}, but could not "
                        "first make a backup ({reason}). Nothing was changed; free some space "
                        "and start it again.",
                    ).format(database=database, reason=error.reason)
                ) from None
            try:
                upgrade(database, HEAD_REVISION)
            except BaseException:
                backup.unlink(missing_ok=True)
                raise
        else:
            create(database)
    marker.touch(exist_ok=True)
    return backup


def create(database: Path) -> None:
    """Build a new database at the head revision under a temporary name, then rename it into place."""
    for leftover in _sidecars(database):
        leftover.unlink(missing_ok=True)  # an empty file from a killed first start, never a plan (preflight checked)
    building = database.with_name(database.name + ".new")
    for leftover in (building, *_sidecars(building)):
        leftover.unlink(missing_ok=True)
    try:
        upgrade(building, HEAD_REVISION)
        with open(building, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(building, database)
    except OSError as error:
        raise MigrationError(
            translate(
                "Database",
                "RepairPlanner could not create its data file {database} ({reason}). "
                "Nothing was kept; free some space or choose another folder with "
                "--data-dir.",
            ).format(database=database, reason=_reason(error))
        ) from None
    finally:
        for leftover in (building, *_sidecars(building)):
            leftover.unlink(missing_ok=True)


def _sidecars(database: Path) -> tuple[Path, ...]:
    return tuple(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def _reason(error: OSError) -> str:
    return translate("Database", "the disk is full") if error.errno == errno.ENOSPC else (error.strerror or str(error))


def upgrade(database: Path, revision: str) -> None:
    """Run the migrations up to `revision` in one transaction, with foreign keys off, then check them."""
    from alembic import command
    from alembic.config import Config

    from repairplanner.db.engine import make_engine

    # Foreign keys must be off *outside* the transaction: a batch table rebuild with them on
    # cascades deletes into child tables without a word.
    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.connect() as connection, connection.begin():
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(
                    translate(
                        "Database",
                        "Updating the data file {database} would break {count} links between "
                        "records, so it was not updated. Nothing was changed; please report this.",
                    ).format(database=database, count=len(problems))
                )
    except MigrationError:
        raise
    except Exception as error:  # any failure inside the one transaction: it was rolled back
        detail = _reason(error) if isinstance(error, OSError) else " ".join(str(error).split())[:160]
        if "disk is full" in str(error).lower() or "database or disk is full" in str(error).lower():
            detail = translate("Database", "the disk is full")
        raise MigrationError(
            translate(
                "Database",
                "Updating the data file {database} failed ({detail}), so it was not "
                "updated. Nothing was changed; please report this if it happens again.",
            ).format(database=database, detail=detail)
        ) from None
    finally:
        engine.dispose()
