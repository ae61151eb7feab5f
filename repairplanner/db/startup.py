"""Everything that must happen to the data files before the window opens, in the only safe order."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.core.clock import Clock
from repairplanner.core.i18n import current_language
from repairplanner.core.library_files import library_digest, read_library_files
from repairplanner.db.migrate import prepare_database
from repairplanner.db.preflight import PageCheck, inspect_database
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
    #: SQLite's page check, still running when `prepare_storage` was asked to leave it (`finish_storage` waits).
    page_check: PageCheck | None = None


def prepare_storage(
    paths: AppPaths, library_dir: Path, *, clock: Clock, check_pages_later: bool = False
) -> PreparedStorage:
    """Check, validate, back up and migrate; any StartupError is raised before a single byte is written.

    With `check_pages_later`, a database that needs no migration has SQLite's page check run on its own thread
    while the caller goes on reading; `finish_storage` must then come before anything writes to it.
    """
    state = inspect_database(paths.database, paths.marker, paths.backups_dir, check_pages=not check_pages_later)
    page_check = None
    if check_pages_later and state.exists:
        page_check = PageCheck(paths.database, paths.backups_dir)
        if not state.current:
            page_check.wait()  # a migration writes: never before the check
            page_check = None
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
    storage = PreparedStorage(paths.database, library, backup, page_check)
    if page_check is None:
        finish_storage(storage)
    return storage


def finish_storage(storage: PreparedStorage) -> None:
    """Wait for the page check `prepare_storage` left running (a StartupError if it found damage), then clear an old
    note's text left in the WAL last time, before anything else writes."""
    if storage.page_check is not None:
        storage.page_check.wait()
    finish_pending(storage.database)
