"""Reading every table of a plan, and building a new plan file from an export, with the standard sqlite3 module.

Rows are copied as SQLite stores them, so an export and an import round-trip exactly. A new file is built under a
temporary name from an empty database at the export's schema revision, checked (constraints, foreign keys,
integrity), brought up to the current revision, and only then handed back for the caller to put in place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

from repairplanner.core.export_format import ExportedPlan, ExportFormatError, Table, Value
from repairplanner.core.i18n import translate
from repairplanner.db.preflight import open_read_only, quick_check
from repairplanner.db.revisions import HEAD_REVISION, KNOWN_REVISIONS

#: Not exported: the schema revision travels in the header instead.
SKIPPED_TABLES = frozenset({"alembic_version"})

_EMPTY_DATABASES: dict[str, bytes] = {}


def read_all_tables(database: Path) -> tuple[str, dict[str, Table]]:
    """The revision and every table of `database`, read in one read transaction (a consistent snapshot)."""
    with closing(open_read_only(database)) as con:
        con.execute("BEGIN")
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {}
        for name in _table_names(con):
            columns = tuple(row[1] for row in con.execute(f'PRAGMA table_info("{name}")'))
            rows = tuple(tuple(row) for row in con.execute(f'SELECT * FROM "{name}" ORDER BY rowid'))
            tables[name] = Table(columns, rows)
        con.execute("COMMIT")
    return str(revision), tables


def _table_names(con: sqlite3.Connection) -> list[str]:
    names = [
        row[0]
        for row in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return [n for n in names if n not in SKIPPED_TABLES]


def empty_database(revision: str) -> bytes:
    """The bytes of an empty database at `revision`, made once per process with the real migrations."""
    if revision not in KNOWN_REVISIONS:
        raise ExportFormatError(
            translate(
                "ImportFile",
                "it was written by a newer version of RepairPlanner (schema {revision}); "
                "install that version or a later one to import it",
            ).format(revision=revision[:20])
        )
    if revision not in _EMPTY_DATABASES:
        from repairplanner.db.migrate import upgrade

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "empty.sqlite"
            upgrade(path, revision)
            _EMPTY_DATABASES[revision] = path.read_bytes()
    return _EMPTY_DATABASES[revision]


def schema_at(revision: str) -> dict[str, tuple[str, ...]]:
    """Table → column names of an empty database at `revision` (the tables an export must hold)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "schema.sqlite"
        path.write_bytes(empty_database(revision))
        with closing(sqlite3.connect(path)) as con:
            return {
                name: tuple(row[1] for row in con.execute(f'PRAGMA table_info("{name}")')) for name in _table_names(con)
            }


def build_database(target: Path, plan: ExportedPlan) -> None:
    """Write `plan` into a new file at `target` (which must not exist), checked and at the current revision.

    Raises ExportFormatError (and removes `target`) when the rows break a constraint, a link between records,
    or SQLite's own integrity check.
    """
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(empty_database(plan.schema_revision))
        file.flush()
        os.fsync(file.fileno())
    try:
        _insert(target, plan.tables)
        if plan.schema_revision != HEAD_REVISION:
            from repairplanner.db.migrate import upgrade

            upgrade(target, HEAD_REVISION)
        with closing(sqlite3.connect(target)) as con:
            con.execute("PRAGMA journal_mode=DELETE")
            problem = quick_check(con, thorough=True)
            if problem:
                raise ExportFormatError(
                    translate("ImportFile", "the data in it does not hold together ({problem})").format(
                        problem=problem[:80]
                    )
                )
        with open(target, "rb+") as file:
            os.fsync(file.fileno())
    except BaseException:
        for leftover in (target, target.with_name(target.name + "-journal"), target.with_name(target.name + "-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _insert(target: Path, tables: Mapping[str, Table]) -> None:
    with closing(sqlite3.connect(target, isolation_level=None)) as con:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("PRAGMA secure_delete=ON")
        con.execute("BEGIN")
        try:
            for name, table in tables.items():
                if not table.rows:
                    continue
                columns = ", ".join(f'"{c}"' for c in table.columns)
                marks = ", ".join("?" for _ in table.columns)
                con.executemany(f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', _rows(table.rows))
            broken = con.execute("PRAGMA foreign_key_check").fetchone()
            if broken is not None:
                raise ExportFormatError(
                    translate("ImportFile", "a record in the table {table} points to one that is not there").format(
                        table=broken[0]
                    )
                )
            con.execute("COMMIT")
        except sqlite3.IntegrityError as error:
            con.execute("ROLLBACK")
            raise ExportFormatError(
                translate("ImportFile", "a record breaks the plan's rules ({error})").format(error=_short(error))
            ) from None
        except (sqlite3.Error, OverflowError, UnicodeEncodeError, ValueError) as error:
            if con.in_transaction:
                con.execute("ROLLBACK")
            if isinstance(error, ExportFormatError):
                raise
            raise ExportFormatError(
                translate("ImportFile", "a record could not be stored ({error})").format(error=_short(error))
            ) from None


def _rows(rows: tuple[tuple[Value, ...], ...]) -> list[tuple[Value, ...]]:
    return list(rows)


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 80 else text[:80] + "…"
