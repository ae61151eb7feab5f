"""The week page across weeks: navigation, the intention line, copying last week, undo, and data that stays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import SessionStatus
from repairplanner.core.weeks import shift_weeks
from repairplanner.db.engine import make_engine, make_sessions
from repairplanner.db.schema import ConsentEventRow, PlannedSessionRow
from repairplanner.paths import AppPaths
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import (
    CHECK_IN,
    MONDAY,
    WALK,
    Plan,
    card_titles,
    drop,
    exercise_mime,
    make_page,
    make_plan,
    shown,
)

NEXT_MONDAY = shift_weeks(MONDAY, 1)
LAST_MONDAY = shift_weeks(MONDAY, -1)


def type_intention(qtbot: QtBot, page: WeekPage, text: str) -> None:
    page.intention_edit.setFocus()
    qtbot.waitUntil(page.intention_edit.hasFocus)
    page.intention_edit.selectAll()
    qtbot.keyClicks(page.intention_edit, text)


def test_week_shortcuts_move_between_weeks(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    setup.book(WALK, NEXT_MONDAY + dt.timedelta(days=1))
    shown(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.current_week() == NEXT_MONDAY
    assert page.header.range_label.text() == "30 November – 6 December 2026"
    assert page.header.number_label.text() == "Week 49 · next week"
    assert card_titles(page, 1) == ["Hand-holding walk"]
    assert page.week_actions.this_week.isEnabled()
    assert not any(c.is_today for c in page.columns)
    qtbot.keyClick(page, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.current_week() == LAST_MONDAY
    assert page.header.number_label.text() == "Week 47 · last week"
    assert card_titles(page, 1) == []
    qtbot.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.current_week() == MONDAY
    assert not page.week_actions.this_week.isEnabled()


def test_go_to_date_shows_the_week_of_the_picked_day(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    dialogs.script("pick_date", dt.date(2027, 1, 1))
    shown(qtbot, page)
    qtbot.keyClick(page, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.calls[-1] == ("pick_date", (dt.date(2026, 11, 25), 1))
    assert page.current_week() == dt.date(2026, 12, 28)
    assert page.header.range_label.text() == "28 December 2026 – 3 January 2027"
    assert page.header.number_label.text() == "Week 53 · in 5 weeks"
    page.week_actions.go_to_date.trigger()  # unscripted: cancelled
    assert page.current_week() == dt.date(2026, 12, 28)


def test_the_intention_is_saved_when_typing_ends_and_merges_into_one_undo_step(
    qtbot: QtBot, page: WeekPage, setup: Plan
) -> None:
    shown(qtbot, page)
    type_intention(qtbot, page, "Go gently")
    qtbot.keyClick(page.intention_edit, Qt.Key.Key_Return)
    assert setup.plan.get_week(MONDAY).week.intention == "Go gently"
    qtbot.keyClicks(page.intention_edit, " and keep evenings free")
    qtbot.keyClick(page.intention_edit, Qt.Key.Key_Return)
    assert setup.plan.get_week(MONDAY).week.intention == "Go gently and keep evenings free"
    assert setup.stack.count() == 1
    assert setup.stack.undoText() == "Change the intention"
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).week.intention == ""
    assert page.intention_edit.text() == ""
    setup.stack.redo()
    assert page.intention_edit.text() == "Go gently and keep evenings free"


def test_typing_the_intention_back_leaves_nothing_to_undo(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    setup.plan.set_intention(MONDAY, "Slow is fine")
    setup.events.plan_changed.emit()
    shown(qtbot, page)
    type_intention(qtbot, page, "Be kind")
    qtbot.keyClick(page.intention_edit, Qt.Key.Key_Return)
    type_intention(qtbot, page, "Slow is fine")
    qtbot.keyClick(page.intention_edit, Qt.Key.Key_Return)
    assert setup.plan.get_week(MONDAY).week.intention == "Slow is fine"
    assert setup.stack.count() == 0


def test_a_typed_intention_is_kept_when_switching_weeks_or_hiding(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    shown(qtbot, page)
    type_intention(qtbot, page, "Notice one good moment")
    page.week_actions.next_week.trigger()
    assert setup.plan.get_week(MONDAY).week.intention == "Notice one good moment"
    assert page.intention_edit.text() == ""
    type_intention(qtbot, page, "Stay curious")
    page.hide()
    assert setup.plan.get_week(NEXT_MONDAY).week.intention == "Stay curious"
    assert setup.stack.count() == 2, "different weeks are separate undo steps"


def test_typing_survives_a_refresh_from_another_edit(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    shown(qtbot, page)
    type_intention(qtbot, page, "Half written")
    drop(page.columns[0], exercise_mime(WALK))
    assert page.intention_edit.text() == "Half written"


def test_copy_last_week_fills_an_empty_week_with_fresh_sessions(page: WeekPage, setup: Plan) -> None:
    originals = [
        setup.book(WALK, LAST_MONDAY, start_time=dt.time(19), inviter_id=setup.ana, note="Park"),
        setup.book(CHECK_IN, LAST_MONDAY + dt.timedelta(days=2), inviter_id=setup.bo),
    ]
    with setup.sessions.begin() as s:  # type: ignore[attr-defined]
        s.get(PlannedSessionRow, originals[0].id).status = "done"
        s.add(ConsentEventRow(session_id=originals[0].id, partner_id=setup.ana, given=True))
    setup.events.plan_changed.emit()
    assert page.header.copy_button.isVisibleTo(page)
    assert page.week_actions.copy_last_week.isEnabled()
    page.week_actions.copy_last_week.trigger()
    copies = setup.plan.get_week(MONDAY).sessions
    assert [(c.day, c.exercise_id, c.start_time, c.inviter_id) for c in copies] == [
        (MONDAY, WALK, dt.time(19), setup.ana),
        (MONDAY + dt.timedelta(days=2), CHECK_IN, None, setup.bo),
    ]
    assert not {c.id for c in copies} & {o.id for o in originals}
    assert all(c.status is SessionStatus.PLANNED for c in copies)
    with setup.sessions.begin() as s:  # type: ignore[attr-defined]
        consented = set(s.scalars(select(ConsentEventRow.session_id)))
    assert consented == {originals[0].id}, "a yes from last week is not a yes this week"
    assert card_titles(page, 0) == ["Hand-holding walk"]
    assert not page.week_actions.copy_last_week.isEnabled()
    assert not page.header.banner.isVisibleTo(page)
    assert setup.stack.undoText() == "Copy last week"
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).sessions == ()
    assert page.week_actions.copy_last_week.isEnabled()
    setup.stack.redo()
    assert [c.id for c in setup.plan.get_week(MONDAY).sessions] == [c.id for c in copies]
    assert len(setup.plan.get_week(LAST_MONDAY).sessions) == 2


def test_copy_last_week_is_offered_only_into_an_empty_week(page: WeekPage, setup: Plan) -> None:
    setup.book(WALK, LAST_MONDAY)
    setup.book(CHECK_IN, MONDAY)
    setup.events.plan_changed.emit()
    assert not page.week_actions.copy_last_week.isEnabled()
    assert not page.header.copy_button.isVisibleTo(page)
    page.week_actions.copy_last_week.trigger()
    assert len(setup.plan.get_week(MONDAY).sessions) == 1


def test_undoing_an_edit_in_another_week_shows_that_week(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    drop(page.columns[1], exercise_mime(WALK))
    page.week_actions.next_week.trigger()
    setup.stack.undo()
    qtbot.waitUntil(lambda: page.current_week() == MONDAY)
    assert card_titles(page, 1) == []
    setup.stack.redo()
    assert card_titles(page, 1) == ["Hand-holding walk"]


def test_the_plan_survives_reopening_the_database(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs, migrated_paths: AppPaths
) -> None:
    shown(qtbot, page)
    drop(page.columns[3], exercise_mime(WALK))
    type_intention(qtbot, page, "Be kind on busy days")
    page.close()
    setup.sessions.kw["bind"].dispose()  # type: ignore[attr-defined]

    engine = make_engine(migrated_paths.database)
    try:
        reopened = Plan(
            **_services_on(make_sessions(engine), setup.today),  # type: ignore[arg-type]
            couple=setup.couple,
            events=setup.events.__class__(),
            stack=setup.stack.__class__(),
            today=setup.today,
        )
        again = make_page(qtbot, reopened, dialogs)
        assert card_titles(again, 3) == ["Hand-holding walk"]
        assert again.intention_edit.text() == "Be kind on busy days"
    finally:
        engine.dispose()


def _services_on(sessions: object, clock: FixedClock) -> dict[str, object]:
    from repairplanner.crypto.keys import TEST_KDF
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.sessions import SessionService

    return {
        "sessions": sessions,
        "plan": PlanService(sessions, clock=clock),  # type: ignore[arg-type]
        "library": LibraryService(sessions, clock=clock),  # type: ignore[arg-type]
        "couples": CoupleService(sessions),  # type: ignore[arg-type]
        "life": SessionService(sessions, clock=clock, kdf=TEST_KDF),  # type: ignore[arg-type]
        "clock": clock,
    }


def test_changing_the_first_weekday_reshapes_the_shown_week(page: WeekPage, setup: Plan) -> None:
    from repairplanner.core.couple import CoupleSetup, PartnerDraft

    ana, bo = setup.couple.partners
    sunday_first = setup.couples.update(
        CoupleSetup(PartnerDraft(ana.name), PartnerDraft("Bo", None, bo.unavailable_weekdays), "pause", 7)
    )
    page.set_couple(sunday_first)
    assert page.current_week() == dt.date(2026, 11, 22)
    assert page.columns[0].weekday_label.text() == "Sunday"


def test_a_page_made_before_the_database_is_open_does_nothing(
    qtbot: QtBot, sessions, builtin_library, dialogs, clock: FixedClock
) -> None:
    setup = make_plan(sessions, builtin_library, clock)
    page = WeekPage(setup.events, dialogs, setup.stack, clock)
    qtbot.addWidget(page)
    page.show_week(MONDAY)
    page.add_exercise(WALK)
    assert not page.week_actions.next_week.isEnabled()
    assert dialogs.calls == []
