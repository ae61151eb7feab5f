"""Reflection notes by week: the shared ones for both, and one partner's private ones after they unlock them."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from repairplanner.core.dates import long_day_text, week_range_text
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.busy import run_off_gui_thread
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.progress import NoteEntry, ProgressService
    from repairplanner.services.sessions import SessionService

NO_SHARED_NOTES = QT_TRANSLATE_NOOP(
    "SharedNotesView", "Shared notes from your reflections will appear here, week by week."
)
NO_PRIVATE_NOTES = QT_TRANSLATE_NOOP("PrivateNotesPanel", "There are no private notes in this stretch of time.")
LOCKED = QT_TRANSLATE_NOOP(
    "PrivateNotesPanel", "Private notes are locked. Each of you can open your own with your passphrase."
)


def notes_html(entries: Sequence[NoteEntry], names: Mapping[int, str], *, show_names: bool = True) -> str:
    """Notes grouped by week, newest first, each with its day, exercise and (optionally) its writer."""
    ordered = sorted(entries, key=lambda n: (n.week_start, n.day), reverse=True)
    parts = []
    for week, notes in groupby(ordered, key=lambda n: n.week_start):
        parts.append(f"<h3>{html.escape(week_range_text(week))}</h3>")
        for note in notes:
            about = [long_day_text(note.day), note.exercise_title]
            if show_names:
                about.append(names.get(note.partner_id, ""))
            heading = " · ".join(html.escape(part) for part in about if part)
            text = html.escape(note.text).replace("\n", "<br>")
            parts.append(f"<p><b>{heading}</b><br>{text}</p>")
    return "".join(parts)


class SharedNotesView(QTextBrowser):
    """Shared reflection notes by week, for both partners to read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("SharedNotesView", "Shared notes by week"))
        self.setOpenLinks(False)
        self.setPlaceholderText(translate("SharedNotesView", NO_SHARED_NOTES))

    def show_notes(self, entries: Sequence[NoteEntry], couple: Couple) -> None:
        """Show `entries`, newest week first."""
        self.setHtml(notes_html(entries, {p.id: p.name for p in couple.partners}))


class PrivateNotesPanel(QWidget):
    """Opens one partner's private notes with their passphrase, for as long as they stay on the page."""

    def __init__(self, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._sessions: SessionService | None = None
        self._progress: ProgressService | None = None
        self._couple: Couple | None = None
        self._range = (dt.date.min, dt.date.min)  # none yet: the page sets the range it shows
        self._open_for: int | None = None
        self._build_ui()
        self._connect_signals()
        self.lock()

    def _build_ui(self) -> None:
        self.unlock_buttons: list[QPushButton] = [QPushButton(), QPushButton()]
        self.lock_button = QPushButton(translate("PrivateNotesPanel", "&Lock private notes"))
        self.lock_button.setAccessibleName(translate("PrivateNotesPanel", "Lock private notes"))
        self.title_label = plain_label()
        self.title_label.setWordWrap(True)
        self.notes_view = QTextBrowser()
        self.notes_view.setOpenLinks(False)
        self.notes_view.setAccessibleName(translate("PrivateNotesPanel", "Private notes"))
        # Two rows keep the notes column narrow enough for the charts beside it.
        buttons = QGridLayout()
        for column, button in enumerate(self.unlock_buttons):
            buttons.addWidget(button, 0, column)
        buttons.addWidget(self.lock_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.title_label)
        layout.addWidget(self.notes_view, 1)

    def _connect_signals(self) -> None:
        for seat, button in enumerate(self.unlock_buttons):
            button.clicked.connect(lambda _checked=False, s=seat: self._on_unlock_button_clicked(s))
        self.lock_button.clicked.connect(self.lock)

    def attach(self, sessions: SessionService, progress: ProgressService, couple: Couple) -> None:
        """Use these services for unlocking and reading."""
        self._sessions = sessions
        self._progress = progress
        self.set_couple(couple)

    def set_couple(self, couple: Couple) -> None:
        """Name the buttons after the partners; any open notes are locked."""
        self.lock()
        self._couple = couple
        for button, partner in zip(self.unlock_buttons, couple.partners, strict=True):
            button.setText(translate("PrivateNotesPanel", "{name}'s private notes…").format(name=partner.name))
            button.setAccessibleName(
                translate("PrivateNotesPanel", "Show {name}'s private notes").format(name=partner.name)
            )

    def set_range(self, start: dt.date, end: dt.date) -> None:
        """The dates the notes come from; open notes are locked, to be opened again for the new range."""
        if (start, end) != self._range:
            self.lock()
        self._range = (start, end)

    def is_unlocked(self) -> bool:
        """Whether someone's private notes are on screen."""
        return self._open_for is not None

    def unlock(self, seat: int) -> bool:
        """Ask the partner in `seat` (0 or 1) for their passphrase and show their notes; False if not opened."""
        if self._sessions is None or self._progress is None or self._couple is None:
            return False
        self.lock()
        partner = self._couple.partners[seat]
        if not self._sessions.has_passphrase(partner.id):
            self._dialogs.inform(
                self,
                translate("PrivateNotesPanel", "Private notes"),
                translate(
                    "PrivateNotesPanel",
                    "There are no private notes yet, {name}. When you keep a reflection private, "
                    "it will be here for you alone.",
                ).format(name=partner.name),
            )
            return False
        passphrase = self._dialogs.ask_passphrase(self, partner.name)
        if passphrase is None:
            return False
        # Neither the passphrase nor the key is kept: once locked, nothing is left to reopen the notes with.
        try:
            sessions = self._sessions
            key = run_off_gui_thread(
                self,
                translate("PrivateNotesPanel", "Opening your private notes…"),
                lambda: sessions.unlock(partner.id, passphrase),
            )
            entries = self._progress.private_notes(partner.id, key, *self._range)
        except UserFacingError as error:
            self._dialogs.warn(self, translate("PrivateNotesPanel", "Private notes"), error.message)
            return False
        self._open_for = partner.id
        self.title_label.setText(
            translate("PrivateNotesPanel", "{name}'s private notes. They lock again when you leave this page.").format(
                name=partner.name
            )
        )
        self.notes_view.setPlaceholderText(translate("PrivateNotesPanel", NO_PRIVATE_NOTES))
        self.notes_view.setHtml(notes_html(entries, {}, show_names=False))
        self.lock_button.setEnabled(True)
        return True

    def lock(self) -> None:
        """Clear any private notes from the screen and drop them."""
        self._open_for = None
        self.notes_view.clear()
        self.notes_view.document().clearUndoRedoStacks()
        self.notes_view.setPlaceholderText(translate("PrivateNotesPanel", "Locked"))
        self.title_label.setText(translate("PrivateNotesPanel", LOCKED))
        self.lock_button.setEnabled(False)

    def _on_unlock_button_clicked(self, seat: int) -> None:
        self.unlock(seat)
