"""What happened, read back: sessions practised and ratings by week, level steps, notes by week, and the outcomes
the grading engine reads. Only what was practised is counted: nothing planned, declined or skipped."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session

from repairplanner.core.clock import Clock
from repairplanner.core.couple import working_levels
from repairplanner.core.entities import CheckIn, LevelChoice, Reflection, SessionStatus, Track
from repairplanner.core.grading import SessionOutcome
from repairplanner.core.weeks import week_start
from repairplanner.db.schema import (
    CheckInRow,
    ExerciseRow,
    LevelChoiceRow,
    PartnerRow,
    PlannedSessionRow,
    ReflectionRow,
)
from repairplanner.services.couple import first_weekday
from repairplanner.services.rows import check_in_from_row
from repairplanner.services.session_rows import reflection_from_row

REPAIR_WINDOW = dt.timedelta(days=7)


@dataclasses.dataclass(frozen=True, slots=True)
class PartnerWeek:
    """One partner's ratings over the done sessions of a week."""

    partner_id: int
    felt_safe: float
    peak_distress: float


@dataclasses.dataclass(frozen=True, slots=True)
class WeekPoint:
    """A week of history: how many sessions were practised, each partner's ratings, expected against actual distress.

    Only what was practised is counted: nothing planned, declined, skipped or withdrawn is counted anywhere.
    """

    start: dt.date
    done: int
    partners: tuple[PartnerWeek, ...]
    expected_distress: float | None
    actual_distress: float | None


@dataclasses.dataclass(frozen=True, slots=True)
class LevelStep:
    """A track's working level from `day` on."""

    day: dt.date
    track: Track
    level: int


@dataclasses.dataclass(frozen=True, slots=True)
class NoteEntry:
    """A reflection note to show by week."""

    week_start: dt.date
    day: dt.date
    partner_id: int
    exercise_title: str
    text: str


@dataclasses.dataclass(frozen=True, slots=True)
class ProgressHistory:
    """Everything the Progress page and the therapist summary draw from."""

    weeks: tuple[WeekPoint, ...]
    levels: tuple[LevelStep, ...]
    shared_notes: tuple[NoteEntry, ...]


def read_history(s: Session, clock: Clock, start: dt.date, end: dt.date) -> ProgressHistory:
    """Sessions practised and ratings by week, level steps and shared notes in `start`..`end` (inclusive)."""
    first = first_weekday(s)
    partner_ids = list(s.scalars(select(PartnerRow.id).order_by(PartnerRow.seat)))
    rows = s.execute(
        select(PlannedSessionRow, ExerciseRow.title)
        .join(ExerciseRow, ExerciseRow.id == PlannedSessionRow.exercise_id)
        .where(PlannedSessionRow.day >= start, PlannedSessionRow.day <= end)
        .where(PlannedSessionRow.removed_at.is_(None))
        .order_by(PlannedSessionRow.day, PlannedSessionRow.position)
    ).all()
    ids = [r[0].id for r in rows]
    reflections: dict[int, list[Reflection]] = defaultdict(list)
    for row in s.scalars(select(ReflectionRow).where(ReflectionRow.session_id.in_(ids))):
        reflections[row.session_id].append(reflection_from_row(row, None))
    check_ins: dict[int, list[int]] = defaultdict(list)
    for check_in in s.scalars(select(CheckInRow).where(CheckInRow.session_id.in_(ids))):
        check_ins[check_in.session_id].append(check_in.expected_distress)
    steps = [step for step in read_level_steps(s, clock) if step.day <= end]
    by_week: dict[dt.date, list[tuple[PlannedSessionRow, str]]] = defaultdict(list)
    notes: list[NoteEntry] = []
    for session, title in rows:
        week = week_start(session.day, first)
        by_week[week].append((session, title))
        for reflection in reflections[session.id]:
            if reflection.visibility.value == "shared" and reflection.note:
                notes.append(NoteEntry(week, session.day, reflection.partner_id, title, reflection.note))
    points = []
    week = week_start(start, first)
    while week <= end:
        sessions = by_week.get(week, [])
        done = [row for row, _ in sessions if row.status == SessionStatus.DONE.value]
        partner_weeks = []
        for pid in partner_ids:
            mine = [r for row in done for r in reflections[row.id] if r.partner_id == pid]
            if mine:
                partner_weeks.append(
                    PartnerWeek(pid, mean(r.felt_safe for r in mine), mean(r.peak_distress for r in mine))
                )
        expected = [e for row in done for e in check_ins[row.id]]
        actual = [r.peak_distress for row in done if check_ins[row.id] for r in reflections[row.id]]
        points.append(
            WeekPoint(
                start=week,
                done=len(done),
                partners=tuple(partner_weeks),
                expected_distress=mean(expected) if expected else None,
                actual_distress=mean(actual) if actual else None,
            )
        )
        week += dt.timedelta(weeks=1)
    return ProgressHistory(tuple(points), tuple(steps), tuple(notes))


def read_private_notes(s: Session, partner_id: int, key: bytes, start: dt.date, end: dt.date) -> list[NoteEntry]:
    """One partner's private notes, opened with their unlocked key."""
    first = first_weekday(s)
    rows = s.execute(
        select(ReflectionRow, PlannedSessionRow.day, ExerciseRow.title)
        .join(PlannedSessionRow, PlannedSessionRow.id == ReflectionRow.session_id)
        .join(ExerciseRow, ExerciseRow.id == PlannedSessionRow.exercise_id)
        .where(ReflectionRow.partner_id == partner_id, ReflectionRow.visibility == "private")
        .where(ReflectionRow.sealed_note.isnot(None))
        .where(PlannedSessionRow.day >= start, PlannedSessionRow.day <= end)
        .order_by(PlannedSessionRow.day)
    ).all()
    entries = []
    for row, day, title in rows:
        note = reflection_from_row(row, key).note or ""
        entries.append(NoteEntry(week_start(day, first), day, partner_id, title, note))
    return entries


def read_outcomes(s: Session, until: dt.date, since: dt.date | None = None) -> list[SessionOutcome]:
    """What the grading engine reads: every session up to `until` with its ratings (notes left out) and check-ins."""
    rows = s.execute(
        select(PlannedSessionRow, ExerciseRow)
        .join(ExerciseRow, ExerciseRow.id == PlannedSessionRow.exercise_id)
        .where(PlannedSessionRow.day <= until, PlannedSessionRow.removed_at.is_(None))
        .where(PlannedSessionRow.day >= (since or dt.date.min))
        .order_by(PlannedSessionRow.day, PlannedSessionRow.position, PlannedSessionRow.id)
    ).all()
    ids = [session.id for session, _ in rows]
    reflections: dict[int, list[Reflection]] = defaultdict(list)
    for row in s.scalars(select(ReflectionRow).where(ReflectionRow.session_id.in_(ids))):
        reflections[row.session_id].append(dataclasses.replace(reflection_from_row(row, None), note=None))
    check_ins: dict[int, list[CheckIn]] = defaultdict(list)
    for check_in in s.scalars(select(CheckInRow).where(CheckInRow.session_id.in_(ids))):
        check_ins[check_in.session_id].append(check_in_from_row(check_in))
    repairs = [
        session.day
        for session, exercise in rows
        if "repair" in exercise.tags and session.status == SessionStatus.DONE.value
    ]
    return [
        SessionOutcome(
            session_id=session.id,
            exercise_id=exercise.id,
            track=Track(exercise.track),
            level=exercise.level,
            day=session.day,
            status=SessionStatus(session.status),
            reflections=tuple(reflections[session.id]),
            check_ins=tuple(check_ins[session.id]),
            repair_talk_followed=any(session.day <= day <= session.day + REPAIR_WINDOW for day in repairs),
        )
        for session, exercise in rows
    ]


def read_level_steps(s: Session, clock: Clock) -> list[LevelStep]:
    """Each change of a track's working level, on the local day it happened."""
    partner_ids = tuple(s.scalars(select(PartnerRow.id).order_by(PartnerRow.seat)))
    if len(partner_ids) != 2:
        return []
    choices: list[LevelChoice] = []
    steps: list[LevelStep] = []
    current: Mapping[Track, int] = {}
    for row in s.scalars(select(LevelChoiceRow).order_by(LevelChoiceRow.at, LevelChoiceRow.id)):
        choices.append(LevelChoice(row.partner_id, Track(row.track), row.level, row.at, row.reason))
        levels = working_levels(choices, (partner_ids[0], partner_ids[1]))
        for track, level in levels.items():
            if current.get(track) != level:
                steps.append(LevelStep(clock.local_date(row.at), track, level))
        current = levels
    return steps
