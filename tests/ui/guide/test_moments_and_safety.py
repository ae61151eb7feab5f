"""The Guide at its four moments, and Safety and help one keystroke away, on a real window and database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionDraft, SessionStatus, Track
from repairplanner.core.guide import Moment
from repairplanner.db.schema import LevelChoiceRow
from repairplanner.services.bundle import Services
from repairplanner.ui.guide.safety_dialog import SafetyChoice, SafetyDialog, SafetyRequest
from repairplanner.ui.guide.safety_flow import BACK_TO_ONE, NEW_TITLE, THERAPIST
from repairplanner.ui.shell.main_window import GUIDE_PAGE, PROGRESS_PAGE, MainWindow
from tests.helpers import FakeDialogs
from tests.ui.guide.conftest import SETUP, TODAY, _window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def banner_text(window: MainWindow) -> str:
    return window.guide_banner.text_label.text() if window.guide_banner.isVisibleTo(window) else ""


#: Earlier than the tests' clock: the levels were chosen before what the test does.
BEFORE = dt.datetime(2026, 11, 1, 12, 0)


def set_levels(services: Services, touch: int, talk: int) -> None:
    couple = services.couple.get()
    assert couple is not None
    with services.plan._sessions.begin() as s:
        for partner in couple.partners:
            for track, level in ((Track.TOUCH, touch), (Track.TALK, talk)):
                s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=level, reason="t", at=BEFORE))


# --- the four moments ------------------------------------------------------------------------------------------------


def test_after_setup_a_reading_is_offered_and_opens_in_the_guide(new_window: MainWindow, dialogs: FakeDialogs) -> None:
    window = new_window
    assert "Betrayal as a trauma" in banner_text(window)
    assert not any(name in {"confirm", "inform"} for name, _ in dialogs.calls)  # nothing modal, nothing blocks
    window.guide_banner.read_button.click()
    assert window.pages.currentIndex() == GUIDE_PAGE
    assert window.guide_page is not None and window.guide_page.current_reading().id == "betrayal-as-trauma"  # type: ignore[union-attr]
    assert banner_text(window) == ""


def test_later_just_closes_the_offer(new_window: MainWindow) -> None:
    new_window.guide_banner.later_button.click()
    assert banner_text(new_window) == ""
    assert new_window.pages.currentIndex() == 0


def test_an_existing_couple_is_not_offered_the_setup_reading(window: MainWindow) -> None:
    assert banner_text(window) == ""


def test_the_first_touch_reading_is_offered_once_when_a_touch_session_is_booked(
    window: MainWindow, services: Services
) -> None:
    services.plan.add_session(SessionDraft(TODAY, "talk-1-daily-check-in", 15))
    window._events.plan_changed.emit()
    assert banner_text(window) == ""  # a talk is not a touch session
    services.plan.add_session(SessionDraft(TODAY + dt.timedelta(days=1), "touch-1-side-by-side", 10))
    window._events.plan_changed.emit()
    assert "Before your first touch session" in banner_text(window)
    window.guide_banner.later_button.click()
    services.plan.add_session(SessionDraft(TODAY + dt.timedelta(days=2), "touch-1-side-by-side", 10))
    window._events.plan_changed.emit()
    assert banner_text(window) == ""  # offered once


def test_moving_a_track_up_offers_the_new_level_reading_once_per_level(window: MainWindow, services: Services) -> None:
    set_levels(services, touch=2, talk=2)
    window._events.couple_changed.emit()
    assert "For your new level" in banner_text(window)
    assert "Safety, risk, engagement, pleasure" in banner_text(window)
    window.guide_banner.later_button.click()
    window._events.couple_changed.emit()  # nothing moved up since
    assert banner_text(window) == ""


def test_a_reflection_with_the_stop_signal_offers_the_reading_after_a_stop(
    window: MainWindow, services: Services
) -> None:
    couple = services.couple.get()
    assert couple is not None
    session = services.plan.add_session(SessionDraft(TODAY, "talk-1-daily-check-in", 15))
    for partner in couple.partners:
        services.sessions.set_consent(session.id, partner.id, True)
    for partner in couple.partners:
        services.sessions.check_in(session.id, partner.id, Light.GREEN, 2)
    a, b = (p.id for p in couple.partners)
    services.sessions.save_reflection(ReflectionDraft(session.id, a, 3, 8, 7, False, True, NoteVisibility.SHARED, ""))
    window._events.reflection_saved.emit()
    assert banner_text(window) == ""
    services.sessions.save_reflection(ReflectionDraft(session.id, b, 6, 5, 4, True, True, NoteVisibility.SHARED, ""))
    window._events.reflection_saved.emit()
    assert "After a stop" in banner_text(window)
    window.guide_banner.read_button.click()
    assert window.guide_page is not None and window.guide_page.current_reading().id == "after-a-stop"  # type: ignore[union-attr]


# --- Safety and help -------------------------------------------------------------------------------------------------


def test_safety_and_help_is_one_keystroke_away_on_every_page(
    window: MainWindow, dialogs: FakeDialogs, qtbot: QtBot
) -> None:
    qtbot.waitActive(window)
    for page in (0, 1, PROGRESS_PAGE, GUIDE_PAGE):
        window.show_page(page, focus=True)
        before = len(dialogs.calls)
        qtbot.keyClick(
            window.focusWidget() or window,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        opened = [args for name, args in dialogs.calls[before:] if name == "safety_and_help"]
        assert len(opened) == 1, page
        request = opened[0][0]
        assert [s.title for s in request.sections] == ["When not to use this app", "Finding help near you"]
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert window.safety_action in help_menu.actions()


def test_the_couples_help_lines_are_kept_and_shown_next_time(
    window: MainWindow, dialogs: FakeDialogs, services: Services
) -> None:
    dialogs.script("safety_and_help", SafetyChoice("Our therapist, Dr Lee: 0123 456\nCrisis line: 116 123"))
    window.safety_action.trigger()
    assert services.guide.help_lines() == "Our therapist, Dr Lee: 0123 456\nCrisis line: 116 123"
    window.safety_action.trigger()
    request = [args for name, args in dialogs.calls if name == "safety_and_help"][-1][0]
    assert request.help_lines == "Our therapist, Dr Lee: 0123 456\nCrisis line: 116 123"


def test_something_new_came_out_pauses_the_plan_offers_level_one_and_points_to_the_therapist(
    window: MainWindow, dialogs: FakeDialogs, services: Services, clock: FixedClock
) -> None:
    window.discreet_title_action.setChecked(False)  # the status bar names the levels only when not discreet
    set_levels(services, touch=3, talk=3)
    clock.advance(dt.timedelta(minutes=5))  # what came out, came out later
    window._events.couple_changed.emit()
    services.guide.set_help_lines("Dr Lee: 0123 456")
    dialogs.script("safety_and_help", SafetyChoice("Dr Lee: 0123 456", something_new=True))
    dialogs.script("choose_partner", 1)
    dialogs.script("confirm", True)
    window.safety_action.trigger()
    couple = services.couple.get()
    assert couple is not None
    assert services.progress.pause_state(couple).paused
    assert couple.levels == {Track.TOUCH: 1, Track.TALK: 1}
    assert ("confirm", NEW_TITLE, BACK_TO_ONE) in dialogs.shown
    assert ("inform", NEW_TITLE, f"{THERAPIST}\n\nDr Lee: 0123 456") in dialogs.shown
    assert "touch at level 1, talk at level 1" in window.status_label.text()
    assert "the plan is paused" in window.status_label.text()


def test_going_back_to_level_one_is_an_offer_not_automatic(
    window: MainWindow, dialogs: FakeDialogs, services: Services
) -> None:
    set_levels(services, touch=2, talk=2)
    window._events.couple_changed.emit()
    dialogs.script("safety_and_help", SafetyChoice("", something_new=True))
    dialogs.script("choose_partner", 0)
    dialogs.script("confirm", False)
    window.safety_action.trigger()
    couple = services.couple.get()
    assert couple is not None
    assert services.progress.pause_state(couple).paused
    assert couple.levels == {Track.TOUCH: 2, Track.TALK: 2}


def test_the_safety_dialog_shows_the_sections_as_plain_text_and_keeps_typed_lines(
    qtbot: QtBot, services: Services
) -> None:
    dialog = SafetyDialog(SafetyRequest(services.guide.safety(), "Dr Lee"))
    qtbot.addWidget(dialog)
    text = dialog.sections_view.toPlainText()
    assert "When not to use this app" in text and "<b>angle brackets</b>" in text
    dialog.help_lines_edit.setPlainText("Dr Lee: 0123")
    dialog.something_new_button.click()
    assert dialog.choice() == SafetyChoice("Dr Lee: 0123", something_new=True)


def test_the_safety_dialog_without_its_pages_still_points_to_emergency_help(qtbot: QtBot) -> None:
    dialog = SafetyDialog(SafetyRequest((), ""))
    qtbot.addWidget(dialog)
    assert "domestic abuse helpline" in dialog.sections_view.toPlainText()
    dialog.reject()
    assert dialog.choice() == SafetyChoice("", something_new=False)


def test_a_touch_session_booked_before_the_guide_brings_its_reading_on_opening(
    qtbot: QtBot, dialogs: FakeDialogs, services: Services, tmp_path: Path
) -> None:
    services.couple.create(SETUP)
    services.plan.add_session(SessionDraft(TODAY + dt.timedelta(days=1), "touch-1-side-by-side", 10))
    window = _window(qtbot, dialogs, services, tmp_path)
    assert "Before your first touch session" in banner_text(window)
    window.close()


def test_a_couple_past_their_first_touch_session_is_not_offered_it(
    qtbot: QtBot, dialogs: FakeDialogs, services: Services, tmp_path: Path
) -> None:
    couple = services.couple.create(SETUP)
    done = services.plan.add_session(SessionDraft(TODAY - dt.timedelta(days=3), "touch-1-side-by-side", 10))
    services.sessions.set_status(done.id, SessionStatus.DONE)
    services.plan.add_session(SessionDraft(TODAY + dt.timedelta(days=1), "touch-1-side-by-side", 10))
    window = _window(qtbot, dialogs, services, tmp_path)
    assert banner_text(window) == ""
    assert services.guide.was_offered(Moment.FIRST_TOUCH)  # remembered as passed
    assert couple.partners
    window.close()
