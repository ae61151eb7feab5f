"""restore, export-all and import: the whole plan, as backup copies and as one file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.commands.common import (
    ArgumentError,
    no_plan_error,
    sealed_notes_text,
    sessions_text,
    weeks_text,
    writable_target,
)
from repairplanner.core.clock import Clock
from repairplanner.core.i18n import translate

if TYPE_CHECKING:
    from repairplanner.paths import AppPaths


def restore(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.core.backups import describe_copy

    backups = build_data_services(paths, clock=Clock())[0]
    if args.file is None:
        copies = backups.list_copies()
        if not copies:
            return translate("Commands", "No backups yet in {folder}.").format(folder=paths.backups_dir)
        return "\n".join(f"{c.name}\n    {describe_copy(c)}" for c in copies)
    if args.list:
        raise ArgumentError(translate("Commands", "give either --list or a FILE to restore, not both"))
    if not paths.data_dir.is_dir():
        message = translate("Commands", "no plan here yet: {folder} does not exist (see --data-dir)")
        raise ArgumentError(message.format(folder=paths.data_dir))
    copy = backups.find(args.file)
    from repairplanner.lock import take_lock

    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        result = backups.restore(copy)
    finally:
        lock.unlock()
    restored = translate("Commands", "Restored {name}.").format(name=copy.name)
    if result.set_aside is None:
        return restored
    aside = translate(
        "Commands", "The plan that was in use is kept as {name}; restore it the same way to undo."
    ).format(name=result.set_aside.name)
    return f"{restored} {aside}"


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
    message = translate("Commands", "Wrote the whole plan ({weeks}, {sessions}, {notes}) to {target}.")
    return message.format(
        weeks=weeks_text(written.weeks),
        sessions=sessions_text(written.sessions),
        notes=sealed_notes_text(written.private_notes),
        target=target,
    )


def import_plan(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.lock import take_lock
    from repairplanner.paths import ensure_private_dir, tighten_permissions
    from repairplanner.services.transfer import ImportRefusedError

    source = Path(args.file).expanduser()
    replace = args.replace >= 2 or (args.replace == 1 and args.yes)
    if args.replace == 1 and not args.yes:
        raise ArgumentError(
            translate("Commands", "replacing a plan must be confirmed: give --replace twice, or --replace --yes")
        )
    transfer = build_data_services(paths, clock=Clock())[1]
    transfer.read(source)  # a damaged or foreign file is refused before the data folder is even created
    ensure_private_dir(paths.data_dir)
    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        tighten_permissions(paths)
        if transfer.has_plan() and not replace:
            message = translate(
                "Commands",
                "{folder} already holds a plan, so nothing was imported. To replace it (a backup is made "
                "first and the plan is kept aside), give --replace twice, or --replace --yes.",
            )
            raise ImportRefusedError(message.format(folder=paths.data_dir))
        loaded = transfer.import_file(source, replace=replace)
    finally:
        lock.unlock()
    imported = translate("Commands", "Imported {weeks}, {sessions} and {notes} into {folder}.").format(
        weeks=weeks_text(loaded.weeks),
        sessions=sessions_text(loaded.sessions),
        notes=sealed_notes_text(loaded.private_notes),
        folder=paths.data_dir,
    )
    if not loaded.backup:
        return imported
    backup = translate("Commands", "The plan that was here is backed up as {name}.").format(name=loaded.backup.name)
    return f"{imported} {backup}"
