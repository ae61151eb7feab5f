"""Everything that must happen to the data files before the window opens, in the only safe order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.core.clock import Clock
from repairplanner.core.i18n import current_language
from repairplanner.core.library_files import library_digest, read_library_files
from repairplanner.db.migrate import prepare_database
from repairplanner.db.preflight import inspect_database
from repairplanner.db.wal import finish_pending
from repairplanner.paths import AppPaths

if TYPE_CHECKING:
    from repairplanner.core.library import Library


@dataclass(frozen=True, slots=True)
class PreparedStorage:
    """A database at the head revision, and the built-in library if its stored copy is out of date."""

    database: Path
    library_to_sync: Library | None
    backup: Path | None


def prepare_storage(paths: AppPaths, library_dir: Path, *, clock: Clock) -> PreparedStorage:
    """Check, validate, back up and migrate; any StartupError is raised before a single byte is written."""
    state = inspect_database(paths.database, paths.marker, paths.backups_dir)
    # The built-in exercises are stored in the language in use: a new language is a new digest, so a resync.
    files = read_library_files(library_dir, current_language())
    digest = library_digest(files)
    # Parsing is skipped when the database already holds this exact library (start-up time);
    # otherwise a malformed file is reported here, before the database is created or migrated.
    library = None
    if not (state.current and state.library_digest == digest):
        from repairplanner.core.library import parse_library

        library = parse_library(files)
    backup = prepare_database(paths.database, paths.marker, paths.backups_dir, state, clock=clock)
    finish_pending(paths.database)  # an old note's text left in the WAL last time: clear it before anything else
    return PreparedStorage(paths.database, library, backup)
