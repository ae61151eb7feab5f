"""Copies of the database through SQLite's online backup API: private, checked, never left half-written."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from repairplanner.db.preflight import is_sound_copy, open_read_only

BACKUP_PREFIX = "repairplanner-"
BACKUP_SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y%m%d-%H%M%S"


class BackupError(Exception):
    """A copy could not be made or did not pass its check; nothing was left behind."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def backup_name(when: dt.datetime, reason: str) -> str:
    """`repairplanner-YYYYMMDD-HHMMSS-reason.sqlite`: sortable, and the date is read back from it."""
    return f"{BACKUP_PREFIX}{when.strftime(STAMP_FORMAT)}-{reason}{BACKUP_SUFFIX}"


def backup_time(path: Path) -> dt.datetime | None:
    """When the copy at `path` was made, read from its name; None for a file that is not one of ours."""
    name = path.name
    if not (name.startswith(BACKUP_PREFIX) and name.endswith(BACKUP_SUFFIX)):
        return None
    try:
        return dt.datetime.strptime(name[len(BACKUP_PREFIX) : len(BACKUP_PREFIX) + 15], STAMP_FORMAT)
    except ValueError:
        return None


def backup_database(
    database: Path, backups_dir: Path, reason: str, *, now: dt.datetime | None = None, check: bool = True
) -> Path:
    """Copy `database` into `backups_dir` (0700, the copy 0600), check it, and return its path.

    The copy is made under a temporary name, flushed, checked with `integrity_check` and only then renamed;
    any failure removes it and raises BackupError.
    """
    when = now or dt.datetime.now()
    target = backups_dir / backup_name(when, reason)
    counter = 1
    while target.exists():
        counter += 1
        target = backups_dir / backup_name(when, f"{reason}-{counter}")
    partial = target.with_suffix(".partial")
    try:
        backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(descriptor)
        with closing(open_read_only(database)) as source, closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
            # A single self-contained file: no -wal next to a copy.
            copy.execute("PRAGMA journal_mode=DELETE")
        with open(partial, "rb+") as file:
            os.fsync(file.fileno())
        if check and not is_sound_copy(partial):
            raise BackupError("the copy did not pass its check")
        os.replace(partial, target)
    except OSError as error:
        raise BackupError("the disk is full" if error.errno == errno.ENOSPC else error.strerror or str(error)) from None
    except sqlite3.Error as error:
        text = str(error)
        raise BackupError("the disk is full" if "full" in text.lower() else text) from None
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return target
