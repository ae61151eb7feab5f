"""One session's life: each partner's consent, the check-in, starting, and the reflections afterwards."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.check_in_rules import (
    CheckInTurn,
    consented_today,
    someone_said_not_today,
    turn_order,
)
from repairplanner.core.clock import Clock
from repairplanner.core.entities import (
    CheckIn,
    Light,
    PlannedSession,
    SessionStatus,
    Track,
    YellowChoice,
)
from repairplanner.core.grading import Advice, PreSessionAdvice, not_today_advice, pre_session_advice
from repairplanner.core.i18n import translate
from repairplanner.core.session_rules import (
    RESTING,
    PauseSpan,
    SessionFacts,
    may_check_in,
    may_consent,
    may_decline,
    may_start,
    may_withdraw,
)
from repairplanner.crypto.keys import CURRENT_KDF, KdfParams
from repairplanner.db.schema import (
    CheckInRow,
    ConsentEventRow,
    ExerciseRow,
    PartnerRow,
    PauseRow,
    PlannedSessionRow,
)
from repairplanner.services.plan import PlanError, check_booking, check_pace, session_in_its_week, working_levels_in
from repairplanner.services.rows import check_in_from_row, exercise_from_row
from repairplanner.services.session_facts import (
    SOLO_ONLY,
    SessionError,
    check_solo_partner,
    consent_of,
    live_session,
    plan_paused,
    read_consents,
    read_facts,
    read_facts_of,
    refuse_unless,
    required_of,
)
from repairplanner.services.session_notes import NOTE_MAX, SessionNotes
from repairplanner.services.session_rows import reflection_from_row
from repairplanner.services.storage import transaction

__all__ = [
    "NOTE_MAX",
    "SOLO_ONLY",
    "SessionError",
    "SessionService",
    "check_in_from_row",
    "check_solo_partner",
    "reflection_from_row",
    "session_partners",
]


def session_partners(s: Session, row: PlannedSessionRow) -> list[int]:
    """The partners whose consent a session needs: both, or the one partner of a solo session."""
    if row.solo_partner_id is not None:
        return [row.solo_partner_id]
    return list(s.scalars(select(PartnerRow.id)))


class SessionService(SessionNotes):
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
            found = {row.id: row for row in s.scalars(select(PlannedSessionRow).where(PlannedSessionRow.id.in_(ids)))}
            return read_facts_of(s, self._clock, [found[sid] for sid in dict.fromkeys(ids) if sid in found])

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
            return plan_paused(s)

    # --- consent -------------------------------------------------------------------------------------------------

    def consents(self, session_ids: Iterable[int]) -> dict[int, dict[int, bool]]:
        """For each session, each partner's current consent (False until given)."""
        ids = list(session_ids)
        with transaction(self._sessions) as s:
            solo_rows = s.execute(
                select(PlannedSessionRow.id, PlannedSessionRow.solo_partner_id).where(
                    PlannedSessionRow.id.in_(ids), PlannedSessionRow.solo_partner_id.isnot(None)
                )
            )
            return read_consents(s, ids, {sid: pid for sid, pid in solo_rows if pid is not None})

    def set_consent(self, session_id: int, partner_id: int, given: bool) -> dict[int, bool]:
        """Give or withdraw one partner's consent to one session; logged with its time, no reason asked."""
        with transaction(self._sessions) as s:
            row = live_session(s, session_id)
            check_solo_partner(row, partner_id)
            refuse_unless((may_consent if given else may_withdraw)(read_facts(s, self._clock, row)))
            if consent_of(s, session_id, partner_id) != given:
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
            row = live_session(s, session_id)
            check_solo_partner(row, partner_id)
            refuse_unless(may_decline(read_facts(s, self._clock, row)))
            proposed = s.get(ExerciseRow, exercise_id)
            if proposed is None or proposed.archived_at is not None:
                raise SessionError(translate("SessionService", "That exercise is no longer in the library."))
            if exercise_id == row.exercise_id:
                raise SessionError(translate("SessionService", "Please choose a different exercise to propose."))
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
            row = live_session(s, session_id)
            check_solo_partner(row, partner_id)
            refuse_unless(may_check_in(read_facts(s, self._clock, row)))
            return self._record_turn(s, session_id, turn)

    def turn_order(self, session_id: int) -> tuple[int, ...]:
        """Who checks in, in which order: it alternates, so nobody always goes first (one partner for a solo)."""
        with transaction(self._sessions) as s:
            row = live_session(s, session_id)
            partners = required_of(s, row)
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
            row = live_session(s, session_id)
            refuse_unless(may_check_in(read_facts(s, self._clock, row)))
            required = required_of(s, row)
            if sorted(t.partner_id for t in turns) != sorted(required):
                raise SessionError(translate("SessionService", "Each of you takes a turn in the check-in."))
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
            row = live_session(s, session_id)
            exercise = s.get(ExerciseRow, row.exercise_id)
            assert exercise is not None
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            check_ins = [check_in_from_row(r) for r in rows]
            required = len(required_of(s, row))
            return pre_session_advice(check_ins, Track(exercise.track), exercise.level, required=required)

    def start(self, session_id: int, *, lighter: bool = False) -> PlannedSession:
        """Begin an agreed session after both said yes today and checked in; a red light means no touch today.

        After a yellow light the session starts as planned only if every yellow partner chose that in their own
        turn; otherwise only as the lighter version the couple was offered (`lighter`, e.g. made shorter first).
        """
        advice = self.advice(session_id)
        with transaction(self._sessions) as s:
            row = live_session(s, session_id)
            verdict = may_start(read_facts(s, self._clock, row))
            resting = verdict.reason == translate("SessionRules", RESTING)
            if not resting and advice.kind in (Advice.NO_TOUCH_TODAY, Advice.REST_OR_GENTLER_TALK):
                raise SessionError(advice.message)  # this session's own check-in says why, in the gentlest words
            refuse_unless(verdict)
            if advice.kind is Advice.WAITING:
                raise SessionError(
                    translate(
                        "SessionService",
                        "Each of you checks in first: a traffic light and how hard you expect it to be.",
                    )
                )
            if advice.kind is Advice.OFFER_LIGHTER and not lighter:
                raise SessionError(
                    translate(
                        "SessionService",
                        "Today asks for something lighter: make it shorter, or choose another "
                        "exercise, and start that.",
                    )
                )
            rows = s.scalars(select(CheckInRow).where(CheckInRow.session_id == session_id))
            now = self._clock.to_local(self._clock.now())
            if not consented_today(required_of(s, row), [check_in_from_row(r) for r in rows], now.date(), now.tzinfo):
                raise SessionError(
                    translate(
                        "SessionService",
                        "Each of you says yes on the day, in the check-in, before a session starts.",
                    )
                )
            row.started_at = row.started_at or self._clock.stamp()
            return session_in_its_week(s, row)

    def set_status(self, session_id: int, status: SessionStatus) -> PlannedSession:
        """Mark a session done, skipped or paused (or planned again); none of these counts against anyone."""
        with transaction(self._sessions) as s:
            row = live_session(s, session_id)
            row.status = status.value
            return session_in_its_week(s, row)

    # --- helpers -------------------------------------------------------------------------------------------------

    def _record_turn(self, s: Session, session_id: int, turn: CheckInTurn) -> CheckIn:
        if turn.expected_distress is None or not 0 <= turn.expected_distress <= 10:
            raise SessionError(
                translate("SessionService", "Expected distress goes from 0 (none) to 10 (the most you can imagine).")
            )
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
