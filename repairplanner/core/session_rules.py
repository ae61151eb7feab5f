"""The session rules, in one place: may this planned session be consented to, checked in, started, declined or
reflected on now, and if not, a short kind reason a widget can show. Services refuse what these refuse; the week
page hides or disables it. Also which days a pause covers and whether a red light before touch closes a day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from repairplanner.core.dates import long_day_text
from repairplanner.core.entities import CheckIn, Exercise, Light, SessionStatus, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

# Context "SessionRules"; marked here, translated where a Verdict is made (see `_said`).
RESTING = QT_TRANSLATE_NOOP("SessionRules", "The plan is resting")
NOT_TODAY = QT_TRANSLATE_NOOP("SessionRules", "Not today")
#: Longer words for a refusal: said kindly, never whose light or whose click it was.
RESTING_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules", "The plan is paused. Resume it together first; nothing is missed while it rests."
)
NOT_TODAY_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules",
    "Not today: a red light before touch means no touch for the rest of the day. A gentle talk or rest is "
    "there instead; nothing is missed.",
)
BEHIND_YOU_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules", "This session is already behind you; consent is for sessions still to come."
)
PAST_DAY_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules", "This day has passed; consent is for sessions still to come. Plan it again on another day."
)
NOT_AGREED_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules", "A session starts only when both of you have ticked your consent for it."
)
UNDER_WAY_MESSAGE = QT_TRANSLATE_NOOP("SessionRules", "This session is already under way.")
REFLECT_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules", "A reflection is for a session you have done, or one you both agreed to whose day has come."
)
NOT_YET_MESSAGE = QT_TRANSLATE_NOOP("SessionRules", "This session is for {day}. You can start it on that day.")
START_PAST_DAY_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules",
    "This session's day has passed. If you did it, you can still reflect on it; or plan it again for today.",
)
START_BEHIND_YOU_MESSAGE = QT_TRANSLATE_NOOP(
    "SessionRules", "This session is already behind you; plan it again to start it."
)


def _said(message: str, reason: str = "") -> Verdict:
    """A refusal in the interface language: `message` (and the short `reason`) are marked texts of this module."""
    return Verdict(False, translate("SessionRules", reason) if reason else "", translate("SessionRules", message))


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a step may be taken now; when not, `reason` is a short kind word for the screen."""

    allowed: bool
    reason: str = ""
    message: str = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Verdict(True)


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """Plain facts about one planned session, as the rules need them."""

    status: SessionStatus
    day: dt.date
    today: dt.date
    #: Each partner's current consent (missing or False: not given).
    consents: Mapping[int, bool] = field(default_factory=dict)
    #: The session was started and is not finished yet.
    started: bool = False
    #: The whole plan is paused now.
    paused: bool = False
    #: A touch session on a day when a red light was given before touch.
    red_touch_day: bool = False
    #: How many partners must agree (a solo session needs one).
    partners_needed: int = 2

    @property
    def planned(self) -> bool:
        return self.status is SessionStatus.PLANNED

    @property
    def under_way(self) -> bool:
        return self.started and self.planned

    @property
    def past(self) -> bool:
        return self.day < self.today

    @property
    def agreed(self) -> bool:
        """Every partner the session needs has ticked their box."""
        given = [v for v in self.consents.values() if v]
        return len(given) >= self.partners_needed and len(self.consents) >= self.partners_needed


def _closed(facts: SessionFacts) -> Verdict | None:
    """The plan resting, or a red-light day for touch: what closes a session still to come."""
    if facts.paused:
        return _said(RESTING_MESSAGE, RESTING)
    if facts.red_touch_day:
        return _said(NOT_TODAY_MESSAGE, NOT_TODAY)
    return None


def may_consent(facts: SessionFacts) -> Verdict:
    """Giving consent: a planned session whose day has not passed (or one under way), while the plan is not resting."""
    if not facts.planned:
        return _said(BEHIND_YOU_MESSAGE)
    if facts.past and not facts.under_way:
        return _said(PAST_DAY_MESSAGE)
    closed = _closed(facts)
    return closed if closed is not None else ALLOWED


def may_withdraw(facts: SessionFacts) -> Verdict:
    """Withdrawing is always one click for a session not yet behind you: no day, pause or light stands in its way."""
    if not facts.planned:
        return _said(BEHIND_YOU_MESSAGE)
    return ALLOWED


def may_check_in(facts: SessionFacts) -> Verdict:
    """A check-in is for an agreed, planned session on its day or earlier, while the plan is not resting."""
    if not facts.planned:
        return _said(BEHIND_YOU_MESSAGE)
    closed = _closed(facts)
    if closed is not None:
        return closed
    if not facts.agreed:
        return _said(NOT_AGREED_MESSAGE)
    return ALLOWED


def may_start(facts: SessionFacts) -> Verdict:
    """Only a planned session both agreed to, on its own day, not already under way, while the plan is not resting,
    on a day that is not closed to touch by a red light."""
    if not facts.planned:
        return _said(START_BEHIND_YOU_MESSAGE)
    closed = _closed(facts)
    if closed is not None:
        return closed
    if facts.under_way:
        return _said(UNDER_WAY_MESSAGE)
    if facts.day > facts.today:
        when = translate("SessionRules", NOT_YET_MESSAGE).format(day=long_day_text(facts.day))
        return Verdict(False, translate("SessionRules", "Not yet"), when)
    if facts.past:
        return _said(START_PAST_DAY_MESSAGE)
    if not facts.agreed:
        return _said(NOT_AGREED_MESSAGE)
    return ALLOWED


def may_decline(facts: SessionFacts) -> Verdict:
    """'Not this — how about…?' is for planned sessions still to come, not under way, while the plan is not resting."""
    if not facts.planned or facts.under_way:
        return _said(BEHIND_YOU_MESSAGE)
    if facts.past:
        return _said(PAST_DAY_MESSAGE)
    closed = _closed(facts)
    return closed if closed is not None else ALLOWED


def may_reflect(facts: SessionFacts) -> Verdict:
    """A reflection on a session that is done or under way, or an agreed one whose day has come (done away from the
    app). Reflecting looks back, so a pause does not stand in its way."""
    if facts.status is SessionStatus.DONE or facts.under_way:
        return ALLOWED
    if facts.planned and facts.agreed and facts.day <= facts.today and not facts.red_touch_day:
        return ALLOWED
    return _said(REFLECT_MESSAGE)


def card_note(facts: SessionFacts) -> str:
    """The calm word a card shows for a planned session that cannot go ahead now: 'The plan is resting' or
    'Not today' (never why, never whose)."""
    if not facts.planned or facts.under_way:
        return ""
    closed = _closed(facts)
    return closed.reason if closed is not None else ""


# --- a red light before touch closes the day to touch ---------------------------------------------------------------


def red_touch_days(check_ins: Iterable[tuple[dt.date, Track, CheckIn]]) -> frozenset[dt.date]:
    """The days on which someone gave a red light before a touch session: (session day, track, check-in) triples."""
    return frozenset(day for day, track, check_in in check_ins if track is Track.TOUCH and check_in.light is Light.RED)


# --- what is offered instead on a red day ------------------------------------------------------------------------

#: After a red light, only talks this gentle are offered: level 1 or 2.
GENTLE_TALK_MAX_LEVEL = 2
#: Tags that keep a talk out of a red day's offer: heavy ones, and those one partner asks for (never scheduled).
NOT_GENTLE_TAGS = frozenset({"heavy", "asked-for"})


def is_gentle_talk(exercise: Exercise) -> bool:
    """A talk fit for a red-light day: level 1–2, not tagged heavy or asked-for, not archived."""
    return (
        exercise.track is Track.TALK
        and exercise.level <= GENTLE_TALK_MAX_LEVEL
        and not NOT_GENTLE_TAGS.intersection(exercise.tags)
        and not exercise.archived
    )


# --- which days a pause covers --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PauseSpan:
    """A pause from its first day to the day it ended (None: it has not ended)."""

    first_day: dt.date
    resumed_on: dt.date | None = None


def day_is_paused(day: dt.date, spans: Iterable[PauseSpan]) -> bool:
    """Whether the plan rests on `day`: a pause began on or before it and had not ended before the day was over.

    The day of resuming is a day of the plan again; the day a pause began rests.
    """
    return any(span.first_day <= day and (span.resumed_on is None or day < span.resumed_on) for span in spans)


def paused_days(days: Iterable[dt.date], spans: Iterable[PauseSpan]) -> frozenset[dt.date]:
    """Those of `days` on which the plan rests."""
    spans = tuple(spans)
    return frozenset(day for day in days if day_is_paused(day, spans))
