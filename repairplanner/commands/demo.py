"""`repairplanner demo`: fill an empty data folder with a made-up couple and their history."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from repairplanner.core.clock import Clock
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate

if TYPE_CHECKING:
    from repairplanner.paths import AppPaths


def run_demo(paths: AppPaths, years: float) -> int:
    from repairplanner.app import open_database, open_storage
    from repairplanner.services.demo import generate_demo
    from repairplanner.services.library import LibraryService

    clock = Clock()
    try:
        lock, storage = open_storage(paths, clock=clock)
        try:
            sessions = open_database(storage, clock=clock)
            exercises = LibraryService(sessions, clock=clock).list_exercises()
            summary = generate_demo(sessions, exercises, clock=clock, years=years)
        finally:
            lock.unlock()
    except UserFacingError as error:
        print(f"repairplanner: {error.message}", file=sys.stderr)
        return error.exit_code
    message = translate(
        "Commands",
        "Wrote a demo couple with {weeks} weeks, {sessions} sessions and {reflections} reflections to {folder}.",
    )
    print(
        message.format(
            weeks=summary.weeks, sessions=summary.sessions, reflections=summary.reflections, folder=paths.data_dir
        )
    )
    return 0
