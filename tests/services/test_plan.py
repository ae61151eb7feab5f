"""The plan service: weeks, sessions, soft removal, intentions and copying a week."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft, SessionStatus
from repairplanner.core.library import Library
from repairplanner.db.schema import ConsentEventRow, PlannedSessionRow
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanError, PlanService

MONDAY = dt.date(2026, 11, 23)


@pytest.fixture
def plan(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> PlanService:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    return PlanService(sessions, clock=clock)


def draft(day: dt.date, exercise_id: str = "touch-1-side-by-side", **kw: object) -> SessionDraft:
    return SessionDraft(day=day, exercise_id=exercise_id, minutes=kw.pop("minutes", 10), **kw)  # type: ignore[arg-type]


def test_an_unplanned_week_is_empty_and_writes_nothing(plan: PlanService) -> None:
    week = plan.get_week(MONDAY)
    assert week.week.start == MONDAY and week.week.intention == "" and week.sessions == ()
    assert not plan.has_sessions(MONDAY)


def test_added_sessions_land_on_their_day_in_order(plan: PlanService) -> None:
    wed = MONDAY + dt.timedelta(days=2)
    first = plan.add_session(draft(wed, start_time=dt.time(19, 30)))
    second = plan.add_session(draft(wed, "talk-1-stop-signal", minutes=15))
    early = plan.add_session(draft(wed, "talk-1-debrief-after-touch", start_time=dt.time(8, 0)))
    week = plan.get_week(MONDAY)
    assert [s.id for s in week.on(wed)] == [early.id, first.id, second.id]
    assert week.find(second.id) == second and second.week_start == MONDAY and second.position == 1
    assert plan.has_sessions(MONDAY) and not plan.has_sessions(MONDAY + dt.timedelta(weeks=1))


def test_a_session_moved_to_another_week_leaves_this_one(plan: PlanService) -> None:
    session = plan.add_session(draft(MONDAY))
    moved = plan.save_session(dataclasses.replace(session, day=MONDAY + dt.timedelta(days=8), minutes=12))
    assert moved.week_start == MONDAY + dt.timedelta(weeks=1) and moved.minutes == 12
    assert plan.get_week(MONDAY).sessions == ()
    assert plan.get_week(moved.week_start).sessions == (moved,)


def test_removal_is_soft_and_restores_the_consent_log(plan: PlanService, sessions: sessionmaker[Session]) -> None:
    session = plan.add_session(draft(MONDAY))
    with sessions.begin() as s:
        s.add(ConsentEventRow(session_id=session.id, partner_id=1, given=True))
    plan.remove_sessions([session.id])
    assert plan.get_week(MONDAY).sessions == ()
    with pytest.raises(PlanError):
        plan.save_session(session)
    plan.restore_sessions([session.id])
    assert plan.get_week(MONDAY).sessions == (session,)
    with sessions.begin() as s:
        assert s.scalar(select(ConsentEventRow.given).where(ConsentEventRow.session_id == session.id)) is True


def test_intentions_are_one_trimmed_line(plan: PlanService) -> None:
    assert plan.set_intention(MONDAY, "  Go   gently\nthis week ").intention == "Go gently this week"
    assert plan.get_week(MONDAY).week.intention == "Go gently this week"
    with pytest.raises(PlanError, match="one line"):
        plan.set_intention(MONDAY, "x" * 201)


def test_copy_week_books_the_same_plan_without_consent(plan: PlanService, sessions: sessionmaker[Session]) -> None:
    last = MONDAY - dt.timedelta(weeks=1)
    a = plan.add_session(draft(last + dt.timedelta(days=1), start_time=dt.time(20), inviter_id=1, note="lamp on"))
    b = plan.add_session(draft(last + dt.timedelta(days=4), "talk-1-stop-signal", minutes=15, inviter_id=2))
    with sessions.begin() as s:
        s.add(ConsentEventRow(session_id=a.id, partner_id=1, given=True))
        s.get(PlannedSessionRow, a.id).status = "done"  # type: ignore[union-attr]
    copies = plan.copy_week(last, MONDAY)
    assert [(c.day - MONDAY, c.exercise_id, c.start_time, c.minutes, c.inviter_id, c.note) for c in copies] == [
        (o.day - last, o.exercise_id, o.start_time, o.minutes, o.inviter_id, o.note) for o in (a, b)
    ]
    assert all(c.status is SessionStatus.PLANNED and c.id not in (a.id, b.id) for c in copies)
    with sessions.begin() as s:
        ids = [c.id for c in copies]
        assert s.scalar(select(ConsentEventRow.id).where(ConsentEventRow.session_id.in_(ids))) is None
    with pytest.raises(PlanError, match="already has sessions"):
        plan.copy_week(last, MONDAY)
    with pytest.raises(PlanError, match="nothing planned"):
        plan.copy_week(MONDAY + dt.timedelta(weeks=5), MONDAY + dt.timedelta(weeks=6))


def test_bad_edits_are_refused_with_a_reason(plan: PlanService) -> None:
    with pytest.raises(PlanError, match="between 1 and 240 minutes"):
        plan.add_session(draft(MONDAY, minutes=0))
    with pytest.raises(PlanError, match="no longer in the library"):
        plan.add_session(draft(MONDAY, "touch-9-nothing"))
    assert plan.get_week(MONDAY).sessions == ()


def test_weeks_follow_the_couples_first_weekday(
    sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock
) -> None:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause", week_start=7))
    plan = PlanService(sessions, clock=clock)
    sunday = MONDAY - dt.timedelta(days=1)
    assert plan.week_of(MONDAY) == sunday
    session = plan.add_session(draft(MONDAY))
    assert session.week_start == sunday
    assert plan.get_week(sunday).sessions == (session,)


# The fixture is shared across examples on purpose: each example removes what it added.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offsets=st.lists(st.integers(min_value=-20, max_value=40), min_size=1, max_size=12))
def test_every_session_shows_in_exactly_one_week(plan: PlanService, offsets: list[int]) -> None:
    service = plan
    added = {service.add_session(draft(MONDAY + dt.timedelta(days=o))).id for o in offsets}
    starts = {MONDAY + dt.timedelta(weeks=w) for w in range(-4, 8)}
    seen = [s.id for start in starts for s in service.get_week(start).sessions]
    assert added <= set(seen)
    assert len(seen) == len(set(seen))
    service.remove_sessions(sorted(added))
