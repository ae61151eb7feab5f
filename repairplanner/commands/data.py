"""restore, export-all and import: the whole plan, as backup copies and as one file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.commands.common import ArgumentError, no_plan_error, plural, writable_target
from repairplanner.core.clock import Clock

if TYPE_CHECKING:
    from repairplanner.paths import AppPaths


def restore(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.core.backups import describe_copy

    backups = build_data_services(paths, clock=Clock())[0]
    if args.file is None:
        copies = backups.list_copies()
        if not copies:
            return f"No backups yet in {paths.backups_dir}."
        return "\n".join(f"{c.name}\n    {describe_copy(c)}" for c in copies)
    if args.list:
        raise ArgumentError("give either --list or a FILE to restore, not both")
    if not paths.data_dir.is_dir():
        raise ArgumentError(f"no plan here yet: {paths.data_dir} does not exist (see --data-dir)")
    copy = backups.find(args.file)
    from repairplanner.lock import take_lock

    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        result = backups.restore(copy)
    finally:
        lock.unlock()
    aside = (
        f" The plan that was in use is kept as {result.set_aside.name}; restore it the same way to undo."
        if result.set_aside is not None
        else ""
    )
    return f"Restored {copy.name}.{aside}"


def export_all(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.db.preflight import inspect_database

    target = writable_target(args.output, paths)
    no_plan = no_plan_error(paths)
    if not paths.data_dir.is_dir():
        raise no_plan
    state = inspect_database(paths.database, paths.marker, paths.backups_dir)  # a damaged file is refused here
    if not state.exists:
        raise no_plan
    written = build_data_services(paths, clock=Clock())[1].export_all(target)
    return (
        f"Wrote the whole plan ({plural(written.weeks, 'week')}, {plural(written.sessions, 'session')}, "
        f"{_sealed(written.private_notes)}) to {target}."
    )


def import_plan(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.lock import take_lock
    from repairplanner.paths import ensure_private_dir, tighten_permissions
    from repairplanner.services.transfer import ImportRefusedError

    source = Path(args.file).expanduser()
    replace = args.replace >= 2 or (args.replace == 1 and args.yes)
    if args.replace == 1 and not args.yes:
        raise ArgumentError("replacing a plan must be confirmed: give --replace twice, or --replace --yes")
    transfer = build_data_services(paths, clock=Clock())[1]
    transfer.read(source)  # a damaged or foreign file is refused before the data folder is even created
    ensure_private_dir(paths.data_dir)
    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        tighten_permissions(paths)
        if transfer.has_plan() and not replace:
            raise ImportRefusedError(
                f"{paths.data_dir} already holds a plan, so nothing was imported. To replace it (a backup is made "
                "first and the plan is kept aside), give --replace twice, or --replace --yes."
            )
        loaded = transfer.import_file(source, replace=replace)
    finally:
        lock.unlock()
    backup = f" The plan that was here is backed up as {loaded.backup.name}." if loaded.backup else ""
    return (
        f"Imported {plural(loaded.weeks, 'week')}, {plural(loaded.sessions, 'session')} and "
        f"{_sealed(loaded.private_notes)} into {paths.data_dir}.{backup}"
    )


def _sealed(count: int) -> str:
    return "no private notes" if count == 0 else f"{plural(count, 'private note')}, still sealed"
