"""Export everything and import it: the whole plan as one documented file (docs/export-format.md).

An export reads every table in one read transaction and writes the file whole or not at all. An import checks
the file completely and builds a new plan file from it before anything in the data folder changes; it goes into
an empty data folder, or, when asked to replace a plan, after a backup, with the plan in use set aside.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from repairplanner import __version__
from repairplanner.core.clock import Clock
from repairplanner.core.errors import UserFacingError
from repairplanner.core.export_format import (
    ExportedPlan,
    ExportFormatError,
    encode_export,
    now_stamp,
    read_header,
    read_tables,
)
from repairplanner.core.files import ExportError, short, write_bytes_atomically
from repairplanner.core.i18n import translate
from repairplanner.db.transfer import build_database, read_all_tables, schema_at
from repairplanner.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from repairplanner.services.backups import BackupService
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.progress import ProgressService

#: Tables whose rows make a plan "not empty": importing over them needs `replace`.
PLAN_TABLES = ("partners", "weeks", "planned_sessions", "reflections", "consent_events")


class ImportRefusedError(UserFacingError):
    """The file was not imported; nothing in the data folder changed."""


@dataclass(frozen=True, slots=True)
class TransferSummary:
    """What an export wrote or an import loaded, for a one-line confirmation."""

    path: Path
    weeks: int
    sessions: int
    reflections: int
    private_notes: int
    backup: Path | None = None


class PlanReaders(Protocol):
    """The services an imported plan is read back through (app.build_services gives them)."""

    @property
    def couple(self) -> CoupleService: ...
    @property
    def library(self) -> LibraryService: ...
    @property
    def plan(self) -> PlanService: ...
    @property
    def progress(self) -> ProgressService: ...


class TransferService:
    """Export and import for one data folder; `sessions` is the app's open database when it runs."""

    def __init__(
        self,
        paths: AppPaths,
        sessions: sessionmaker[Session] | None,
        backups: BackupService,
        *,
        clock: Clock,
        open_services: Callable[[sessionmaker[Session]], PlanReaders],
    ) -> None:
        self._clock = clock
        self._open_services = open_services  # app.build_services: the services over another database file
        self._paths = paths
        self._sessions = sessions
        self._backups = backups

    def export_all(self, target: Path) -> TransferSummary:
        """Write the whole plan to `target`: every table, private notes as their sealed bytes with their keys."""
        revision, tables = read_all_tables(self._paths.database)
        plan = ExportedPlan(revision, __version__, now_stamp(), tables)
        write_bytes_atomically(target, encode_export(plan), _check_export)
        return _summary(target, plan)

    def has_plan(self) -> bool:
        """Whether the data folder already holds a plan (a couple, weeks or sessions)."""
        database = self._paths.database
        if not database.exists() or database.stat().st_size == 0:
            return False
        try:
            _revision, tables = read_all_tables(database)
        except Exception:  # an unreadable file is still something that must not be replaced silently
            return True
        return any(tables.get(name) is not None and tables[name].rows for name in PLAN_TABLES)

    def read(self, source: Path) -> ExportedPlan:
        """Read and check an export file completely; ImportRefusedError with one line if it cannot be imported."""
        try:
            with open(source, "rb") as file:
                content = file.read(MAX_READ + 1)
        except OSError as error:
            raise ImportRefusedError(
                translate("TransferService", "cannot read {source}: {reason}").format(
                    source=short(str(source)), reason=error.strerror or error
                )
            ) from None
        except ValueError as error:  # a name the system cannot take (an embedded NUL)
            raise ImportRefusedError(
                translate("TransferService", "cannot read {source}: {error}").format(
                    source=short(str(source)), error=error
                )
            ) from None
        try:
            header, raw = read_header(content)
            return read_tables(header, raw, schema_at(header.schema_revision))
        except ExportFormatError as error:
            raise ImportRefusedError(
                translate("TransferService", "{source} was not imported: {message}.").format(
                    source=short(str(source)), message=error.message
                )
            ) from None

    def import_file(self, source: Path, *, replace: bool = False) -> TransferSummary:
        """Load an export into this data folder.

        Into an empty folder (or one whose plan was never set up) it simply becomes the plan. Over an existing
        plan only with `replace`: a backup is made first, and the plan in use is set aside, never overwritten.
        The file is checked and built completely before anything changes; a refusal changes nothing.
        """
        plan = self.read(source)
        exists = self.has_plan()
        if exists and not replace:
            raise ImportRefusedError(
                translate(
                    "TransferService",
                    "{data_dir} already holds a plan, so nothing was imported. Import into "
                    "an empty data folder, or choose to replace this plan (a backup is made "
                    "first).",
                ).format(data_dir=self._paths.data_dir)
            )
        created_folder = not self._paths.data_dir.exists()
        self._paths.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        building = self._paths.database.with_name(self._paths.database.name + ".importing")
        _remove(building)
        try:
            build_database(building, plan)
            self._check_it_opens(building)
        except BaseException as error:
            _remove(building)
            if created_folder:
                with contextlib.suppress(OSError):
                    self._paths.data_dir.rmdir()
            if isinstance(error, ExportFormatError):
                raise ImportRefusedError(
                    translate("TransferService", "{source} was not imported: {message}.").format(
                        source=short(str(source)), message=error.message
                    )
                ) from None
            if isinstance(error, UserFacingError):
                raise ImportRefusedError(
                    translate("TransferService", "{source} was not imported: {message}").format(
                        source=short(str(source)), message=error.message
                    )
                ) from None
            if isinstance(error, OSError):
                raise ImportRefusedError(
                    translate("TransferService", "{source} was not imported: {reason}.").format(
                        source=short(str(source)), reason=error.strerror or error
                    )
                ) from None
            raise
        backup = None
        try:
            if exists or self._paths.database.exists():
                backup = self._replace(building)
            else:
                os.replace(building, self._paths.database)
                self._paths.marker.touch(exist_ok=True)
        finally:
            _remove(building)
        return dataclasses.replace(_summary(self._paths.database, plan), backup=backup)

    def _replace(self, building: Path) -> Path | None:
        """Back up the plan in use, then put the built file in its place through a restore (which sets it aside)."""

        backups = self._backups
        backup = None
        if self.has_plan():
            backup = backups.back_up("before-import").path
        backups.restore(building)
        return backup

    def _check_it_opens(self, database: Path) -> None:
        """Read the built plan through the services, as the app will: a file that passes SQLite's checks but
        that the app could not show is refused here, before it replaces anything."""
        from repairplanner.db.engine import make_engine, make_sessions

        engine = make_engine(database)
        try:
            services = self._open_services(make_sessions(engine))
            services.couple.get()
            services.library.list_exercises()
            _revision, tables = read_all_tables(database)
            weeks = tables.get("weeks")
            starts = sorted({str(row[weeks.columns.index("start_date")]) for row in weeks.rows}) if weeks else []
            for start in starts:
                services.plan.get_week(dt.date.fromisoformat(start[:10]))
            if starts:
                services.progress.history(dt.date.fromisoformat(starts[0][:10]), self._clock.today())
        except (UserFacingError, ExportFormatError):
            raise
        except Exception as error:
            raise ExportFormatError(
                translate("TransferService", "the plan in it cannot be read ({kind})").format(kind=type(error).__name__)
            ) from None
        finally:
            engine.dispose()
            with contextlib.suppress(OSError):
                for suffix in ("-wal", "-shm"):
                    database.with_name(database.name + suffix).unlink(missing_ok=True)


MAX_READ = 128 * 1024 * 1024


def _remove(database: Path) -> None:
    """A half-built file and its journals, gone."""
    for leftover in (database, *(database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _check_export(content: bytes) -> None:
    """The written file reads back as an export (ValueError otherwise, so a cut-short file never replaces one)."""
    try:
        read_header(content)
    except ExportFormatError as error:
        raise ValueError(error.message) from None
    except json.JSONDecodeError as error:
        raise ValueError(str(error)) from None


def _summary(path: Path, plan: ExportedPlan) -> TransferSummary:
    reflections = plan.tables.get("reflections")
    private = 0
    if reflections is not None and "sealed_note" in reflections.columns:
        column = reflections.columns.index("sealed_note")
        private = sum(1 for row in reflections.rows if row[column] is not None)
    return TransferSummary(
        path=path,
        weeks=plan.count("weeks"),
        sessions=plan.count("planned_sessions"),
        reflections=plan.count("reflections"),
        private_notes=private,
    )


__all__ = ["ExportError", "ImportRefusedError", "TransferService", "TransferSummary"]
