"""The facts the session rules decide on, read from the database (consents, whose session it is, red touch days,
the pause), and the kind refusal when a rule says no."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from repairplanner.core.check_in_rules import required_partners
from repairplanner.core.clock import Clock
from repairplanner.core.entities import CheckIn, Light, SessionStatus, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.session_rules import SessionFacts, Verdict, red_touch_days
from repairplanner.db.schema import CheckInRow, ConsentEventRow, ExerciseRow, PartnerRow, PauseRow, PlannedSessionRow
from repairplanner.services.rows import check_in_from_row, latest_consents


class SessionError(UserFacingError):
    """A step in a session's life that cannot be taken now; the message says why, without blame."""


SOLO_ONLY = QT_TRANSLATE_NOOP(
    "SessionService", "This session is for one of you alone; only they give consent, check in and reflect on it."
)


def check_solo_partner(row: PlannedSessionRow, partner_id: int) -> None:
    """Refuse another partner's consent, check-in or reflection on a solo session (planned for one partner)."""
    if row.solo_partner_id is not None and partner_id != row.solo_partner_id:
        raise SessionError(translate("SessionService", SOLO_ONLY))


def refuse_unless(verdict: Verdict) -> None:
    """Raise the rule's kind refusal when it does not allow the step."""
    if not verdict:
        raise SessionError(verdict.message or verdict.reason)


def live_session(s: Session, session_id: int) -> PlannedSessionRow:
    """A session still in the plan, or a kind refusal."""
    row = s.get(PlannedSessionRow, session_id)
    if row is None or row.removed_at is not None:
        raise SessionError(translate("SessionService", "That session is no longer in the plan."))
    return row


def read_facts(s: Session, clock: Clock, row: PlannedSessionRow) -> SessionFacts:
    """What the session rules (core.session_rules) need to know about one session, read in `s`."""
    return read_facts_of(s, clock, [row])[row.id]


def read_facts_of(s: Session, clock: Clock, rows: Sequence[PlannedSessionRow]) -> dict[int, SessionFacts]:
    """What the session rules need to know about each of `rows`, read in `s` with the same few queries however many
    there are (a week's cards ask for all of theirs at once)."""
    if not rows:
        return {}
    solo = {row.id: row.solo_partner_id for row in rows if row.solo_partner_id is not None}
    consents = read_consents(s, [row.id for row in rows], solo)
    touch_exercises = set(
        s.scalars(
            select(ExerciseRow.id).where(
                ExerciseRow.id.in_({row.exercise_id for row in rows}), ExerciseRow.track == Track.TOUCH.value
            )
        )
    )
    touch = [row for row in rows if row.exercise_id in touch_exercises]
    own: dict[int, list[CheckIn]] = {row.id: [] for row in touch}
    reds: list[tuple[int, dt.date, Track, CheckIn]] = []
    if touch:
        for check_in in s.scalars(select(CheckInRow).where(CheckInRow.session_id.in_(own))):
            own[check_in.session_id].append(check_in_from_row(check_in))
        reds = [
            (sid, day, Track(track), check_in_from_row(c))
            for sid, day, track, c in s.execute(
                select(PlannedSessionRow.id, PlannedSessionRow.day, ExerciseRow.track, CheckInRow)
                .join(PlannedSessionRow, PlannedSessionRow.id == CheckInRow.session_id)
                .join(ExerciseRow, ExerciseRow.id == PlannedSessionRow.exercise_id)
                .where(PlannedSessionRow.day.in_({row.day for row in touch}))
                .where(PlannedSessionRow.removed_at.is_(None), CheckInRow.light == Light.RED.value)
            )
        ]
    paused = plan_paused(s)
    today = clock.today()
    facts = {}
    for row in rows:
        red_day = False
        if row.id in own:
            # This session's own red light closes it once its check-in round is complete (so the other partner
            # can still check in, and nobody checks in again to undo it); any other touch session's red closes it
            # at once.
            own_red = len(own[row.id]) >= len(consents[row.id]) and red_touch_days(
                (row.day, Track.TOUCH, c) for c in own[row.id]
            )
            others = red_touch_days((day, track, c) for sid, day, track, c in reds if sid != row.id and day == row.day)
            red_day = bool(own_red) or row.day in others
        facts[row.id] = SessionFacts(
            status=SessionStatus(row.status),
            day=row.day,
            today=today,
            consents=consents[row.id],
            started=row.started_at is not None,
            paused=paused,
            red_touch_day=red_day,
            partners_needed=1 if row.solo_partner_id is not None else 2,
        )
    return facts


def read_consents(s: Session, session_ids: Sequence[int], solo: Mapping[int, int]) -> dict[int, dict[int, bool]]:
    """Each session's current consent per partner (False until given), from the consent log; `solo` maps a solo
    session to its one partner."""
    partners = list(s.scalars(select(PartnerRow.id)))
    events = s.execute(
        select(ConsentEventRow.session_id, ConsentEventRow.partner_id, ConsentEventRow.given)
        .where(ConsentEventRow.session_id.in_(session_ids))
        .order_by(ConsentEventRow.at, ConsentEventRow.id)
    )
    return latest_consents(session_ids, partners, solo, [(sid, pid, given) for sid, pid, given in events])


def consent_of(s: Session, session_id: int, partner_id: int) -> bool:
    """A partner's latest word on a session in the consent log (False until given)."""
    latest = s.scalar(
        select(ConsentEventRow.given)
        .where(ConsentEventRow.session_id == session_id, ConsentEventRow.partner_id == partner_id)
        .order_by(ConsentEventRow.at.desc(), ConsentEventRow.id.desc())
        .limit(1)
    )
    return bool(latest)


def required_of(s: Session, row: PlannedSessionRow) -> tuple[int, ...]:
    """Whose consent and check-in this session needs: both partners, or a solo session's one partner."""
    partners = list(s.scalars(select(PartnerRow.id).order_by(PartnerRow.seat)))
    return required_partners(partners, row.solo_partner_id)


def plan_paused(s: Session) -> bool:
    """Whether a pause is open now."""
    return s.scalar(select(PauseRow.id).where(PauseRow.ended_at.is_(None)).limit(1)) is not None
