"""On the demo couple's data, "Move up together" visibly works on the Progress page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import Track
from repairplanner.core.library import Library
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.services.couple import CoupleService
from repairplanner.services.demo import generate_demo
from repairplanner.services.library import LibraryService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.progress.progress_page import ProgressPage
from repairplanner.ui.shared.events import AppEvents
from tests.helpers import FakeDialogs


def test_the_demo_offers_to_move_talk_up_and_the_couple_can_do_it_together(
    qtbot: QtBot, sessions: sessionmaker[Session], builtin_library: Library, dialogs: FakeDialogs, clock: FixedClock
) -> None:
    library = LibraryService(sessions, clock=clock)
    library.sync_builtins(builtin_library)
    generate_demo(sessions, library.list_exercises(), years=1, clock=clock)
    couples = CoupleService(sessions)
    couple = couples.get()
    assert couple is not None
    before = couple.levels[Track.TALK]
    events = AppEvents()
    page = ProgressPage(events, dialogs, clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.attach(
        ProgressService(sessions, clock=clock), SessionService(sessions, clock=clock, kdf=TEST_KDF), library, couple
    )
    page.show()
    talk = page.levels_panel.panels[Track.TALK]
    # The engine's offer is on screen: each partner can answer privately.
    assert f"level {before + 1}" in talk.ready_label.text()
    assert all(button.isVisibleTo(page) for button in talk.answer_buttons)

    # Each partner answers privately, then they confirm together.
    dialogs.script("answer_ready", True, True)
    for button in talk.answer_buttons:
        button.click()
    assert talk.move_up_button.isVisibleTo(page)
    dialogs.script("confirm", True)
    events.couple_changed.connect(lambda: page.set_couple(couples.get()))  # type: ignore[arg-type]
    talk.move_up_button.click()
    after = couples.get()
    assert after is not None and after.levels[Track.TALK] == before + 1
