"""Reflections and the passphrases that seal private notes: the part of a session's life that comes after it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.entities import NoteVisibility, Reflection, ReflectionDraft, SessionStatus
from repairplanner.core.i18n import translate
from repairplanner.core.limits import PASSPHRASE_MAX, check_text
from repairplanner.core.session_rules import may_reflect
from repairplanner.crypto.keys import KdfParams, change_passphrase, create_key_record, unlock
from repairplanner.crypto.sealing import reseal_note, seal_note
from repairplanner.db.schema import PartnerKeyRow, ReflectionRow
from repairplanner.db.wal import clear_wal, is_pending
from repairplanner.services.session_facts import (
    SessionError,
    check_solo_partner,
    live_session,
    read_facts,
    refuse_unless,
)
from repairplanner.services.session_rows import key_row, partner_key, reflection_from_row
from repairplanner.services.storage import transaction

NOTE_MAX = 4000


class SessionNotes:
    """SessionService's reflections and passphrases (SessionService is the one class callers use)."""

    _sessions: sessionmaker[Session]
    _clock: Clock
    _kdf: KdfParams

    # --- reflections ---------------------------------------------------------------------------------------------

    def save_reflection(self, draft: ReflectionDraft, *, passphrase: str | None = None) -> Reflection:
        """Store a partner's reflection; a private note is sealed with their key and never stored as text."""
        # The characters (core.limits); the length, after trimming, is checked just below.
        check_text(draft.note.strip()[: NOTE_MAX + 1], "note", NOTE_MAX + 1)
        for value in (draft.peak_distress, draft.felt_safe, draft.felt_close):
            if not 0 <= value <= 10:
                raise SessionError(translate("SessionService", "Each rating goes from 0 to 10."))
        note = draft.note.strip()
        if len(note) > NOTE_MAX:
            raise SessionError(
                translate("SessionService", "Please keep a note under {count} characters.").format(count=NOTE_MAX)
            )
        had_plain_text = False
        with transaction(self._sessions) as s:
            session_row = live_session(s, draft.session_id)
            check_solo_partner(session_row, draft.partner_id)
            refuse_unless(may_reflect(read_facts(s, self._clock, session_row)))
            sealed = None
            if draft.visibility is NoteVisibility.PRIVATE and note:
                key = self._unlock(s, draft.partner_id, passphrase)
                sealed = seal_note(key, note, session_id=draft.session_id, partner_id=draft.partner_id)
            row = s.scalar(
                select(ReflectionRow).where(
                    ReflectionRow.session_id == draft.session_id, ReflectionRow.partner_id == draft.partner_id
                )
            )
            if row is None:
                row = ReflectionRow(session_id=draft.session_id, partner_id=draft.partner_id)
                s.add(row)
            had_plain_text = bool(row.note)
            row.peak_distress = draft.peak_distress
            row.felt_safe = draft.felt_safe
            row.felt_close = draft.felt_close
            row.used_stop_signal = draft.used_stop_signal
            row.would_repeat = draft.would_repeat
            row.visibility = draft.visibility.value
            row.note = note if draft.visibility is NoteVisibility.SHARED else None
            row.sealed_note = sealed
            row.updated_at = self._clock.stamp()
            if session_row.status == SessionStatus.PLANNED.value:
                session_row.status = SessionStatus.DONE.value
            s.flush()
            saved = Reflection(
                row.session_id,
                row.partner_id,
                row.peak_distress,
                row.felt_safe,
                row.felt_close,
                row.used_stop_signal,
                row.would_repeat,
                draft.visibility,
                note,  # the writer sees what they just wrote, private or not
                row.updated_at,
            )
        if had_plain_text and draft.visibility is NoteVisibility.PRIVATE:
            # secure_delete cleans the database file; the WAL still holds the old page until it is checkpointed.
            # A reader elsewhere can hold it back: then it is owed, and finished at close or the next start.
            with self._sessions() as s:
                clear_wal(s.connection())
        return saved

    def old_text_pending(self) -> bool:
        """Whether the old text of a note made private may still be in the WAL (another program was reading)."""
        return is_pending(Path(str(self._sessions.kw["bind"].url.database)))

    def reflections(self, session_id: int, keys: Mapping[int, bytes] | None = None) -> list[Reflection]:
        """A session's reflections; a private note is read only with its owner's unlocked key (else None)."""
        keys = keys or {}
        with transaction(self._sessions) as s:
            rows = s.scalars(select(ReflectionRow).where(ReflectionRow.session_id == session_id))
            return [reflection_from_row(r, keys.get(r.partner_id)) for r in rows]

    def reflected(self, session_ids: Iterable[int]) -> dict[int, frozenset[int]]:
        """Who has reflected on each of these sessions (never what they wrote), read at once for a week's cards."""
        ids = list(session_ids)
        found: dict[int, set[int]] = {sid: set() for sid in ids}
        with transaction(self._sessions) as s:
            rows = s.execute(
                select(ReflectionRow.session_id, ReflectionRow.partner_id).where(ReflectionRow.session_id.in_(ids))
            )
            for session_id, partner_id in rows:
                found[session_id].add(partner_id)
        return {sid: frozenset(partners) for sid, partners in found.items()}

    # --- passphrases ---------------------------------------------------------------------------------------------

    def has_passphrase(self, partner_id: int) -> bool:
        """Whether this partner has set the passphrase that seals their private notes."""
        with transaction(self._sessions) as s:
            return s.get(PartnerKeyRow, partner_id) is not None

    def set_passphrase(self, partner_id: int, passphrase: str) -> None:
        """Set a partner's passphrase the first time they keep a note private."""
        check_text(passphrase, "passphrase", PASSPHRASE_MAX, multiline=False)
        with transaction(self._sessions) as s:
            if s.get(PartnerKeyRow, partner_id) is not None:
                raise SessionError(translate("SessionService", "A passphrase is already set; change it instead."))
            record, _key = create_key_record(passphrase, partner_id=partner_id, params=self._kdf)
            s.add(key_row(record))

    def unlock(self, partner_id: int, passphrase: str) -> bytes:
        """The partner's note key for this sitting; WrongPassphraseError when the passphrase does not fit."""
        with transaction(self._sessions) as s:
            return self._unlock(s, partner_id, passphrase)

    def change_passphrase(self, partner_id: int, old: str, new: str) -> int:
        """Replace the passphrase and re-seal every private note in one transaction; returns how many."""
        check_text(new, "passphrase", PASSPHRASE_MAX, multiline=False)
        with transaction(self._sessions) as s:
            row = s.get(PartnerKeyRow, partner_id)
            if row is None:
                raise SessionError(translate("SessionService", "There is no passphrase to change yet."))
            record, old_key, new_key = change_passphrase(partner_key(row), old, new, params=self._kdf)
            sealed = ReflectionRow.sealed_note.isnot(None)
            notes = s.scalars(select(ReflectionRow).where(ReflectionRow.partner_id == partner_id, sealed)).all()
            for note in notes:
                assert note.sealed_note is not None
                note.sealed_note = reseal_note(
                    old_key, new_key, note.sealed_note, session_id=note.session_id, partner_id=partner_id
                )
            s.delete(row)
            s.flush()
            s.add(key_row(record))
            return len(notes)

    def _unlock(self, s: Session, partner_id: int, passphrase: str | None) -> bytes:
        row = s.get(PartnerKeyRow, partner_id)
        if row is None:
            raise SessionError(
                translate(
                    "SessionService",
                    "Set a passphrase first; it keeps your private notes readable by you alone.",
                )
            )
        if passphrase is None:
            raise SessionError(translate("SessionService", "Your passphrase is needed to keep this note private."))
        return unlock(partner_key(row), passphrase)
