"""Emptying the write-ahead log, so that the old text of a note made private leaves the disk.

`secure_delete` zeroes old content in the database file, but the WAL keeps every page version written since the
last checkpoint. A checkpoint in TRUNCATE mode copies the log into the file and empties it; it cannot finish while
another connection (another program, or an export) is reading an older snapshot. Then it is retried a few times,
and if it still cannot finish, a marker file says so and the checkpoint is finished at the next chance: when the
app closes, or at the next start.
"""

from __future__ import annotations

import contextlib
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

#: Attempts, and how long each waits for readers to finish (milliseconds).
ATTEMPTS = 3
WAIT_MS = 150
#: The busy timeout every connection uses otherwise (db/engine.py).
NORMAL_BUSY_MS = 5000


def pending_marker(database: Path) -> Path:
    """The file that says a checkpoint is still owed."""
    return database.with_name(database.name + ".checkpoint-pending")


def _wal(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def _truncate(execute: Any) -> bool:
    """Run TRUNCATE checkpoints until one completes; True if it did."""
    for _attempt in range(ATTEMPTS):
        busy, _log, _done = execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if busy == 0:
            return True
    return False


def clear_wal(connection: Any) -> bool:
    """Checkpoint through a SQLAlchemy connection; on failure leave the marker. True if the WAL is empty now."""
    database = Path(connection.engine.url.database)

    def execute(sql: str) -> tuple[int, int, int]:
        row = connection.exec_driver_sql(sql).one()
        return int(row[0]), int(row[1]), int(row[2])

    connection.exec_driver_sql(f"PRAGMA busy_timeout={WAIT_MS}")
    try:
        done = _truncate(execute)
    finally:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={NORMAL_BUSY_MS}")
    marker = pending_marker(database)
    if done:
        with contextlib.suppress(OSError):
            marker.unlink(missing_ok=True)
    else:
        with contextlib.suppress(OSError):
            marker.touch(mode=0o600, exist_ok=True)
    return done


def is_pending(database: Path) -> bool:
    """Whether an old note's text may still be in the WAL, waiting for a checkpoint."""
    return pending_marker(database).exists()


def finish_pending(database: Path) -> bool:
    """Finish an owed checkpoint (at close or start-up); True if nothing is owed any more."""
    marker = pending_marker(database)
    if not marker.exists():
        return True
    if not database.exists() or not _wal(database).exists():
        marker.unlink(missing_ok=True)  # no log, nothing left in it
        return True
    try:
        with closing(sqlite3.connect(database, timeout=WAIT_MS / 1000)) as con:
            con.execute(f"PRAGMA busy_timeout={WAIT_MS}")

            def execute(sql: str) -> tuple[int, int, int]:
                row = con.execute(sql).fetchone()
                return int(row[0]), int(row[1]), int(row[2])

            done = _truncate(execute)
    except sqlite3.Error:
        return False
    if done:
        marker.unlink(missing_ok=True)
    return done
