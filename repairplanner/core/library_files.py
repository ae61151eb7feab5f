"""The built-in exercise library's files: reading them and their fingerprint, which start-up compares with the stored
copy before it parses anything (core/library.py parses and validates them)."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from pathlib import Path

from repairplanner.core.content_overlay import ENGLISH, overlay_name
from repairplanner.core.errors import LibraryError
from repairplanner.core.i18n import translate

#: Bump when the meaning of a field changes, so stored copies of the library are refreshed.
LIBRARY_FORMAT = 2


def library_digest(files: Mapping[str, bytes]) -> str:
    """A stable fingerprint of the library files, used to skip re-reading an unchanged library at start-up.

    A CRC-32 and the length: it tells an edited or renamed file from the stored copy (it guards against change,
    not against anyone), and zlib is loaded at start-up already, where a hashlib digest would load OpenSSL first.
    """
    crc = zlib.crc32(f"format {LIBRARY_FORMAT}\n".encode())
    length = 0
    for name in sorted(files):
        chunk = name.encode() + b"\0" + files[name] + b"\0"
        crc = zlib.crc32(chunk, crc)
        length += len(chunk)
    return f"crc32 {length} {crc:08x}"


def read_library_files(directory: Path, language: str = ENGLISH) -> dict[str, bytes]:
    """The bytes of every `*.toml` file in the library directory, and of its translation into `language`."""
    try:
        files = {p.name: p.read_bytes() for p in sorted(directory.glob("*.toml"))}
        if language != ENGLISH:
            files |= {
                overlay_name(language, p.name): p.read_bytes() for p in sorted((directory / language).glob("*.toml"))
            }
    except OSError as exc:
        message = translate("Library", "The exercise library in {folder} could not be read: {reason}.")
        raise LibraryError(message.format(folder=directory, reason=exc.strerror)) from exc
    if not files:
        message = translate("Library", "The exercise library is missing: no exercise files were found in {folder}.")
        raise LibraryError(message.format(folder=directory))
    return files
