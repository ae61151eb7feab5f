"""Built-in content in another language: overlay files beside the English ones, holding only the words.

`resources/exercises/de/touch.toml` mirrors `resources/exercises/touch.toml`: the same tables, in the same order,
each with the English `id` and a translation of its text fields. Everything else (track, level, minutes, tags...)
comes from the English file, so a translation can never change what an exercise is. The Guide's files work the
same way under `resources/guide/de/`. A missing translation leaves the English text; a malformed one is refused.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

from repairplanner.core.errors import LibraryError
from repairplanner.core.i18n import translate

ENGLISH = "en"


def overlay_name(language: str, name: str) -> str:
    """The key an overlay file is read under, beside the English file `name`: 'de/touch.toml'."""
    return f"{language}/{name}"


def split_overlays(files: Mapping[str, bytes]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """The English files and the overlay files of a mapping read by `read_content_files`."""
    english = {name: data for name, data in files.items() if "/" not in name}
    overlays = {name: data for name, data in files.items() if "/" in name}
    return english, overlays


def parse_overlay(name: str, data: bytes, table: str, fields: frozenset[str]) -> dict[str, dict[str, Any]]:
    """The translated fields of each id in an overlay file; LibraryError naming the file if it is malformed."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        raise LibraryError(
            translate("Library", "The translation file '{file}' is not readable TOML text.").format(file=name)
        ) from None
    tables = document.get(table)
    if set(document) != {table} or not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise LibraryError(
            translate("Library", "The translation file '{file}' must hold only [[{table}]] tables.").format(
                file=name, table=table
            )
        )
    found: dict[str, dict[str, Any]] = {}
    for index, entry in enumerate(tables, start=1):
        ident = entry.get("id")
        unknown = sorted(set(entry) - fields - {"id"})
        if not isinstance(ident, str) or ident in found:
            raise LibraryError(
                translate("Library", "The translation file '{file}', entry {number}, needs an id of its own.").format(
                    file=name, number=index
                )
            )
        if unknown:
            raise LibraryError(
                f"The translation file '{name}' ('{ident}') has a field it may not change: '{unknown[0]}'."
            )
        for key in sorted(set(entry) - {"id"}):
            value = entry[key]
            if isinstance(value, list):
                if not all(isinstance(item, str) and item.strip() for item in value):
                    raise LibraryError(
                        f"The translation file '{name}' ('{ident}'): the field '{key}' has an empty item."
                    )
                entry[key] = tuple(item.strip() for item in value)
            elif isinstance(value, str) and value.strip():
                entry[key] = value.strip()
            else:
                raise LibraryError(
                    translate(
                        "Library", "The translation file '{file}' ('{id}'): the field '{field}' must be text."
                    ).format(file=name, id=ident, field=key)
                )
        found[ident] = {key: value for key, value in entry.items() if key != "id"}
    return found


def merged_fields(english: Mapping[str, Any], translated: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The translated fields to put over `english`: only fields the English has, lists of the same length."""
    for key, value in translated.items():
        original = english.get(key)
        if not original:
            raise LibraryError(
                translate("Library", "{where}: the field '{field}' is translated but the English has none.").format(
                    where=where, field=key
                )
            )
        if isinstance(original, tuple) and (not isinstance(value, tuple) or len(value) != len(original)):
            raise LibraryError(
                translate(
                    "Library", "{where}: the field '{field}' must have {count} items, as the English has."
                ).format(where=where, field=key, count=len(original))
            )
        if isinstance(original, str) and not isinstance(value, str):
            raise LibraryError(
                translate("Library", "{where}: the field '{field}' must be text.").format(where=where, field=key)
            )
    return dict(translated)
