"""Files written whole or not at all: a temporary file beside the target, flushed, checked, then renamed.

Plain standard library, shared by the PDF and calendar exports (printing/) and the whole-plan export (services/).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate


class ExportError(UserFacingError):
    """A file could not be written; the message says where and why, in one line. Nothing was left behind."""


def check_target(path: Path) -> Path:
    """The absolute target, once its folder exists and it is not a folder; ExportError otherwise."""
    target = path.expanduser().absolute()
    try:
        folder = target.parent
        if not folder.is_dir():
            raise ExportError(cannot_write(short(str(target)), translate("Files", "the folder does not exist")))
        refuse_long_name(target)
        if target.is_dir():
            raise ExportError(cannot_write(str(target), translate("Files", "it is a folder")))
        if target.exists() and not target.is_file():
            special = translate("Files", "it is a device or another special file, not a file")
            raise ExportError(cannot_write(str(target), special))
    except OSError as error:
        raise ExportError(cannot_write(short(str(target)), reason(error))) from None
    return target


def write_checked(target: Path, write: Callable[[Path], None], check: Callable[[bytes], None] | None = None) -> None:
    """Let `write` fill a temporary file beside `target`; flush it to disk, `check` its bytes, then rename it.

    `check` raises ValueError for content that did not come out whole. Any failure (a full disk, a name too long,
    a failed check) raises ExportError and leaves neither the temporary file nor a partial target.
    """
    target = check_target(target)
    partial = target.parent / f".{target.name[:200]}.{os.getpid()}.partial"
    try:
        write(partial)
        with partial.open("rb+") as file:
            content = file.read()
            os.fsync(file.fileno())
        if not content:
            raise OSError(errno.ENOSPC, "the folder is not writable or the disk is full")
        if check is not None:
            try:
                check(content)
            except ValueError as error:
                why = translate("Files", "{error}; the disk may be full").format(error=error)
                raise ExportError(cannot_write(str(target), why)) from None
        os.replace(partial, target)
        sync_folder(target.parent)
    except OSError as error:
        raise ExportError(cannot_write(short(str(target)), reason(error))) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def write_bytes_atomically(target: Path, content: bytes, check: Callable[[bytes], None] | None = None) -> None:
    """Write `content` to `target` whole or not at all (see write_checked)."""

    def write(partial: Path) -> None:
        with partial.open("xb") as file:
            file.write(content)

    write_checked(target, write, check)


def refuse_long_name(target: Path) -> None:
    """Names longer than the file system allows are refused before anything is written."""
    try:
        limit = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        limit = 255
    if len(os.fsencode(target.name)) > limit:
        raise OSError(errno.ENAMETOOLONG, "the file name is too long")


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the system allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fsync(descriptor)
    os.close(descriptor)


def cannot_write(path: str, why: str) -> str:
    """'cannot write /path/file.pdf: the disk is full', in the interface language."""
    return translate("Files", "cannot write {path}: {reason}").format(path=path, reason=why)


def reason(error: OSError) -> str:
    """An OSError in a few plain words."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return translate("Files", "the disk is full")
    if error.errno == errno.ENAMETOOLONG:
        return translate("Files", "the file name is too long")
    return error.strerror or str(error)


def short(text: str, limit: int = 80) -> str:
    """A path shortened for a one-line message."""
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"
