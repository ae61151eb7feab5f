"""The check-in's own rules: who takes a turn and in which order, and whether today's yes has been given.

Plain functions over plain values, so the service (which refuses) and the dialogs (which ask) share them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from repairplanner.core.entities import SCALE_MAX, SCALE_MIN, CheckIn, Light, YellowChoice
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

#: Shown to both partners, word for word the same whoever said it, when either says "not today".
#: Context "CheckIn": marked here; `not_today_title()`, `not_today_message()` and `consent_question()` translate them.
NOT_TODAY_TITLE = QT_TRANSLATE_NOOP("CheckIn", "Not today")
NOT_TODAY_MESSAGE = QT_TRANSLATE_NOOP(
    "CheckIn",
    "Not today, then. That's a perfectly good answer, and nobody needs to say why. "
    "The session stays in your plan, and you can look at it again another day.",
)
CONSENT_QUESTION = QT_TRANSLATE_NOOP("CheckIn", "Do you want to do this today?")


def not_today_title() -> str:
    """'Not today', in the interface language."""
    return translate("CheckIn", NOT_TODAY_TITLE)


def not_today_message() -> str:
    """The one answer to anyone's "not today", in the interface language."""
    return translate("CheckIn", NOT_TODAY_MESSAGE)


def consent_question() -> str:
    """'Do you want to do this today?', in the interface language."""
    return translate("CheckIn", CONSENT_QUESTION)


@dataclass(frozen=True, slots=True)
class CheckInTurn:
    """One partner's private turn: today's yes (or not today), and with a yes, a light and the expected distress.

    A partner who said yellow also chose, in the same turn, what they would like instead (or to go ahead as
    planned). A "not today" carries nothing else.
    """

    partner_id: int
    wants_today: bool
    light: Light | None = None
    expected_distress: int | None = None
    yellow_choice: YellowChoice | None = None

    def problem(self) -> str:
        """What is missing or out of range in this turn, in plain words; "" when the turn is complete."""
        if not self.wants_today:
            return ""
        if self.light is None:
            return translate("CheckIn", "Choose a traffic light.")
        if self.expected_distress is None or not SCALE_MIN <= self.expected_distress <= SCALE_MAX:
            return translate("CheckIn", "Say how hard you expect it to be, from 0 to 10.")
        if self.light is Light.YELLOW and self.yellow_choice is None:
            return translate("CheckIn", "Choose what you would like today.")
        return ""


def required_partners(partner_ids: Sequence[int], solo_partner_id: int | None) -> tuple[int, ...]:
    """Whose yes and check-in a session needs: both partners, or for a solo session only its partner."""
    if solo_partner_id is not None and solo_partner_id in partner_ids:
        return (solo_partner_id,)
    return tuple(partner_ids)


def turn_order(partners: Sequence[int], session_id: int, last_first: int | None) -> tuple[int, ...]:
    """The order of turns: whoever did not go first last time goes first now, so it alternates.

    With no earlier check-in (or one whose first partner is not among `partners`), the session id's parity picks
    who starts, so the order is still fixed for a given session and alternates between consecutive ones.
    """
    ordered = tuple(partners)
    if len(ordered) < 2:
        return ordered
    if last_first in ordered:
        first = ordered[(ordered.index(last_first) + 1) % len(ordered)]
    else:
        first = ordered[session_id % len(ordered)]
    start = ordered.index(first)
    return ordered[start:] + ordered[:start]


def someone_said_not_today(turns: Iterable[CheckInTurn]) -> bool:
    """Whether any partner said "not today" (never which one)."""
    return any(not turn.wants_today for turn in turns)


def consented_today(
    required: Iterable[int], check_ins: Iterable[CheckIn], today: dt.date, tz: dt.tzinfo | None
) -> bool:
    """Whether each required partner said yes to this session today, in a check-in made on `today`.

    A check-in is recorded only with its partner's yes on the day, so a check-in dated today is that yes. Check-in
    times are stored in UTC without tzinfo; `tz` is the couple's local zone, in which `today` is counted.
    """
    days = {c.partner_id: _local_day(c.at, tz) for c in check_ins}
    return all(days.get(partner) == today for partner in required)


def _local_day(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.timezone.utc)
    return aware.astimezone(tz).date()
