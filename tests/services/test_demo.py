"""The demo generator: a realistic couple and history, only ever into an empty data folder."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.library import Library
from repairplanner.db.schema import PlannedSessionRow, ReflectionRow
from repairplanner.services.couple import CoupleService
from repairplanner.services.demo import DemoRefusedError, generate_demo
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def library(sessions: sessionmaker[Session], builtin_library: Library) -> LibraryService:
    service = LibraryService(sessions)
    service.sync_builtins(builtin_library)
    return service


def test_demo_writes_a_couple_and_weeks_of_two_to_six_sessions(
    sessions: sessionmaker[Session], library: LibraryService
) -> None:
    summary = generate_demo(sessions, library.list_exercises(), years=1, today=TODAY)
    couple = CoupleService(sessions).get()
    assert couple is not None and couple.stop_signal
    assert summary.weeks == 53
    plan = PlanService(sessions)
    start = plan.week_of(TODAY)
    counts = [len(plan.get_week(start - dt.timedelta(weeks=w)).sessions) for w in range(summary.weeks)]
    assert all(2 <= c <= 6 for c in counts)
    assert sum(counts) == summary.sessions
    with sessions.begin() as s:
        statuses = Counter(s.scalars(select(PlannedSessionRow.status)))
        assert statuses["done"] > statuses["skipped"] > 0
        assert s.scalar(select(func.count()).select_from(ReflectionRow)) == summary.reflections
        assert set(s.scalars(select(ReflectionRow.visibility))) == {"shared"}
        future = s.scalar(
            select(func.count()).where(PlannedSessionRow.day >= TODAY, PlannedSessionRow.status != "planned")
        )
        assert future == 0


def test_demo_is_reproducible_and_refuses_a_folder_with_a_couple(
    sessions: sessionmaker[Session], library: LibraryService
) -> None:
    generate_demo(sessions, library.list_exercises(), years=0.5, today=TODAY)
    with pytest.raises(DemoRefusedError, match="already holds a couple"):
        generate_demo(sessions, library.list_exercises(), years=0.5, today=TODAY)
