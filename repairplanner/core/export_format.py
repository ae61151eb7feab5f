"""The whole-plan export file (docs/export-format.md): one UTF-8 JSON document, versioned, every table row by row.

Pure functions over bytes and plain values: `encode_export` writes it, `read_export` checks and reads it. Every
problem is an ExportFormatError whose message is one plain line; nothing here touches a file or a database.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate

FORMAT_NAME = "repairplanner-export"
FORMAT_VERSION = 1
#: Larger than a lifetime of plans (a year is well under a megabyte), small enough to refuse a hostile file quickly.
MAX_EXPORT_BYTES = 128 * 1024 * 1024
MAX_ROWS_PER_TABLE = 2_000_000
#: Integers SQLite can store.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1

#: A value as SQLite stores it.
Value = None | int | float | str | bytes


class ExportFormatError(UserFacingError):
    """The file is not a whole, readable RepairPlanner export that this version understands."""


@dataclass(frozen=True, slots=True)
class Table:
    """One table: its column names and its rows, each a tuple of values in column order."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]


@dataclass(frozen=True, slots=True)
class ExportedPlan:
    """What an export file holds: the schema revision it was written at, and every table."""

    schema_revision: str
    app_version: str
    exported_at: str
    tables: Mapping[str, Table]

    def count(self, table: str) -> int:
        found = self.tables.get(table)
        return len(found.rows) if found is not None else 0


def encode_export(plan: ExportedPlan) -> bytes:
    """The file's bytes: a header, then each table's columns and rows (bytes as {"base64": "…"})."""
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": plan.schema_revision,
        "app_version": plan.app_version,
        "exported_at": plan.exported_at,
        "tables": {
            name: {"columns": list(table.columns), "rows": [[_encode_value(v) for v in row] for row in table.rows]}
            for name, table in sorted(plan.tables.items())
        },
    }
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _encode_value(value: Value) -> Any:
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("a number that is not finite cannot be exported")
    return value


@dataclass(frozen=True, slots=True)
class ExportHeader:
    """The header, read before the tables are checked against the schema of its revision."""

    schema_revision: str
    app_version: str
    exported_at: str


def read_header(content: bytes) -> tuple[ExportHeader, Mapping[str, Any]]:
    """Parse the file and check its header; return the header and the raw tables for `read_tables`."""
    if len(content) > MAX_EXPORT_BYTES:
        raise ExportFormatError(
            translate("ImportFile", "the file is larger than any RepairPlanner export ({size} MB)").format(
                size=len(content) // 2**20
            )
        )
    if not content.strip():
        raise ExportFormatError(translate("ImportFile", "the file is empty"))
    try:
        text = content.decode("utf-8")
        document = json.loads(text, parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise ExportFormatError(translate("ImportFile", "it is not a RepairPlanner export (not text)")) from None
    except RecursionError:
        raise ExportFormatError(
            translate("ImportFile", "it is not a RepairPlanner export (nested too deeply)")
        ) from None
    except ValueError as error:
        if isinstance(error, json.JSONDecodeError):
            message = translate("ImportFile", "the file is damaged or cut short (not valid JSON near byte {position})")
            raise ExportFormatError(message.format(position=error.pos)) from None
        raise ExportFormatError(translate("ImportFile", "the file is damaged or cut short (not valid JSON)")) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ExportFormatError(translate("ImportFile", "it is not a RepairPlanner export"))
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExportFormatError(translate("ImportFile", "its format version is missing or not a number"))
    if version > FORMAT_VERSION:
        message = translate(
            "ImportFile",
            "it was written by a newer version of RepairPlanner (export format {version}); "
            "install that version or a later one to import it",
        )
        raise ExportFormatError(message.format(version=version))
    revision, app_version, exported_at = (document.get(k) for k in ("schema_revision", "app_version", "exported_at"))
    for key, value in (("schema_revision", revision), ("app_version", app_version), ("exported_at", exported_at)):
        if not isinstance(value, str) or not value or len(value) > 64:
            raise ExportFormatError(translate("ImportFile", "its header is damaged ({key})").format(key=key))
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ExportFormatError(translate("ImportFile", "it holds no tables"))
    assert isinstance(revision, str) and isinstance(app_version, str) and isinstance(exported_at, str)
    return ExportHeader(revision, app_version, exported_at), tables


def read_tables(header: ExportHeader, raw: Mapping[str, Any], schema: Mapping[str, Sequence[str]]) -> ExportedPlan:
    """Check every table against `schema` (table → columns at the header's revision) and decode its rows.

    Every table of the schema must be present with exactly its columns; each value must be a null, a whole
    number SQLite can hold, a finite number, text, or {"base64": …} bytes.
    """
    unknown = sorted(set(raw) - set(schema))
    if unknown:
        raise ExportFormatError(
            translate("ImportFile", "it holds a table this version does not know ({table})").format(
                table=_name(unknown[0])
            )
        )
    missing = sorted(set(schema) - set(raw))
    if missing:
        raise ExportFormatError(
            translate("ImportFile", "the table {table} is missing; the file is damaged or cut short").format(
                table=missing[0]
            )
        )
    tables = {}
    for name, columns in schema.items():
        tables[name] = _read_table(name, raw[name], tuple(columns))
    return ExportedPlan(header.schema_revision, header.app_version, header.exported_at, tables)


def _read_table(name: str, raw: Any, expected: tuple[str, ...]) -> Table:
    if not isinstance(raw, dict) or not isinstance(raw.get("columns"), list) or not isinstance(raw.get("rows"), list):
        raise ExportFormatError(translate("ImportFile", "the table {table} is damaged").format(table=name))
    columns = raw["columns"]
    if not all(isinstance(c, str) for c in columns) or len(set(columns)) != len(columns):
        raise ExportFormatError(
            translate("ImportFile", "the table {table} has damaged column names").format(table=name)
        )
    if set(columns) != set(expected):
        raise ExportFormatError(
            translate("ImportFile", "the table {table} does not have the columns this version expects").format(
                table=name
            )
        )
    rows = raw["rows"]
    if len(rows) > MAX_ROWS_PER_TABLE:
        raise ExportFormatError(
            translate("ImportFile", "the table {table} has more rows than any plan could").format(table=name)
        )
    decoded = []
    width = len(columns)
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, list) or len(row) != width:
            raise ExportFormatError(
                translate("ImportFile", "row {row} of the table {table} is damaged").format(row=number, table=name)
            )
        decoded.append(tuple(_decode_value(value, name, number) for value in row))
    return Table(tuple(columns), tuple(decoded))


def _decode_value(value: Any, table: str, row: int) -> Value:
    if value is None or isinstance(value, str):
        if isinstance(value, str) and not _is_valid_text(value):
            raise ExportFormatError(
                translate("ImportFile", "row {row} of the table {table} holds text that is not valid Unicode").format(
                    row=row, table=table
                )
            )
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        if not INT_MIN <= value <= INT_MAX:
            raise ExportFormatError(
                translate("ImportFile", "row {row} of the table {table} holds a number too large to store").format(
                    row=row, table=table
                )
            )
        return value
    if isinstance(value, float):
        return value  # NaN and infinities were refused while parsing
    if isinstance(value, dict) and set(value) == {"base64"} and isinstance(value["base64"], str):
        try:
            return base64.b64decode(value["base64"].encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise ExportFormatError(
                translate("ImportFile", "row {row} of the table {table} holds damaged binary data").format(
                    row=row, table=table
                )
            ) from None
    raise ExportFormatError(
        translate("ImportFile", "row {row} of the table {table} holds a value of an unknown kind").format(
            row=row, table=table
        )
    )


def _is_valid_text(text: str) -> bool:
    """False for unpaired surrogates (they cannot be stored as UTF-8) and NUL characters."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "\x00" not in text


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _name(text: str) -> str:
    """A name from the file, safe to show in one line: printable ASCII only, at most 40 characters."""
    shown = "".join(c if c.isprintable() else "?" for c in text.encode("ascii", "replace").decode("ascii"))
    return shown if len(shown) <= 40 else shown[:40] + "…"


def now_stamp() -> str:
    """The current UTC time as the header writes it."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
