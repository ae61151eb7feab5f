"""Reflecting after a session: each partner in turn, a shared or private note, passphrases asked only when needed."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from repairplanner.core.couple import Couple
from repairplanner.core.entities import (
    Exercise,
    NoteVisibility,
    Partner,
    PlannedSession,
    Reflection,
    ReflectionDraft,
    SessionStatus,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.session.reflection_dialog import ReflectionRequest
from repairplanner.ui.shared.busy import run_off_gui_thread
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.week.plan_commands import PlanEditor

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

SEALING = QT_TRANSLATE_NOOP("ReflectionFlow", "Keeping your note private…")
OPENING = QT_TRANSLATE_NOOP("ReflectionFlow", "Opening your private note…")
KEPT_NOTE = QT_TRANSLATE_NOOP(
    "ReflectionFlow", "Your note is still here. Keep it shared, or set a passphrase to keep it private."
)
KEPT_PRIVATE = QT_TRANSLATE_NOOP(
    "ReflectionFlow", "Your note is still here. Type your passphrase to keep it private, or choose Shared."
)
UNLOCK_TITLE = QT_TRANSLATE_NOOP("ReflectionFlow", "Private note")


class ReflectionFlow:
    """Asks each partner for a reflection; a private note is sealed with that partner's passphrase and nothing is lost
    on the way: a wrong passphrase or a damaged key brings the reflection back with its text and a kind word."""

    def __init__(
        self,
        sessions: SessionService,
        editor: PlanEditor,
        dialogs: DialogService,
        events: AppEvents,
        parent: QWidget,
    ) -> None:
        self._sessions = sessions
        self._editor = editor
        self._dialogs = dialogs
        self._events = events
        self._parent = parent

    def reflect(self, session: PlannedSession, exercise: Exercise | None, couple: Couple, *, finishing: bool) -> bool:
        """Each partner reflects in turn (or skips); a session being finished is marked done either way."""
        try:
            earlier = {r.partner_id: r for r in self._sessions.reflections(session.id)}
        except UserFacingError as error:
            self._dialogs.warn(self._parent, translate("ReflectionFlow", "Reflection"), error.message)
            return False
        title = exercise.title if exercise else translate("ReflectionFlow", "session")
        saved = False
        # A solo session is reflected on by its one partner only.
        partners = [p for p in couple.partners if session.solo_partner_id in (None, p.id)]
        for partner in partners:
            previous: Reflection | ReflectionDraft | None = earlier.get(partner.id)
            if previous is not None and previous.note is None:
                previous = self._unlocked(session.id, partner)
                if previous is None:
                    continue
            request = ReflectionRequest(session.id, partner, couple.other(partner.id), title, previous)
            saved = self._reflect_one(request) or saved
        if saved:
            self._events.reflection_saved.emit()
            self._events.plan_changed.emit()
        elif finishing and session.status is SessionStatus.PLANNED:
            self._editor.set_status(session, SessionStatus.DONE, title)
        return saved

    def _reflect_one(self, request: ReflectionRequest) -> bool:
        """Ask until the reflection is saved or skipped; every retry keeps what was written."""
        partner = request.partner
        while True:
            draft = self._dialogs.reflect(self._parent, request)
            if draft is None:
                return False
            passphrase: str | None = None
            if draft.visibility is NoteVisibility.PRIVATE and draft.note.strip():
                passphrase, problem = self._passphrase_for(partner, request.other)
                if passphrase is None:
                    request = ReflectionRequest(
                        request.session_id, partner, request.other, request.exercise_title, draft, problem=problem
                    )
                    continue
            try:
                save = self._sessions.save_reflection
                if passphrase is None:
                    save(draft, passphrase=None)
                else:  # sealing derives the key from the passphrase: slow by design, so off the GUI thread
                    sealing = translate("ReflectionFlow", SEALING)
                    run_off_gui_thread(self._parent, sealing, partial(save, draft, passphrase=passphrase))
            except UserFacingError as error:
                problem = translate("ReflectionFlow", "Your note is still here. {problem}").format(
                    problem=error.message
                )
                request = ReflectionRequest(
                    request.session_id, partner, request.other, request.exercise_title, draft, problem=problem
                )
                continue
            return True

    def _passphrase_for(self, partner: Partner, other: Partner) -> tuple[str | None, str]:
        """The passphrase to seal with (set now if this is the partner's first private note), or None and why."""
        try:
            has_one = self._sessions.has_passphrase(partner.id)
        except UserFacingError as error:
            return None, error.message
        if has_one:
            passphrase = self._dialogs.seal_passphrase(self._parent, partner.name)
            return passphrase, "" if passphrase is not None else translate("ReflectionFlow", KEPT_PRIVATE)
        passphrase = self._dialogs.new_passphrase(self._parent, partner.name, other.name)
        if passphrase is None:
            return None, translate("ReflectionFlow", KEPT_NOTE)
        try:
            sealing = translate("ReflectionFlow", SEALING)
            run_off_gui_thread(self._parent, sealing, lambda: self._sessions.set_passphrase(partner.id, passphrase))
        except UserFacingError as error:
            return None, error.message
        return passphrase, ""

    def _unlocked(self, session_id: int, partner: Partner) -> Reflection | None:
        """The partner's earlier reflection with its private note opened, so changing it never loses the note."""
        while True:
            passphrase = self._dialogs.ask_passphrase(self._parent, partner.name)
            if passphrase is None:
                return None
            # Loaded with the services already; importing it here keeps the week page's start-up light.
            from repairplanner.core.passphrase import WrongPassphraseError

            try:
                opening = translate("ReflectionFlow", OPENING)
                key = run_off_gui_thread(self._parent, opening, partial(self._sessions.unlock, partner.id, passphrase))
                mine = self._sessions.reflections(session_id, {partner.id: key})
            except WrongPassphraseError as error:
                self._dialogs.warn(self._parent, translate("ReflectionFlow", UNLOCK_TITLE), error.message)
                continue
            except UserFacingError as error:
                # A damaged key or note: another passphrase would not help, so leave this reflection as it is.
                self._dialogs.warn(self._parent, translate("ReflectionFlow", UNLOCK_TITLE), error.message)
                return None
            return next((r for r in mine if r.partner_id == partner.id), None)
