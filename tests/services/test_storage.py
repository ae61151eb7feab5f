"""A storage failure (a full disk, a locked or damaged file) reaches the couple as one kind error, and saves nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import exc
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.entities import ReflectionDraft
from repairplanner.core.errors import StorageError, UserFacingError
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.services.storage import DISK_FULL, LOCKED, storage_message
from tests.services.conftest import World


class FailingSessions:
    """A session factory whose every transaction fails the way SQLite does when the disk is full."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    @contextmanager
    def begin(self) -> Iterator[Session]:
        raise self.error
        yield  # pragma: no cover


def failing(error: Exception | None = None) -> Any:
    return FailingSessions(error or sqlite3.OperationalError("database or disk is full"))


def test_a_full_disk_is_one_kind_error_from_every_service(world: World) -> None:
    session = world.book(world.today.day)
    calls = [
        lambda: SessionService(failing(), clock=world.clock).set_consent(session.id, world.a, True),
        lambda: SessionService(failing(), clock=world.clock).save_reflection(
            ReflectionDraft(session.id, world.a, 2, 8, 7, False, True)
        ),
        lambda: PlanService(failing(), clock=world.clock).set_intention(world.today.day, "gently"),
        lambda: LibraryService(failing(), clock=world.clock).list_exercises(),
    ]
    for call in calls:
        with pytest.raises(StorageError) as raised:
            call()
        assert isinstance(raised.value, UserFacingError)
        assert raised.value.message == DISK_FULL
        assert "sqlite" not in raised.value.message.lower()


def test_sqlalchemys_wrapped_errors_read_the_same() -> None:
    locked = exc.OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked"))
    assert storage_message(locked) == LOCKED
    with pytest.raises(StorageError, match="busy"):
        SessionService(failing(locked), clock=Clock()).consents([1])


def test_a_failed_save_leaves_the_database_as_it_was(world: World, sessions: sessionmaker[Session]) -> None:
    session = world.book(world.today.day)
    with pytest.raises(StorageError):
        SessionService(failing(), clock=world.clock).set_consent(session.id, world.a, True)
    assert world.svc.consents([session.id])[session.id] == {world.a: False, world.b: False}
