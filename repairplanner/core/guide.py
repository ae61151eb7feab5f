"""The Guide's readings and the Safety and help texts: their format, parsing and search.

`resources/guide/readings.toml` holds one `[[reading]]` table per reading; `resources/guide/safety.toml` holds one
`[[section]]` table per part of Safety and help. Bodies are plain text: paragraphs separated by a blank line, and
lines starting with "- " form a list. Nothing here is rich text.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from repairplanner.core.content_overlay import merged_fields, parse_overlay, split_overlays
from repairplanner.core.errors import LibraryError
from repairplanner.core.i18n import translate


class Moment(enum.Enum):
    """A moment at which the app offers a reading."""

    SETUP = "setup"
    FIRST_TOUCH = "first-touch"
    NEW_LEVEL = "new-level"
    STOP_SIGNAL = "stop-signal"


@dataclass(frozen=True, slots=True)
class Reading:
    """One short reading of the Guide, or one section of Safety and help."""

    id: str
    title: str
    body: str
    moment: Moment | None = None

    def paragraphs(self) -> tuple[str, ...]:
        """The body split into paragraphs (a list of "- " lines stays one paragraph)."""
        return tuple(p.strip() for p in re.split(r"\n\s*\n", self.body) if p.strip())

    def matches(self, query: str) -> bool:
        """Whether every word of `query` occurs in the title or the body (case-insensitive)."""
        text = f"{self.title}\n{self.body}".casefold()
        return all(word in text for word in query.casefold().split())


_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_FIELDS = {"id", "title", "body", "moment"}


def parse_readings(name: str, data: bytes, table: str = "reading") -> tuple[Reading, ...]:
    """Parse a readings file (`[[reading]]` tables, or `[[section]]` for safety.toml); LibraryError if malformed."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        message = translate("Guide", "The guide file '{file}' is not readable: {error}.")
        raise LibraryError(message.format(file=name, error=exc)) from None
    tables = document.get(table)
    if set(document) != {table} or not isinstance(tables, list) or not tables:
        message = translate("Guide", "The guide file '{file}' must hold only [[{table}]] tables.")
        raise LibraryError(message.format(file=name, table=table))
    where = translate("Guide", "The guide file '{file}', {table} {number}")
    readings = [_reading(t, where.format(file=name, table=table, number=i)) for i, t in enumerate(tables, start=1)]
    ids = [r.id for r in readings]
    if len(set(ids)) != len(ids):
        raise LibraryError(translate("Guide", "The guide file '{file}' repeats an id.").format(file=name))
    return tuple(readings)


def _reading(table: Any, where: str) -> Reading:
    if not isinstance(table, dict):
        raise LibraryError(translate("Guide", "{where} is not a table.").format(where=where))
    missing = sorted({"id", "title", "body"} - set(table))
    unknown = sorted(set(table) - _FIELDS)
    if missing or unknown:
        message = translate("Guide", "{where} has a missing or unknown field: {fields}.")
        raise LibraryError(message.format(where=where, fields=", ".join(missing + unknown)))
    if not all(isinstance(table[k], str) for k in table):
        raise LibraryError(translate("Guide", "{where}: every field must be text.").format(where=where))
    if not _ID.fullmatch(table["id"]):
        message = translate("Guide", "{where}: the id must be lower-case words joined by hyphens.")
        raise LibraryError(message.format(where=where))
    if not 3 <= len(table["title"].strip()) <= 80 or not 40 <= len(table["body"].strip()) <= 6000:
        message = translate("Guide", "{where}: the title or the body has an unexpected length.")
        raise LibraryError(message.format(where=where))
    try:
        moment = Moment(table["moment"]) if "moment" in table else None
    except ValueError:
        message = translate("Guide", "{where}: the moment must be one of {moments}.")
        raise LibraryError(message.format(where=where, moments=", ".join(m.value for m in Moment))) from None
    return Reading(table["id"], table["title"].strip(), table["body"].strip(), moment)


def reading_for(readings: Iterable[Reading], moment: Moment) -> Reading | None:
    """The reading the app offers at `moment`, if any."""
    return next((r for r in readings if r.moment is moment), None)


def search(readings: Iterable[Reading], query: str) -> list[Reading]:
    """The readings that match `query`, those with a matching title first."""
    found = [r for r in readings if r.matches(query)]
    return sorted(found, key=lambda r: not all(w in r.title.casefold() for w in query.casefold().split()))


def read_guide(files: Mapping[str, bytes]) -> tuple[tuple[Reading, ...], tuple[Reading, ...]]:
    """The Guide's readings and the Safety and help sections from the files of `resources/guide/`."""
    try:
        readings = parse_readings("readings.toml", files["readings.toml"])
        safety = parse_readings("safety.toml", files["safety.toml"], table="section")
    except KeyError as exc:
        raise LibraryError(translate("Guide", "The guide file {file} is missing.").format(file=exc)) from None
    _english, overlays = split_overlays(files)
    for name, data in sorted(overlays.items()):
        table = "section" if name.endswith("safety.toml") else "reading"
        words = parse_overlay(name, data, table, frozenset({"title", "body"}))
        if name.endswith("safety.toml"):
            safety = _translated(safety, words, name)
        else:
            readings = _translated(readings, words, name)
    return readings, safety


def _translated(
    readings: tuple[Reading, ...], words: Mapping[str, Mapping[str, Any]], name: str
) -> tuple[Reading, ...]:
    """The readings with the title and body of their translation, where one is shipped."""
    unknown = sorted(set(words) - {r.id for r in readings})
    if unknown:
        raise LibraryError(
            translate("Library", "The translation file '{file}' names '{id}', which it cannot translate.").format(
                file=name, id=unknown[0]
            )
        )
    return tuple(
        replace(r, **merged_fields({"title": r.title, "body": r.body}, words[r.id], f"{name} ('{r.id}')"))
        if r.id in words
        else r
        for r in readings
    )
