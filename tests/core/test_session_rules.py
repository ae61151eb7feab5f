"""The session rules decide from plain facts; every refusal carries a kind reason and never says whose it was."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.entities import SessionStatus
from repairplanner.core.session_rules import (
    NOT_TODAY,
    RESTING,
    PauseSpan,
    SessionFacts,
    card_note,
    day_is_paused,
    may_check_in,
    may_consent,
    may_decline,
    may_reflect,
    may_start,
    may_withdraw,
)

DAY = dt.date(2026, 11, 25)
BOTH = {1: True, 2: True}


def facts(**kw: object) -> SessionFacts:
    values: dict[str, object] = {"status": SessionStatus.PLANNED, "day": DAY, "today": DAY, "consents": BOTH}
    values.update(kw)
    return SessionFacts(**values)  # type: ignore[arg-type]


def test_consent_is_for_days_still_to_come_but_withdrawing_always_works() -> None:
    assert may_consent(facts())
    assert may_consent(facts(today=DAY - dt.timedelta(days=3)))
    past = facts(today=DAY + dt.timedelta(days=1))
    assert not may_consent(past) and "passed" in may_consent(past).message
    assert may_withdraw(past)
    assert may_consent(facts(today=DAY + dt.timedelta(days=1), started=True))  # under way from yesterday evening


def test_a_resting_plan_closes_consent_check_in_start_and_decline_but_not_withdrawing_or_reflecting() -> None:
    resting = facts(paused=True)
    for rule in (may_consent, may_check_in, may_start, may_decline):
        verdict = rule(resting)
        assert not verdict and verdict.reason == RESTING
    assert may_withdraw(resting)
    assert may_reflect(facts(paused=True, status=SessionStatus.DONE))
    assert card_note(resting) == RESTING


def test_a_red_touch_day_says_not_today_and_nothing_starts() -> None:
    red = facts(red_touch_day=True)
    assert not may_start(red) and may_start(red).reason == NOT_TODAY
    assert not may_check_in(red)
    assert card_note(red) == NOT_TODAY
    assert card_note(facts()) == ""


def test_start_needs_both_ticks_and_only_once() -> None:
    assert not may_start(facts(consents={1: True, 2: False}))
    assert not may_start(facts(started=True))
    assert may_start(facts())


@given(
    st.sampled_from(list(SessionStatus)),
    st.integers(-3, 3),
    st.tuples(st.booleans(), st.booleans(), st.booleans()),
    st.dictionaries(st.sampled_from([1, 2]), st.booleans()),
)
def test_nothing_starts_or_checks_in_while_resting_or_on_a_red_touch_day(
    status: SessionStatus, offset: int, flags: tuple[bool, bool, bool], consents: dict[int, bool]
) -> None:
    started, paused, red = flags
    f = facts(
        status=status,
        today=DAY + dt.timedelta(days=offset),
        started=started,
        paused=paused,
        red_touch_day=red,
        consents=consents,
    )
    if paused or red:
        assert not may_start(f) and not may_check_in(f) and not may_consent(f)
    if may_start(f):
        assert status is SessionStatus.PLANNED and f.agreed and not started
    for rule in (may_consent, may_check_in, may_start, may_decline, may_reflect, may_withdraw):
        verdict = rule(f)
        assert verdict or verdict.message or verdict.reason  # every refusal says why, kindly


def test_a_pause_covers_its_first_day_up_to_the_day_of_resuming() -> None:
    spans = [PauseSpan(DAY, DAY + dt.timedelta(days=3)), PauseSpan(DAY + dt.timedelta(days=10))]
    assert not day_is_paused(DAY - dt.timedelta(days=1), spans)
    assert day_is_paused(DAY, spans) and day_is_paused(DAY + dt.timedelta(days=2), spans)
    assert not day_is_paused(DAY + dt.timedelta(days=3), spans)
    assert day_is_paused(DAY + dt.timedelta(days=400), spans)
