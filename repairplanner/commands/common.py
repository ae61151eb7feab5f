"""What every verb shares: the one-line refusal, output-file checks and plain counts in words."""

from __future__ import annotations

import argparse
import errno
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate

if TYPE_CHECKING:
    from repairplanner.paths import AppPaths


class ArgumentError(UserFacingError):
    """An argument that parsed but cannot be used, or a data folder without a plan."""


def refuse(error: UserFacingError) -> int:
    """Print a refusal as one line on stderr; return its exit code."""
    print(f"repairplanner: {' '.join(error.message.split())}", file=sys.stderr)  # the program's name: not translated
    return error.exit_code


def one_line(verb: Callable[[AppPaths, argparse.Namespace], str], paths: AppPaths, args: argparse.Namespace) -> int:
    """Run a verb; print what it says, or its refusal as one line on stderr with exit code 2."""
    try:
        message = verb(paths, args)
    except UserFacingError as error:
        return refuse(error)
    print(message)
    return 0


def no_plan_error(paths: AppPaths) -> ArgumentError:
    message = translate("Commands", "no plan here yet: {folder} holds no RepairPlanner plan (see --data-dir)")
    return ArgumentError(message.format(folder=paths.data_dir))


def writable_target(text: str, paths: AppPaths) -> Path:
    """The absolute output path, once its folder is known to exist and take a new file."""
    try:
        return _checked_target(text, paths)
    except OSError as error:  # a name the system cannot even look up (too long, invalid bytes)
        if error.errno == errno.ENAMETOOLONG:
            reason = translate("Commands", "the file name is too long")
        else:
            reason = error.strerror or str(error)
        raise ArgumentError(cannot_write(_short(text), reason)) from None
    except ValueError as error:  # an embedded NUL
        raise ArgumentError(cannot_write(_short(text), str(error))) from None


def cannot_write(path: str, reason: str) -> str:
    """'cannot write /path/file.pdf: the disk is full', in the interface language."""
    return translate("Commands", "cannot write {path}: {reason}").format(path=path, reason=reason)


def _short(text: str, limit: int = 80) -> str:
    """A path shortened for a one-line message."""
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"


def _checked_target(text: str, paths: AppPaths) -> Path:
    target = Path(text).expanduser().absolute()
    folder = target.parent
    database = paths.database
    own = (database, database.with_name(f"{database.name}-wal"), database.with_name(f"{database.name}-shm"))
    if os.path.realpath(target) in {os.path.realpath(p) for p in (*own, paths.marker, paths.lock_file)}:
        ours = translate("Commands", "it is one of RepairPlanner's own data files")
        raise ArgumentError(cannot_write(str(target), ours))
    if not folder.is_dir():
        raise ArgumentError(cannot_write(_short(str(target)), translate("Commands", "the folder does not exist")))
    if len(os.fsencode(target.name)) > _name_max(folder):
        raise ArgumentError(cannot_write(_short(str(target)), translate("Commands", "the file name is too long")))
    if target.is_dir():
        raise ArgumentError(cannot_write(str(target), translate("Commands", "it is a folder")))
    if target.exists() and not target.is_file():
        special = translate("Commands", "it is a device or another special file, not a file")
        raise ArgumentError(cannot_write(str(target), special))
    try:
        # A real write is the only reliable test (permissions, read-only mounts, ACLs); this file leaves no trace.
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        full = error.errno == errno.ENOSPC
        reason = translate("Commands", "the disk is full") if full else str(error.strerror or error)
        raise ArgumentError(cannot_write(str(target), reason)) from None
    return target


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


# --- counts in words: each form translated whole; English and German share the rule (one, or more) -----------------


def weeks_text(count: int) -> str:
    """'1 week', '3 weeks'."""
    if count == 1:
        return translate("Commands", "{count} week").format(count=count)
    return translate("Commands", "{count} weeks").format(count=count)


def sessions_text(count: int) -> str:
    """'1 session', '3 sessions'."""
    if count == 1:
        return translate("Commands", "{count} session").format(count=count)
    return translate("Commands", "{count} sessions").format(count=count)


def pages_text(count: int) -> str:
    """'1 page', '3 pages'."""
    if count == 1:
        return translate("Commands", "{count} page").format(count=count)
    return translate("Commands", "{count} pages").format(count=count)


def events_text(count: int) -> str:
    """'1 event', '3 events'."""
    if count == 1:
        return translate("Commands", "{count} event").format(count=count)
    return translate("Commands", "{count} events").format(count=count)


def sealed_notes_text(count: int) -> str:
    """'no private notes', '1 private note, still sealed', '3 private notes, still sealed'."""
    if count == 0:
        return translate("Commands", "no private notes")
    if count == 1:
        return translate("Commands", "{count} private note, still sealed").format(count=count)
    return translate("Commands", "{count} private notes, still sealed").format(count=count)
