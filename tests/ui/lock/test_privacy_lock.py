"""The app lock and the quick hide on the real window and services (issue 11, item 9)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.app import build_services
from repairplanner.core.clock import Clock, FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.paths import AppPaths
from repairplanner.services.bundle import Services
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.lock import LockService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.lock.privacy_lock import LOCKED_TITLE
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shell.main_window import MainWindow
from tests.helpers import FakeDialogs

#: The machine's clock: these tests are about files on disk, not about dates.
CLOCK = Clock()

PASS_ANA = "the long way round the lake"


@pytest.fixture
def services(sessions: object, builtin_library: object, clock: FixedClock) -> Services:
    """Anastasia and Bartholomew with the built-in library, and the app's services over their plan."""
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)  # type: ignore[arg-type]
    CoupleService(sessions).create(CoupleSetup(PartnerDraft("Anastasia"), PartnerDraft("Bartholomew"), "pause"))  # type: ignore[arg-type]
    return dataclasses.replace(
        build_services(sessions, clock=clock),  # type: ignore[arg-type]
        sessions=SessionService(sessions, kdf=TEST_KDF, clock=clock),  # type: ignore[arg-type]
        lock=LockService(sessions, kdf=TEST_KDF),  # type: ignore[arg-type]
    )


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, dialogs: FakeDialogs, migrated_paths: AppPaths, clock: FixedClock
) -> Iterator[MainWindow]:
    settings = QSettings(str(migrated_paths.data_dir / "window.ini"), QSettings.Format.IniFormat)
    # The telling title, so that locking visibly changes it (the discreet title is the default since 'promises').
    settings.setValue("window/discreet_title", False)
    win = MainWindow(AppEvents(), dialogs, settings, clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.attach(services)
    day = win.week_page.current_week()
    services.plan.add_session(SessionDraft(day, "touch-1-side-by-side", 10))
    win._events.plan_changed.emit()
    yield win
    win.close()


def visible_texts(win: MainWindow) -> str:
    """Every text a person could see in the window right now, and its title."""
    texts = [win.windowTitle()]
    for widget in win.findChildren(QWidget):
        if not widget.isVisibleTo(win):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text() + widget.placeholderText())
    return " ".join(texts)


PLAN_WORDS = ("Anastasia", "Bartholomew", "Sitting side by side", "touch", "RepairPlanner")


def set_passphrase(win: MainWindow) -> None:
    assert win._services is not None and win._couple is not None
    win._services.sessions.set_passphrase(win._couple.partners[0].id, PASS_ANA)


def test_the_lock_shows_nothing_of_the_plan_and_opens_with_a_partners_passphrase(win_ready: MainWindow) -> None:
    win = win_ready
    assert "Sitting side by side" in visible_texts(win)  # control: the plan is on screen before
    win.privacy.lock_action.trigger()
    assert win.privacy.locked and win.windowTitle() == LOCKED_TITLE
    shown = visible_texts(win)
    for word in PLAN_WORDS:
        assert word not in shown, word
    assert not win.menuBar().isVisible() and not win.print_actions.actions()[0].isEnabled()

    win.privacy.screen.passphrase_edit.setText("not it")
    win.privacy.screen.unlock_button.click()
    assert win.privacy.locked and "did not open it" in win.privacy.screen.problem_label.text()
    assert "Anastasia" not in win.privacy.screen.problem_label.text()  # nothing says whose it was

    win.privacy.screen.passphrase_edit.setText(PASS_ANA)
    win.privacy.screen.unlock_button.click()
    assert not win.privacy.locked and win.menuBar().isVisible()
    assert "Sitting side by side" in visible_texts(win) and win.print_actions.actions()[0].isEnabled()
    assert win.windowTitle() == "RepairPlanner"


@pytest.fixture
def win_ready(window: MainWindow) -> MainWindow:
    set_passphrase(window)
    return window


def test_without_any_passphrase_the_couple_sets_a_lock_passphrase_first(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    window.privacy.lock_action.trigger()  # cancelled: no passphrase, so no lock
    assert not window.privacy.locked
    dialogs.script("new_lock_passphrase", "our shared lock words")
    window.privacy.lock_action.trigger()
    assert window.privacy.locked
    window.privacy.screen.passphrase_edit.setText(PASS_ANA)  # no partner has this one
    window.privacy.screen.unlock_button.click()
    assert window.privacy.locked
    window.privacy.screen.passphrase_edit.setText("our shared lock words")
    window.privacy.screen.unlock_button.click()
    assert not window.privacy.locked


def test_the_couples_lock_passphrase_is_stored_sealed_and_either_partners_opens_too(
    sessions: object, builtin_library: object
) -> None:
    from repairplanner.db.schema import Setting

    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))  # type: ignore[arg-type]
    lock = LockService(sessions, kdf=TEST_KDF)  # type: ignore[arg-type]
    assert not lock.can_lock() and not lock.opens("anything at all")
    lock.set_couple_passphrase("our shared lock words")
    SessionService(sessions, kdf=TEST_KDF, clock=CLOCK).set_passphrase(couple.partners[1].id, "Bo's own words here")  # type: ignore[arg-type]
    assert lock.can_lock() and lock.has_couple_passphrase()
    assert lock.opens("our shared lock words") and lock.opens("Bo's own words here")
    assert not lock.opens("our shared lock word") and not lock.opens("")
    with sessions.begin() as s:  # type: ignore[attr-defined]
        stored = s.get(Setting, "lock.couple_key").value
    assert "our shared lock words" not in str(stored) and set(stored) >= {"salt", "verifier", "kdf"}


def test_the_idle_lock_is_chosen_remembered_and_locks_when_the_time_runs_out(
    win_ready: MainWindow, dialogs: FakeDialogs
) -> None:
    win = win_ready
    dialogs.script("choose_idle_minutes", 10)
    win.privacy.idle_action.trigger()
    assert win.privacy.idle_action.isChecked() and win._settings.value("privacy/lock_idle_minutes", type=int) == 10
    assert win.privacy.idle_timer.isActive() and win.privacy.idle_timer.interval() == 10 * 60_000
    win.privacy.idle_timer.timeout.emit()  # ten quiet minutes
    assert win.privacy.locked and win.windowTitle() == LOCKED_TITLE


def test_quick_hide_blanks_and_minimises_at_once_and_comes_back_locked(win_ready: MainWindow, qtbot: QtBot) -> None:
    win = win_ready
    win.privacy.hide_action.trigger()
    assert win.privacy.locked and win.isMinimized()
    for word in PLAN_WORDS:
        assert word not in visible_texts(win), word
    image = win.grab().toImage()  # what a window switcher's thumbnail would show
    assert image.width() > 0


def test_quick_hide_without_a_passphrase_blanks_and_a_button_shows_the_plan_again(window: MainWindow) -> None:
    window.privacy.hide_action.trigger()
    assert window.privacy.hidden and not window.privacy.locked and window.isMinimized()
    assert "Sitting side by side" not in visible_texts(window)
    window.showNormal()
    window.privacy.screen.show_button.click()
    assert not window.privacy.hidden and "Sitting side by side" in visible_texts(window)
