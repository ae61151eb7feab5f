"""The guided session, driven by keyboard alone: steps, the quiet timer, the stop signal and "We stopped"."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from repairplanner.core.library import NEVER_LIST
from repairplanner.ui.session.guided_session import (
    FINISHED_TEXT,
    STOPPED_TEXT,
    TIME_UP,
    GuidedEnd,
    GuidedRequest,
    GuidedSessionDialog,
    clock_text,
    slow_down_text,
)
from tests.ui.plan_world import CHECK_IN, WALK, Plan


def open_dialog(qtbot: QtBot, request: GuidedRequest) -> GuidedSessionDialog:
    dialog = GuidedSessionDialog(request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    return dialog


def walk_request(setup: Plan, minutes: int = 15) -> GuidedRequest:
    return GuidedRequest.for_exercise(setup.library.get(WALK), minutes, setup.couple.stop_signal)


def test_the_steps_go_one_at_a_time_by_keyboard_in_large_type(qtbot: QtBot, setup: Plan) -> None:
    walk = setup.library.get(WALK)
    dialog = open_dialog(qtbot, walk_request(setup))
    assert dialog.agreement_label.text() == f"What each of you agreed to: {walk.agreement}"
    base = QApplication.font().pointSizeF()
    assert dialog.step_label.font().pointSizeF() >= base * 1.5  # the style's step role: large type
    assert dialog.step() == 0 and dialog.step_label.text() == walk.steps[0]
    assert dialog.counter_label.text() == f"Step 1 of {len(walk.steps)}"
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.step() == 1 and dialog.step_label.text() == walk.steps[1]
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert dialog.step() == 0, "there is nothing before the first step"
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.step() == 1
    stop_text = dialog.stop_label.text()
    assert setup.couple.stop_signal in stop_text and dialog.stop_label.isVisible()
    for _ in walk.steps[1:]:
        assert dialog.stop_label.isVisible() and dialog.stopped_button.isVisible(), "the stop signal stays on screen"
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.ended is GuidedEnd.FINISHED and dialog.end_label.text() == FINISHED_TEXT
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_we_stopped_is_one_keystroke_away_and_ends_kindly(qtbot: QtBot, setup: Plan) -> None:
    dialog = open_dialog(qtbot, walk_request(setup))
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.stopped_button.text() == "We &stopped"
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert dialog.ended is GuidedEnd.STOPPED and dialog.end_label.text() == STOPPED_TEXT
    assert "counts as a session" in STOPPED_TEXT and "fail" not in STOPPED_TEXT.lower()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.ended is GuidedEnd.STOPPED, "no step moves after the end"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_timer_is_optional_quiet_and_from_the_planned_minutes(qtbot: QtBot, setup: Plan) -> None:
    dialog = open_dialog(qtbot, walk_request(setup, minutes=1))
    assert dialog.clock_label.text() == "1:00" and not dialog.timer.isActive(), "it waits to be started"
    qtbot.keyClick(dialog, Qt.Key.Key_T)
    assert dialog.timer.isActive() and dialog.timer_button.text() == "Pause the &timer"
    dialog.tick()
    assert dialog.remaining() == 59 and dialog.clock_label.text() == "0:59"
    qtbot.keyClick(dialog, Qt.Key.Key_T)
    assert not dialog.timer.isActive() and dialog.timer_button.text() == "Start the &timer"
    qtbot.keyClick(dialog, Qt.Key.Key_T)
    for _ in range(59):
        dialog.tick()
    assert not dialog.timer.isActive() and dialog.clock_label.text() == "0:00"
    assert dialog.timer_note.text() == TIME_UP and dialog.ended is None, "time up ends nothing and asks nothing"
    assert clock_text(605) == "10:05"


def test_a_touch_exercise_shows_its_never_list_and_a_talk_has_none(qtbot: QtBot, setup: Plan) -> None:
    walk = setup.library.get(WALK)
    # Every touch exercise shows it, the couple's own too, whatever its agreement says.
    ours = dataclasses.replace(walk, agreement="Holding hands on a walk, clothed.")
    for exercise in (walk, ours):
        request = GuidedRequest.for_exercise(exercise, 15, "pause")
        assert request.never_list == NEVER_LIST
    dialog = open_dialog(qtbot, request)
    assert dialog.never_label.text() == NEVER_LIST and dialog.never_label.isVisible()
    talk = setup.library.get(CHECK_IN)
    assert GuidedRequest.for_exercise(talk, 10, "pause").never_list == ""


def test_a_solo_session_speaks_to_one_person(qtbot: QtBot, setup: Plan) -> None:
    talk = setup.library.get(CHECK_IN)
    dialog = open_dialog(qtbot, GuidedRequest.for_exercise(talk, 10, "pause", solo=True))
    assert dialog.stopped_button.text() == "I &stopped" and "You can use it" in dialog.stop_label.text()
    assert dialog.agreement_label.text().startswith("What you agreed to:")


def test_closing_the_window_is_not_an_ending(qtbot: QtBot, setup: Plan) -> None:
    dialog = open_dialog(qtbot, walk_request(setup))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.ended is None


def test_the_slow_down_signal_shows_under_the_stop_signal_only_when_the_couple_chose_one(
    qtbot: QtBot, setup: Plan
) -> None:
    walk = setup.library.get(WALK)
    dialog = open_dialog(qtbot, GuidedRequest.for_exercise(walk, 15, "pause", slow_down_signal="yellow"))
    assert dialog.slow_down_label is not None and dialog.slow_down_label.isVisible()
    assert dialog.slow_down_label.text() == slow_down_text("yellow")
    assert "“yellow”" in slow_down_text("yellow") and "without stopping" in slow_down_text("yellow")
    for _ in walk.steps:
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.slow_down_label.isVisible(), "it stays on screen to the end, like the stop signal"
    none = open_dialog(qtbot, GuidedRequest.for_exercise(walk, 15, "pause"))
    assert none.slow_down_label is None and "slow" not in none.stop_label.text().lower()
    alone = open_dialog(
        qtbot,
        GuidedRequest.for_exercise(setup.library.get(CHECK_IN), 10, "pause", solo=True, slow_down_signal="yellow"),
    )
    assert alone.slow_down_label is None, "alone, there is nobody to give the signal to"
