"""The weekly plan: weeks, their intentions and the sessions booked in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.couple import Couple
from repairplanner.core.entities import (
    MAX_MINUTES,
    Exercise,
    PlannedSession,
    SessionDraft,
    SessionStatus,
    Week,
    WeekPlan,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.limits import SHORT_TEXT_MAX, check_text
from repairplanner.core.suggest import suggest_week
from repairplanner.core.weeks import week_start
from repairplanner.db.schema import ExerciseRow, PlannedSessionRow, WeekRow, utcnow
from repairplanner.services.couple import first_weekday

INTENTION_MAX = 200


class PlanError(UserFacingError):
    """A plan edit that cannot be made; the message says why."""


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


def session_in_its_week(s: Session, row: PlannedSessionRow) -> PlannedSession:
    """The core dataclass for a stored session, placed in the couple's week that holds its day."""
    return session_from_row(row, week_start(row.day, first_weekday(s)))


class PlanService:
    """Every change to the plan is one transaction; removal is soft so undo restores everything."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def first_weekday(self) -> int:
        """The ISO weekday the couple's weeks begin on."""
        with self._sessions.begin() as s:
            return first_weekday(s)

    def week_of(self, day: dt.date) -> dt.date:
        """The start of the couple's week holding `day`."""
        return week_start(day, self.first_weekday())

    def get_week(self, start: dt.date) -> WeekPlan:
        """The week beginning on `start` with its sessions (an empty plan if nothing was booked)."""
        end = start + dt.timedelta(days=7)
        with self._sessions.begin() as s:
            intention = s.scalar(select(WeekRow.intention).where(WeekRow.start_date == start)) or ""
            rows = s.scalars(
                select(PlannedSessionRow)
                .where(PlannedSessionRow.day >= start, PlannedSessionRow.day < end)
                .where(PlannedSessionRow.removed_at.is_(None))
                .order_by(PlannedSessionRow.day, PlannedSessionRow.position, PlannedSessionRow.id)
            )
            return WeekPlan(Week(start, intention), tuple(session_from_row(r, start) for r in rows))

    def has_sessions(self, start: dt.date) -> bool:
        """Whether anything is booked in the week beginning on `start`."""
        end = start + dt.timedelta(days=7)
        with self._sessions.begin() as s:
            query = select(func.count()).where(
                PlannedSessionRow.day >= start, PlannedSessionRow.day < end, PlannedSessionRow.removed_at.is_(None)
            )
            return bool(s.scalar(query))

    def add_session(self, draft: SessionDraft) -> PlannedSession:
        """Book `draft` at the end of its day."""
        check_text(draft.note, "session note", SHORT_TEXT_MAX)
        _check_minutes(draft.minutes)
        with self._sessions.begin() as s:
            if s.get(ExerciseRow, draft.exercise_id) is None:
                raise PlanError("That exercise is no longer in the library.")
            start, week = self._week_row(s, draft.day)
            row = PlannedSessionRow(
                week_id=week.id,
                exercise_id=draft.exercise_id,
                day=draft.day,
                start_time=draft.start_time,
                minutes=draft.minutes,
                inviter_id=draft.inviter_id,
                note=draft.note.strip(),
                solo_partner_id=draft.solo_partner_id,
                position=self._next_position(s, draft.day),
            )
            s.add(row)
            s.flush()
            return session_from_row(row, start)

    def save_session(self, session: PlannedSession) -> PlannedSession:
        """Write the editable fields of `session` (day, time, minutes, inviter, note, position)."""
        check_text(session.note, "session note", SHORT_TEXT_MAX)
        _check_minutes(session.minutes)
        with self._sessions.begin() as s:
            row = self._live_row(s, session.id)
            start, week = self._week_row(s, session.day)
            if row.day != session.day and session.position == row.position:
                row.position = self._next_position(s, session.day)
            else:
                row.position = session.position
            row.week_id = week.id
            row.day = session.day
            row.start_time = session.start_time
            row.minutes = session.minutes
            row.inviter_id = session.inviter_id
            row.note = session.note.strip()
            s.flush()
            return session_from_row(row, start)

    def remove_sessions(self, session_ids: Sequence[int]) -> None:
        """Take sessions off the plan; `restore_sessions` brings them back with everything attached."""
        with self._sessions.begin() as s:
            stamp = utcnow()
            for session_id in session_ids:
                self._live_row(s, session_id).removed_at = stamp

    def restore_sessions(self, session_ids: Sequence[int]) -> None:
        """Undo `remove_sessions`."""
        with self._sessions.begin() as s:
            for session_id in session_ids:
                row = s.get(PlannedSessionRow, session_id)
                if row is None:
                    raise PlanError("That session cannot be brought back.")
                row.removed_at = None

    def set_intention(self, start: dt.date, intention: str) -> Week:
        """Set the week's intention line."""
        check_text(intention, "intention", SHORT_TEXT_MAX)
        text = " ".join(intention.split())
        if len(text) > INTENTION_MAX:
            raise PlanError(f"Please keep the intention to one line of at most {INTENTION_MAX} characters.")
        with self._sessions.begin() as s:
            row = s.scalar(select(WeekRow).where(WeekRow.start_date == start))
            if row is None:
                row = WeekRow(start_date=start, intention=text)
                s.add(row)
            row.intention = text
            return Week(start, text)

    def copy_week(self, source: dt.date, target: dt.date) -> list[PlannedSession]:
        """Book the sessions of the week starting `source` into the empty week starting `target`.

        Consent, check-ins and reflections are never copied: a yes from last week is not a yes this week.
        """
        if self.has_sessions(target):
            raise PlanError("This week already has sessions; copying only fills an empty week.")
        originals = self.get_week(source).sessions
        if not originals:
            raise PlanError("There is nothing planned in that week to copy.")
        shift = target - source
        with self._sessions.begin() as s:
            _, week = self._week_row(s, target)
            rows = [
                PlannedSessionRow(
                    week_id=week.id,
                    exercise_id=o.exercise_id,
                    day=o.day + shift,
                    start_time=o.start_time,
                    minutes=o.minutes,
                    inviter_id=o.inviter_id,
                    note=o.note,
                    solo_partner_id=o.solo_partner_id,
                    position=o.position,
                )
                for o in originals
            ]
            s.add_all(rows)
            s.flush()
            return [session_from_row(r, target) for r in rows]

    def suggest_week(
        self, start: dt.date, couple: Couple, exercises: Sequence[Exercise], seed: int
    ) -> list[PlannedSession]:
        """Fill the empty week starting `start` with a suggested plan at the couple's working levels."""
        if self.has_sessions(start):
            raise PlanError("This week already has sessions; a suggestion only fills an empty week.")
        suggestion = suggest_week(start, couple.levels, exercises, couple.partners, seed=seed)
        if not suggestion:
            raise PlanError("Every day of this week is marked as usually busy, so there is nothing to suggest.")
        with self._sessions.begin() as s:
            _, week = self._week_row(s, start)
            rows = [
                PlannedSessionRow(
                    week_id=week.id,
                    exercise_id=item.exercise_id,
                    day=item.day,
                    start_time=item.start_time,
                    minutes=item.minutes,
                    inviter_id=item.inviter_id,
                    note="",
                    position=position,
                )
                for position, item in enumerate(suggestion)
            ]
            s.add_all(rows)
            s.flush()
            return [session_from_row(r, start) for r in rows]

    def _week_row(self, s: Session, day: dt.date) -> tuple[dt.date, WeekRow]:
        start = week_start(day, first_weekday(s))
        row = s.scalar(select(WeekRow).where(WeekRow.start_date == start))
        if row is None:
            row = WeekRow(start_date=start, intention="")
            s.add(row)
            s.flush()
        return start, row

    @staticmethod
    def _next_position(s: Session, day: dt.date) -> int:
        last = s.scalar(
            select(func.max(PlannedSessionRow.position)).where(
                PlannedSessionRow.day == day, PlannedSessionRow.removed_at.is_(None)
            )
        )
        return 0 if last is None else last + 1

    @staticmethod
    def _live_row(s: Session, session_id: int) -> PlannedSessionRow:
        row = s.get(PlannedSessionRow, session_id)
        if row is None or row.removed_at is not None:
            raise PlanError("That session is no longer in the plan.")
        return row


def _check_minutes(minutes: int) -> None:
    if not 1 <= minutes <= MAX_MINUTES:
        raise PlanError(f"A session lasts between 1 and {MAX_MINUTES} minutes.")
