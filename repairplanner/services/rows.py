"""Stored rows as core dataclasses: the one mapping from a table's columns to its dataclass.

The services pass SQLAlchemy rows; the opening week (`services/opening_week.py`) passes rows it read with the
standard `sqlite3` driver, with the same attribute names and Python types. This module imports no SQLAlchemy, so
the first screen can use it before SQLAlchemy is loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from repairplanner.core.entities import (
    CheckIn,
    Exercise,
    ExerciseSource,
    LevelChoice,
    Light,
    Partner,
    PlannedSession,
    SessionStatus,
    Track,
    YellowChoice,
)

if TYPE_CHECKING:
    from repairplanner.db.schema import CheckInRow, ExerciseRow, LevelChoiceRow, PartnerRow, PlannedSessionRow


def exercise_from_row(row: ExerciseRow) -> Exercise:
    """The core dataclass for a stored exercise."""
    return Exercise(
        id=row.id,
        source=ExerciseSource(row.source),
        title=row.title,
        track=Track(row.track),
        level=row.level,
        minutes=row.minutes,
        summary=row.summary,
        needs=tuple(row.needs),
        steps=tuple(row.steps),
        ease_out=row.ease_out,
        easier=row.easier,
        harder=row.harder,
        agreement=row.agreement,
        safety=row.safety,
        technique=tuple(row.technique),
        tags=tuple(row.tags),
        archived=row.archived_at is not None,
        requires=tuple(row.requires),
        neutral_title=row.neutral_title,
        harder_agreement=row.harder_agreement,
    )


def partner_from_row(row: PartnerRow) -> Partner:
    """The core dataclass for a stored partner."""
    return Partner(
        id=row.id,
        seat=row.seat,
        name=row.name,
        color=row.color,
        unavailable_weekdays=frozenset(row.unavailable_weekdays),
    )


def level_choice_from_row(row: LevelChoiceRow) -> LevelChoice:
    """The core dataclass for a partner's stored level choice."""
    return LevelChoice(partner_id=row.partner_id, track=Track(row.track), level=row.level, at=row.at, reason=row.reason)


def session_from_row(row: PlannedSessionRow, start: dt.date) -> PlannedSession:
    """The core dataclass for a stored session in the week that starts on `start`."""
    return PlannedSession(
        id=row.id,
        week_start=start,
        day=row.day,
        exercise_id=row.exercise_id,
        minutes=row.minutes,
        start_time=row.start_time,
        inviter_id=row.inviter_id,
        note=row.note,
        status=SessionStatus(row.status),
        position=row.position,
        started_at=row.started_at,
        solo_partner_id=row.solo_partner_id,
    )


def check_in_from_row(row: CheckInRow) -> CheckIn:
    """The core dataclass for a partner's stored check-in."""
    choice = YellowChoice(row.yellow_choice) if row.yellow_choice else None
    return CheckIn(row.session_id, row.partner_id, Light(row.light), row.expected_distress, row.at, choice)


def first_weekday_of(value: object) -> int:
    """The stored `couple.week_start` setting as an ISO weekday (Monday when unset or not one)."""
    return value if isinstance(value, int) and 1 <= value <= 7 else 1


def latest_consents(
    session_ids: Sequence[int],
    partners: Sequence[int],
    solo: Mapping[int, int],
    events: Iterable[tuple[int, int, bool]],
) -> dict[int, dict[int, bool]]:
    """Each session's current consent per partner (False until given) from its consent log, oldest first.

    `solo` maps a solo session to its one partner, whose box is its only one; `events` are (session, partner,
    given) in the order they were logged.
    """
    states = {sid: dict.fromkeys([solo[sid]] if sid in solo else partners, False) for sid in session_ids}
    for session_id, partner_id, given in events:
        if partner_id in states[session_id]:
            states[session_id][partner_id] = bool(given)
    return states
