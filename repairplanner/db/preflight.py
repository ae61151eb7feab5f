"""Start-up checks on the database file with the standard library only (no SQLAlchemy, no Alembic).

They decide whether the file is new, current, older, newer or unusable before anything writes to it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from repairplanner.core.errors import DatabaseCorruptError, DatabaseMissingError, DatabaseTooNewError
from repairplanner.core.i18n import translate
from repairplanner.db.revisions import HEAD_REVISION, KNOWN_REVISIONS

LIBRARY_DIGEST_KEY = "library.builtin_digest"


@dataclass(frozen=True, slots=True)
class DatabaseState:
    """What the start-up checks found: no database yet, or one at a known revision."""

    exists: bool
    revision: str | None = None
    library_digest: str | None = None
    #: An empty SQLite file and no marker: a first start that was killed before it finished; it is made again.
    half_made: bool = False

    @property
    def current(self) -> bool:
        return self.revision == HEAD_REVISION


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that changes nothing on disk.

    A plain read-only connection to a WAL database still creates its -wal and -shm files; with no -wal
    file present the main file is complete, so it is opened as immutable and nothing is created.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True)


def inspect_database(database: Path, marker: Path, backups_dir: Path, *, check_pages: bool = True) -> DatabaseState:
    """Classify the database file, raising a StartupError for anything that must not be touched.

    Nothing here writes: the file is opened read-only and checked with `PRAGMA quick_check`, so a damaged file
    that still opens is refused like an unreadable one, before any migration or write could make it worse. With
    `check_pages` False the caller runs that check itself (`PageCheck`) before anything writes.
    """
    if not database.exists() or database.stat().st_size == 0:
        if marker.exists() or database.exists():
            raise DatabaseMissingError(_missing_message(database, backups_dir))
        return DatabaseState(exists=False)
    try:
        with closing(open_read_only(database)) as con:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables and not marker.exists():
                # A first start killed before its creation committed: an empty SQLite file, no data, no marker.
                return DatabaseState(exists=False, half_made=True)
            if "alembic_version" not in tables:
                foreign = translate("Database", "it is not a RepairPlanner database")
                raise DatabaseCorruptError(_corrupt_message(database, foreign))
            problems = quick_check(con) if check_pages else ""
            if problems:
                raise DatabaseCorruptError(_damage_message(database, backups_dir))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            digest = None
            if "settings" in tables:
                found = con.execute("SELECT value FROM settings WHERE key = ?", (LIBRARY_DIGEST_KEY,)).fetchone()
                digest = _json_text(found[0]) if found else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(_corrupt_message(database, str(exc), backups_dir)) from exc
    revision = row[0] if row else None
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNewError(
            translate(
                "Database",
                "The data in {database} was saved by a newer version of RepairPlanner "
                "(schema {revision}). Please install that version or a later one to open "
                "it. Nothing was changed.",
            ).format(database=database, revision=revision)
        )
    return DatabaseState(exists=True, revision=revision, library_digest=digest)


class PageCheck:
    """SQLite's check of every page of a database, run on a thread of its own (SQLite works without Python's lock,
    so on a second core it costs the window nothing, where the file's size would otherwise add to every start).

    `wait` gives its verdict, as `inspect_database` would have: call it before anything writes to the file.
    """

    def __init__(self, database: Path, backups_dir: Path) -> None:
        self._database = database
        self._backups_dir = backups_dir
        self._found: str | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with closing(open_read_only(self._database)) as con:
                self._found = quick_check(con)
        except BaseException as error:  # handed to the main thread by `wait`
            self._error = error

    def wait(self) -> None:
        """Return once the check is done; raise DatabaseCorruptError if it found damage or could not read."""
        self._thread.join()
        if isinstance(self._error, sqlite3.DatabaseError):
            raise DatabaseCorruptError(_corrupt_message(self._database, str(self._error), self._backups_dir))
        if self._error is not None:
            raise self._error
        if self._found:
            raise DatabaseCorruptError(_damage_message(self._database, self._backups_dir))


def _damage_message(database: Path, backups_dir: Path) -> str:
    return _corrupt_message(database, translate("Database", "SQLite's own check found damage"), backups_dir)


def quick_check(con: sqlite3.Connection, *, thorough: bool = False) -> str:
    """'' when SQLite finds the file sound; otherwise its first complaint (`integrity_check` when thorough)."""
    pragma = "integrity_check(1)" if thorough else "quick_check(1)"
    found = con.execute(f"PRAGMA {pragma}").fetchone()
    result = str(found[0]) if found else "no answer"
    return "" if result == "ok" else result


def is_sound_copy(path: Path, *, thorough: bool = True) -> bool:
    """Whether `path` is a readable RepairPlanner database that passes SQLite's own check; never writes."""
    try:
        with closing(open_read_only(path)) as con:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                return False
            if quick_check(con, thorough=thorough):
                return False
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return row is not None and row[0] in KNOWN_REVISIONS
    except (sqlite3.Error, OSError):
        return False


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The newest copy in `backups_dir` that passes a quick check, or None."""
    if not backups_dir.is_dir():
        return None
    for candidate in sorted(backups_dir.glob("*.sqlite"), key=lambda p: p.name, reverse=True):
        if is_sound_copy(candidate, thorough=False):
            return candidate
    return None


def _json_text(raw: str) -> str | None:
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _missing_message(database: Path, backups_dir: Path) -> str:
    backups = sorted(backups_dir.glob("*.sqlite")) if backups_dir.is_dir() else []
    hint = (
        translate("Database", "The newest backup is {path}; restore it with 'repairplanner restore {name}'.").format(
            path=backups[-1], name=backups[-1].name
        )
        if backups
        else translate("Database", "If you have a copy of that file, put it back there.")
    )
    if database.exists():
        state = translate(
            "Database",
            "RepairPlanner's data file {database} is empty, although a plan was kept here before. "
            "Nothing was changed and nothing was re-created.",
        )
    else:
        state = translate(
            "Database",
            "RepairPlanner's data file {database} is missing, although a plan was kept here before. "
            "Nothing was changed and nothing was re-created.",
        )
    return f"{state.format(database=database)} {hint}"


def _corrupt_message(database: Path, detail: str, backups_dir: Path | None = None) -> str:
    good = newest_good_backup(backups_dir) if backups_dir is not None else None
    hint = (
        translate(
            "Database", "The newest good backup is {path}; restore it with 'repairplanner restore {name}'."
        ).format(path=good, name=good.name)
        if good is not None
        else translate("Database", "Keep a copy of the file and restore a backup if you have one.")
    )
    message = translate(
        "Database",
        "RepairPlanner cannot read its data file {database} ({detail}). It may be damaged. Nothing was changed.",
    )
    return f"{message.format(database=database, detail=' '.join(detail.split())[:120])} {hint}"
