"""Consistent copies of the database file through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from repairplanner.core.clock import Clock
from repairplanner.core.dates import file_stamp
from repairplanner.db.preflight import open_read_only


def backup_database(database: Path, backups_dir: Path, reason: str, *, clock: Clock) -> Path:
    """Copy `database` into `backups_dir` (made private) and return the new file's path, named by local time."""
    backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = file_stamp(clock.to_local(clock.now()))
    target = backups_dir / f"repairplanner-{stamp}-{reason}.sqlite"
    partial = target.with_suffix(".partial")
    with closing(open_read_only(database)) as source, closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)
    os.replace(partial, target)
    return target
