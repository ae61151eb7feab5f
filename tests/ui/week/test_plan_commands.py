"""Undoable plan edits: each command calls the service, tells the app, and undoes and redoes exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from repairplanner.core.entities import MAX_MINUTES, SessionDraft, SessionStatus
from repairplanner.ui.week.plan_commands import (
    AddSessionCommand,
    CopyWeekCommand,
    EditSessionCommand,
    MoveSessionCommand,
    PlanEditor,
    RemoveSessionCommand,
    SetIntentionCommand,
    SetStatusCommand,
    SuggestWeekCommand,
    SwapSessionCommand,
    push_plan_edit,
)
from tests.helpers import FakeDialogs
from tests.ui.plan_world import CHECK_IN, MONDAY, WALK, Plan

TUESDAY = MONDAY + dt.timedelta(days=1)


def push(setup: Plan, dialogs: FakeDialogs, command: object) -> bool:
    return push_plan_edit(setup.stack, command, dialogs, None)  # type: ignore[arg-type]


def test_add_then_undo_and_redo(qtbot: QtBot, setup: Plan, dialogs: FakeDialogs) -> None:
    draft = SessionDraft(MONDAY, WALK, 15, inviter_id=setup.ana)
    command = AddSessionCommand(setup.plan, setup.events, draft, "Hand-holding walk", MONDAY)
    with qtbot.waitSignal(setup.events.plan_changed):
        assert push(setup, dialogs, command)
    assert setup.stack.count() == 1 and setup.stack.undoText() == "Add 'Hand-holding walk'"
    assert setup.ids() == [command.session.id], "push did not book it a second time"
    undo = setup.stack.createUndoAction(setup.stack)
    assert undo.text() == "Undo Add 'Hand-holding walk'"
    with qtbot.waitSignal(setup.events.plan_changed):
        setup.stack.undo()
    assert setup.ids() == []
    assert setup.stack.createRedoAction(setup.stack).text() == "Redo Add 'Hand-holding walk'"
    setup.stack.redo()
    assert setup.ids() == [command.session.id], "redo brings back the same session, not a copy"


def test_a_refused_edit_is_shown_and_never_reaches_the_stack(setup: Plan, dialogs: FakeDialogs) -> None:
    too_long = SessionDraft(MONDAY, WALK, MAX_MINUTES + 1)
    assert not push(setup, dialogs, AddSessionCommand(setup.plan, setup.events, too_long, "Walk", MONDAY))
    assert setup.stack.count() == 0
    assert setup.ids() == []
    assert dialogs.shown == [("warn", "The plan was not changed", "A session lasts between 1 and 240 minutes.")]


def test_an_undo_that_can_no_longer_be_done_is_dropped_and_explained(setup: Plan, dialogs: FakeDialogs) -> None:
    session = setup.book(WALK, MONDAY)
    push(setup, dialogs, RemoveSessionCommand(setup.plan, setup.events, session, "Hand-holding walk"))
    draft = SessionDraft(TUESDAY, CHECK_IN, 10)
    add = AddSessionCommand(setup.plan, setup.events, draft, "Daily check-in", MONDAY)
    push(setup, dialogs, add)
    setup.plan.remove_sessions([add.session.id])  # changed behind the stack's back
    setup.stack.undo()
    assert setup.stack.count() == 1 and setup.stack.undoText() == "Remove 'Hand-holding walk'"
    assert dialogs.shown[-1] == ("warn", "The plan was not changed", "That session is no longer in the plan.")


def test_move_and_edit_remember_the_session_before(setup: Plan, dialogs: FakeDialogs) -> None:
    session = setup.book(WALK, MONDAY, start_time=dt.time(7), note="Before breakfast")
    moved = dataclasses.replace(session, day=TUESDAY)
    push(setup, dialogs, MoveSessionCommand(setup.plan, setup.events, session, moved, "Hand-holding walk"))
    assert setup.stack.undoText() == "Move 'Hand-holding walk'"
    current = setup.plan.get_week(MONDAY).find(session.id)
    edited = dataclasses.replace(current, start_time=None, minutes=30, note="")
    push(setup, dialogs, EditSessionCommand(setup.plan, setup.events, current, edited, "Hand-holding walk"))
    assert setup.stack.undoText() == "Edit 'Hand-holding walk'"
    stored = setup.plan.get_week(MONDAY).find(session.id)
    assert (stored.day, stored.start_time, stored.minutes, stored.note) == (TUESDAY, None, 30, "")
    setup.stack.undo()
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).find(session.id) == session
    setup.stack.redo()
    setup.stack.redo()
    stored = setup.plan.get_week(MONDAY).find(session.id)
    assert (stored.day, stored.start_time, stored.minutes) == (TUESDAY, None, 30)


def test_remove_undo_redo(setup: Plan, dialogs: FakeDialogs) -> None:
    session = setup.book(WALK, MONDAY)
    push(setup, dialogs, RemoveSessionCommand(setup.plan, setup.events, session, "Hand-holding walk"))
    assert setup.ids() == [] and setup.stack.undoText() == "Remove 'Hand-holding walk'"
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).sessions == (session,)
    setup.stack.redo()
    assert setup.ids() == []


def test_intention_edits_of_one_week_merge_and_other_weeks_do_not(setup: Plan, dialogs: FakeDialogs) -> None:
    next_week = MONDAY + dt.timedelta(days=7)
    push(setup, dialogs, SetIntentionCommand(setup.plan, setup.events, MONDAY, "", "Go"))
    push(setup, dialogs, SetIntentionCommand(setup.plan, setup.events, MONDAY, "Go", "Go gently"))
    assert setup.stack.count() == 1 and setup.stack.undoText() == "Change the intention"
    push(setup, dialogs, SetIntentionCommand(setup.plan, setup.events, next_week, "", "Rest"))
    assert setup.stack.count() == 2
    setup.stack.undo()
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).week.intention == ""
    assert setup.plan.get_week(next_week).week.intention == ""
    setup.stack.redo()
    assert setup.plan.get_week(MONDAY).week.intention == "Go gently"


def test_an_intention_that_is_too_long_is_refused(setup: Plan, dialogs: FakeDialogs) -> None:
    assert not push(setup, dialogs, SetIntentionCommand(setup.plan, setup.events, MONDAY, "", "x" * 201))
    assert setup.stack.count() == 0 and "one line" in dialogs.shown[-1][2]


def test_copy_week_undo_removes_the_copies_and_redo_restores_them(setup: Plan, dialogs: FakeDialogs) -> None:
    last_week = MONDAY - dt.timedelta(days=7)
    setup.book(WALK, last_week)
    command = CopyWeekCommand(setup.plan, setup.events, last_week, MONDAY)
    push(setup, dialogs, command)
    assert setup.ids() == command.copied_ids and len(command.copied_ids) == 1
    assert setup.stack.undoText() == "Copy last week"
    setup.stack.undo()
    assert setup.ids() == []
    setup.stack.redo()
    assert setup.ids() == command.copied_ids


def test_copy_week_into_a_planned_week_is_refused(setup: Plan, dialogs: FakeDialogs) -> None:
    last_week = MONDAY - dt.timedelta(days=7)
    setup.book(WALK, last_week)
    setup.book(CHECK_IN, MONDAY)
    assert not push(setup, dialogs, CopyWeekCommand(setup.plan, setup.events, last_week, MONDAY))
    assert setup.stack.count() == 0 and len(setup.ids()) == 1
    assert "already has sessions" in dialogs.shown[-1][2]


def test_the_editor_reports_which_week_an_undo_changed(qtbot: QtBot, setup: Plan, dialogs: FakeDialogs) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    replayed: list[dt.date] = []
    editor = PlanEditor(setup.plan, setup.events, setup.stack, dialogs, parent, on_replayed=replayed.append)
    session = editor.add(SessionDraft(TUESDAY, WALK, 15), "Hand-holding walk", MONDAY)
    assert session is not None and replayed == []
    setup.stack.undo()
    setup.stack.redo()
    assert replayed == [MONDAY, MONDAY]
    assert editor.add(SessionDraft(TUESDAY, "custom-gone", 15), "Gone", MONDAY) is None
    assert dialogs.shown[-1][2] == "That exercise is no longer in the library."


def test_a_status_change_undoes_to_the_status_before(setup: Plan, dialogs: FakeDialogs) -> None:
    session = setup.book(WALK, MONDAY)
    command = SetStatusCommand(
        setup.plan, setup.life, setup.events, session, status=SessionStatus.PAUSED, title="Hand-holding walk"
    )
    assert push(setup, dialogs, command)
    assert setup.stack.undoText() == "Rest instead of 'Hand-holding walk'"
    assert setup.plan.get_week(MONDAY).find(session.id).status is SessionStatus.PAUSED
    setup.stack.undo()
    assert setup.plan.get_week(MONDAY).find(session.id).status is SessionStatus.PLANNED
    setup.stack.redo()
    assert setup.plan.get_week(MONDAY).find(session.id).status is SessionStatus.PAUSED


def test_a_swap_books_the_new_one_and_lets_the_old_one_go_together(setup: Plan, dialogs: FakeDialogs) -> None:
    original = setup.book(WALK, MONDAY, start_time=dt.time(19))
    draft = SessionDraft(MONDAY, CHECK_IN, 20, start_time=dt.time(19))
    command = SwapSessionCommand(setup.plan, setup.life, setup.events, original, draft=draft, title="Daily check-in")
    assert push(setup, dialogs, command)
    assert setup.stack.undoText() == "Choose 'Daily check-in' instead"
    week = setup.plan.get_week(MONDAY)
    assert week.find(original.id).status is SessionStatus.SKIPPED and week.find(command.session.id) is not None
    setup.stack.undo()
    week = setup.plan.get_week(MONDAY)
    assert [s.id for s in week.sessions] == [original.id] and week.find(original.id).status is SessionStatus.PLANNED
    setup.stack.redo()
    assert len(setup.plan.get_week(MONDAY).sessions) == 2


def test_a_swap_that_cannot_let_the_old_one_go_books_nothing(setup: Plan, dialogs: FakeDialogs) -> None:
    original = setup.book(WALK, MONDAY)
    setup.plan.remove_sessions([original.id])
    draft = SessionDraft(MONDAY, CHECK_IN, 20)
    command = SwapSessionCommand(setup.plan, setup.life, setup.events, original, draft=draft, title="Daily check-in")
    assert not push(setup, dialogs, command)
    assert setup.ids() == [] and setup.stack.count() == 0


def test_suggesting_into_a_planned_week_is_refused(setup: Plan, dialogs: FakeDialogs) -> None:
    setup.book(WALK, MONDAY)
    exercises = setup.library.list_exercises()
    command = SuggestWeekCommand(setup.plan, setup.events, MONDAY, couple=setup.couple, exercises=exercises, seed=1)
    assert not push(setup, dialogs, command)
    assert dialogs.shown[0][2] == "This week already has sessions; a suggestion only fills an empty week."
    assert len(setup.ids()) == 1
