"""Reflecting after a session: each partner in turn, a shared or private note, passphrases asked only when needed."""

from __future__ import annotations

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
from repairplanner.ui.session.reflection_dialog import ReflectionRequest
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.week.plan_commands import PlanEditor

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

KEPT_NOTE = "Your note is still here. Keep it shared, or set a passphrase to keep it private."
KEPT_PRIVATE = "Your note is still here. Type your passphrase to keep it private, or choose Shared."
STILL_HERE = "Your note is still here."
UNLOCK_TITLE = "Private note"


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
            expected = {c.partner_id: c.expected_distress for c in self._sessions.check_ins(session.id)}
        except UserFacingError as error:
            self._dialogs.warn(self._parent, "Reflection", error.message)
            return False
        title = exercise.title if exercise else "session"
        saved = False
        for partner in couple.partners:
            if session.solo_partner_id is not None and partner.id != session.solo_partner_id:
                continue  # a solo session: only its partner reflects
            previous: Reflection | ReflectionDraft | None = earlier.get(partner.id)
            if previous is not None and previous.note is None:
                previous = self._unlocked(session.id, partner)
                if previous is None:
                    continue
            request = ReflectionRequest(
                session.id, partner, couple.other(partner.id), title, previous, expected.get(partner.id)
            )
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
                self._sessions.save_reflection(draft, passphrase=passphrase)
            except UserFacingError as error:
                problem = f"{STILL_HERE} {error.message}"
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
            return passphrase, "" if passphrase is not None else KEPT_PRIVATE
        passphrase = self._dialogs.new_passphrase(self._parent, partner.name, other.name)
        if passphrase is None:
            return None, KEPT_NOTE
        try:
            self._sessions.set_passphrase(partner.id, passphrase)
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
            from repairplanner.crypto.keys import WrongPassphraseError

            try:
                key = self._sessions.unlock(partner.id, passphrase)
                mine = self._sessions.reflections(session_id, {partner.id: key})
            except WrongPassphraseError as error:
                self._dialogs.warn(self._parent, UNLOCK_TITLE, error.message)
                continue
            except UserFacingError as error:
                # A damaged key or note: another passphrase would not help, so leave this reflection as it is.
                self._dialogs.warn(self._parent, UNLOCK_TITLE, error.message)
                return None
            return next((r for r in mine if r.partner_id == partner.id), None)
