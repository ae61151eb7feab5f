"""What a session card shows beyond the plan: consent, whether the session is under way, and who has reflected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from repairplanner.core.couple import Couple
from repairplanner.core.entities import PlannedSession, SessionStatus, WeekPlan

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

UNDER_WAY = "Under way"
STATUS_TEXT = {SessionStatus.DONE: "✓ Done", SessionStatus.SKIPPED: "Not this time", SessionStatus.PAUSED: "Rested"}


@dataclass(frozen=True, slots=True)
class CardState:
    """A session's consent per partner, whether it has started, who reflected, and whether its day is past."""

    consents: Mapping[int, bool] = field(default_factory=dict)
    under_way: bool = False
    reflected: frozenset[int] = frozenset()
    past: bool = False

    @property
    def agreed(self) -> bool:
        """Every partner the session is for (both, or the one partner of a solo session) has ticked their box."""
        return bool(self.consents) and all(self.consents.values())


def can_consent(session: PlannedSession, state: CardState) -> bool:
    """Whether the consent boxes can be ticked or unticked: sessions still to come, and one under way."""
    return session.status is SessionStatus.PLANNED and (not state.past or state.under_way)


def can_start(session: PlannedSession, state: CardState) -> bool:
    """Only a planned session both agreed to, not already under way, can start."""
    return session.status is SessionStatus.PLANNED and state.agreed and not state.under_way


def can_decline(session: PlannedSession, state: CardState) -> bool:
    """'Not this — how about…?' is for sessions still to come."""
    return session.status is SessionStatus.PLANNED and not state.past and not state.under_way


def can_reflect(session: PlannedSession, state: CardState, today_or_past: bool) -> bool:
    """Reflect on a session that is done or under way, or an agreed one whose day has come (done away from the app)."""
    if session.status is SessionStatus.DONE or state.under_way:
        return True
    return session.status is SessionStatus.PLANNED and state.agreed and today_or_past


def status_text(session: PlannedSession, state: CardState) -> str:
    """'Under way', '✓ Done', 'Not this time', 'Rested', or '' for a session still to come."""
    if session.status is SessionStatus.PLANNED:
        return UNDER_WAY if state.under_way else ""
    return STATUS_TEXT[session.status]


def reflected_text(state: CardState, couple: Couple) -> str:
    """'Ana reflected · Bo reflected' for those who wrote a reflection (never what they wrote)."""
    return " · ".join(f"{p.name} reflected" for p in couple.partners if p.id in state.reflected)


def card_states(
    plan: WeekPlan, sessions: SessionService, under_way: Collection[int], today: dt.date
) -> dict[int, CardState]:
    """Every shown session's card state: one query for consent, one per session done or under way for reflections."""
    consents = sessions.consents([s.id for s in plan.sessions]) if plan.sessions else {}
    states = {}
    for session in plan.sessions:
        started = (
            session.id in under_way or session.started_at is not None
        ) and session.status is SessionStatus.PLANNED
        reflected: frozenset[int] = frozenset()
        # Saving a reflection marks a planned session done, so only these can have any.
        if session.status is SessionStatus.DONE or started:
            reflected = frozenset(r.partner_id for r in sessions.reflections(session.id))
        states[session.id] = CardState(consents.get(session.id, {}), started, reflected, session.day < today)
    return states
