"""The week the app opens on, read with the standard `sqlite3` driver before SQLAlchemy is loaded (start-up time).

This is a second reading of data the services own, for one moment only: the first paint. Every value is what a
service call returns (`core.opening.OpeningWeek` names each one), converted by the same functions
(`services/rows.py`) and decided by the same rules (`core`); `tests/services/test_opening_week.py` proves over
random histories that it returns exactly what those services return. Nothing here writes. Anything this reading
cannot vouch for (no couple yet, a library still to be brought up to date) returns None, and the window waits for
the services instead.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple, working_levels
from repairplanner.core.entities import Light, SessionStatus, Track, Week, WeekPlan
from repairplanner.core.opening import OpeningWeek
from repairplanner.core.session_rules import SessionFacts, red_touch_days
from repairplanner.core.weeks import shift_weeks, week_start
from repairplanner.db.preflight import open_read_only
from repairplanner.services.rows import (
    check_in_from_row,
    exercise_from_row,
    first_weekday_of,
    latest_consents,
    level_choice_from_row,
    partner_from_row,
    session_from_row,
)

# How SQLAlchemy stores each column type in SQLite (db/schema.py), read back to the same Python values.
Convert = Callable[[Any], Any]
_DATE: Convert = dt.date.fromisoformat
_TIME: Convert = dt.time.fromisoformat
_STAMP: Convert = dt.datetime.fromisoformat


def _json(value: Any) -> Any:
    """SQLAlchemy's SQLite JSON: text is decoded; a number (SQLite's JSON column affinity is numeric) stays one."""
    return value if isinstance(value, (int, float)) else json.loads(value)


_JSON: Convert = _json
_BOOL: Convert = bool

_STOP_SIGNAL, _SLOW_DOWN_SIGNAL, _WEEK_START = "couple.stop_signal", "couple.slow_down_signal", "couple.week_start"
_SESSION_COLUMNS = (
    "id, day, exercise_id, minutes, start_time, inviter_id, note, status, position, started_at, solo_partner_id"
)
_SESSION_TYPES = {"day": _DATE, "start_time": _TIME, "started_at": _STAMP}


def _rows(con: Any, sql: str, params: Sequence[object] = (), **convert: Convert) -> list[Any]:
    """The rows of `sql` as objects with the columns as attributes, each converted as the ORM would."""
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description]
    rows = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for name, to_python in convert.items():
            if row[name] is not None:
                row[name] = to_python(row[name])
        rows.append(SimpleNamespace(**row))
    return rows


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))


def read_opening_week(database: Path, clock: Clock) -> OpeningWeek | None:
    """The couple and the week holding today, with consent and the rules' facts; None before the first-run setup."""
    with closing(open_read_only(database)) as con:
        con.execute("BEGIN")  # one read transaction: one consistent moment, like a service call
        try:
            return _read(con, clock)
        finally:
            con.rollback()


def _read(con: Any, clock: Clock) -> OpeningWeek | None:
    couple = _couple(con)
    if couple is None:
        return None
    today = clock.today()
    start = week_start(today, couple.week_start)
    plan = _week(con, start)
    ids = [s.id for s in plan.sessions]
    partners = [row.id for row in _rows(con, "SELECT id FROM partners")]
    solo = {s.id: s.solo_partner_id for s in plan.sessions if s.solo_partner_id is not None}
    events = con.execute(
        f"SELECT session_id, partner_id, given FROM consent_events WHERE session_id IN ({_marks(ids)}) ORDER BY at, id",
        ids,
    )
    consents = latest_consents(ids, partners, solo, events)
    paused = con.execute("SELECT id FROM pauses WHERE ended_at IS NULL LIMIT 1").fetchone() is not None
    booked = sorted({s.exercise_id for s in plan.sessions})
    exercises = tuple(
        exercise_from_row(row)
        for row in _rows(
            con,
            f"SELECT * FROM exercises WHERE id IN ({_marks(booked)}) ORDER BY track, level, title",
            booked,
            needs=_JSON,
            steps=_JSON,
            technique=_JSON,
            tags=_JSON,
            requires=_JSON,
            archived_at=_STAMP,
        )
    )
    tracks = {e.id: e.track for e in exercises}
    facts = {
        s.id: SessionFacts(
            status=s.status,
            day=s.day,
            today=today,
            consents=consents[s.id],
            started=s.started_at is not None,
            paused=paused,
            red_touch_day=tracks.get(s.exercise_id) is Track.TOUCH and _red_touch_day(con, s.id, s.day, consents[s.id]),
            partners_needed=1 if s.solo_partner_id is not None else 2,
        )
        for s in plan.sessions
    }
    # Only a session done or under way can have reflections (ui/week/card_state.py asks for no others).
    lived = [s.id for s in plan.sessions if s.status is SessionStatus.DONE or s.started_at is not None]
    reflected: dict[int, frozenset[int]] = {sid: frozenset() for sid in lived}
    for session_id, partner_id in con.execute(
        f"SELECT session_id, partner_id FROM reflections WHERE session_id IN ({_marks(lived)})", lived
    ):
        reflected[session_id] |= {partner_id}
    return OpeningWeek(
        couple=couple,
        exercises=exercises,
        today=today,
        plan=plan,
        consents=consents,
        facts=facts,
        reflected=reflected,
        previous_week_booked=_booked(con, shift_weeks(start, -1)),
        paused=paused,
    )


def _couple(con: Any) -> Couple | None:
    """CoupleService.get()."""
    rows = _rows(con, "SELECT * FROM partners ORDER BY seat", unavailable_weekdays=_JSON, created_at=_STAMP)
    if len(rows) != 2:
        return None
    first, second = (partner_from_row(r) for r in rows)
    settings = {
        key: _json(value) if value is not None else None
        for key, value in con.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?, ?)", (_STOP_SIGNAL, _SLOW_DOWN_SIGNAL, _WEEK_START)
        )
    }
    choices = [level_choice_from_row(r) for r in _rows(con, "SELECT * FROM level_choices ORDER BY id", at=_STAMP)]
    return Couple(
        partners=(first, second),
        stop_signal=str(settings.get(_STOP_SIGNAL, "")),
        week_start=first_weekday_of(settings.get(_WEEK_START, 1)),
        levels=working_levels(choices, (first.id, second.id)),
        slow_down_signal=str(settings.get(_SLOW_DOWN_SIGNAL, "")),
    )


def _week(con: Any, start: dt.date) -> WeekPlan:
    """PlanService.get_week(start)."""
    found = con.execute("SELECT intention FROM weeks WHERE start_date = ?", (start.isoformat(),)).fetchone()
    rows = _rows(
        con,
        f"SELECT {_SESSION_COLUMNS} FROM planned_sessions WHERE day >= ? AND day < ? AND removed_at IS NULL "
        "ORDER BY day, position, id",
        (start.isoformat(), (start + dt.timedelta(days=7)).isoformat()),
        **_SESSION_TYPES,
    )
    return WeekPlan(Week(start, (found[0] if found else None) or ""), tuple(session_from_row(r, start) for r in rows))


def _booked(con: Any, start: dt.date) -> bool:
    """PlanService.has_sessions(start)."""
    found = con.execute(
        "SELECT count(*) FROM planned_sessions WHERE day >= ? AND day < ? AND removed_at IS NULL",
        (start.isoformat(), (start + dt.timedelta(days=7)).isoformat()),
    ).fetchone()
    return bool(found[0])


def _red_touch_day(con: Any, session_id: int, day: dt.date, consents: Iterable[int]) -> bool:
    """services/session_facts.py `read_facts`' red_touch_day for a touch session: its own red light once its
    check-in round is complete, or a red light before another touch session that day."""
    own = _rows(con, "SELECT * FROM check_ins WHERE session_id = ?", (session_id,), at=_STAMP)
    own_red = len(own) >= len(list(consents)) and red_touch_days((day, Track.TOUCH, check_in_from_row(c)) for c in own)
    others = [
        (_DATE(row.day), Track(row.track), check_in_from_row(row))
        for row in _rows(
            con,
            "SELECT s.day AS day, e.track AS track, c.* FROM check_ins AS c "
            "JOIN planned_sessions AS s ON s.id = c.session_id JOIN exercises AS e ON e.id = s.exercise_id "
            "WHERE s.day >= ? AND s.day <= ? AND s.removed_at IS NULL AND c.light = ? AND s.id != ?",
            (day.isoformat(), day.isoformat(), Light.RED.value, session_id),
            at=_STAMP,
        )
    ]
    return bool(own_red) or day in red_touch_days(others)
