"""The check-in as one private round: today's yes, turns that alternate, yellow decided by its partner, "not today"."""

from __future__ import annotations

import datetime as dt

import pytest

from repairplanner.core.check_in_rules import NOT_TODAY_MESSAGE, CheckInTurn
from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import Light, SessionDraft, YellowChoice
from repairplanner.core.grading import Advice, Alternative
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.db.schema import CheckInRow, PlannedSessionRow
from repairplanner.services.sessions import SessionError, SessionService
from tests.services.conftest import GREEN, RED, YELLOW, World, count, rows

MONDAY = dt.date(2026, 11, 23)
LOCAL = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(autouse=True)
def hands_level(world: World) -> None:
    """The couple works at touch level 2 (talk 1), so the hands exercise these check-ins are for may be booked."""
    world.at_levels(talk=1, touch=2)


def agreed(world: World, exercise_id: str = "touch-2-exploring-hands") -> int:
    session = world.book(MONDAY, exercise_id)
    world.agree(session.id)
    return session.id


def yes(pid: int, light: Light = GREEN, distress: int = 3, choice: YellowChoice | None = None) -> CheckInTurn:
    return CheckInTurn(pid, True, light, distress, choice)


def started_at(world: World, sid: int) -> dt.datetime | None:
    (row,) = rows(world.sessions, PlannedSessionRow, PlannedSessionRow.id == sid)
    return row.started_at


def test_both_yes_and_green_is_recorded_in_turn_order_and_starts(world: World) -> None:
    sid = agreed(world)
    advice = world.svc.check_in_together(sid, [yes(world.b, GREEN, 4), yes(world.a, GREEN, 2)])
    assert advice.kind is Advice.GO
    stored = rows(world.sessions, CheckInRow, CheckInRow.session_id == sid, order=[CheckInRow.id])
    assert [(r.partner_id, r.light, r.expected_distress) for r in stored] == [
        (world.b, "green", 4),
        (world.a, "green", 2),
    ]
    assert world.svc.start(sid).id == sid


@pytest.mark.parametrize("who", ["a", "b"])
def test_a_not_today_from_either_ends_it_with_the_same_words_and_keeps_nothing(world: World, who: str) -> None:
    sid = agreed(world)
    world.check_in(sid, (GREEN, GREEN))  # an earlier check-in that day is no longer a yes
    declining = world.a if who == "a" else world.b
    other = world.b if who == "a" else world.a
    advice = world.svc.check_in_together(sid, [CheckInTurn(declining, False), yes(other)])
    assert advice.kind is Advice.NOT_TODAY and advice.message == NOT_TODAY_MESSAGE and advice.alternatives == ()
    assert "Ana" not in advice.message and "Bo" not in advice.message
    assert count(world.sessions, CheckInRow) == 0, "nothing of that round is kept, so nothing says whose"
    assert world.svc.consents([sid])[sid] == {world.a: True, world.b: True}, "the week page's ticks are not changed"
    with pytest.raises(SessionError, match="checks in first"):
        world.svc.start(sid)
    assert started_at(world, sid) is None


def test_a_check_in_from_another_day_is_not_today_s_yes(world: World) -> None:
    monday_evening = dt.datetime(2026, 11, 23, 19, 0, tzinfo=LOCAL)
    then = SessionService(world.sessions, kdf=TEST_KDF, clock=FixedClock(monday_evening, LOCAL))
    sid = agreed(world)
    then.check_in_together(sid, [yes(world.a), yes(world.b)])
    later_that_night = SessionService(
        world.sessions, kdf=TEST_KDF, clock=FixedClock(monday_evening.replace(hour=23), LOCAL)
    )
    next_day = SessionService(
        world.sessions, kdf=TEST_KDF, clock=FixedClock(monday_evening + dt.timedelta(days=1), LOCAL)
    )
    with pytest.raises(SessionError, match="day has passed"):  # and yesterday's yes is not today's either
        next_day.start(sid)
    assert started_at(world, sid) is None
    assert later_that_night.start(sid).id == sid


def test_the_order_of_turns_alternates_between_check_ins(world: World) -> None:
    first, second, third = agreed(world), agreed(world), agreed(world)
    order = world.svc.turn_order(first)
    assert sorted(order) == sorted((world.a, world.b)) and world.svc.turn_order(first) == order, "deterministic"
    world.svc.check_in_together(first, [yes(order[0]), yes(order[1])])
    assert world.svc.turn_order(second) == order[::-1]
    world.svc.check_in_together(second, [yes(order[1]), yes(order[0])])
    assert world.svc.turn_order(third) == order


def test_with_no_earlier_check_in_consecutive_sessions_start_with_different_partners(world: World) -> None:
    one, two = agreed(world), agreed(world)
    assert world.svc.turn_order(one)[0] != world.svc.turn_order(two)[0]


def test_yellow_as_planned_is_the_yellow_partner_s_choice_alone(world: World) -> None:
    sid = agreed(world)
    advice = world.svc.check_in_together(sid, [yes(world.a, YELLOW, 5, YellowChoice.AS_PLANNED), yes(world.b)])
    assert advice.kind is Advice.GO
    assert world.svc.start(sid).id == sid
    lighter = agreed(world)
    advice = world.svc.check_in_together(lighter, [yes(world.a), yes(world.b, YELLOW, 5, YellowChoice.TALK)])
    assert advice.kind is Advice.OFFER_LIGHTER and advice.alternatives == (Alternative.TALK,)
    with pytest.raises(SessionError, match="lighter"):
        world.svc.start(lighter)
    (stored,) = [c for c in world.svc.check_ins(lighter) if c.light is YELLOW]
    assert stored.yellow_choice is YellowChoice.TALK


def test_a_yellow_turn_without_a_choice_is_refused_and_nothing_is_kept(world: World) -> None:
    sid = agreed(world)
    with pytest.raises(SessionError, match="would like today"):
        world.svc.check_in_together(sid, [yes(world.a, YELLOW), yes(world.b)])
    with pytest.raises(SessionError, match="Each of you"):
        world.svc.check_in_together(sid, [yes(world.a)])
    assert count(world.sessions, CheckInRow) == 0


def test_a_red_light_is_recorded_for_the_day(world: World) -> None:
    sid = agreed(world)
    advice = world.svc.check_in_together(sid, [yes(world.a, RED, 8), yes(world.b)])
    assert advice.kind is Advice.NO_TOUCH_TODAY
    assert {(c.partner_id, c.light) for c in world.svc.check_ins(sid)} == {(world.a, RED), (world.b, GREEN)}


def test_a_solo_session_needs_only_its_partner(world: World) -> None:
    solo = world.plan.add_session(SessionDraft(MONDAY, "talk-1-grounding-alone", 10, solo_partner_id=world.b))
    world.svc.set_consent(solo.id, world.b, True)
    assert world.svc.turn_order(solo.id) == (world.b,)
    advice = world.svc.check_in_together(solo.id, [yes(world.b)])
    assert advice.kind is Advice.GO and "either of you" not in advice.message
    assert world.svc.start(solo.id).id == solo.id


def test_nobody_checks_in_while_the_plan_is_paused(world: World) -> None:
    sid = agreed(world)
    world.progress.pause(world.couple, world.a)
    with pytest.raises(SessionError, match="paused"):
        world.svc.check_in_together(sid, [yes(world.a), yes(world.b)])
    with pytest.raises(SessionError, match="paused"):
        world.svc.check_in(sid, world.a, GREEN, 2)
    assert count(world.sessions, CheckInRow) == 0
