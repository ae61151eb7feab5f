"""A couple with the built-in library, and the services a session's life goes through, over a real database."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import Couple, CoupleSetup, PartnerDraft
from repairplanner.core.entities import Light, NoteVisibility, PlannedSession, Reflection, ReflectionDraft, SessionDraft
from repairplanner.core.library import Library
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.db.schema import PlannedSessionRow
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from tests.helpers import Today, set_working_levels

PASS_A = "Ana's own quiet words"
PASS_B = "Bo keeps this one close"
GREEN, YELLOW, RED = Light.GREEN, Light.YELLOW, Light.RED


@dataclasses.dataclass
class World:
    """Ana and Bo, the built-in library, and every service, on one freshly migrated database."""

    sessions: sessionmaker[Session]
    couples: CoupleService
    plan: PlanService
    svc: SessionService
    progress: ProgressService
    couple: Couple
    clock: FixedClock
    today: Today

    def on_day_of(self, session_id: int) -> None:
        """Live on the day of `session_id`, as a couple does a session on its day."""
        with self.sessions.begin() as s:
            row = s.get(PlannedSessionRow, session_id)
            assert row is not None
            self.today.day = row.day

    @property
    def a(self) -> int:
        return self.couple.partners[0].id

    @property
    def b(self) -> int:
        return self.couple.partners[1].id

    def refresh(self) -> Couple:
        """The couple as stored now (its levels are the working levels)."""
        couple = self.couples.get()
        assert couple is not None
        self.couple = couple
        return couple

    def accountability_done(self, day: dt.date) -> None:
        """Complete an accountability exercise, if the library has one: touch level 3 waits for it (core.method)."""
        found = [
            e
            for e in LibraryService(self.sessions, clock=self.clock).list_exercises()
            if "accountability" in e.tags and not e.requires and not e.is_solo
        ]
        if found:
            first = min(found, key=lambda e: (e.level, e.id))
            self.done(day, first.id, asked_by=self.a if "asked-for" in first.tags else None)

    def at_levels(self, talk: int, touch: int) -> Couple:
        """Both partners work at `talk` and `touch` (chosen long ago), so exercises up to them may be booked."""
        set_working_levels(self.sessions, (self.a, self.b), talk=talk, touch=touch)
        return self.refresh()

    def book(
        self, day: dt.date, exercise_id: str = "touch-1-side-by-side", minutes: int = 10, *, asked_by: int | None = None
    ) -> PlannedSession:
        """Book `exercise_id`; an asked-for talk needs `asked_by`, the partner who asks and so invites (core.method)."""
        draft = SessionDraft(day=day, exercise_id=exercise_id, minutes=minutes, inviter_id=asked_by)
        return self.plan.add_session(draft)

    def agree(self, session_id: int) -> None:
        self.on_day_of(session_id)
        self.svc.set_consent(session_id, self.a, True)
        self.svc.set_consent(session_id, self.b, True)

    def check_in(
        self, session_id: int, lights: tuple[Light, Light] = (GREEN, GREEN), expected: tuple[int, int] = (3, 3)
    ) -> None:
        self.on_day_of(session_id)
        for pid, light, distress in zip((self.a, self.b), lights, expected, strict=True):
            self.svc.check_in(session_id, pid, light, distress)

    def reflect(
        self,
        session_id: int,
        partner_id: int,
        *,
        peak: int = 2,
        safe: int = 8,
        close: int = 7,
        stop: bool = False,
        visibility: NoteVisibility = NoteVisibility.SHARED,
        note: str = "",
        passphrase: str | None = None,
    ) -> Reflection:
        self.on_day_of(session_id)
        draft = ReflectionDraft(session_id, partner_id, peak, safe, close, stop, True, visibility, note)
        return self.svc.save_reflection(draft, passphrase=passphrase)

    def done(
        self,
        day: dt.date,
        exercise_id: str = "talk-1-daily-check-in",
        *,
        peaks: tuple[int, int] = (2, 2),
        safes: tuple[int, int] = (8, 8),
        stops: tuple[bool, bool] = (False, False),
        lights: tuple[Light, Light] = (GREEN, GREEN),
        expected: tuple[int, int] = (3, 3),
        asked_by: int | None = None,
    ) -> PlannedSession:
        """A session booked, agreed, checked in and reflected on by both: as a couple really gets one done."""
        session = self.book(day, exercise_id, asked_by=asked_by)
        self.agree(session.id)
        self.check_in(session.id, lights, expected)
        for i, pid in enumerate((self.a, self.b)):
            self.reflect(session.id, pid, peak=peaks[i], safe=safes[i], stop=stops[i])
        return session


def count(sessions: sessionmaker[Session], table: type[Any], *where: Any) -> int:
    """How many rows of `table` match."""
    with sessions.begin() as s:
        return int(s.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def rows(sessions: sessionmaker[Session], table: type[Any], *where: Any, order: Sequence[Any] = ()) -> list[Any]:
    """The rows of `table` that match, detached (expire_on_commit is off)."""
    with sessions.begin() as s:
        return list(s.scalars(select(table).where(*where).order_by(*order)))


@pytest.fixture
def world(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> World:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    today = Today(dt.date(2026, 11, 23))
    return World(
        sessions=sessions,
        couples=couples,
        plan=PlanService(sessions, clock=today),
        svc=SessionService(sessions, clock=today, kdf=TEST_KDF),
        progress=ProgressService(sessions, clock=today),
        couple=couple,
        clock=today,
        today=today,
    )


@pytest.fixture
def keyed(world: World) -> World:
    """The world with both partners' passphrases set."""
    world.svc.set_passphrase(world.a, PASS_A)
    world.svc.set_passphrase(world.b, PASS_B)
    return world
