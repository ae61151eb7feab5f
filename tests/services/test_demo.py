"""The demo generator: a realistic couple and history, only ever into an empty data folder."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.library import Library
from repairplanner.db.schema import PlannedSessionRow, ReflectionRow
from repairplanner.services.couple import CoupleService
from repairplanner.services.demo import DemoRefusedError, generate_demo
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from tests.helpers import TEST_NOW, pinned_clock

TODAY = TEST_NOW.date()


@pytest.fixture
def library(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> LibraryService:
    service = LibraryService(sessions, clock=clock)
    service.sync_builtins(builtin_library)
    return service


def test_demo_writes_a_couple_and_weeks_of_two_to_six_sessions(
    sessions: sessionmaker[Session], library: LibraryService, clock: FixedClock
) -> None:
    summary = generate_demo(sessions, library.list_exercises(), clock=clock, years=1)
    couple = CoupleService(sessions).get()
    assert couple is not None and couple.stop_signal
    assert summary.weeks == 53
    plan = PlanService(sessions, clock=clock)
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
    sessions: sessionmaker[Session], library: LibraryService, clock: FixedClock
) -> None:
    generate_demo(sessions, library.list_exercises(), clock=clock, years=0.5)
    with pytest.raises(DemoRefusedError, match="already holds a couple"):
        generate_demo(sessions, library.list_exercises(), clock=clock, years=0.5)


@pytest.mark.parametrize("hours", [-12, 14])
def test_demo_level_changes_fall_on_a_weeks_first_day_in_any_time_zone(
    sessions: sessionmaker[Session], library: LibraryService, hours: int
) -> None:
    # Stamped at 9:00 local time on a Monday: stored in UTC, that is another day at either end of the world.
    clock = pinned_clock(zone=dt.timezone(dt.timedelta(hours=hours)))
    generate_demo(sessions, library.list_exercises(), clock=clock, years=1)
    steps = ProgressService(sessions, clock=clock).level_steps()
    assert steps and {step.day.isoweekday() for step in steps} == {1}
