"""Private means private: the raw bytes of the database, its WAL and shared-memory files and its backups never hold
the text of a private note, in any encoding, while the app runs, after it closes and after a passphrase change.

Each scan is paired with a control: a shared note's phrase that the same scan must find, so it cannot pass silently.
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock, FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionDraft
from repairplanner.core.library import Library
from repairplanner.core.passphrase import WrongPassphraseError
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.db.backup import backup_database
from repairplanner.paths import AppPaths
from repairplanner.services.couple import CoupleService
from repairplanner.services.demo import generate_demo
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from tests.helpers import Today, transfer_service
from tests.services.conftest import PASS_A, PASS_B

#: The machine's clock: these tests are about files on disk, not about dates.
CLOCK = Clock()

PRIVATE, SHARED = NoteVisibility.PRIVATE, NoteVisibility.SHARED
MONDAY = dt.date(2026, 11, 23)
#: The services' 'today', moved to each session's day as the couple lives it.
THE_DAY = Today(MONDAY)
NEW_PASS = "a passphrase for the new year"


@dataclass(frozen=True)
class Needle:
    """A phrase and a distinctive 8-character piece of it, searched for in every form it could be stored in."""

    phrase: str
    fragment: str

    def __post_init__(self) -> None:
        assert len(self.fragment) == 8 and self.fragment in self.phrase

    def patterns(self) -> set[bytes]:
        found = set()
        for text in (self.phrase, self.fragment):
            for form in ("NFC", "NFD"):
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    found.add(unicodedata.normalize(form, text).encode(encoding))
        return found


LIGHTHOUSE = Needle("lighthouse-marmalade 7241", "marmalad")
ZOE = Needle("Zoë’s quiet thought ☂", "Zoë’s qu")
SECRETS = (LIGHTHOUSE, ZOE)
CONTROL = Needle("shared-sentinel quokka 5512", "quokka 5")


def data_files(*roots: Path) -> list[Path]:
    """Every file under the given folders (or the files themselves): database, -wal, -shm, backups, markers."""
    files: list[Path] = []
    for root in roots:
        files.extend([root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file()))
    return files


def hits(files: Iterable[Path], needle: Needle) -> list[str]:
    """Where any form of `needle` occurs, as 'file: pattern'."""
    found = []
    for path in files:
        data = path.read_bytes()
        found.extend(f"{path.name}: {pattern!r}" for pattern in sorted(needle.patterns()) if pattern in data)
    return found


def assert_private(files: list[Path]) -> None:
    """No private phrase anywhere in `files`; the shared control phrase somewhere in them."""
    assert files
    for secret in SECRETS:
        assert hits(files, secret) == [], f"private text on disk: {hits(files, secret)}"
    assert hits(files, CONTROL), f"the scan did not even find the shared control in {[f.name for f in files]}"


def wal_of(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def checkpoint(engine: Engine, mode: str = "PASSIVE") -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")
        connection.commit()


@contextmanager
def started_app(paths: AppPaths, clock: FixedClock) -> Iterator[tuple[sessionmaker[Session], Engine]]:
    """The app's real start-up path (private folder, lock, checks, migration, library sync), closed on exit."""
    from repairplanner.app import open_database, open_storage

    lock, storage = open_storage(paths, clock=clock)
    try:
        sessions = open_database(storage, clock=clock)
        engine = sessions.kw["bind"]
        assert isinstance(engine, Engine)
        try:
            yield sessions, engine
        finally:
            engine.dispose()
    finally:
        lock.unlock()


def reflect(svc: SessionService, sid: int, pid: int, note: str, passphrase: str | None = None) -> None:
    visibility = SHARED if passphrase is None else PRIVATE
    THE_DAY.day = svc.facts([sid])[sid].day  # the couple reflects on the session's day
    for partner_id, given in svc.consents([sid])[sid].items():
        if not given:
            svc.set_consent(sid, partner_id, True)
    svc.save_reflection(ReflectionDraft(sid, pid, 3, 8, 7, False, True, visibility, note), passphrase=passphrase)


def test_private_notes_never_reach_the_database_its_wal_or_any_backup(
    app_paths: AppPaths, caplog: pytest.LogCaptureFixture, clock: FixedClock
) -> None:
    # Every logger on, including SQLAlchemy's statement log with its parameters.
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")
    with started_app(app_paths, clock) as (sessions, engine):
        couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Zoë"), PartnerDraft("Sam"), "pause"))
        a, b = (p.id for p in couple.partners)
        plan, svc = PlanService(sessions, clock=THE_DAY), SessionService(sessions, clock=THE_DAY, kdf=TEST_KDF)
        THE_DAY.day = MONDAY
        svc.set_passphrase(a, PASS_A)
        svc.set_passphrase(b, PASS_B)
        first, second, third = (
            plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=i), "touch-1-side-by-side", 10)) for i in range(3)
        )
        for sid in (first.id, second.id):
            for pid in (a, b):
                svc.set_consent(sid, pid, True)
        reflect(svc, first.id, a, LIGHTHOUSE.phrase, PASS_A)
        reflect(svc, first.id, b, f"Sam wrote: {ZOE.phrase}", PASS_B)
        reflect(svc, second.id, a, f"{ZOE.phrase} / {LIGHTHOUSE.phrase}", PASS_A)
        reflect(svc, second.id, b, CONTROL.phrase)
        # A private note edited to hold the phrase, and one edited several times.
        reflect(svc, third.id, a, "a first draft", PASS_A)
        reflect(svc, third.id, a, LIGHTHOUSE.phrase + " (edited)", PASS_A)
        reflect(svc, third.id, b, ZOE.phrase, PASS_B)
        reflect(svc, third.id, b, ZOE.phrase + " again", PASS_B)

        database = app_paths.database
        # While the app is open the changes sit in the WAL: scan it, the -shm file and the main file.
        assert wal_of(database).stat().st_size > 0
        assert hits([wal_of(database)], CONTROL), "the shared control should be in the WAL while the app runs"
        assert_private(data_files(app_paths.data_dir))

        backup = backup_database(database, app_paths.backups_dir, "scan", clock=clock)
        assert_private(data_files(backup))

        # The real flow: change a passphrase (every private note is re-sealed), then scan everything again.
        assert svc.change_passphrase(a, PASS_A, NEW_PASS) == 3
        assert_private(data_files(app_paths.data_dir))
        checkpoint(engine)
        assert_private(data_files(database))  # the main file alone, now holding the checkpointed pages
        assert_private(data_files(app_paths.data_dir))

        key = svc.unlock(a, NEW_PASS)
        assert [r.note for r in svc.reflections(first.id, {a: key}) if r.partner_id == a] == [LIGHTHOUSE.phrase]
        with pytest.raises(WrongPassphraseError):
            svc.unlock(a, PASS_A)

    # Closed: the WAL was checkpointed into the main file and removed.
    assert not wal_of(app_paths.database).exists()
    assert_private(data_files(app_paths.database))
    assert_private(data_files(app_paths.data_dir))

    # Started again: the notes still open with the new passphrase, and a new backup is as clean.
    with started_app(app_paths, THE_DAY) as (sessions, _engine):
        svc = SessionService(sessions, clock=THE_DAY, kdf=TEST_KDF)
        THE_DAY.day = MONDAY
        key = svc.unlock(a, NEW_PASS)
        notes = {r.partner_id: r.note for r in svc.reflections(third.id, {a: key})}
        assert notes == {a: LIGHTHOUSE.phrase + " (edited)", b: None}
        second_backup = backup_database(app_paths.database, app_paths.backups_dir, "again", clock=clock)
        assert_private(data_files(second_backup))
    assert_private(data_files(app_paths.data_dir))

    # Nothing private was logged either, though the shared note went through the SQL log.
    assert CONTROL.phrase in caplog.text, "control: the statement log carries the shared note"
    for secret in SECRETS:
        assert secret.fragment not in caplog.text
        assert secret.phrase not in caplog.text


def test_a_demo_couples_private_notes_stay_off_the_disk_through_a_passphrase_change(
    app_paths: AppPaths, clock: FixedClock
) -> None:
    clock.set(dt.datetime.combine(MONDAY, dt.time(18), tzinfo=dt.timezone.utc))  # the demo's last week begins today
    with started_app(app_paths, clock) as (sessions, engine):
        library = LibraryService(sessions, clock=clock)
        generate_demo(sessions, library.list_exercises(), clock=clock, years=1)
        couple = CoupleService(sessions).get()
        assert couple is not None
        maya, daniel = (p.id for p in couple.partners)
        plan, svc = PlanService(sessions, clock=THE_DAY), SessionService(sessions, clock=THE_DAY, kdf=TEST_KDF)
        THE_DAY.day = MONDAY
        this_week = plan.get_week(MONDAY).sessions
        past = plan.get_week(MONDAY - dt.timedelta(weeks=1)).sessions
        assert len(this_week) >= 2 and past

        svc.set_passphrase(maya, PASS_A)
        svc.set_passphrase(daniel, PASS_B)
        first, second = this_week[:2]
        for pid in (maya, daniel):
            svc.set_consent(first.id, pid, True)
        for pid in (maya, daniel):
            svc.check_in(first.id, pid, Light.GREEN, 3)
        svc.start(first.id)
        reflect(svc, first.id, maya, LIGHTHOUSE.phrase, PASS_A)
        reflect(svc, first.id, daniel, ZOE.phrase, PASS_B)
        reflect(svc, second.id, maya, CONTROL.phrase)
        # Daniel turns an old shared reflection into a private one with new words.
        reflect(svc, past[0].id, daniel, f"Looking back: {ZOE.phrase}", PASS_B)

        assert_private(data_files(app_paths.data_dir))
        assert svc.change_passphrase(maya, PASS_A, NEW_PASS) == 1
        assert svc.change_passphrase(daniel, PASS_B, NEW_PASS + "!") == 2
        assert_private(data_files(app_paths.data_dir))
        assert_private(data_files(backup_database(app_paths.database, app_paths.backups_dir, "demo", clock=clock)))
        checkpoint(engine, "TRUNCATE")
        assert_private(data_files(app_paths.database))
    assert_private(data_files(app_paths.data_dir))


def test_making_a_shared_note_private_leaves_no_text_in_the_main_file(
    sessions: sessionmaker[Session], builtin_library: Library, migrated_paths: AppPaths, clock: FixedClock
) -> None:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    a = couple.partners[0].id
    svc = SessionService(sessions, clock=THE_DAY, kdf=TEST_KDF)
    THE_DAY.day = MONDAY
    session = PlanService(sessions, clock=THE_DAY).add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15))
    engine = sessions.kw["bind"]
    database = migrated_paths.database

    reflect(svc, session.id, a, LIGHTHOUSE.phrase)
    checkpoint(engine)
    assert hits([database], LIGHTHOUSE), "control: the shared note is in the main file once checkpointed"
    svc.set_passphrase(a, PASS_A)
    reflect(svc, session.id, a, LIGHTHOUSE.phrase, PASS_A)
    checkpoint(engine)
    # secure_delete zeroes the old cell, so the main file no longer holds the text, nor does a backup made now.
    assert hits([database], LIGHTHOUSE) == []
    assert hits([backup_database(database, migrated_paths.backups_dir, "after", clock=clock)], LIGHTHOUSE) == []
    engine.dispose()
    assert hits(data_files(migrated_paths.data_dir), LIGHTHOUSE) == []


def test_making_a_shared_note_private_leaves_no_text_in_the_wal_while_the_app_runs(
    sessions: sessionmaker[Session], builtin_library: Library, migrated_paths: AppPaths, clock: FixedClock
) -> None:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    a = couple.partners[0].id
    svc = SessionService(sessions, clock=THE_DAY, kdf=TEST_KDF)
    THE_DAY.day = MONDAY
    session = PlanService(sessions, clock=THE_DAY).add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15))
    reflect(svc, session.id, a, LIGHTHOUSE.phrase)
    assert hits(data_files(migrated_paths.data_dir), LIGHTHOUSE), "control: the shared note is on disk"
    svc.set_passphrase(a, PASS_A)
    reflect(svc, session.id, a, LIGHTHOUSE.phrase, PASS_A)
    checkpoint(sessions.kw["bind"])  # what SQLite's automatic checkpoint does
    assert hits(data_files(migrated_paths.data_dir), LIGHTHOUSE) == []


def test_rolling_backups_set_aside_files_and_the_export_file_keep_private_notes_sealed(
    app_paths: AppPaths, clock: FixedClock
) -> None:
    from repairplanner.services.backups import BackupService

    with started_app(app_paths, clock) as (sessions, _engine):
        couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Zoë"), PartnerDraft("Sam"), "pause"))
        a, b = (p.id for p in couple.partners)
        plan, svc = PlanService(sessions, clock=THE_DAY), SessionService(sessions, kdf=TEST_KDF, clock=THE_DAY)
        THE_DAY.day = MONDAY  # the sessions are still to come when the couple agrees to them
        svc.set_passphrase(a, PASS_A)
        first, second = (plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=i), "touch-1-side-by-side", 10))
                         for i in range(2))  # fmt: skip
        for sid in (first.id, second.id):
            for pid in (a, b):
                svc.set_consent(sid, pid, True)
        # A shared note that later turns private, with the canary in it, and a shared control.
        reflect(svc, first.id, a, LIGHTHOUSE.phrase)
        reflect(svc, first.id, a, f"{LIGHTHOUSE.phrase} {ZOE.phrase}", PASS_A)
        reflect(svc, second.id, b, CONTROL.phrase)
        backups = BackupService(app_paths, sessions, clock=THE_DAY)
        daily = backups.back_up_if_due()
        assert daily is not None
        assert_private(data_files(daily.path))
        reflect(svc, second.id, a, ZOE.phrase, PASS_A)
        on_close = backups.back_up_on_close()
        assert on_close is not None
        assert_private(data_files(on_close.path))

        exported = app_paths.data_dir.parent / "everything.json"
        transfer_service(app_paths, sessions, clock=CLOCK).export_all(exported)
        assert_private(data_files(exported))
        restored = backups.restore(daily.path)
        assert restored.set_aside is not None
        assert_private(data_files(restored.set_aside))
        assert_private(data_files(app_paths.backups_dir))
    assert_private(data_files(app_paths.data_dir))


def test_a_reader_holding_the_wal_delays_the_wipe_which_is_owed_and_finished_at_the_next_chance(
    sessions: sessionmaker[Session], builtin_library: Library, migrated_paths: AppPaths
) -> None:
    import sqlite3
    from contextlib import closing

    from repairplanner.db.wal import finish_pending, is_pending

    LibraryService(sessions, clock=CLOCK).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    a = couple.partners[0].id
    svc = SessionService(sessions, kdf=TEST_KDF, clock=THE_DAY)
    THE_DAY.day = MONDAY
    session = PlanService(sessions, clock=THE_DAY).add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15))
    database = migrated_paths.database
    reflect(svc, session.id, a, LIGHTHOUSE.phrase)
    reflect(svc, session.id, a, CONTROL.phrase + " " + LIGHTHOUSE.phrase)  # two versions of the shared note
    svc.set_passphrase(a, PASS_A)
    with closing(sqlite3.connect(database)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM reflections").fetchone()  # another program holds a snapshot
        reflect(svc, session.id, a, LIGHTHOUSE.phrase, PASS_A)
        assert svc.old_text_pending() and is_pending(database)
        assert hits([wal_of(database)], LIGHTHOUSE), "control: the reader kept the old page in the WAL"
        assert finish_pending(database) is False  # still held
        reader.execute("COMMIT")
    assert finish_pending(database) is True  # the next chance: the app closing, or the next start
    assert not is_pending(database) and not svc.old_text_pending()
    assert hits(data_files(migrated_paths.data_dir), LIGHTHOUSE) == []
