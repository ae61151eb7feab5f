"""What the couple typed shows as typed: markup in a name, a title or a note is never read as rich text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import NoteVisibility, ReflectionDraft, SessionDraft
from repairplanner.core.library import Library
from repairplanner.services.library import LibraryService
from repairplanner.ui.library.exercise_details import exercise_html
from repairplanner.ui.notes.notes_panel import notes_html
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.plain_text import html_text, plain_label
from repairplanner.ui.shell.main_window import MainWindow
from tests.helpers import FakeDialogs, set_working_levels

NAME = "<b>Ana</b>"
TITLE = "<i>Our walk</i>"
NOTE = "It felt <u>kind</u> & calm"


def test_a_plain_label_shows_markup_literally(qtbot: QtBot) -> None:
    label = plain_label(NAME)
    qtbot.addWidget(label)
    assert label.textFormat() is Qt.TextFormat.PlainText and label.text() == NAME
    assert html_text("a <b>\nb") == "a &lt;b&gt;<br>b"


def test_markup_in_a_name_a_title_and_a_note_shows_as_typed_everywhere(
    qtbot: QtBot,
    sessions: sessionmaker[Session],
    builtin_library: Library,
    clock: FixedClock,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    services = build_services(sessions, clock=clock)
    couple = services.couple.create(CoupleSetup(PartnerDraft(NAME), PartnerDraft("Bo"), "<s>pause</s>"))
    set_working_levels(sessions, (couple.partners[0].id, couple.partners[1].id), talk=1, touch=1)
    talk = next(e for e in services.library.list_exercises() if e.id == "talk-1-daily-check-in")
    ours = services.library.create_custom(dataclasses.replace(talk, title=TITLE))
    today = clock.today()
    session = services.plan.add_session(SessionDraft(today, ours.id, 10, note=NOTE))
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppEvents(), dialogs, settings, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.attach(services)
    for page in range(window.pages.count()):
        window.show_page(page)

    labels = [label for label in window.findChildren(QLabel) if "<" in label.text()]
    shown = {label.text() for label in labels}
    # The name, the title and the note all reached the screen, each as plain text.
    assert any(NAME in text for text in shown) and any(TITLE in text for text in shown)
    assert any(NOTE in text for text in shown)
    rich = [label.text() for label in labels if label.textFormat() is not Qt.TextFormat.PlainText]
    assert rich == []

    # HTML documents (the exercise details, the notes panel) escape what the couple wrote.
    details = exercise_html(services.library.get(ours.id), 1)
    assert "&lt;i&gt;Our walk&lt;/i&gt;" in details and TITLE not in details
    services.sessions.set_consent(session.id, couple.partners[0].id, True)
    services.sessions.set_consent(session.id, couple.partners[1].id, True)
    reflection = ReflectionDraft(session.id, couple.partners[0].id, 2, 8, 7, False, True, NoteVisibility.SHARED, NOTE)
    services.sessions.save_reflection(reflection)
    history = services.progress.history(today - dt.timedelta(days=7), today)
    document = notes_html(history.shared_notes, {p.id: p.name for p in couple.partners})
    assert "It felt &lt;u&gt;kind&lt;/u&gt; &amp; calm" in document and "&lt;b&gt;Ana&lt;/b&gt;" in document
    window.close()
