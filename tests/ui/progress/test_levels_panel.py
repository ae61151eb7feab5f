"""Readiness rounds, moving up together, stepping back and pausing, as the couple sees them on the progress page."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repairplanner.core.entities import Track
from repairplanner.ui.progress.progress_page import ProgressPage
from repairplanner.ui.progress.ready_question_dialog import ReadyQuestionDialog
from tests.helpers import FakeDialogs
from tests.ui.progress.progress_world import (
    CHECK_IN,
    FOREARM,
    MONDAY,
    SIDE_BY_SIDE,
    TODAY,
    Couple2,
    make_page,
    visible_texts,
)

ANSWER_WORDS = ("answered", "ready", "not yet", "said")


def _levels(world: Couple2) -> dict[Track, int]:
    return world.refreshed().levels


def _calm_history(world: Couple2) -> None:
    """Three calm touch sessions over more than ten days: the engine offers touch level 2."""
    for days_ago in (20, 13, 6):
        world.done(SIDE_BY_SIDE, TODAY - dt.timedelta(days=days_ago))


def _answer(page: ProgressPage, dialogs: FakeDialogs, track: Track, seat: int, ready: bool) -> None:
    dialogs.script("answer_ready", ready)
    page.levels_panel.panels[track].answer_buttons[seat].click()


def _names_near_answers(texts: list[str]) -> list[str]:
    """Any text that names a partner together with something about answering."""
    return [t for t in texts if re.search(r"\b(Ana|Bo)\b", t) and any(w in t.lower() for w in ANSWER_WORDS)]


def test_engine_offers_to_move_up_but_never_moves_on_its_own(
    qtbot: QtBot, world: Couple2, dialogs: FakeDialogs
) -> None:
    _calm_history(world)
    page = make_page(qtbot, world, dialogs)
    touch = page.levels_panel.panels[Track.TOUCH]
    assert "You could try level 2 together. Each of you answers privately." in touch.decision_label.text()
    assert all(not b.isHidden() for b in touch.answer_buttons)
    assert [b.text() for b in touch.answer_buttons] == ["Ana: answer privately", "Bo: answer privately"]
    assert touch.move_up_button.isHidden()
    page.refresh()
    assert _levels(world) == {Track.TOUCH: 1, Track.TALK: 1}


def test_one_answer_changes_nothing_anyone_can_see(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.ready_action.trigger()  # the couple asks at any time, without an offer
    talk = page.levels_panel.panels[Track.TALK]
    assert "Each of you answers privately" in talk.ready_label.text()
    before = visible_texts(page)

    _answer(page, dialogs, Track.TALK, 0, True)
    assert dialogs.calls[-1] == ("answer_ready", ("Ana", Track.TALK, 2))
    after = visible_texts(page)
    assert after == before, "the page looks exactly as it did before anyone answered"
    assert _names_near_answers(after) == []
    assert world.progress.reveal(world.couple, Track.TALK, world.week()).state.value == "waiting"


def test_a_not_yet_shows_as_not_this_week_and_never_as_whose(
    qtbot: QtBot, world: Couple2, dialogs: FakeDialogs
) -> None:
    page = make_page(qtbot, world, dialogs)
    page.levels_panel.open_round(Track.TALK)
    _answer(page, dialogs, Track.TALK, 0, True)
    _answer(page, dialogs, Track.TALK, 1, False)
    talk = page.levels_panel.panels[Track.TALK]
    assert talk.ready_label.text().startswith("Not this week.")
    bo_said_not_yet = visible_texts(page)

    # The same round the other way round looks exactly the same.
    for pid, ready in ((world.ana, False), (world.bo, True)):
        world.progress.answer_ready(world.couple, pid, Track.TALK, world.week(), ready)
    page.refresh()
    assert visible_texts(page) == bo_said_not_yet
    assert not _names_near_answers([talk.ready_label.text()])
    assert all(b.isHidden() for b in (*talk.answer_buttons, talk.move_up_button))
    assert _levels(world)[Track.TALK] == 1


def test_both_ready_then_moving_up_together(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.levels_panel.open_round(Track.TALK)
    _answer(page, dialogs, Track.TALK, 1, True)
    talk = page.levels_panel.panels[Track.TALK]
    assert talk.move_up_button.isHidden(), "one ready is not enough"
    _answer(page, dialogs, Track.TALK, 0, True)
    assert talk.ready_label.text().startswith("You're both ready for talk level 2.")
    assert not talk.move_up_button.isHidden()
    assert _levels(world)[Track.TALK] == 1, "nothing changes until you move up together"

    dialogs.script("confirm", True)
    with qtbot.waitSignal(world.events.couple_changed):
        talk.move_up_button.click()
    assert _levels(world) == {Track.TOUCH: 1, Track.TALK: 2}
    assert talk.title() == "Talk · level 2"


def test_moving_up_is_refused_without_both_answers(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.levels_panel.open_round(Track.TALK)
    _answer(page, dialogs, Track.TALK, 0, True)
    dialogs.script("confirm", True)
    page.levels_panel.move_up(Track.TALK)
    assert dialogs.calls[-1][0] == "warn"
    assert _levels(world)[Track.TALK] == 1


def test_cancelling_the_move_changes_nothing(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.levels_panel.open_round(Track.TALK)
    _answer(page, dialogs, Track.TALK, 0, True)
    _answer(page, dialogs, Track.TALK, 1, True)
    dialogs.script("confirm", False)
    page.levels_panel.panels[Track.TALK].move_up_button.click()
    assert _levels(world)[Track.TALK] == 1


def test_cancelling_the_private_question_records_nothing(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.levels_panel.open_round(Track.TALK)
    page.levels_panel.panels[Track.TALK].answer_buttons[0].click()  # unscripted: the partner closed the dialog
    ready_round = world.progress.ready_round(world.couple, Track.TALK, world.week())
    assert not ready_round.ready and not ready_round.not_yet


def test_either_partner_steps_back_without_a_reason(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.move_up(Track.TALK)
    page = make_page(qtbot, world, dialogs)
    talk = page.levels_panel.panels[Track.TALK]
    assert [b.text() for b in talk.step_back_buttons] == ["Ana: step back a level", "Bo: step back a level"]
    assert page.levels_panel.panels[Track.TOUCH].step_back_buttons[0].isHidden(), "level 1 is the floor"

    dialogs.script("confirm", True)
    with qtbot.waitSignal(world.events.couple_changed):
        talk.step_back_buttons[1].click()
    assert [method for method, _ in dialogs.calls] == ["confirm"], "no reason is asked"
    assert _levels(world)[Track.TALK] == 1


def test_touch_waits_for_talk(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.move_up(Track.TOUCH)
    page = make_page(qtbot, world, dialogs)
    touch = page.levels_panel.panels[Track.TOUCH]
    assert "Touch can move up once talk has reached level 2" in touch.ready_label.text()
    assert touch.ask_button.isHidden()
    assert all(b.isHidden() for b in touch.answer_buttons)


def test_step_back_advice_names_a_gentler_exercise_and_a_repair_talk(
    qtbot: QtBot, world: Couple2, dialogs: FakeDialogs
) -> None:
    world.done(SIDE_BY_SIDE, MONDAY - dt.timedelta(days=9))
    world.done(FOREARM, MONDAY - dt.timedelta(days=2), stop=True)
    page = make_page(qtbot, world, dialogs)
    text = page.levels_panel.panels[Track.TOUCH].decision_label.text()
    assert "The stop signal was used last time." in text
    assert "“Sitting side by side”" in text
    assert "repair talk" in text
    assert not re.search(r"\b(Ana|Bo)\b", text)


def test_hold_suggests_varying_one_detail(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.done(CHECK_IN, MONDAY - dt.timedelta(days=2), peak=(6, 3))
    page = make_page(qtbot, world, dialogs)
    text = page.levels_panel.panels[Track.TALK].decision_label.text()
    assert text.startswith("Stay with this level for now.") and "vary one detail" in text
    assert page.levels_panel.panels[Track.TOUCH].decision_label.text() == "Keep going at your own pace."


def test_either_pauses_and_resuming_needs_both(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    pause = page.pause_panel
    with qtbot.waitSignal(world.events.couple_changed):
        pause.pause_buttons[1].click()
    assert pause.message_label.text() == "Your plan is paused. Nothing is missed while it rests."
    assert [b.text() for b in pause.resume_buttons] == ["Ana is ready to resume", "Bo is ready to resume"]
    assert all(b.isHidden() for b in pause.pause_buttons)
    assert page.levels_panel.panels[Track.TALK].ready_label.text() == "Moving up waits while your plan is paused."
    assert page.resume_action.isEnabled() and not page.pause_action.isEnabled()

    before = visible_texts(page)
    pause.resume_buttons[0].click()
    assert world.progress.pause_state(world.couple).paused
    assert "both said you are ready" in pause.detail_label.text()
    assert len(visible_texts(page)) == len(before)
    assert not any("Ana" in t and "asked" in t for t in visible_texts(page))

    pause.resume_buttons[1].click()
    assert not world.progress.pause_state(world.couple).paused
    assert pause.message_label.text().startswith("Either of you can pause")
    assert [m for m, _ in dialogs.calls] == [], "at level 1 there is nothing lower to offer"


def test_resuming_offers_to_restart_one_level_lower(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.move_up(Track.TALK)
    world.move_up(Track.TOUCH)
    page = make_page(qtbot, world, dialogs)
    dialogs.script("choose_partner", 0, 0, 1)
    page.pause_action.trigger()
    assert world.progress.pause_state(world.couple).paused
    page.resume_action.trigger()
    dialogs.script("confirm", True)
    page.resume_action.trigger()
    assert not world.progress.pause_state(world.couple).paused
    question = dialogs.calls[-1][1][1]
    assert "restart one level lower (touch 2 → 1, talk 2 → 1)" in question
    assert _levels(world) == {Track.TOUCH: 1, Track.TALK: 1}


def test_keeping_levels_after_a_pause(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.move_up(Track.TALK)
    page = make_page(qtbot, world, dialogs)
    page.pause_panel.pause(0)
    page.pause_panel.request_resume(1)
    dialogs.script("confirm", False)
    page.pause_panel.request_resume(0)
    assert _levels(world)[Track.TALK] == 2


def test_ready_question_is_private_and_gentle(qtbot: QtBot) -> None:
    dialog = ReadyQuestionDialog("Ana", Track.TOUCH, 3)
    qtbot.addWidget(dialog)
    assert "Ana, are you ready for touch level 3?" in dialog.question_label.text()
    assert "Only you see this answer" in dialog.note_label.text()
    assert not dialog.ready_button.isDefault() and not dialog.not_yet_button.isDefault()
    assert dialog.answer() is None
    dialog.not_yet_button.click()
    assert dialog.answer() is False
    assert dialog.result() == dialog.DialogCode.Accepted


def test_answering_works_from_the_keyboard(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.levels_panel.open_round(Track.TALK)
    button = page.levels_panel.panels[Track.TALK].answer_buttons[0]
    assert button.hasFocus(), "asking moves the keyboard to the first answer"
    dialogs.script("answer_ready", True)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert dialogs.calls[-1] == ("answer_ready", ("Ana", Track.TALK, 2))
    assert world.progress.ready_round(world.couple, Track.TALK, world.week()).ready == {world.ana}
