"""A failed save loses nothing: with storage failing like a full disk, every flow keeps what the couple typed and
lets them try again, and the undo stack and the consent boxes stay in step with the database."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from repairplanner.core.entities import NoteVisibility, ReflectionDraft
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.services.storage import DISK_FULL
from repairplanner.ui.library.library_page import LibraryPage
from repairplanner.ui.session.reflection_dialog import ReflectionRequest
from repairplanner.ui.session.reflection_flow import ReflectionFlow
from repairplanner.ui.week.plan_commands import PlanEditor
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs, FlakySessions
from tests.ui.plan_world import CHECK_IN, TODAY, WALK, Plan

NOTE = "My shoulders dropped halfway through; next time a little longer."


def test_a_reflection_that_fails_to_save_comes_back_with_its_note_and_saves_on_retry(
    qtbot: QtBot, setup: Plan, dialogs: FakeDialogs
) -> None:
    flaky = FlakySessions(setup.sessions)
    life = SessionService(flaky, clock=setup.clock, kdf=TEST_KDF)  # type: ignore[arg-type]
    session = setup.book(CHECK_IN, TODAY)
    setup.agree(session.id)
    parent = QWidget()
    qtbot.addWidget(parent)
    editor = PlanEditor(setup.plan, setup.events, setup.stack, dialogs, parent, sessions=life)  # type: ignore[arg-type]
    flow = ReflectionFlow(life, editor, dialogs, setup.events, parent)  # type: ignore[arg-type]
    typed = ReflectionDraft(session.id, setup.ana, 3, 8, 7, False, True, NoteVisibility.SHARED, NOTE)
    seen: list[ReflectionRequest] = []

    def first(request: ReflectionRequest) -> ReflectionDraft:
        seen.append(request)
        flaky.fail_next = 1  # the disk is full just as Ana saves
        return typed

    def again(request: ReflectionRequest) -> ReflectionDraft:
        seen.append(request)
        return request.previous  # type: ignore[return-value]

    dialogs.script("reflect", first, again)
    assert flow.reflect(session, setup.library.get(CHECK_IN), setup.couple, finishing=False)
    retry = seen[1]
    assert retry.previous == typed, "every word is still there"
    assert DISK_FULL in retry.problem
    (saved,) = [r for r in setup.life.reflections(session.id) if r.partner_id == setup.ana]
    assert saved.note == NOTE


def test_a_plan_edit_that_fails_is_not_on_the_undo_stack_and_a_failed_tick_shows_as_unticked(
    setup: Plan, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    flaky = FlakySessions(setup.sessions)
    plan = PlanService(flaky, clock=setup.clock)  # type: ignore[arg-type]
    life = SessionService(flaky, clock=setup.clock, kdf=TEST_KDF)  # type: ignore[arg-type]
    page = WeekPage(setup.events, dialogs, setup.stack, setup.clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.attach(plan, setup.library, life, setup.couple)
    session = setup.book(WALK, TODAY)
    setup.events.plan_changed.emit()

    flaky.fail_next = 1
    page.select_session(session.id)
    page.week_actions.move_next_day.trigger()
    assert setup.stack.count() == 0 and not setup.stack.canUndo()
    assert setup.plan.get_week(page.current_week()).find(session.id).day == TODAY  # type: ignore[union-attr]
    assert dialogs.shown and DISK_FULL in dialogs.shown[-1][2]

    card = page.card_for(session.id)
    assert card is not None
    flaky.fail_next = 1
    card.consent.boxes[setup.ana].click()
    card = page.card_for(session.id)
    assert card is not None and not card.consent.boxes[setup.ana].isChecked()
    assert setup.life.consents([session.id])[session.id][setup.ana] is False
    card.consent.boxes[setup.ana].click()
    assert setup.life.consents([session.id])[session.id][setup.ana] is True


def test_a_custom_exercise_that_fails_to_save_opens_again_with_everything_typed(
    qtbot: QtBot, setup: Plan, dialogs: FakeDialogs
) -> None:
    flaky = FlakySessions(setup.sessions)
    library = LibraryService(flaky, clock=setup.clock)  # type: ignore[arg-type]
    page = LibraryPage(setup.events, dialogs)
    qtbot.addWidget(page)
    page.attach(library, setup.couple)
    typed = dataclasses.replace(setup.library.get(CHECK_IN), title="Our own check-in", agreement="Ten minutes, seated")
    offered = []

    def first(exercise, title):  # type: ignore[no-untyped-def]
        offered.append(exercise)
        flaky.fail_next = 1
        return typed

    def again(exercise, title):  # type: ignore[no-untyped-def]
        offered.append(exercise)
        return exercise

    dialogs.script("edit_exercise", first, again)
    page.new_action.trigger()
    assert offered[1] == typed
    assert any(DISK_FULL in text for _m, _t, text in dialogs.shown)
    assert "Our own check-in" in [e.title for e in setup.library.list_exercises()]
