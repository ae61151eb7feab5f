"""Bring a database file to the current schema with Alembic, safely: backup first, all or nothing."""

from __future__ import annotations

from pathlib import Path

from repairplanner.core.clock import Clock
from repairplanner.core.errors import StartupError
from repairplanner.db.preflight import DatabaseState
from repairplanner.db.revisions import HEAD_REVISION

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class MigrationError(StartupError):
    """A migration failed; the database was left as it was."""


def prepare_database(
    database: Path, marker: Path, backups_dir: Path, state: DatabaseState, *, clock: Clock
) -> Path | None:
    """Create or upgrade the database to the head revision; return the backup made before upgrading, if any."""
    backup = None
    if not state.current:
        if state.exists:
            from repairplanner.db.backup import backup_database  # only when there is something to upgrade

            backup = backup_database(database, backups_dir, f"before-{HEAD_REVISION}", clock=clock)
        upgrade(database, HEAD_REVISION)
    marker.touch(exist_ok=True)
    return backup


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
                    f"Updating the data file {database} would break {len(problems)} links between records, "
                    "so it was not updated. Nothing was changed; please report this."
                )
    finally:
        engine.dispose()
