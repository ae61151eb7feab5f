"""The weekly plan: weeks, their intentions and the sessions booked in them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple, working_levels
from repairplanner.core.entities import (
    MAX_MINUTES,
    Exercise,
    LevelChoice,
    PlannedSession,
    SessionDraft,
    SessionStatus,
    Track,
    Week,
    WeekPlan,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate
from repairplanner.core.limits import SHORT_TEXT_MAX, check_text
from repairplanner.core.method import booking_refusal
from repairplanner.core.pace import asked_for_refusal, copyable, pace_refusal
from repairplanner.core.suggest import suggest_week
from repairplanner.core.weeks import week_start
from repairplanner.db.schema import ExerciseRow, LevelChoiceRow, PartnerRow, PlannedSessionRow, WeekRow
from repairplanner.services.couple import first_weekday
from repairplanner.services.rows import exercise_from_row, session_from_row
from repairplanner.services.storage import transaction

INTENTION_MAX = 200


class PlanError(UserFacingError):
    """A plan edit that cannot be made; the message says why."""


def completed_exercise_ids(s: Session) -> frozenset[str]:
    """The ids of the exercises the couple has completed at least once (a done session still in the plan)."""
    query = select(PlannedSessionRow.exercise_id).where(
        PlannedSessionRow.status == SessionStatus.DONE.value, PlannedSessionRow.removed_at.is_(None)
    )
    return frozenset(s.scalars(query.distinct()))


def check_booking(s: Session, exercise: Exercise, solo_partner_id: int | None) -> None:
    """Refuse, kindly, a booking the order of repair does not allow yet, or a solo exercise without its partner."""
    if exercise.is_solo:
        if solo_partner_id is None or s.get(PartnerRow, solo_partner_id) is None:
            raise PlanError(
                translate("PlanService", "“{title}” is done alone: choose which of you it is for.").format(
                    title=exercise.title
                )
            )
    elif solo_partner_id is not None:
        raise PlanError(
            translate("PlanService", "“{title}” is something you do together, not alone.").format(title=exercise.title)
        )
    library = [exercise_from_row(r) for r in s.scalars(select(ExerciseRow).where(ExerciseRow.archived_at.is_(None)))]
    refusal = booking_refusal(exercise, library, completed_exercise_ids(s))
    if refusal is not None:
        raise PlanError(refusal)


def session_in_its_week(s: Session, row: PlannedSessionRow) -> PlannedSession:
    """The core dataclass for a stored session, placed in the couple's week that holds its day."""
    return session_from_row(row, week_start(row.day, first_weekday(s)))


class PlanService:
    """Every change to the plan is one transaction; removal is soft so undo restores everything."""

    def __init__(self, sessions: sessionmaker[Session], *, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def first_weekday(self) -> int:
        """The ISO weekday the couple's weeks begin on."""
        with transaction(self._sessions) as s:
            return first_weekday(s)

    def week_of(self, day: dt.date) -> dt.date:
        """The start of the couple's week holding `day`."""
        return week_start(day, self.first_weekday())

    def get_week(self, start: dt.date) -> WeekPlan:
        """The week beginning on `start` with its sessions (an empty plan if nothing was booked)."""
        end = start + dt.timedelta(days=7)
        with transaction(self._sessions) as s:
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
        with transaction(self._sessions) as s:
            query = select(func.count()).where(
                PlannedSessionRow.day >= start, PlannedSessionRow.day < end, PlannedSessionRow.removed_at.is_(None)
            )
            return bool(s.scalar(query))

    def add_session(self, draft: SessionDraft) -> PlannedSession:
        """Book `draft` at the end of its day.

        Refused, kindly, above the couple's working level (or touch above talk + 1), for an asked-for talk that no
        partner is asking for (`draft.inviter_id` is the partner who asks), and when the order of repair asks for
        another exercise first.
        """
        check_text(draft.note, "session note", SHORT_TEXT_MAX)
        _check_minutes(draft.minutes)
        with transaction(self._sessions) as s:
            exercise_row = s.get(ExerciseRow, draft.exercise_id)
            if exercise_row is None:
                raise PlanError(translate("PlanService", "That exercise is no longer in the library."))
            exercise = exercise_from_row(exercise_row)
            check_pace(exercise, working_levels_in(s))
            refusal = asked_for_refusal(exercise, draft.inviter_id)
            if refusal:
                raise PlanError(refusal)
            check_booking(s, exercise, draft.solo_partner_id)
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
        """Write the editable fields of `session` (day, time, minutes, inviter, note, position).

        A session still to come is moved or edited only within the couple's working levels.
        """
        check_text(session.note, "session note", SHORT_TEXT_MAX)
        _check_minutes(session.minutes)
        with transaction(self._sessions) as s:
            row = self._live_row(s, session.id)
            exercise_row = s.get(ExerciseRow, row.exercise_id)
            if exercise_row is not None and row.status == SessionStatus.PLANNED.value:
                exercise = exercise_from_row(exercise_row)
                check_pace(exercise, working_levels_in(s))
                refusal = asked_for_refusal(exercise, session.inviter_id)
                if refusal:
                    raise PlanError(refusal)
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
        with transaction(self._sessions) as s:
            stamp = self._clock.stamp()
            for session_id in session_ids:
                self._live_row(s, session_id).removed_at = stamp

    def restore_sessions(self, session_ids: Sequence[int]) -> None:
        """Undo `remove_sessions`."""
        with transaction(self._sessions) as s:
            for session_id in session_ids:
                row = s.get(PlannedSessionRow, session_id)
                if row is None:
                    raise PlanError(translate("PlanService", "That session cannot be brought back."))
                row.removed_at = None

    def set_intention(self, start: dt.date, intention: str) -> Week:
        """Set the week's intention line."""
        check_text(intention, "intention", SHORT_TEXT_MAX)
        text = " ".join(intention.split())
        if len(text) > INTENTION_MAX:
            raise PlanError(
                translate(
                    "PlanService",
                    "Please keep the intention to one line of at most {count} characters.",
                ).format(count=INTENTION_MAX)
            )
        with transaction(self._sessions) as s:
            row = s.scalar(select(WeekRow).where(WeekRow.start_date == start))
            if row is None:
                row = WeekRow(start_date=start, intention=text)
                s.add(row)
            row.intention = text
            return Week(start, text)

    def copy_week(self, source: dt.date, target: dt.date) -> list[PlannedSession]:
        """Book the sessions of the week starting `source` into the empty week starting `target`.

        Consent, check-ins and reflections are never copied: a yes from last week is not a yes this week. Nor is an
        asked-for talk, or an exercise above the levels the couple works at now (they may have stepped back):
        `copy_leaves_out` says how many such sessions a copy leaves out.
        """
        if self.has_sessions(target):
            raise PlanError(
                translate("PlanService", "This week already has sessions; copying only fills an empty week.")
            )
        originals = self.get_week(source).sessions
        if not originals:
            raise PlanError(translate("PlanService", "There is nothing planned in that week to copy."))
        shift = target - source
        with transaction(self._sessions) as s:
            originals = tuple(o for o in originals if self._copyable(s, o.exercise_id))
            if not originals:
                raise PlanError(
                    translate(
                        "PlanService",
                        "Nothing in that week can be copied as it is: asked-for talks wait until "
                        "one of you asks, and the rest is above the levels you are working at "
                        "now. Suggest a week, or add sessions by hand.",
                    )
                )
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

    def copy_leaves_out(self, source: dt.date) -> int:
        """How many sessions of the week starting `source` a copy would leave out (asked-for, or above the levels)."""
        sessions = self.get_week(source).sessions
        with transaction(self._sessions) as s:
            return sum(1 for o in sessions if not self._copyable(s, o.exercise_id))

    def suggest_week(
        self, start: dt.date, couple: Couple, exercises: Sequence[Exercise], seed: int
    ) -> list[PlannedSession]:
        """Fill the empty week starting `start` with a suggested plan at the couple's working levels."""
        if self.has_sessions(start):
            raise PlanError(
                translate("PlanService", "This week already has sessions; a suggestion only fills an empty week.")
            )
        with transaction(self._sessions) as s:
            # The levels as stored now, never a stale copy: a suggestion never brings back a level stepped back from.
            levels = working_levels_in(s)
            completed = completed_exercise_ids(s)
        # The whole library goes in: core.suggest books within the working levels (the same cap as core.pace) and
        # never an asked-for talk, but it must see those talks to know what a required exercise still waits for
        # and whether touch level 3 waits for accountability (filtering them out first unlocked both).
        suggestion = suggest_week(start, levels, exercises, couple.partners, seed=seed, completed=completed)
        if not suggestion:
            raise PlanError(
                translate(
                    "PlanService",
                    "Every day of this week is marked as usually busy, so there is nothing to suggest.",
                )
            )
        with transaction(self._sessions) as s:
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
                    solo_partner_id=item.solo_partner_id,
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
    def _copyable(s: Session, exercise_id: str) -> bool:
        row = s.get(ExerciseRow, exercise_id)
        return row is not None and copyable(exercise_from_row(row), working_levels_in(s))

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
            raise PlanError(translate("PlanService", "That session is no longer in the plan."))
        return row


def _check_minutes(minutes: int) -> None:
    if not 1 <= minutes <= MAX_MINUTES:
        raise PlanError(
            translate("PlanService", "A session lasts between 1 and {count} minutes.").format(count=MAX_MINUTES)
        )


def working_levels_in(s: Session) -> dict[Track, int]:
    """The couple's working levels (the lower of the two partners' choices), read in the caller's transaction."""
    partners = tuple(s.scalars(select(PartnerRow.id).order_by(PartnerRow.seat)))
    if len(partners) != 2:
        return working_levels([], (0, 0))
    choices = [
        LevelChoice(partner_id=c.partner_id, track=Track(c.track), level=c.level, at=c.at, reason=c.reason)
        for c in s.scalars(select(LevelChoiceRow))
    ]
    return working_levels(choices, (partners[0], partners[1]))


def check_pace(exercise: Exercise, levels: dict[Track, int]) -> None:
    """Raise PlanError, kindly, when `exercise` is above the couple's working `levels` (or touch above talk + 1)."""
    refusal = pace_refusal(exercise, levels)
    if refusal:
        raise PlanError(refusal)
