"""The week page: what the couple sees, adding by drag and drop or keyboard, moving, editing, removing."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import SessionDraft
from repairplanner.ui.week.session_card import SESSION_MIME, SessionCard
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs, set_working_levels
from tests.ui.plan_world import (
    CHECK_IN,
    HUG,
    MONDAY,
    TODAY,
    WALK,
    Plan,
    card_titles,
    drop,
    exercise_mime,
    make_page,
    make_plan,
    shown,
)

THURSDAY = MONDAY + dt.timedelta(days=3)


def test_the_week_holding_today_is_shown_with_dates_days_and_busy_hints(page: WeekPage) -> None:
    assert page.current_week() == MONDAY
    assert page.header.range_label.text() == "23–29 November 2026"
    assert page.header.number_label.text() == "Week 48 · this week"
    assert [c.weekday_label.text() for c in page.columns] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    assert [c.is_today for c in page.columns] == [False, False, True, False, False, False, False]
    assert page.columns[2].date_label.text().endswith("Today")
    assert page.columns[2].busy_label.text() == "Bo is usually busy"
    assert page.columns[2].busy_label.isVisibleTo(page)
    assert not page.columns[1].busy_label.isVisibleTo(page)
    assert page.intention_edit.placeholderText() == "What we want this week to be about"


def test_an_empty_week_shows_a_friendly_hint(page: WeekPage, setup: Plan) -> None:
    assert page.header.banner.isVisibleTo(page)
    assert "drag an exercise" in page.header.hint_label.text()
    assert not page.header.copy_button.isVisibleTo(page)
    assert page.header.suggest_button.isVisibleTo(page) and page.week_actions.suggest_week.isEnabled()
    setup.book(WALK, MONDAY)
    setup.events.plan_changed.emit()
    assert not page.header.banner.isVisibleTo(page)


def test_a_week_starting_on_sunday_shows_sunday_first(
    qtbot: QtBot, sessions, builtin_library, dialogs, clock: FixedClock
) -> None:
    setup = make_plan(sessions, builtin_library, clock, week_start=7)
    page = make_page(qtbot, setup, dialogs)
    sunday = dt.date(2026, 11, 22)
    assert page.current_week() == sunday
    assert page.columns[0].weekday_label.text() == "Sunday"
    assert page.columns[6].weekday_label.text() == "Saturday"
    assert page.header.range_label.text() == "22–28 November 2026"
    assert page.columns[3].is_today


def test_a_card_shows_time_title_track_level_minutes_inviter_and_note(page: WeekPage, setup: Plan) -> None:
    setup.book(WALK, THURSDAY, start_time=dt.time(19, 30), inviter_id=setup.ana, note="Round the park")
    setup.book(CHECK_IN, THURSDAY, inviter_id=setup.bo)
    setup.events.plan_changed.emit()
    timed, untimed = page.columns[3].cards()
    assert timed.time_label.text() == "19:30 for\u00a015\u00a0min"
    assert timed.title_label.text() == "Hand-holding walk"
    assert timed.detail_label.text() == "Touch · level\u00a02"
    assert timed.inviter_label.text() == "Ana invites"
    assert timed.note_label.text() == "Round the park"
    assert untimed.time_label.text().startswith("Any\u00a0time")
    assert untimed.inviter_label.text() == "Bo invites"
    assert not untimed.note_label.isVisibleTo(page)
    assert "Hand-holding walk" in timed.accessibleName()
    assert timed.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_an_exercise_above_the_working_level_is_marked_in_words(page: WeekPage, setup: Plan) -> None:
    # The hug is touch level 3, which also waits for an accountability talk (core.method): one was done last week.
    setup.accountability_done()
    setup.book(HUG, MONDAY)
    setup.book(CHECK_IN, MONDAY)
    # Booked at touch 3; then the couple stepped back to touch 2.
    set_working_levels(setup.sessions, (setup.ana, setup.bo), talk=2, touch=2, at=dt.datetime(2026, 11, 24, 9))
    couple = setup.couples.get()
    assert couple is not None
    page.set_couple(couple)
    setup.events.plan_changed.emit()
    hug, check_in = page.columns[0].cards()
    assert hug.level_label.isVisibleTo(page)
    assert "Above your current level" in hug.level_label.text()
    assert not check_in.level_label.isVisibleTo(page)


def test_dropping_an_exercise_on_a_day_books_it_there(page: WeekPage, setup: Plan) -> None:
    assert drop(page.columns[3], exercise_mime(WALK))
    assert card_titles(page, 3) == ["Hand-holding walk"]
    (session,) = setup.plan.get_week(MONDAY).sessions
    assert (session.day, session.exercise_id, session.minutes) == (THURSDAY, WALK, 15)
    assert session.inviter_id == setup.ana
    assert setup.stack.undoText() == "Add 'Hand-holding walk'"
    assert page.selected_session() == session


def test_inviting_alternates_between_dropped_sessions(page: WeekPage, setup: Plan) -> None:
    drop(page.columns[0], exercise_mime(WALK))
    drop(page.columns[1], exercise_mime(CHECK_IN))
    drop(page.columns[2], exercise_mime(WALK))
    inviters = [s.inviter_id for s in setup.plan.get_week(MONDAY).sessions]
    assert inviters == [setup.ana, setup.bo, setup.ana]


def test_a_drop_of_anything_else_is_ignored(page: WeekPage, setup: Plan) -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText("hello")
    assert not drop(page.columns[0], mime)
    assert setup.ids() == []
    assert setup.stack.count() == 0


def test_dragging_a_card_to_another_day_moves_it(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, MONDAY)
    setup.events.plan_changed.emit()
    (card,) = page.columns[0].cards()
    mime = card.mime_data()
    assert bytes(mime.data(SESSION_MIME).data()).decode() == str(session.id)
    assert drop(page.columns[4], mime)
    assert setup.plan.get_week(MONDAY).find(session.id).day == MONDAY + dt.timedelta(days=4)
    assert card_titles(page, 0) == [] and card_titles(page, 4) == ["Hand-holding walk"]
    assert setup.stack.undoText() == "Move 'Hand-holding walk'"
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).find(session.id).day == MONDAY
    assert card_titles(page, 0) == ["Hand-holding walk"]


def test_add_to_week_by_keyboard_asks_day_and_time(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    def answer(exercise, couple, proposal: SessionDraft) -> SessionDraft:
        assert exercise.id == WALK and couple == setup.couple
        assert proposal.day == TODAY and proposal.start_time == dt.time(19, 0)
        assert proposal.minutes == 15 and proposal.inviter_id == setup.ana
        return dataclasses.replace(proposal, day=THURSDAY, start_time=dt.time(8, 15), inviter_id=setup.bo)

    dialogs.script("add_session", answer)
    page.add_exercise(WALK)
    (session,) = setup.plan.get_week(MONDAY).sessions
    assert (session.day, session.start_time, session.inviter_id) == (THURSDAY, dt.time(8, 15), setup.bo)
    assert card_titles(page, 3) == ["Hand-holding walk"]
    assert page.columns[3].cards()[0].time_label.text() == "08:15 for\u00a015\u00a0min"

    page.add_exercise(CHECK_IN)  # unscripted: the couple cancelled
    assert len(setup.ids()) == 1
    assert dialogs.calls[-1][1][2].inviter_id == setup.ana, "the next proposal alternates to the other partner"


def test_add_to_week_of_an_unknown_exercise_says_so(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    page.add_exercise("custom-doesnotexist")
    assert dialogs.shown == [("warn", "Add to week", "That exercise is no longer in the library.")]
    assert setup.stack.count() == 0


def test_moving_a_card_by_keyboard(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, MONDAY)
    setup.events.plan_changed.emit()
    shown(qtbot, page)
    card = page.card_for(session.id)
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    assert not page.week_actions.move_previous_day.isEnabled()
    qtbot.keyClick(card, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert setup.plan.get_week(MONDAY).find(session.id).day == MONDAY + dt.timedelta(days=1)
    moved = page.card_for(session.id)
    assert moved in page.columns[1].cards() and moved.hasFocus()
    qtbot.keyClick(moved, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.card_for(session.id), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert setup.plan.get_week(MONDAY).find(session.id).day == MONDAY + dt.timedelta(days=1)
    assert setup.stack.count() == 3
    assert setup.stack.undoText() == "Move 'Hand-holding walk'"


def test_the_last_day_cannot_move_further(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, MONDAY + dt.timedelta(days=6))
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    assert page.week_actions.move_previous_day.isEnabled()
    assert not page.week_actions.move_next_day.isEnabled()
    page.week_actions.move_next_day.trigger()
    assert setup.plan.get_week(MONDAY).find(session.id).day == MONDAY + dt.timedelta(days=6)


def test_arrow_keys_walk_between_cards_and_days(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    first = setup.book(WALK, MONDAY, start_time=dt.time(8))
    second = setup.book(CHECK_IN, MONDAY, start_time=dt.time(9))
    friday = setup.book(WALK, MONDAY + dt.timedelta(days=4))
    setup.events.plan_changed.emit()
    shown(qtbot, page)
    page.card_for(first.id).setFocus()
    qtbot.waitUntil(page.card_for(first.id).hasFocus)
    qtbot.keyClick(page.card_for(first.id), Qt.Key.Key_Down)
    assert page.card_for(second.id).hasFocus()
    assert page.selected_session().id == second.id
    qtbot.keyClick(page.card_for(second.id), Qt.Key.Key_Right)
    assert page.card_for(friday.id).hasFocus(), "empty days in between are skipped"
    qtbot.keyClick(page.card_for(friday.id), Qt.Key.Key_Left)
    assert page.card_for(first.id).hasFocus()


def test_enter_edits_a_session(qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    session = setup.book(WALK, MONDAY, inviter_id=setup.ana)
    setup.events.plan_changed.emit()
    changed = dataclasses.replace(session, start_time=dt.time(18, 0), minutes=25, inviter_id=setup.bo, note="Slowly")
    dialogs.script("edit_session", changed)
    shown(qtbot, page)
    card = page.card_for(session.id)
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert dialogs.calls[-1][0] == "edit_session"
    stored = setup.plan.get_week(MONDAY).find(session.id)
    assert (stored.start_time, stored.minutes, stored.inviter_id, stored.note) == (dt.time(18), 25, setup.bo, "Slowly")
    card = page.card_for(session.id)
    assert card.note_label.text() == "Slowly" and card.inviter_label.text() == "Bo invites"
    assert setup.stack.undoText() == "Edit 'Hand-holding walk'"
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).find(session.id) == session


def test_double_click_edits_and_cancel_changes_nothing(qtbot: QtBot, page: WeekPage, setup: Plan, dialogs) -> None:
    session = setup.book(WALK, MONDAY)
    setup.events.plan_changed.emit()
    qtbot.mouseDClick(page.card_for(session.id), Qt.MouseButton.LeftButton)
    assert [c[0] for c in dialogs.calls] == ["edit_session"]
    assert setup.stack.count() == 0


def test_delete_removes_a_session_and_undo_brings_it_back(qtbot: QtBot, page: WeekPage, setup: Plan) -> None:
    first = setup.book(WALK, MONDAY)
    second = setup.book(CHECK_IN, MONDAY)
    setup.events.plan_changed.emit()
    shown(qtbot, page)
    page.card_for(first.id).setFocus()
    qtbot.waitUntil(page.card_for(first.id).hasFocus)
    qtbot.keyClick(page.card_for(first.id), Qt.Key.Key_Delete)
    assert setup.ids() == [second.id]
    assert card_titles(page, 0) == ["Daily check-in: traffic light, the day, one thanks"]
    assert page.card_for(second.id).hasFocus(), "the keyboard stays in the same day"
    assert setup.stack.undoText() == "Remove 'Hand-holding walk'"
    setup.stack.undo()
    assert sorted(setup.ids()) == [first.id, second.id]
    setup.stack.redo()
    assert setup.ids() == [second.id]


def test_the_card_menu_offers_the_session_actions(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, MONDAY + dt.timedelta(days=2))
    setup.events.plan_changed.emit()
    card = page.card_for(session.id)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), card.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(card, event)
    assert page.selected_session() == session
    texts = [a.text() for a in page.session_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&Start…",
        "Re&flect…",
        "Not this — &how about…?",
        "&Edit session…",
        "Move to pre&vious day",
        "Move to ne&xt day",
        "Skip this ti&me",
        "Rest &instead",
        "Plan it &again",
        "&Remove session",
    ]
    enabled = [a.text() for a in page.session_menu.actions() if not a.isSeparator() and a.isEnabled()]
    assert "&Start…" not in enabled, "nobody has ticked yet"
    assert "Plan it &again" not in enabled and "Re&flect…" not in enabled
    assert {"Not this — &how about…?", "&Edit session…", "Skip this ti&me", "&Remove session"} <= set(enabled)
    page.session_menu.close()


def test_session_actions_are_disabled_without_a_selection(page: WeekPage) -> None:
    actions = page.week_actions
    assert not any(a.isEnabled() for a in (*actions.session(), *actions.together(), *actions.status()))
    assert actions.previous_week.isEnabled() and actions.next_week.isEnabled()
    assert not actions.this_week.isEnabled()
    assert not actions.copy_last_week.isEnabled()
    menu = page.menu_actions()
    assert (
        menu.count(None) == 5
        and actions.remove_session in menu
        and actions.pause_plan in menu
        and actions.go_to_date in menu
    )
    assert actions.suggest_week in menu and actions.start_session in menu and actions.rest_session in menu


def test_a_session_card_is_the_drag_source(page: WeekPage, setup: Plan) -> None:
    session = setup.book(WALK, MONDAY)
    setup.events.plan_changed.emit()
    card = page.card_for(session.id)
    assert isinstance(card, SessionCard)
    assert card.mime_data().hasFormat(SESSION_MIME)
    assert page.columns[5].acceptDrops()


def test_renaming_an_exercise_in_the_library_updates_its_cards(page: WeekPage, setup: Plan) -> None:
    custom = setup.library.duplicate(WALK)
    setup.book(custom.id, MONDAY)
    setup.events.plan_changed.emit()
    setup.library.update_custom(dataclasses.replace(custom, title="Our evening walk"))
    setup.events.library_changed.emit()
    assert card_titles(page, 0) == ["Our evening walk"]


def test_today_moves_on_at_midnight_while_the_page_stays_open(page: WeekPage, setup: Plan) -> None:
    assert [c.is_today for c in page.columns].index(True) == 2  # Wednesday
    setup.clock.set(dt.datetime.combine(TODAY + dt.timedelta(days=1), dt.time(0, 0, 1), tzinfo=dt.timezone.utc))
    page.day_watcher.check()  # what its timer does just after midnight
    assert [c.is_today for c in page.columns].index(True) == 3
    assert page.columns[3].date_label.text().endswith("Today")
    assert not page.columns[2].date_label.text().endswith("Today")
    assert page.header.number_label.text() == "Week 48 · this week"

    # Into the next week: the shown week stays where the couple left it, and is now last week.
    setup.clock.set(dt.datetime.combine(MONDAY + dt.timedelta(days=7), dt.time(0, 0, 1), tzinfo=dt.timezone.utc))
    page.day_watcher.check()
    assert page.current_week() == MONDAY
    assert not any(c.is_today for c in page.columns)
    assert page.header.number_label.text() == "Week 48 · last week"
    assert page.week_actions.this_week.isEnabled()
    page.week_actions.this_week.trigger()
    assert page.current_week() == MONDAY + dt.timedelta(days=7)
    assert page.header.number_label.text() == "Week 49 · this week"
