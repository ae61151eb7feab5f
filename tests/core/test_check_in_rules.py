"""The check-in's rules: the combined advice never says whose answer was whose; turns alternate; today's yes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.check_in_rules import (
    CheckInTurn,
    consented_today,
    required_partners,
    someone_said_not_today,
    turn_order,
)
from repairplanner.core.entities import CheckIn, Light, Track, YellowChoice
from repairplanner.core.grading import Advice, Alternative, pre_session_advice

A, B = 11, 12
AT = dt.datetime(2026, 11, 23, 18, 0)

answers = st.tuples(st.sampled_from(Light), st.integers(0, 10), st.none() | st.sampled_from(YellowChoice))


def check_in(partner: int, answer: tuple[Light, int, YellowChoice | None], minute: int) -> CheckIn:
    light, distress, choice = answer
    return CheckIn(1, partner, light, distress, AT + dt.timedelta(minutes=minute), choice)


@given(answers, answers, st.sampled_from(Track), st.integers(1, 5), st.booleans())
def test_the_combined_advice_is_the_same_when_the_partners_swap_answers(
    first: tuple[Light, int, YellowChoice | None],
    second: tuple[Light, int, YellowChoice | None],
    track: Track,
    level: int,
    b_went_first: bool,
) -> None:
    order = (1, 0) if b_went_first else (0, 1)
    as_said = pre_session_advice([check_in(A, first, order[0]), check_in(B, second, order[1])], track, level)
    swapped = pre_session_advice([check_in(A, second, order[1]), check_in(B, first, order[0])], track, level)
    assert as_said == swapped


@given(answers, st.sampled_from(Track), st.integers(1, 5))
def test_go_ahead_as_planned_after_yellow_reads_exactly_like_green(
    other: tuple[Light, int, YellowChoice | None], track: Track, level: int
) -> None:
    green = pre_session_advice([check_in(A, (Light.GREEN, 3, None), 0), check_in(B, other, 1)], track, level)
    as_planned = (Light.YELLOW, 6, YellowChoice.AS_PLANNED)
    yellow = pre_session_advice([check_in(A, as_planned, 0), check_in(B, other, 1)], track, level)
    assert yellow == green


def test_as_planned_is_offered_only_when_every_yellow_partner_chose_it() -> None:
    planned = (Light.YELLOW, 5, YellowChoice.AS_PLANNED)
    shorter = (Light.YELLOW, 5, YellowChoice.SHORTER)
    both_planned = pre_session_advice([check_in(A, planned, 0), check_in(B, planned, 1)], Track.TOUCH, 3)
    assert both_planned.kind is Advice.GO
    one_not = pre_session_advice([check_in(A, planned, 0), check_in(B, shorter, 1)], Track.TOUCH, 3)
    assert one_not.kind is Advice.OFFER_LIGHTER and one_not.alternatives == (Alternative.SHORTER,)


def test_a_yellow_choice_that_does_not_apply_falls_back_to_a_shorter_version() -> None:
    previous = (Light.YELLOW, 5, YellowChoice.PREVIOUS_LEVEL)
    advice = pre_session_advice([check_in(A, previous, 0), check_in(B, (Light.GREEN, 1, None), 1)], Track.TALK, 1)
    assert advice.kind is Advice.OFFER_LIGHTER and advice.alternatives == (Alternative.SHORTER,)


def test_a_solo_session_needs_one_check_in() -> None:
    advice = pre_session_advice([check_in(A, (Light.GREEN, 2, None), 0)], Track.TALK, 1, required=1)
    assert advice.kind is Advice.GO and "either of you" not in advice.message
    assert pre_session_advice([], Track.TALK, 1, required=1).kind is Advice.WAITING


@given(st.integers(1, 10_000), st.none() | st.sampled_from((A, B, 99)))
def test_turns_alternate_and_are_deterministic(session_id: int, last_first: int | None) -> None:
    order = turn_order((A, B), session_id, last_first)
    assert sorted(order) == [A, B] and order == turn_order((A, B), session_id, last_first)
    if last_first in (A, B):
        assert order[0] != last_first, "whoever went first last time goes second now"
    else:
        assert turn_order((A, B), session_id + 1, None)[0] != order[0]


def test_a_solo_session_is_one_partner_s_turn() -> None:
    assert required_partners((A, B), B) == (B,)
    assert required_partners((A, B), None) == (A, B)
    assert turn_order((B,), 7, A) == (B,)


def test_a_turn_says_what_is_missing() -> None:
    assert CheckInTurn(A, False).problem() == ""
    assert CheckInTurn(A, True).problem() == "Choose a traffic light."
    assert "0 to 10" in CheckInTurn(A, True, Light.GREEN, 11).problem()
    assert "would like" in CheckInTurn(A, True, Light.YELLOW, 4).problem()
    assert CheckInTurn(A, True, Light.YELLOW, 4, YellowChoice.TALK).problem() == ""
    assert someone_said_not_today([CheckInTurn(A, True, Light.GREEN, 1), CheckInTurn(B, False)])
    assert not someone_said_not_today([CheckInTurn(A, True, Light.GREEN, 1)])


def test_today_s_yes_is_a_check_in_made_today_in_the_couple_s_zone() -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    late = CheckIn(1, A, Light.GREEN, 2, dt.datetime(2026, 11, 24, 2, 0))  # 21:00 on the 23rd, five hours west
    other = CheckIn(1, B, Light.GREEN, 2, dt.datetime(2026, 11, 23, 20, 0))
    assert consented_today((A, B), [late, other], dt.date(2026, 11, 23), tz)
    assert not consented_today((A, B), [late, other], dt.date(2026, 11, 24), tz)
    assert not consented_today((A, B), [late], dt.date(2026, 11, 23), tz)
    assert consented_today((A,), [late], dt.date(2026, 11, 23), tz)
