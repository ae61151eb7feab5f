"""One session's life: each partner's consent, the check-in, starting, and the reflections afterwards."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.check_in_rules import (
    CheckInTurn,
    consented_today,
    required_partners,
    someone_said_not_today,
    turn_order,
)
from repairplanner.core.clock import Clock
from repairplanner.core.entities import (
    CheckIn,
    Light,
    NoteVisibility,
    PlannedSession,
    Reflection,
    ReflectionDraft,
    SessionStatus,
    Track,
    YellowChoice,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import Advice, PreSessionAdvice, not_today_advice, pre_session_advice
from repairplanner.core.limits import PASSPHRASE_MAX, check_text
from repairplanner.core.session_rules import (
    RESTING,
    PauseSpan,
    SessionFacts,
    Verdict,
    may_check_in,
    may_consent,
    may_decline,
    may_reflect,
    may_start,
    may_withdraw,
    red_touch_days,
)
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
)
from repairplanner.db.wal import clear_wal, is_pending
from repairplanner.services.library import exercise_from_row
from repairplanner.services.plan import PlanError, check_booking, check_pace, session_in_its_week, working_levels_in
from repairplanner.services.storage import transaction

NOTE_MAX = 4000


class SessionError(UserFacingError):
    """A step in a session's life that cannot be taken now; the message says why, without blame."""


SOLO_ONLY = "This session is for one of you alone; only they give consent, check in and reflect on it."


def check_solo_partner(row: PlannedSessionRow, partner_id: int) -> None:
    """Refuse another partner's consent, check-in or reflection on a solo session (planned for one partner)."""
    if row.solo_partner_id is not None and partner_id != row.solo_partner_id:
        raise SessionError(SOLO_ONLY)


def session_partners(s: Session, row: PlannedSessionRow) -> list[int]:
    """The partners whose consent a session needs: both, or the one partner of a solo session."""
    if row.solo_partner_id is not None:
        return [row.solo_partner_id]
    return list(s.scalars(select(PartnerRow.id)))


def check_in_from_row(row: CheckInRow) -> CheckIn:
    choice = YellowChoice(row.yellow_choice) if row.yellow_choice else None
    return CheckIn(row.session_id, row.partner_id, Light(row.light), row.expected_distress, row.at, choice)


def _partner_key(row: PartnerKeyRow) -> PartnerKey:
    return PartnerKey(row.partner_id, row.kdf, row.kdf_version, dict(row.params), row.salt, row.verifier)


class SessionService:
    """Consent is data: every give and withdraw is logged; only a session both agreed to can start."""

    def __init__(self, sessions: sessionmaker[Session], *, clock: Clock, kdf: KdfParams = CURRENT_KDF) -> None:
        self._sessions = sessions
        self._clock = clock
        self._kdf = kdf

    # --- the rules' facts ----------------------------------------------------------------------------------------

    def facts(self, session_ids: Iterable[int]) -> dict[int, SessionFacts]:
        """What the session rules (core.session_rules) need to know about each live session, read in one snapshot."""
        ids = list(session_ids)
        with transaction(self._sessions) as s:
            return {sid: self._facts(s, row) for sid in ids if (row := s.get(PlannedSessionRow, sid)) is not None}

    def pause_spans(self) -> list[PauseSpan]:
        """Every pause, as the local days it covers (core.session_rules.day_is_paused reads them)."""
        with transaction(self._sessions) as s:
            return [
                PauseSpan(
                    self._clock.local_date(row.started_at),
                    self._clock.local_date(row.ended_at) if row.ended_at else None,
                )
                for row in s.scalars(select(PauseRow).order_by(PauseRow.started_at))
            ]

    def is_paused(self) -> bool:
        """Whether the whole plan is resting now."""
        with transaction(self._sessions) as s:
            return _paused(s)

    # --- consent -------------------------------------------------------------------------------------------------

    def consents(self, session_ids: Iterable[int]) -> dict[int, dict[int, bool]]:
        """For each session, each partner's current consent (False until given)."""
        ids = list(session_ids)
        with transaction(self._sessions) as s:
            partners = list(s.scalars(select(PartnerRow.id)))
            solo_rows = s.execute(
                select(PlannedSessionRow.id, PlannedSessionRow.solo_partner_id).where(
                    PlannedSessionRow.id.in_(ids), PlannedSessionRow.solo_partner_id.isnot(None)
                )
            )
            solo = {sid: pid for sid, pid in solo_rows if pid is not None}
            # A solo session has one box: its partner's.
            states = {sid: dict.fromkeys([solo[sid]] if sid in solo else partners, False) for sid in ids}
            events = s.scalars(
                select(ConsentEventRow)
                .where(ConsentEventRow.session_id.in_(ids))
                .order_by(ConsentEventRow.at, ConsentEventRow.id)
            )
            for event in events:
                if event.partner_id in states[event.session_id]:
                    states[event.session_id][event.partner_id] = event.given
            return states

    def set_consent(self, session_id: int, partner_id: int, given: bool) -> dict[int, bool]:
        """Give or withdraw one partner's consent to one session; logged with its time, no reason asked."""
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            check_solo_partner(row, partner_id)
            _refuse((may_consent if given else may_withdraw)(self._facts(s, row)))
            if self._consent_of(s, session_id, partner_id) != given:
                s.add(
                    ConsentEventRow(session_id=session_id, partner_id=partner_id, given=given, at=self._clock.stamp())
                )
        return self.consents([session_id])[session_id]

    def decline_with_alternative(self, session_id: int, partner_id: int, exercise_id: str) -> PlannedSession:
        """'Not this — how about…?': decline this session and propose another exercise, in one transaction.

        The proposal takes the declined session's place (day, time, position) with the proposer's consent already
        given; the other partner decides on it like on any other session. The declined session leaves the plan
        (softly, so undo can bring it back) and lives on only in the consent log: the week page, the printed week
        and the calendar show one session in the slot, and nothing reveals who said no.
        """
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            check_solo_partner(row, partner_id)
            _refuse(may_decline(self._facts(s, row)))
            proposed = s.get(ExerciseRow, exercise_id)
            if proposed is None or proposed.archived_at is not None:
                raise SessionError("That exercise is no longer in the library.")
            if exercise_id == row.exercise_id:
                raise SessionError("Please choose a different exercise to propose.")
            check_pace(exercise_from_row(proposed), working_levels_in(s))
            try:
                check_booking(s, exercise_from_row(proposed), None)  # the order of repair holds for proposals too
            except PlanError as refused:
                raise SessionError(refused.message) from None
            now = self._clock.stamp()
            s.add(
                ConsentEventRow(
                    session_id=session_id, partner_id=partner_id, given=False, proposed_exercise_id=exercise_id, at=now
                )
            )
            row.removed_at = now
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

    def check_in(
        self,
        session_id: int,
        partner_id: int,
        light: Light,
        expected_distress: int,
        yellow_choice: YellowChoice | None = None,
    ) -> CheckIn:
        """Record (or replace) a partner's check-in: their yes for today, traffic light and expected distress.

        A check-in is made only by a partner who said yes to the session today, so it is also the day's consent.
        """
        turn = CheckInTurn(partner_id, True, light, expected_distress, yellow_choice)
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            check_solo_partner(row, partner_id)
            _refuse(may_check_in(self._facts(s, row)))
            return self._record_turn(s, session_id, turn)

    def turn_order(self, session_id: int) -> tuple[int, ...]:
        """Who checks in, in which order: it alternates, so nobody always goes first (one partner for a solo)."""
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            partners = self._required(s, row)
            last_other = s.scalar(
                select(CheckInRow.session_id)
                .where(CheckInRow.session_id != session_id)
                .order_by(CheckInRow.at.desc(), CheckInRow.id.desc())
                .limit(1)
            )
            last_first = None
            if last_other is not None:
                last_first = s.scalar(
                    select(CheckInRow.partner_id)
                    .where(CheckInRow.session_id == last_other)
                    .order_by(CheckInRow.id)
                    .limit(1)
                )
            return turn_order(partners, session_id, last_first)

    def check_in_together(self, session_id: int, turns: Sequence[CheckInTurn]) -> PreSessionAdvice:
        """Record every partner's private turn at once and return the combined advice, which is all anyone sees.

        A "not today" from anyone ends it: nothing of this check-in is kept (so nothing says whose it was), earlier
        check-ins for the session are cleared so it cannot start, and the advice is the same kind word for everyone.
        """
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            _refuse(may_check_in(self._facts(s, row)))
            required = self._required(s, row)
            if sorted(t.partner_id for t in turns) != sorted(required):
                raise SessionError("Each of you takes a turn in the check-in.")
            for turn in turns:
                if turn.problem():
                    raise SessionError(turn.problem())
            old = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            for stale in old:
                s.delete(stale)
            s.flush()
            if someone_said_not_today(turns):
                return not_today_advice()
            # Stored in turn order, so the next check-in can let the other partner go first.
            for turn in turns:
                self._record_turn(s, session_id, turn)
            exercise = s.get(ExerciseRow, row.exercise_id)
            assert exercise is not None
            check_ins = [
                check_in_from_row(r) for r in s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            ]
            return pre_session_advice(check_ins, Track(exercise.track), exercise.level, required=len(required))

    def check_ins(self, session_id: int) -> list[CheckIn]:
        """The check-ins made for a session so far."""
        with transaction(self._sessions) as s:
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id).order_by(CheckInRow.id))
            return [check_in_from_row(r) for r in rows]

    def advice(self, session_id: int) -> PreSessionAdvice:
        """What the check-ins mean for starting this session (both green: go; yellow: lighter; red: no touch)."""
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            exercise = s.get(ExerciseRow, row.exercise_id)
            assert exercise is not None
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            check_ins = [check_in_from_row(r) for r in rows]
            required = len(self._required(s, row))
            return pre_session_advice(check_ins, Track(exercise.track), exercise.level, required=required)

    def start(self, session_id: int, *, lighter: bool = False) -> PlannedSession:
        """Begin an agreed session after both said yes today and checked in; a red light means no touch today.

        After a yellow light the session starts as planned only if every yellow partner chose that in their own
        turn; otherwise only as the lighter version the couple was offered (`lighter`, e.g. made shorter first).
        """
        advice = self.advice(session_id)
        with transaction(self._sessions) as s:
            row = self._live_session(s, session_id)
            verdict = may_start(self._facts(s, row))
            if verdict.reason != RESTING and advice.kind in (Advice.NO_TOUCH_TODAY, Advice.REST_OR_GENTLER_TALK):
                raise SessionError(advice.message)  # this session's own check-in says why, in the gentlest words
            _refuse(verdict)
            if advice.kind is Advice.WAITING:
                raise SessionError("Each of you checks in first: a traffic light and how hard you expect it to be.")
            if advice.kind is Advice.OFFER_LIGHTER and not lighter:
                raise SessionError(
                    "Today asks for something lighter: make it shorter, or choose another exercise, and start that."
                )
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            now = self._clock.to_local(self._clock.now())
            if not consented_today(
                self._required(s, row), [check_in_from_row(r) for r in rows], now.date(), now.tzinfo
            ):
                raise SessionError("Each of you says yes on the day, in the check-in, before a session starts.")
            row.started_at = row.started_at or self._clock.stamp()
            return session_in_its_week(s, row)

    def set_status(self, session_id: int, status: SessionStatus) -> PlannedSession:
        """Mark a session done, skipped or paused (or planned again); none of these counts against anyone."""
        with transaction(self._sessions) as s:
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
        with transaction(self._sessions) as s:
            session_row = self._live_session(s, draft.session_id)
            check_solo_partner(session_row, draft.partner_id)
            _refuse(may_reflect(self._facts(s, session_row)))
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
                raise SessionError("A passphrase is already set; change it instead.")
            record, _key = create_key_record(passphrase, partner_id=partner_id, params=self._kdf)
            s.add(_key_row(record))

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

    def _facts(self, s: Session, row: PlannedSessionRow) -> SessionFacts:
        partners = list(s.scalars(select(PartnerRow.id)))
        consents = {p: self._consent_of(s, row.id, p) for p in partners}
        if row.solo_partner_id is not None:
            consents = {row.solo_partner_id: consents.get(row.solo_partner_id, False)}
        exercise = s.get(ExerciseRow, row.exercise_id)
        red_day = False
        if exercise is not None and exercise.track == Track.TOUCH.value:
            # This session's own red light closes it once its check-in round is complete (so the other partner
            # can still check in, and nobody checks in again to undo it); any other touch session's red closes it
            # at once.
            own = list(s.scalars(select(CheckInRow).where(CheckInRow.session_id == row.id)))
            others = _red_touch_days(s, row.day, row.day, besides=row.id)
            own_red = len(own) >= len(consents) and red_touch_days(
                (row.day, Track.TOUCH, check_in_from_row(c)) for c in own
            )
            red_day = bool(own_red) or row.day in others
        return SessionFacts(
            status=SessionStatus(row.status),
            day=row.day,
            today=self._clock.today(),
            consents=consents,
            started=row.started_at is not None,
            paused=_paused(s),
            red_touch_day=red_day,
            partners_needed=1 if row.solo_partner_id is not None else 2,
        )

    @staticmethod
    def _required(s: Session, row: PlannedSessionRow) -> tuple[int, ...]:
        """Whose consent and check-in this session needs: both partners, or a solo session's one partner."""
        partners = list(s.scalars(select(PartnerRow.id).order_by(PartnerRow.seat)))
        return required_partners(partners, row.solo_partner_id)

    def _record_turn(self, s: Session, session_id: int, turn: CheckInTurn) -> CheckIn:
        if turn.expected_distress is None or not 0 <= turn.expected_distress <= 10:
            raise SessionError("Expected distress goes from 0 (none) to 10 (the most you can imagine).")
        if turn.light is None:
            raise SessionError(CheckInTurn(turn.partner_id, True).problem())
        row = s.scalar(
            select(CheckInRow).where(CheckInRow.session_id == session_id, CheckInRow.partner_id == turn.partner_id)
        )
        if row is None:
            row = CheckInRow(session_id=session_id, partner_id=turn.partner_id)
            s.add(row)
        row.light = turn.light.value
        row.expected_distress = turn.expected_distress
        row.yellow_choice = turn.yellow_choice.value if turn.light is Light.YELLOW and turn.yellow_choice else None
        row.at = self._clock.stamp()
        s.flush()
        return check_in_from_row(row)


def _refuse(verdict: Verdict) -> None:
    """Raise the rule's kind refusal when it does not allow the step."""
    if not verdict:
        raise SessionError(verdict.message or verdict.reason)


def _paused(s: Session) -> bool:
    return s.scalar(select(PauseRow.id).where(PauseRow.ended_at.is_(None)).limit(1)) is not None


def _red_touch_days(s: Session, first: dt.date, last: dt.date, besides: int | None = None) -> frozenset[dt.date]:
    """The days from `first` to `last` closed to touch by a red light given before a touch session that day
    (not counting session `besides`)."""
    rows = s.execute(
        select(PlannedSessionRow.day, ExerciseRow.track, CheckInRow)
        .join(PlannedSessionRow, PlannedSessionRow.id == CheckInRow.session_id)
        .join(ExerciseRow, ExerciseRow.id == PlannedSessionRow.exercise_id)
        .where(PlannedSessionRow.day >= first, PlannedSessionRow.day <= last)
        .where(PlannedSessionRow.removed_at.is_(None), CheckInRow.light == Light.RED.value)
        .where(PlannedSessionRow.id != (besides if besides is not None else -1))
    ).all()
    return red_touch_days((day, Track(track), check_in_from_row(c)) for day, track, c in rows)


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
