"""The facts the session rules decide on, read from the database (consents, whose session it is, red touch days,
the pause), and the kind refusal when a rule says no."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from repairplanner.core.check_in_rules import required_partners
from repairplanner.core.clock import Clock
from repairplanner.core.entities import Light, SessionStatus, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.session_rules import SessionFacts, Verdict, red_touch_days
from repairplanner.db.schema import CheckInRow, ConsentEventRow, ExerciseRow, PartnerRow, PauseRow, PlannedSessionRow
from repairplanner.services.rows import check_in_from_row


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
    partners = list(s.scalars(select(PartnerRow.id)))
    consents = {p: consent_of(s, row.id, p) for p in partners}
    if row.solo_partner_id is not None:
        consents = {row.solo_partner_id: consents.get(row.solo_partner_id, False)}
    exercise = s.get(ExerciseRow, row.exercise_id)
    red_day = False
    if exercise is not None and exercise.track == Track.TOUCH.value:
        # This session's own red light closes it once its check-in round is complete (so the other partner
        # can still check in, and nobody checks in again to undo it); any other touch session's red closes it
        # at once.
        own = list(s.scalars(select(CheckInRow).where(CheckInRow.session_id == row.id)))
        others = red_touch_days_between(s, row.day, row.day, besides=row.id)
        own_red = len(own) >= len(consents) and red_touch_days(
            (row.day, Track.TOUCH, check_in_from_row(c)) for c in own
        )
        red_day = bool(own_red) or row.day in others
    return SessionFacts(
        status=SessionStatus(row.status),
        day=row.day,
        today=clock.today(),
        consents=consents,
        started=row.started_at is not None,
        paused=plan_paused(s),
        red_touch_day=red_day,
        partners_needed=1 if row.solo_partner_id is not None else 2,
    )


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


def red_touch_days_between(s: Session, first: dt.date, last: dt.date, besides: int | None = None) -> frozenset[dt.date]:
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
