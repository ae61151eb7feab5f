"""One session's life: each partner's consent, the check-in, starting, and the reflections afterwards."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.entities import (
    CheckIn,
    Light,
    NoteVisibility,
    PlannedSession,
    Reflection,
    ReflectionDraft,
    SessionStatus,
    Track,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import Advice, PreSessionAdvice, pre_session_advice
from repairplanner.core.limits import PASSPHRASE_MAX, check_text
from repairplanner.crypto.keys import CURRENT_KDF, KdfParams, PartnerKey, change_passphrase, create_key_record, unlock
from repairplanner.crypto.sealing import open_note, reseal_note, seal_note
from repairplanner.db.schema import (
    CheckInRow,
    ConsentEventRow,
    ExerciseRow,
    PartnerKeyRow,
    PartnerRow,
    PauseRow,
    PlannedSessionRow,
    ReflectionRow,
    utcnow,
)
from repairplanner.db.wal import clear_wal, is_pending
from repairplanner.services.plan import session_in_its_week

NOTE_MAX = 4000


class SessionError(UserFacingError):
    """A step in a session's life that cannot be taken now; the message says why, without blame."""


def check_in_from_row(row: CheckInRow) -> CheckIn:
    return CheckIn(row.session_id, row.partner_id, Light(row.light), row.expected_distress, row.at)


def _partner_key(row: PartnerKeyRow) -> PartnerKey:
    return PartnerKey(row.partner_id, row.kdf, row.kdf_version, dict(row.params), row.salt, row.verifier)


class SessionService:
    """Consent is data: every give and withdraw is logged; only a session both agreed to can start."""

    def __init__(self, sessions: sessionmaker[Session], *, kdf: KdfParams = CURRENT_KDF) -> None:
        self._sessions = sessions
        self._kdf = kdf

    # --- consent -------------------------------------------------------------------------------------------------

    def consents(self, session_ids: Iterable[int]) -> dict[int, dict[int, bool]]:
        """For each session, each partner's current consent (False until given)."""
        ids = list(session_ids)
        with self._sessions.begin() as s:
            partners = list(s.scalars(select(PartnerRow.id)))
            states = {sid: dict.fromkeys(partners, False) for sid in ids}
            events = s.scalars(
                select(ConsentEventRow)
                .where(ConsentEventRow.session_id.in_(ids))
                .order_by(ConsentEventRow.at, ConsentEventRow.id)
            )
            for event in events:
                states[event.session_id][event.partner_id] = event.given
            return states

    def set_consent(self, session_id: int, partner_id: int, given: bool) -> dict[int, bool]:
        """Give or withdraw one partner's consent to one session; logged with its time, no reason asked."""
        with self._sessions.begin() as s:
            row = self._live_session(s, session_id)
            if given and row.status != SessionStatus.PLANNED.value:
                raise SessionError("This session is already behind you; consent is for sessions still to come.")
            if self._consent_of(s, session_id, partner_id) != given:
                s.add(ConsentEventRow(session_id=session_id, partner_id=partner_id, given=given, at=utcnow()))
        return self.consents([session_id])[session_id]

    def decline_with_alternative(self, session_id: int, partner_id: int, exercise_id: str) -> PlannedSession:
        """'Not this — how about…?': decline this session and propose another exercise at the same time.

        The proposal is booked beside the declined session with the proposer's consent already given; the
        other partner decides on it like on any other session.
        """
        with self._sessions.begin() as s:
            row = self._live_session(s, session_id)
            proposed = s.get(ExerciseRow, exercise_id)
            if proposed is None or proposed.archived_at is not None:
                raise SessionError("That exercise is no longer in the library.")
            if exercise_id == row.exercise_id:
                raise SessionError("Please choose a different exercise to propose.")
            now = utcnow()
            s.add(
                ConsentEventRow(
                    session_id=session_id, partner_id=partner_id, given=False, proposed_exercise_id=exercise_id, at=now
                )
            )
            exercise = s.get(ExerciseRow, exercise_id)
            assert exercise is not None
            proposal = PlannedSessionRow(
                week_id=row.week_id,
                exercise_id=exercise_id,
                day=row.day,
                start_time=row.start_time,
                minutes=exercise.minutes,
                inviter_id=partner_id,
                note="",
                position=row.position,
            )
            s.add(proposal)
            s.flush()
            s.add(ConsentEventRow(session_id=proposal.id, partner_id=partner_id, given=True, at=now))
            return session_in_its_week(s, proposal)

    # --- check-in and start --------------------------------------------------------------------------------------

    def check_in(self, session_id: int, partner_id: int, light: Light, expected_distress: int) -> CheckIn:
        """Record (or replace) a partner's traffic light and expected distress before the session."""
        if not 0 <= expected_distress <= 10:
            raise SessionError("Expected distress goes from 0 (none) to 10 (the most you can imagine).")
        with self._sessions.begin() as s:
            self._agreed_session(s, session_id)
            row = s.scalar(
                select(CheckInRow).where(CheckInRow.session_id == session_id, CheckInRow.partner_id == partner_id)
            )
            if row is None:
                row = CheckInRow(session_id=session_id, partner_id=partner_id)
                s.add(row)
            row.light = light.value
            row.expected_distress = expected_distress
            row.at = utcnow()
            s.flush()
            return check_in_from_row(row)

    def check_ins(self, session_id: int) -> list[CheckIn]:
        """The check-ins made for a session so far."""
        with self._sessions.begin() as s:
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id).order_by(CheckInRow.id))
            return [check_in_from_row(r) for r in rows]

    def advice(self, session_id: int) -> PreSessionAdvice:
        """What the check-ins mean for starting this session (both green: go; yellow: lighter; red: no touch)."""
        with self._sessions.begin() as s:
            row = self._live_session(s, session_id)
            exercise = s.get(ExerciseRow, row.exercise_id)
            assert exercise is not None
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            check_ins = [check_in_from_row(r) for r in rows]
            return pre_session_advice(check_ins, Track(exercise.track), exercise.level)

    def start(self, session_id: int) -> PlannedSession:
        """Begin an agreed session after both checked in; a red light means no touch today."""
        advice = self.advice(session_id)
        with self._sessions.begin() as s:
            row = self._agreed_session(s, session_id)
            if row.status != SessionStatus.PLANNED.value:
                raise SessionError("This session is already behind you; plan it again to start it.")
            if s.scalar(select(PauseRow.id).where(PauseRow.ended_at.is_(None))) is not None:
                raise SessionError("Your plan is paused. Resume it together first; nothing is missed meanwhile.")
            if advice.kind is Advice.WAITING:
                raise SessionError("Each of you checks in first: a traffic light and how hard you expect it to be.")
            if advice.kind in (Advice.NO_TOUCH_TODAY, Advice.REST_OR_GENTLER_TALK):
                raise SessionError(advice.message)
            row.started_at = row.started_at or utcnow()
            return session_in_its_week(s, row)

    def set_status(self, session_id: int, status: SessionStatus) -> PlannedSession:
        """Mark a session done, skipped or paused (or planned again); none of these counts against anyone."""
        with self._sessions.begin() as s:
            row = self._live_session(s, session_id)
            row.status = status.value
            return session_in_its_week(s, row)

    # --- reflections ---------------------------------------------------------------------------------------------

    def save_reflection(self, draft: ReflectionDraft, *, passphrase: str | None = None) -> Reflection:
        """Store a partner's reflection; a private note is sealed with their key and never stored as text."""
        # The characters (core.limits); the length, after trimming, is checked just below.
        check_text(draft.note.strip()[: NOTE_MAX + 1], "note", NOTE_MAX + 1)
        for value in (draft.peak_distress, draft.felt_safe, draft.felt_close):
            if not 0 <= value <= 10:
                raise SessionError("Each rating goes from 0 to 10.")
        note = draft.note.strip()
        if len(note) > NOTE_MAX:
            raise SessionError(f"Please keep a note under {NOTE_MAX} characters.")
        had_plain_text = False
        with self._sessions.begin() as s:
            session_row = self._live_session(s, draft.session_id)
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
            row.updated_at = utcnow()
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
        with self._sessions.begin() as s:
            rows = s.scalars(select(ReflectionRow).where(ReflectionRow.session_id == session_id))
            return [reflection_from_row(r, keys.get(r.partner_id)) for r in rows]

    # --- passphrases ---------------------------------------------------------------------------------------------

    def has_passphrase(self, partner_id: int) -> bool:
        """Whether this partner has set the passphrase that seals their private notes."""
        with self._sessions.begin() as s:
            return s.get(PartnerKeyRow, partner_id) is not None

    def set_passphrase(self, partner_id: int, passphrase: str) -> None:
        """Set a partner's passphrase the first time they keep a note private."""
        check_text(passphrase, "passphrase", PASSPHRASE_MAX, multiline=False)
        with self._sessions.begin() as s:
            if s.get(PartnerKeyRow, partner_id) is not None:
                raise SessionError("A passphrase is already set; change it instead.")
            record, _key = create_key_record(passphrase, partner_id=partner_id, params=self._kdf)
            s.add(_key_row(record))

    def unlock(self, partner_id: int, passphrase: str) -> bytes:
        """The partner's note key for this sitting; WrongPassphraseError when the passphrase does not fit."""
        with self._sessions.begin() as s:
            return self._unlock(s, partner_id, passphrase)

    def change_passphrase(self, partner_id: int, old: str, new: str) -> int:
        """Replace the passphrase and re-seal every private note in one transaction; returns how many."""
        check_text(new, "passphrase", PASSPHRASE_MAX, multiline=False)
        with self._sessions.begin() as s:
            row = s.get(PartnerKeyRow, partner_id)
            if row is None:
                raise SessionError("There is no passphrase to change yet.")
            record, old_key, new_key = change_passphrase(_partner_key(row), old, new, params=self._kdf)
            sealed = ReflectionRow.sealed_note.isnot(None)
            notes = s.scalars(select(ReflectionRow).where(ReflectionRow.partner_id == partner_id, sealed)).all()
            for note in notes:
                assert note.sealed_note is not None
                note.sealed_note = reseal_note(
                    old_key, new_key, note.sealed_note, session_id=note.session_id, partner_id=partner_id
                )
            s.delete(row)
            s.flush()
            s.add(_key_row(record))
            return len(notes)

    # --- helpers -------------------------------------------------------------------------------------------------

    def _unlock(self, s: Session, partner_id: int, passphrase: str | None) -> bytes:
        row = s.get(PartnerKeyRow, partner_id)
        if row is None:
            raise SessionError("Set a passphrase first; it keeps your private notes readable by you alone.")
        if passphrase is None:
            raise SessionError("Your passphrase is needed to keep this note private.")
        return unlock(_partner_key(row), passphrase)

    @staticmethod
    def _consent_of(s: Session, session_id: int, partner_id: int) -> bool:
        latest = s.scalar(
            select(ConsentEventRow.given)
            .where(ConsentEventRow.session_id == session_id, ConsentEventRow.partner_id == partner_id)
            .order_by(ConsentEventRow.at.desc(), ConsentEventRow.id.desc())
            .limit(1)
        )
        return bool(latest)

    @staticmethod
    def _live_session(s: Session, session_id: int) -> PlannedSessionRow:
        row = s.get(PlannedSessionRow, session_id)
        if row is None or row.removed_at is not None:
            raise SessionError("That session is no longer in the plan.")
        return row

    def _agreed_session(self, s: Session, session_id: int) -> PlannedSessionRow:
        row = self._live_session(s, session_id)
        partners = list(s.scalars(select(PartnerRow.id)))
        if not partners or not all(self._consent_of(s, session_id, p) for p in partners):
            raise SessionError("A session starts only when both of you have ticked your consent for it.")
        return row


def reflection_from_row(row: ReflectionRow, key: bytes | None) -> Reflection:
    """The core dataclass; a private note is opened with `key` or left as None (locked)."""
    visibility = NoteVisibility(row.visibility)
    if visibility is NoteVisibility.SHARED:
        note: str | None = row.note or ""
    elif row.sealed_note is None:
        note = ""
    elif key is None:
        note = None
    else:
        note = open_note(key, row.sealed_note, session_id=row.session_id, partner_id=row.partner_id)
    return Reflection(
        row.session_id,
        row.partner_id,
        row.peak_distress,
        row.felt_safe,
        row.felt_close,
        row.used_stop_signal,
        row.would_repeat,
        visibility,
        note,
        row.updated_at,
    )


def _key_row(record: PartnerKey) -> PartnerKeyRow:
    return PartnerKeyRow(
        partner_id=record.partner_id,
        kdf=record.kdf,
        kdf_version=record.kdf_version,
        params=record.params,
        salt=record.salt,
        verifier=record.verifier,
    )
