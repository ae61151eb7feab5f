"""Copies of the database through SQLite's online backup API: private, checked, never left half-written."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from repairplanner.core.backups import BackupInfo
from repairplanner.core.clock import Clock, local_now
from repairplanner.core.i18n import translate
from repairplanner.core.retention import DEFAULT_POLICY, RetentionPolicy, backups_to_keep
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
    database: Path,
    backups_dir: Path,
    reason: str,
    *,
    clock: Clock | None = None,
    now: dt.datetime | None = None,
    check: bool = True,
) -> Path:
    """Copy `database` into `backups_dir` (0700, the copy 0600), check it, and return its path.

    The copy is made under a temporary name, flushed, checked with `integrity_check` and only then renamed;
    any failure removes it and raises BackupError.
    """
    if now is None and clock is None:
        raise ValueError("a backup is named by the time: pass the clock (or the local time it read)")
    when = now if now is not None else local_now(clock)  # type: ignore[arg-type]  # one of them is set
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
            raise BackupError(translate("Database", "the copy did not pass its check"))
        os.replace(partial, target)
    except OSError as error:
        full = error.errno == errno.ENOSPC
        raise BackupError(translate("Database", "the disk is full") if full else error.strerror or str(error)) from None
    except sqlite3.Error as error:
        text = str(error)
        raise BackupError(translate("Database", "the disk is full") if "full" in text.lower() else text) from None
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    return target


def backup_reason(path: Path) -> str:
    """The reason part of a copy's name (`daily`, `on-close`, `before-0004`, …)."""
    return path.name[len(BACKUP_PREFIX) + 16 : -len(BACKUP_SUFFIX)]


def list_backups(backups_dir: Path) -> list[Path]:
    """Our copies in `backups_dir`, newest first; other files are ignored."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.iterdir() if p.is_file() and backup_time(p) is not None]
    return sorted(found, key=lambda p: p.name, reverse=True)


def prune_backups(backups_dir: Path, now: dt.datetime, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the copies the rolling schedule no longer keeps; return what was deleted."""
    copies = {path: backup_time(path) for path in list_backups(backups_dir)}
    keep = backups_to_keep([t for t in copies.values() if t is not None], now, policy)
    pruned = []
    for path, when in copies.items():
        if when not in keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                pruned.append(path)
    return pruned


#: Timestamps that tell when a plan last changed (custom exercises only: built-ins change with the app).
_CHANGE_COLUMNS = (
    ("planned_sessions", "updated_at", ""),
    ("reflections", "updated_at", ""),
    ("consent_events", "at", ""),
    ("check_ins", "at", ""),
    ("level_choices", "at", ""),
    ("ready_answers", "at", ""),
    ("pauses", "started_at", ""),
    ("pauses", "ended_at", ""),
    ("pause_resumes", "at", ""),
    ("partners", "created_at", ""),
    ("exercises", "updated_at", " WHERE source = 'custom'"),
)


def describe_copy(path: Path, *, thorough: bool = False) -> BackupInfo | None:
    """What a copy holds, read without writing; None for a file that cannot be read as a plan at all."""
    made = backup_time(path)
    try:
        with closing(open_read_only(path)) as con:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "weeks" not in tables or "planned_sessions" not in tables:
                return None
            weeks = con.execute("SELECT count(*) FROM weeks").fetchone()[0]
            sessions = con.execute("SELECT count(*) FROM planned_sessions WHERE removed_at IS NULL").fetchone()[0]
            stamps = []
            for table, column, where in _CHANGE_COLUMNS:
                if table in tables:
                    found = con.execute(f"SELECT max({column}) FROM {table}{where}").fetchone()[0]
                    if found:
                        stamps.append(str(found))
    except (sqlite3.Error, OSError):
        return None
    last = _parse_stamp(max(stamps)) if stamps else None
    if made is None:
        made = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(
        path=path,
        made_at=made,
        reason=backup_reason(path) if backup_time(path) else "",
        weeks=int(weeks),
        sessions=int(sessions),
        last_change=last,
        sound=is_sound_copy(path, thorough=thorough),
    )


def _parse_stamp(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def content_digest(path: Path) -> str:
    """A digest of every row of every table, to tell whether the plan changed since a copy was made."""
    import hashlib

    digest = hashlib.sha256()
    with closing(open_read_only(path)) as con:
        tables = [
            row[0]
            for row in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in con.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    return digest.hexdigest()
