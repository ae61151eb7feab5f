"""The app opens on the real week before its services are there: the controls are visibly not ready, a click on
one is answered, and when the services arrive the same widgets become ready where they are (nothing moves)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.app import StartedApp, start
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.core.library import Library
from repairplanner.db.engine import make_engine, make_sessions
from repairplanner.paths import AppPaths
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.shared.readiness import getting_ready
from repairplanner.ui.shell.main_window import LIBRARY_PAGE, MainWindow
from tests.helpers import FakeDialogs

TODAY = dt.date(2026, 11, 25)  # tests.helpers.TEST_NOW


@pytest.fixture
def booked(migrated_paths: AppPaths, builtin_library: Library, clock: FixedClock) -> AppPaths:
    """Ana and Bo with two sessions this week; Ana has said yes to the first."""
    engine = make_engine(migrated_paths.database)
    sessions = make_sessions(engine)
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple"))
    plan = PlanService(sessions, clock=clock)
    first = plan.add_session(SessionDraft(day=TODAY, exercise_id="talk-1-daily-check-in", minutes=10))
    # Talks only: a booked touch session would bring the Guide's first-touch offer, a banner that arrives with the
    # services (an offer, not the week becoming ready).
    plan.add_session(SessionDraft(day=TODAY + dt.timedelta(days=2), exercise_id="talk-1-stop-signal", minutes=10))
    SessionService(sessions, clock=clock).set_consent(first.id, couple.partners[0].id, True)
    engine.dispose()
    return migrated_paths


@pytest.fixture
def opened(qtbot: QtBot, dialogs: FakeDialogs, booked: AppPaths, clock: FixedClock) -> Iterator[StartedApp]:
    app = start(booked, dialogs, clock=clock)  # type: ignore[arg-type]  # the fake stands in for DialogService
    qtbot.addWidget(app.window)
    yield app
    app.window.close()
    app.release()


def controls(window: MainWindow) -> list[QWidget]:
    """Every control of the week page that needs the services: the card's boxes and buttons, the header's buttons,
    the intention line."""
    page = window.week_page
    cards = page.grid.cards()
    return [*(w for card in cards for w in card.focus_chain()), *page.header.buttons, page.intention_edit]


def layout_of(window: MainWindow) -> dict[QWidget, Any]:
    """Where every shown widget of the week page is and what it says: what a jump or a flicker would change."""
    found: dict[QWidget, Any] = {}
    for widget in window.week_page.findChildren(QWidget):
        if widget.isVisible():
            top_left = widget.mapTo(window, widget.rect().topLeft())
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            found[widget] = (QRect(top_left, widget.size()), text)
    return found


def test_the_first_paint_shows_the_week_not_ready_and_it_becomes_ready_in_place(
    qtbot: QtBot, opened: StartedApp
) -> None:
    window = opened.window
    seen: dict[str, Any] = {}

    def at_first_paint() -> None:
        # Before the services: the real week, with its consent, and every control that needs them held.
        page = window.week_page
        cards = page.grid.cards()
        seen["titles"] = [card.title_label.text() for card in cards]
        seen["ticked"] = [[box.isChecked() for box in card.consent.boxes.values()] for card in cards]
        seen["held"] = [(c.isEnabled(), c.toolTip()) for c in controls(window)]
        seen["library"] = bool(window.page_list.item(LIBRARY_PAGE).flags() & Qt.ItemFlag.ItemIsEnabled)
        seen["layout"] = layout_of(window)
        seen["menus"] = [action.text() for action in window.menuBar().actions()]
        seen["status"] = window.statusBar().geometry()
        seen["cards"] = cards
        seen["attached"] = window.week_page.current_week() and page._plan is not None
        # A double-click on a card (to change it) is answered, not dropped: it says the app is getting ready.
        qtbot.mouseDClick(cards[0], Qt.MouseButton.LeftButton)
        seen["tip"] = QToolTip.text()

    window.first_painted.connect(at_first_paint)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: all(c.isEnabled() for c in window.week_page.grid.cards()[0].consent.boxes.values()))

    assert seen["attached"] is False
    assert len(seen["titles"]) == 2 and all(seen["titles"])
    assert seen["ticked"] == [[True, False], [False, False]]
    assert seen["held"] and all(enabled is False and tip == getting_ready() for enabled, tip in seen["held"])
    assert seen["library"] is False
    assert seen["tip"] == getting_ready()

    # With the services: the same card widgets, in the same places, saying the same, now ready.
    assert window.week_page.grid.cards() == seen["cards"]
    assert layout_of(window) == seen["layout"]
    # The menus' contents, the today line and the Guide's banner come after the first paint; the menu bar and the
    # status bar were already in place.
    assert [action.text() for action in window.menuBar().actions()] == seen["menus"]
    assert window.statusBar().geometry() == seen["status"]
    assert window.today_line.parent() is window.statusBar()
    assert all(c.toolTip() != getting_ready() for c in controls(window))
    first = window.week_page.grid.cards()[0]
    assert all(box.isEnabled() for box in first.consent.boxes.values())
    assert bool(window.page_list.item(LIBRARY_PAGE).flags() & Qt.ItemFlag.ItemIsEnabled)
    assert window.week_page.week_actions.next_week.isEnabled()


def test_a_box_ticked_once_ready_is_saved(qtbot: QtBot, opened: StartedApp) -> None:
    """The boxes that waited are the real ones: once ready, Bo's tick on the first session is kept."""
    window = opened.window
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    card = window.week_page.grid.cards()[0]
    bo = card.session and next(pid for pid in card.consent.boxes if pid != min(card.consent.boxes))
    assert bo is not None
    box = card.consent.boxes[bo]
    qtbot.waitUntil(box.isEnabled)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.week_page.grid.cards()[0].consent.agreed()))


def test_the_other_pages_are_built_when_first_shown(qtbot: QtBot, opened: StartedApp) -> None:
    from repairplanner.ui.library.library_page import LibraryPage

    window = opened.window
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    assert not isinstance(window.pages.widget(LIBRARY_PAGE), LibraryPage)  # nothing built that nobody looked at
    window.page_list.setCurrentRow(LIBRARY_PAGE)
    shown = window.pages.currentWidget()
    assert isinstance(shown, LibraryPage) and shown is window.library_page
    assert shown.proxy.rowCount() > 0
    assert [a.text() for a in window.menuBar().actions()][3] == "&Library"  # its menu was there all along
