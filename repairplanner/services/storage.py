"""The one place storage errors cross the service boundary: a full disk, a locked or damaged file or a broken
constraint becomes `StorageError`, with a kind message, and the transaction is rolled back whole."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.errors import StorageError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

# Context "Storage"; each message is whole (with its last sentence, "Nothing was half-saved, …"), translated in
# `storage_message`.
DISK_FULL = QT_TRANSLATE_NOOP(
    "Storage",
    "There is no room left on this computer's disk, so this could not be saved. Free some space. "
    "Nothing was half-saved, and what you typed is still here, so you can try again.",
)
LOCKED = QT_TRANSLATE_NOOP(
    "Storage",
    "Your plan's file is busy right now, so this could not be saved. Please try again in a moment. "
    "Nothing was half-saved, and what you typed is still here, so you can try again.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Storage",
    "Your plan's file could not be read or written properly, so this was not saved. Restarting the app may help; "
    "a backup is kept in the data folder. Nothing was half-saved, and what you typed is still here, so you can try "
    "again.",
)
CONFLICT = QT_TRANSLATE_NOOP(
    "Storage",
    "This could not be saved because it clashes with something already stored. "
    "Nothing was half-saved, and what you typed is still here, so you can try again.",
)
GENERIC = QT_TRANSLATE_NOOP(
    "Storage",
    "This could not be saved because of a problem with the plan's file. "
    "Nothing was half-saved, and what you typed is still here, so you can try again.",
)


def storage_message(error: BaseException) -> str:
    """A kind sentence for a storage failure: what happened in plain words, and that nothing is lost."""
    return translate("Storage", _storage_text(error))


def _storage_text(error: BaseException) -> str:
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    if "full" in text or "no space" in text:
        return DISK_FULL
    if "locked" in text or "busy" in text:
        return LOCKED
    if isinstance(original, sqlite3.IntegrityError):
        return CONFLICT
    if "malformed" in text or "not a database" in text or "disk i/o" in text or "corrupt" in text:
        return DAMAGED
    return GENERIC


#: The transaction a `snapshot` holds open in this thread (or task), with the engine it belongs to.
_SNAPSHOT: ContextVar[tuple[object, Session] | None] = ContextVar("repairplanner_snapshot", default=None)


@contextmanager
def transaction(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """`sessions.begin()`, with storage errors (on opening, working or committing) raised as `StorageError`.

    Inside a `snapshot` of the same database it joins that snapshot's transaction instead of opening its own.
    """
    held = _SNAPSHOT.get()
    if held is not None and held[0] is sessions.kw.get("bind"):
        yield held[1]
        return
    try:
        with sessions.begin() as s:
            yield s
    except (sqlite3.Error, DBAPIError) as error:
        raise StorageError(storage_message(error)) from error


@contextmanager
def snapshot(sessions: sessionmaker[Session]) -> Iterator[None]:
    """One transaction for several service calls, so what they read together is one consistent moment.

    A printout or a calendar file reads the couple, the plan, consent and the library through their services;
    inside a snapshot those reads share one SQLite read transaction, so an edit made meanwhile in the window
    is either wholly in the export or wholly not.
    """
    if _SNAPSHOT.get() is not None:
        yield
        return
    with transaction(sessions) as s:
        token = _SNAPSHOT.set((sessions.kw.get("bind"), s))
        try:
            yield
        finally:
            _SNAPSHOT.reset(token)
