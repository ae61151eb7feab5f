"""Rolling backups and restoring one: the use cases behind File › Restore from a backup… and `repairplanner restore`.

Copies are made with SQLite's backup API, checked with `integrity_check` before they count, and pruned to the
rolling schedule in `core.retention`. A restore never overwrites anything: the file in use is set aside first,
and restoring that set-aside copy undoes the restore.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.core.backups import BackupInfo, RestoreResult
from repairplanner.core.clock import Clock, local_now
from repairplanner.core.errors import UserFacingError
from repairplanner.core.files import sync_folder
from repairplanner.core.i18n import translate
from repairplanner.core.retention import DEFAULT_POLICY, RetentionPolicy
from repairplanner.db.backup import (
    BackupError,
    backup_database,
    backup_name,
    content_digest,
    describe_copy,
    list_backups,
    prune_backups,
)
from repairplanner.db.preflight import is_sound_copy
from repairplanner.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from repairplanner.services.library import LibraryService

SET_ASIDE = "set-aside"


class BackupFailedError(UserFacingError):
    """A copy could not be made; nothing was left behind."""


class RestoreError(UserFacingError):
    """A copy could not be restored; the plan in use was not changed."""


class BackupService:
    """Backups of one data folder. `sessions`, when given, is the app's open database: it is closed for a restore."""

    def __init__(
        self,
        paths: AppPaths,
        sessions: sessionmaker[Session] | None = None,
        *,
        clock: Clock,
        library: LibraryService | None = None,
        policy: RetentionPolicy = DEFAULT_POLICY,
    ) -> None:
        self._paths = paths
        self._sessions = sessions
        self._clock = clock
        self._library = library  # to refresh a restored copy's built-in exercises while the app is open
        self._policy = policy

    @property
    def set_aside_dir(self) -> Path:
        return self._paths.backups_dir / SET_ASIDE

    # --- making copies -----------------------------------------------------------------------------------------------

    def back_up(self, reason: str = "manual") -> BackupInfo:
        """Copy the plan now, check the copy, and prune old copies to the schedule."""
        now = local_now(self._clock)
        try:
            path = backup_database(self._paths.database, self._paths.backups_dir, reason, now=now)
        except BackupError as error:
            raise BackupFailedError(
                translate(
                    "BackupService",
                    "RepairPlanner could not make a backup of your plan ({reason}). Your plan itself is safe.",
                ).format(reason=error.reason)
            ) from None
        prune_backups(self._paths.backups_dir, now, self._policy)
        info = describe_copy(path)
        assert info is not None  # it passed its check a moment ago
        return info

    def back_up_if_due(self) -> BackupInfo | None:
        """The daily copy: made when no copy is from today yet and the plan changed since the newest copy."""
        today = local_now(self._clock).date()
        newest = next(iter(list_backups(self._paths.backups_dir)), None)
        if newest is not None and _made_on(newest) == today:
            return None
        return self._back_up_if_changed("daily", newest)

    def back_up_on_close(self) -> BackupInfo | None:
        """The copy made when the app closes, if the plan changed since the newest copy."""
        newest = next(iter(list_backups(self._paths.backups_dir)), None)
        return self._back_up_if_changed("on-close", newest)

    def _back_up_if_changed(self, reason: str, newest: Path | None) -> BackupInfo | None:
        if not self._paths.database.exists():
            return None
        try:
            if newest is not None and content_digest(newest) == content_digest(self._paths.database):
                return None
        except sqlite3.Error:
            pass  # an unreadable copy is no reason to skip a fresh one
        return self.back_up(reason)

    # --- listing -----------------------------------------------------------------------------------------------------

    def list_copies(self, *, include_set_aside: bool = True) -> list[BackupInfo]:
        """Every copy with what it holds, newest first; set-aside files (to undo a restore) come with them."""
        paths = list_backups(self._paths.backups_dir)
        if include_set_aside:
            paths += list_backups(self.set_aside_dir)
        described = [describe_copy(p) for p in paths]
        copies = [c for c in described if c is not None]
        return sorted(copies, key=lambda c: c.made_at, reverse=True)

    def find(self, name_or_path: str) -> Path:
        """A copy named on the command line: a path, or a name in the backups folder."""
        candidate = Path(name_or_path).expanduser()
        for path in (candidate, self._paths.backups_dir / name_or_path, self.set_aside_dir / name_or_path):
            with contextlib.suppress(OSError, ValueError):
                if path.is_file():
                    return path.absolute()
        raise RestoreError(
            translate(
                "BackupService", "There is no backup called {name}. 'repairplanner restore --list' shows them."
            ).format(name=name_or_path)
        )

    # --- restoring ---------------------------------------------------------------------------------------------------

    def restore(self, copy: Path) -> RestoreResult:
        """Put `copy` in place of the plan in use, which is set aside first; nothing is ever overwritten.

        The copy is checked before anything changes. The app's database connections are closed first; the next
        query opens the restored file. A copy from before an update is brought up to date at once.
        """
        copy = copy.absolute()
        database = self._paths.database
        if not copy.is_file():
            raise RestoreError(
                translate("BackupService", "There is no copy at {copy}. Nothing was changed.").format(copy=copy)
            )
        if not is_sound_copy(copy, thorough=True):
            raise RestoreError(
                translate(
                    "BackupService",
                    "The copy {name} is damaged or is not a RepairPlanner plan, so it was not restored. "
                    "Nothing was changed.",
                ).format(name=copy.name)
            )
        if copy == database.absolute():
            raise RestoreError(translate("BackupService", "That is the plan already in use. Nothing was changed."))
        if self._sessions is not None:
            self._sessions.kw["bind"].dispose()
        now = local_now(self._clock)
        incoming = database.with_name(database.name + ".restoring")
        try:
            _copy_file(copy, incoming)
            if not is_sound_copy(incoming, thorough=False):
                raise RestoreError(
                    translate(
                        "BackupService", "The copy {name} could not be read back after copying. Nothing was changed."
                    ).format(name=copy.name)
                )
            aside = self._set_aside(now)
            os.replace(incoming, database)
            sync_folder(database.parent)
        except OSError as error:
            raise RestoreError(
                translate(
                    "BackupService", "The copy could not be restored ({reason}). Your plan was not changed."
                ).format(reason=error.strerror or error)
            ) from None
        finally:
            incoming.unlink(missing_ok=True)
        self._paths.marker.touch(exist_ok=True)
        self._bring_up_to_date()
        return RestoreResult(restored=copy, set_aside=aside)

    def _set_aside(self, now: dt.datetime) -> Path | None:
        """Keep the file in use (and any -wal/-shm beside it) in backups/set-aside, under a new name."""
        database = self._paths.database
        if not database.exists():
            return None
        _settle_wal(database)
        self.set_aside_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        aside = self.set_aside_dir / backup_name(now, SET_ASIDE)
        counter = 1
        while aside.exists():
            counter += 1
            aside = self.set_aside_dir / backup_name(now, f"{SET_ASIDE}-{counter}")
        try:
            os.link(database, aside)  # the same bytes under a second name: no moment without a plan file
        except OSError:
            _copy_file(database, aside)
        for suffix in ("-wal", "-shm"):
            leftover = database.with_name(database.name + suffix)
            if leftover.exists():
                # Never leave a WAL beside a different database: it would be replayed into it.
                os.replace(leftover, aside.with_name(aside.name + suffix))
        return aside

    def _bring_up_to_date(self) -> None:
        """Migrate a restored copy from an older version, and refresh its copy of the built-in library."""
        from repairplanner.db.startup import prepare_storage
        from repairplanner.paths import resources_dir

        storage = prepare_storage(self._paths, resources_dir() / "exercises", clock=self._clock)
        if storage.library_to_sync is not None and self._library is not None:
            self._library.sync_builtins(storage.library_to_sync)


def _made_on(path: Path) -> dt.date | None:
    from repairplanner.db.backup import backup_time

    when = backup_time(path)
    return when.date() if when is not None else None


def _settle_wal(database: Path) -> None:
    """Fold a leftover WAL into the file (a plain checkpoint); a damaged file is left as it is."""
    wal = database.with_name(database.name + "-wal")
    if not wal.exists():
        return
    with contextlib.suppress(sqlite3.Error), closing(sqlite3.connect(database)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _copy_file(source: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with open(source, "rb") as src, os.fdopen(descriptor, "wb") as dst:
        shutil.copyfileobj(src, dst)
        dst.flush()
        os.fsync(dst.fileno())
