"""What a session card shows beyond the plan: consent, whether the session is under way, and who has reflected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from repairplanner.core.couple import Couple
from repairplanner.core.entities import PlannedSession, SessionStatus, WeekPlan
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.session_rules import (
    SessionFacts,
    card_note,
    may_consent,
    may_decline,
    may_reflect,
    may_start,
    may_withdraw,
)

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

UNDER_WAY = QT_TRANSLATE_NOOP("CardState", "Under way")
STATUS_TEXT = {
    SessionStatus.DONE: QT_TRANSLATE_NOOP("CardState", "✓ Done"),
    SessionStatus.SKIPPED: QT_TRANSLATE_NOOP("CardState", "Not this time"),
    SessionStatus.PAUSED: QT_TRANSLATE_NOOP("CardState", "Rested"),
}


@dataclass(frozen=True, slots=True)
class CardState:
    """A session's consent per partner, whether it has started, who reflected, whether its day is past, whether the
    plan is resting, and whether a red light before touch closed its day."""

    consents: Mapping[int, bool] = field(default_factory=dict)
    under_way: bool = False
    reflected: frozenset[int] = frozenset()
    past: bool = False
    paused: bool = False
    red_touch_day: bool = False
    #: Whether its controls can act: False while the app is still opening (the services are not there yet).
    ready: bool = True
    #: Its day is still to come (Start waits for the day itself).
    future: bool = False

    @property
    def agreed(self) -> bool:
        """Every partner the session is for (both, or the one partner of a solo session) has ticked their box."""
        return bool(self.consents) and all(self.consents.values())


def facts_of(session: PlannedSession, state: CardState, today: dt.date | None = None) -> SessionFacts:
    """The plain facts the core session rules decide from, as this card knows them."""
    if today is None:
        # Only whether the day is past, today or to come matters here; the card already knows that.
        today = session.day + dt.timedelta(days=1 if state.past else -1 if state.future else 0)
    return SessionFacts(
        status=session.status,
        day=session.day,
        today=today,
        consents=state.consents,
        started=state.under_way,
        paused=state.paused,
        red_touch_day=state.red_touch_day,
        partners_needed=1 if session.solo_partner_id is not None else 2,
    )


def can_consent(session: PlannedSession, state: CardState) -> bool:
    """Whether the consent boxes are live: the same rule SessionService.set_consent keeps (core.session_rules)."""
    return bool(may_consent(facts_of(session, state)))


def can_withdraw(session: PlannedSession, state: CardState) -> bool:
    """Whether a ticked box can be unticked: the rule SessionService.set_consent keeps, for days still to come
    (a past day's boxes are a record and stay as they are)."""
    return bool(may_withdraw(facts_of(session, state))) and (not state.past or state.under_way)


def can_start(session: PlannedSession, state: CardState) -> bool:
    """Whether Start is offered: the same rule SessionService.start keeps."""
    return bool(may_start(facts_of(session, state)))


def can_decline(session: PlannedSession, state: CardState) -> bool:
    """Whether 'Not this — how about…?' is offered: the same rule SessionService.decline_with_alternative keeps."""
    return bool(may_decline(facts_of(session, state)))


def can_reflect(session: PlannedSession, state: CardState, today: dt.date) -> bool:
    """Whether Reflect is offered: the same rule SessionService.save_reflection keeps."""
    return bool(may_reflect(facts_of(session, state, today)))


def closed_text(session: PlannedSession, state: CardState) -> str:
    """'The plan is resting' or 'Not today' for a session that cannot go ahead now, else ''."""
    return card_note(facts_of(session, state))


def status_text(session: PlannedSession, state: CardState) -> str:
    """'Under way', '✓ Done', 'Not this time', 'Rested', 'The plan is resting', 'Not today', or '' for a session
    still to come."""
    if session.status is SessionStatus.PLANNED:
        return translate("CardState", UNDER_WAY) if state.under_way else closed_text(session, state)
    return translate("CardState", STATUS_TEXT[session.status])


def reflected_text(state: CardState, couple: Couple) -> str:
    """'Ana reflected · Bo reflected' for those who wrote a reflection (never what they wrote)."""
    reflected = translate("CardState", "{name} reflected")
    return " · ".join(reflected.format(name=p.name) for p in couple.partners if p.id in state.reflected)


def card_states(
    plan: WeekPlan, sessions: SessionService, under_way: Collection[int], today: dt.date
) -> dict[int, CardState]:
    """Every shown session's card state: one read of the rules' facts (with the consents) and one of who reflected."""
    ids = [s.id for s in plan.sessions]
    facts = sessions.facts(ids) if ids else {}
    consents = {sid: fact.consents for sid, fact in facts.items()}  # the same reading as SessionService.consents
    lived = [s.id for s in plan.sessions if may_have_reflections(s, under_way)]
    reflected = sessions.reflected(lived) if lived else {}
    return card_states_from(plan, consents, facts, reflected, under_way=under_way, today=today)


def may_have_reflections(session: PlannedSession, under_way: Collection[int]) -> bool:
    """Saving a reflection marks a planned session done, so only one done or started can have any."""
    return session.status is SessionStatus.DONE or _started(session, under_way)


def _started(session: PlannedSession, under_way: Collection[int]) -> bool:
    return (session.id in under_way or session.started_at is not None) and session.status is SessionStatus.PLANNED


def card_states_from(
    plan: WeekPlan,
    consents: Mapping[int, Mapping[int, bool]],
    facts: Mapping[int, SessionFacts],
    reflected: Mapping[int, frozenset[int]],
    *,
    under_way: Collection[int],
    today: dt.date,
    ready: bool = True,
) -> dict[int, CardState]:
    """Every shown session's card state from what was read: consents, the rules' facts and who reflected."""
    states = {}
    for session in plan.sessions:
        known = facts.get(session.id)
        states[session.id] = CardState(
            consents.get(session.id, {}),
            _started(session, under_way),
            reflected.get(session.id, frozenset()),
            session.day < today,
            paused=known.paused if known else False,
            red_touch_day=known.red_touch_day if known else False,
            ready=ready,
            future=session.day > today,
        )
    return states
