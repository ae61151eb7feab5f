"""A whole session through the real dialogs and the real services: check-in turns, advice, guided steps, reflection.

Each prompt is the real dialog, built and driven here by keyboard (the fake dialog service only hands it over,
instead of running a modal loop).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from repairplanner.core.check_in_rules import CheckInTurn
from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, Light, ReflectionDraft, SessionDraft, SessionStatus, YellowChoice
from repairplanner.core.grading import PreSessionAdvice
from repairplanner.db.schema import CheckInRow, ReflectionRow
from repairplanner.ui.session.advice_dialog import AdviceDialog, NextStep
from repairplanner.ui.session.check_in_dialog import CheckInDialog, PartnerTurnPage
from repairplanner.ui.session.guided_session import GuidedEnd, GuidedRequest, GuidedSessionDialog
from repairplanner.ui.session.reflection_dialog import ReflectionDialog, ReflectionRequest
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import CHECK_IN, TODAY, WALK, Plan

CheckInScript = Callable[[Couple, Exercise | None, Sequence[int]], list[CheckInTurn] | None]


def answer_turns(qtbot: QtBot, lights: dict[str, tuple[Light, YellowChoice | None]]) -> CheckInScript:
    """A check-in script: the real dialog, each partner answering by name, handed over with Enter."""

    def run(couple: Couple, exercise: Exercise | None, order: Sequence[int]) -> list[CheckInTurn] | None:
        dialog = CheckInDialog(couple, exercise, order)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitActive(dialog)
        while dialog.isVisible():
            page = dialog.current_page()
            if isinstance(page, PartnerTurnPage):
                light, choice = lights[page.partner.name]
                page.yes_radio.click()
                page.light_buttons[light].click()
                if choice is not None:
                    page.yellow_buttons[choice].click()
                page.distress_slider.setFocus()
                qtbot.keyClick(page.distress_slider, Qt.Key.Key_Right)
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.turns()

    return run


def test_a_whole_session_by_keyboard_ends_with_a_blank_reflection_and_done(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session = setup.book(WALK, TODAY)
    setup.agree(session.id)
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    seen: dict[str, object] = {}

    def advise(advice: PreSessionAdvice, exercise: Exercise | None, minutes: int) -> NextStep | None:
        dialog = AdviceDialog(advice, exercise, minutes)
        qtbot.addWidget(dialog)
        seen["advice"] = [b.text() for b in dialog.step_buttons.values()]
        dialog.step_buttons[NextStep.START].click()
        return dialog.chosen

    def guide(request: GuidedRequest) -> GuidedEnd | None:
        dialog = GuidedSessionDialog(request)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitActive(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_S)  # "We stopped", part-way
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.ended

    def reflect(request: ReflectionRequest) -> ReflectionDraft | None:
        dialog = ReflectionDialog(request)
        qtbot.addWidget(dialog)
        blank = [s.chosen() for s in (dialog.peak_scale, dialog.safe_scale, dialog.close_scale)]
        seen.setdefault("blank", []).append(blank)  # type: ignore[union-attr]
        for scale, value in ((dialog.peak_scale, 3), (dialog.safe_scale, 8), (dialog.close_scale, 7)):
            scale.set_chosen(value)
        dialog.stop_group.button(1).setChecked(True)
        dialog.repeat_group.button(1).setChecked(True)
        dialog.save_button.click()
        return dialog.draft()

    yellow_as_planned = {"Ana": (Light.GREEN, None), "Bo": (Light.YELLOW, YellowChoice.AS_PLANNED)}
    dialogs.script("check_in", answer_turns(qtbot, yellow_as_planned))
    dialogs.script("session_advice", advise)
    dialogs.script("guided_session", guide)
    dialogs.script("reflect", reflect, reflect)
    page.week_actions.start_session.trigger()
    assert [c[0] for c in dialogs.calls] == ["check_in", "session_advice", "guided_session", "reflect", "reflect"]
    assert seen["advice"] == ["&Start"], "Bo's 'as planned' was Bo's own choice, so the advice is simply go"
    assert seen["blank"] == [[None, None, None], [None, None, None]]
    stored = {(r["partner_id"], r["light"], r["yellow_choice"]) for r in setup.stored(CheckInRow)}
    assert stored == {(setup.ana, "green", None), (setup.bo, "yellow", "as_planned")}
    assert {r["partner_id"]: r["used_stop_signal"] for r in setup.stored(ReflectionRow)} == {
        setup.ana: True,
        setup.bo: True,
    }
    done = setup.plan.get_week(page.current_week()).find(session.id)
    assert done.status is SessionStatus.DONE and done.started_at is not None
    assert page.card_for(session.id).status_label.text() == "✓ Done"


def test_a_yellow_partner_who_wants_it_lighter_is_never_overruled_at_the_keyboard(
    qtbot: QtBot, page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    session = setup.book(WALK, TODAY)
    setup.agree(session.id)
    setup.events.plan_changed.emit()
    page.select_session(session.id, focus=False)
    offered: list[list[NextStep]] = []

    def advise(advice: PreSessionAdvice, exercise: Exercise | None, minutes: int) -> NextStep | None:
        dialog = AdviceDialog(advice, exercise, minutes)
        qtbot.addWidget(dialog)
        offered.append(list(dialog.step_buttons))
        return None

    lighter = {"Ana": (Light.YELLOW, YellowChoice.SHORTER), "Bo": (Light.GREEN, None)}
    dialogs.script("check_in", answer_turns(qtbot, lighter))
    dialogs.script("session_advice", advise)
    page.week_actions.start_session.trigger()
    assert offered == [[NextStep.SHORTER]], "no 'as planned' for whoever holds the keyboard"


def test_a_solo_session_is_one_turn_with_no_one_to_look_away(qtbot: QtBot, setup: Plan) -> None:
    solo = setup.plan.add_session(SessionDraft(TODAY, "talk-1-grounding-alone", 10, solo_partner_id=setup.bo))
    order = setup.life.turn_order(solo.id)
    assert order == (setup.bo,)
    dialog = CheckInDialog(setup.couple, setup.library.get(CHECK_IN), order)
    qtbot.addWidget(dialog)
    assert [type(p).__name__ for p in dialog.pages] == ["PartnerTurnPage"]
    assert dialog.next_button.text() == "&Done"
