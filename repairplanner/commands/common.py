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

if TYPE_CHECKING:
    from repairplanner.paths import AppPaths


class ArgumentError(UserFacingError):
    """An argument that parsed but cannot be used, or a data folder without a plan."""


def refuse(error: UserFacingError) -> int:
    """Print a refusal as one line on stderr; return its exit code."""
    print(f"repairplanner: {' '.join(error.message.split())}", file=sys.stderr)
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
    return ArgumentError(f"no plan here yet: {paths.data_dir} holds no RepairPlanner plan (see --data-dir)")


def writable_target(text: str, paths: AppPaths) -> Path:
    """The absolute output path, once its folder is known to exist and take a new file."""
    try:
        return _checked_target(text, paths)
    except OSError as error:  # a name the system cannot even look up (too long, invalid bytes)
        reason = "the file name is too long" if error.errno == errno.ENAMETOOLONG else error.strerror or str(error)
        raise ArgumentError(f"cannot write {_short(text)}: {reason}") from None
    except ValueError as error:  # an embedded NUL
        raise ArgumentError(f"cannot write {_short(text)}: {error}") from None


def _short(text: str, limit: int = 80) -> str:
    """A path shortened for a one-line message."""
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"


def _checked_target(text: str, paths: AppPaths) -> Path:
    target = Path(text).expanduser().absolute()
    folder = target.parent
    database = paths.database
    own = (database, database.with_name(f"{database.name}-wal"), database.with_name(f"{database.name}-shm"))
    if os.path.realpath(target) in {os.path.realpath(p) for p in (*own, paths.marker, paths.lock_file)}:
        raise ArgumentError(f"cannot write {target}: it is one of RepairPlanner's own data files")
    if not folder.is_dir():
        raise ArgumentError(f"cannot write {_short(str(target))}: the folder does not exist")
    if len(os.fsencode(target.name)) > _name_max(folder):
        raise ArgumentError(f"cannot write {_short(str(target))}: the file name is too long")
    if target.is_dir():
        raise ArgumentError(f"cannot write {target}: it is a folder")
    if target.exists() and not target.is_file():
        raise ArgumentError(f"cannot write {target}: it is a device or another special file, not a file")
    try:
        # A real write is the only reliable test (permissions, read-only mounts, ACLs); this file leaves no trace.
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        reason = "the disk is full" if error.errno == errno.ENOSPC else error.strerror or error
        raise ArgumentError(f"cannot write {target}: {reason}") from None
    return target


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
