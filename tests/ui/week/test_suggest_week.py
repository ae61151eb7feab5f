"""'Suggest a week': fills an empty week at the couple's levels as one undoable step, to be edited together."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import SessionStatus
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import MONDAY, WALK, Plan

WEDNESDAY = MONDAY + dt.timedelta(days=2)


def test_suggest_fills_an_empty_week_in_one_undoable_step(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    assert page.header.suggest_button.isVisibleTo(page)
    with qtbot.waitSignal(setup.events.plan_changed):
        page.header.suggest_button.click()
    week = setup.plan.get_week(MONDAY)
    assert len(week.sessions) >= 4
    assert setup.stack.count() == 1 and setup.stack.undoText() == "Suggest a week"
    shown = sum(len(column.cards()) for column in page.columns)
    assert shown == len(week.sessions)
    assert not page.header.banner.isVisibleTo(page) and not page.week_actions.suggest_week.isEnabled()
    assert all(s.start_time is not None and s.inviter_id is not None for s in week.sessions), "booked, with a host"
    assert {s.inviter_id for s in week.sessions} == {setup.ana, setup.bo}
    assert not week.on(WEDNESDAY), "Bo is usually busy on Wednesdays"
    levels = setup.couple.levels
    assert all(
        setup.library.get(s.exercise_id).level <= levels[setup.library.get(s.exercise_id).track] for s in week.sessions
    )
    consents = setup.life.consents([s.id for s in week.sessions])
    assert not any(any(c.values()) for c in consents.values()), "a suggestion carries nobody's yes"

    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).sessions == ()
    assert page.header.banner.isVisibleTo(page) and page.week_actions.suggest_week.isEnabled()
    setup.stack.redo()
    assert [s.id for s in setup.plan.get_week(MONDAY).sessions] == [s.id for s in week.sessions]


def test_asking_again_after_undo_offers_another_week(page: WeekPage, setup: Plan) -> None:
    page.week_actions.suggest_week.trigger()
    first = [(s.day, s.exercise_id) for s in setup.plan.get_week(MONDAY).sessions]
    setup.stack.undo()
    page.week_actions.suggest_week.trigger()
    second = [(s.day, s.exercise_id) for s in setup.plan.get_week(MONDAY).sessions]
    assert first != second


def test_the_suggestion_is_then_edited_like_any_plan(page: WeekPage, setup: Plan) -> None:
    page.week_actions.suggest_week.trigger()
    first = setup.plan.get_week(MONDAY).sessions[0]
    page.select_session(first.id, focus=False)
    page.week_actions.skip_session.trigger()
    assert setup.plan.get_week(MONDAY).find(first.id).status is SessionStatus.SKIPPED
    page.week_actions.remove_session.trigger()
    assert setup.plan.get_week(MONDAY).find(first.id) is None
    assert setup.stack.count() == 3


def test_suggest_is_offered_only_for_an_empty_week(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    setup.book(WALK, MONDAY)
    setup.events.plan_changed.emit()
    assert not page.week_actions.suggest_week.isEnabled()
    page.week_actions.suggest_week.trigger()
    assert setup.stack.count() == 0 and dialogs.calls == []


def test_a_week_where_everyone_is_busy_gets_a_kind_word_and_no_step(
    qtbot: QtBot, sessions: object, builtin_library: object, dialogs: FakeDialogs, clock: FixedClock
) -> None:
    from repairplanner.core.couple import CoupleSetup, PartnerDraft
    from tests.ui.plan_world import make_page, make_plan

    setup = make_plan(sessions, builtin_library, clock)
    ana_busy, bo_busy = frozenset({1, 2, 3, 4}), frozenset({5, 6, 7})
    couple = setup.couples.update(
        CoupleSetup(PartnerDraft("Ana", None, ana_busy), PartnerDraft("Bo", None, bo_busy), "pause")
    )
    setup.couple = couple
    page = make_page(qtbot, setup, dialogs)
    page.week_actions.suggest_week.trigger()
    assert dialogs.shown[0][0] == "warn" and "usually busy" in dialogs.shown[0][2]
    assert setup.stack.count() == 0
