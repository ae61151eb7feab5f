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
from repairplanner.services.demo import ASKED_EARLY, DemoRefusedError, generate_demo
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


def test_demo_writes_a_couple_and_weeks_of_two_to_eight_sessions(
    sessions: sessionmaker[Session], library: LibraryService, clock: FixedClock
) -> None:
    summary = generate_demo(sessions, library.list_exercises(), clock=clock, years=1)
    couple = CoupleService(sessions).get()
    assert couple is not None and couple.stop_signal
    assert summary.weeks == 53
    plan = PlanService(sessions, clock=clock)
    start = plan.week_of(TODAY)
    counts = [len(plan.get_week(start - dt.timedelta(weeks=w)).sessions) for w in range(summary.weeks)]
    assert all(2 <= c <= 8 for c in counts)  # the last weeks are the app's own suggested weeks
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


def test_the_demo_couple_follows_the_rules_and_can_visibly_move_up_together(
    sessions: sessionmaker[Session], library: LibraryService
) -> None:
    clock = FixedClock.at_local(TODAY, dt.time(18, 0))
    from repairplanner.core.couple import working_levels
    from repairplanner.core.entities import LevelChoice, Track
    from repairplanner.core.grading import Decision
    from repairplanner.core.pace import TOUCH_ABOVE_TALK
    from repairplanner.db.schema import LevelChoiceRow, PartnerRow
    from repairplanner.services.progress import ProgressService

    exercises = {e.id: e for e in library.list_exercises()}
    generate_demo(sessions, list(exercises.values()), clock=clock, years=2)
    with sessions.begin() as s:
        partners = tuple(s.scalars(select(PartnerRow.id).order_by(PartnerRow.seat)))
        choices = [
            LevelChoice(r.partner_id, Track(r.track), r.level, r.at, r.reason)
            for r in s.scalars(select(LevelChoiceRow))
        ]
        booked = [(r.day, r.exercise_id) for r in s.scalars(select(PlannedSessionRow).order_by(PlannedSessionRow.day))]
    # No level change is dated after now (the demo's today).
    assert choices and max(c.at for c in choices) < dt.datetime.combine(TODAY, dt.time())
    # At every moment touch is within one level of talk, and every session is at its track's working level.
    for moment in sorted({c.at for c in choices}):
        levels = working_levels([c for c in choices if c.at <= moment], (partners[0], partners[1]))
        assert levels[Track.TOUCH] <= levels[Track.TALK] + TOUCH_ABOVE_TALK, moment
    for day, exercise_id in booked:
        levels = working_levels([c for c in choices if c.at.date() <= day], (partners[0], partners[1]))
        exercise = exercises[exercise_id]
        assert exercise.level <= levels[exercise.track], (day, exercise_id)
        # An asked-for talk is only ever the hurt partner's own: the two early acknowledgment talks, Maya inviting.
        assert not exercise.is_asked_for or exercise_id in ASKED_EARLY.values()
    # The last weeks are calm, so the engine offers to move talk up together.
    couple = CoupleService(sessions).get()
    assert couple is not None and couple.levels[Track.TALK] < 5
    assessment = ProgressService(sessions, clock=clock).assessments(couple, TODAY)[Track.TALK]
    assert assessment.decision is Decision.OFFER_MOVE_UP


def test_a_demo_of_a_few_days_dates_nothing_after_now(sessions: sessionmaker[Session], library: LibraryService) -> None:
    from repairplanner.db.schema import LevelChoiceRow

    clock = pinned_clock()
    generate_demo(sessions, library.list_exercises(), clock=clock, years=0.01)
    with sessions.begin() as s:
        latest = s.scalar(select(func.max(LevelChoiceRow.at)))
    assert latest is not None and latest <= clock.stamp()


@pytest.mark.parametrize("hours", [-12, 14])
def test_demo_level_changes_fall_on_a_weeks_first_day_in_any_time_zone(
    sessions: sessionmaker[Session], library: LibraryService, hours: int
) -> None:
    # Stamped at 9:00 local time on a Monday: stored in UTC, that is another day at either end of the world.
    clock = pinned_clock(zone=dt.timezone(dt.timedelta(hours=hours)))
    generate_demo(sessions, library.list_exercises(), clock=clock, years=1)
    steps = ProgressService(sessions, clock=clock).level_steps()
    assert steps and {step.day.isoweekday() for step in steps} == {1}


def test_the_demo_keeps_busy_days_free_and_does_the_acknowledgment_work_before_touch_three(
    sessions: sessionmaker[Session], library: LibraryService, clock: FixedClock
) -> None:
    from repairplanner.db.schema import LevelChoiceRow, PartnerRow

    exercises = {e.id: e for e in library.list_exercises()}
    generate_demo(sessions, list(exercises.values()), clock=clock, years=1)
    with sessions.begin() as s:
        busy = {d for p in s.scalars(select(PartnerRow)) for d in p.unavailable_weekdays}
        rows = list(s.scalars(select(PlannedSessionRow)))
        touch_three = s.scalar(
            select(func.min(LevelChoiceRow.at)).where(LevelChoiceRow.track == "touch", LevelChoiceRow.level >= 3)
        )
    assert busy and not [r.day for r in rows if r.day.isoweekday() in busy]
    acknowledged = min(r.day for r in rows if "accountability" in exercises[r.exercise_id].tags and r.status == "done")
    assert touch_three is not None and acknowledged < touch_three.date()
    this_week = [r for r in rows if r.day >= PlanService(sessions, clock=clock).week_of(TODAY)]
    tracks = {exercises[r.exercise_id].track.value for r in this_week}
    assert tracks == {"talk", "touch"}  # this week mixes talks and touch, as a suggested week does
