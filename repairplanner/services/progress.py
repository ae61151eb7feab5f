"""Progress: the grading engine's offers, private readiness answers, pausing, and the history behind the charts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from statistics import mean

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple, working_levels
from repairplanner.core.entities import CheckIn, Exercise, LevelChoice, Reflection, SessionStatus, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import (
    DEFAULT_GRADING,
    GradingSettings,
    SessionOutcome,
    StuckExercise,
    TrackAssessment,
    assess_track,
    stuck_exercises,
)
from repairplanner.core.method import accountability_waiting, touch_gate
from repairplanner.core.readiness import PauseState, ReadyReveal, ReadyRound, move_up, reveal
from repairplanner.core.weeks import week_start
from repairplanner.db.schema import (
    CheckInRow,
    ExerciseRow,
    LevelChoiceRow,
    PartnerRow,
    PauseResumeRow,
    PauseRow,
    PlannedSessionRow,
    ReadyAnswerRow,
    ReflectionRow,
)
from repairplanner.services.couple import first_weekday
from repairplanner.services.library import exercise_from_row
from repairplanner.services.plan import completed_exercise_ids
from repairplanner.services.sessions import check_in_from_row, reflection_from_row
from repairplanner.services.storage import transaction

REPAIR_WINDOW = dt.timedelta(days=7)
#: How far back the engine looks: far more than its rules need, and it keeps ten years of history cheap.
ENGINE_MEMORY = dt.timedelta(days=366)


class ProgressError(UserFacingError):
    """A progression step that cannot be taken; the message says why, kindly."""


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


class ProgressService:
    """Offers, never decisions: levels change only when both partners say so."""

    def __init__(
        self, sessions: sessionmaker[Session], settings: GradingSettings = DEFAULT_GRADING, *, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._settings = settings
        self._clock = clock

    # --- the engine's offers -------------------------------------------------------------------------------------

    def outcomes(self, until: dt.date, since: dt.date | None = None) -> list[SessionOutcome]:
        """Every session from `since` up to `until` as the grading engine sees it (private notes stay sealed)."""
        with transaction(self._sessions) as s:
            return self._outcomes(s, until, since)

    def assessments(self, couple: Couple, today: dt.date) -> dict[Track, TrackAssessment]:
        """The engine's offer for each track today."""
        with transaction(self._sessions) as s:
            outcomes = self._outcomes(s, today, today - ENGINE_MEMORY)
            since = self._level_since(s)
            waiting = self._accountability_waiting(s)
        levels = couple.levels
        return {
            track: assess_track(
                track,
                levels[track],
                outcomes,
                today,
                talk_level=levels[Track.TALK],
                settings=self._settings,
                level_since=since.get(track),
                accountability_waiting=waiting,
            )
            for track in Track
        }

    def stuck(self, today: dt.date) -> list[StuckExercise]:
        """Exercises that held or stepped back twice in a row."""
        return stuck_exercises(self.outcomes(today, today - ENGINE_MEMORY), self._settings)

    # --- levels and readiness ------------------------------------------------------------------------------------

    def ready_round(self, couple: Couple, track: Track, week: dt.date) -> ReadyRound:
        """This week's private answers to 'ready for the next level on this track?'."""
        target = couple.levels[track] + 1
        if target > 5:
            raise ProgressError(f"You are at the top of the {track.value} ladder already.")
        ids = (couple.partners[0].id, couple.partners[1].id)
        with transaction(self._sessions) as s:
            query = select(ReadyAnswerRow).where(
                ReadyAnswerRow.track == track.value,
                ReadyAnswerRow.target_level == target,
                ReadyAnswerRow.week_start == week,
            )
            answers = {r.partner_id: r.ready for r in s.scalars(query)}
        ready = frozenset(p for p, said in answers.items() if said)
        not_yet = frozenset(p for p, said in answers.items() if not said)
        return ReadyRound(track, target, ids, ready, not_yet)

    def answer_ready(self, couple: Couple, partner_id: int, track: Track, week: dt.date, ready: bool) -> ReadyReveal:
        """Record one partner's private answer; returns only what both may see."""
        current = self.ready_round(couple, track, week)
        current.answer(partner_id, ready)  # validates the partner
        with transaction(self._sessions) as s:
            row = s.scalar(
                select(ReadyAnswerRow).where(
                    ReadyAnswerRow.partner_id == partner_id,
                    ReadyAnswerRow.track == track.value,
                    ReadyAnswerRow.target_level == current.target_level,
                    ReadyAnswerRow.week_start == week,
                )
            )
            if row is None:
                row = ReadyAnswerRow(
                    partner_id=partner_id, track=track.value, target_level=current.target_level, week_start=week
                )
                s.add(row)
            row.ready = ready
            row.at = self._clock.stamp()
        return reveal(self.ready_round(couple, track, week))

    def reveal(self, couple: Couple, track: Track, week: dt.date) -> ReadyReveal:
        """What both partners may see of this week's readiness round."""
        return reveal(self.ready_round(couple, track, week))

    def confirm_move_up(self, couple: Couple, track: Track, week: dt.date) -> int:
        """Move the track up one level, only after both said ready and the couple confirmed together."""
        current = couple.levels[track]
        with transaction(self._sessions) as s:
            waiting = self._accountability_waiting(s)
        gate = touch_gate(track, current + 1, waiting)
        if gate is not None:
            raise ProgressError(gate)
        new = move_up(
            current,
            self.ready_round(couple, track, week),
            confirmed=True,
            talk_level=couple.levels[Track.TALK],
            settings=self._settings,
            accountability_waiting=waiting,
        )
        if new == current:
            raise ProgressError(
                "Moving up needs both of you to answer 'ready' first, and touch stays within one level of talk."
            )
        with transaction(self._sessions) as s:
            now = self._clock.stamp()
            for partner in couple.partners:
                s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=new, reason="moved up", at=now))
        return new

    def choose_lower_level(self, couple: Couple, partner_id: int, track: Track, level: int) -> int:
        """Either partner may step a track back at any time; the working level is the lower of the two."""
        if not 1 <= level <= couple.levels[track]:
            raise ProgressError("A level can be lowered here; moving up is something you decide together.")
        with transaction(self._sessions) as s:
            now = self._clock.stamp()
            s.add(LevelChoiceRow(partner_id=partner_id, track=track.value, level=level, reason="stepped back", at=now))
            touch_cap = level + self._settings.touch_max_above_talk
            if track is Track.TALK and couple.levels[Track.TOUCH] > touch_cap:
                # Words carry the touch: stepping talk back brings touch along to within one level of it.
                s.add(
                    LevelChoiceRow(partner_id=partner_id, track="touch", level=touch_cap, reason="stepped back", at=now)
                )
        return level

    def level_steps(self) -> list[LevelStep]:
        """Each change of a track's working level, oldest first."""
        with transaction(self._sessions) as s:
            return self._level_steps(s)

    # --- pause ---------------------------------------------------------------------------------------------------

    def pause_state(self, couple: Couple) -> PauseState:
        """Whether the plan is paused and who has asked to resume (shown only to that partner)."""
        ids = (couple.partners[0].id, couple.partners[1].id)
        with transaction(self._sessions) as s:
            pause = s.scalar(select(PauseRow).where(PauseRow.ended_at.is_(None)).order_by(PauseRow.id.desc()))
            if pause is None:
                return PauseState(ids)
            asked = frozenset(s.scalars(select(PauseResumeRow.partner_id).where(PauseResumeRow.pause_id == pause.id)))
            return PauseState(ids, True, asked & frozenset(ids))

    def pause(self, couple: Couple, partner_id: int) -> PauseState:
        """Pause the whole plan at one partner's word; no reason asked."""
        state = self.pause_state(couple).pause(partner_id)
        with transaction(self._sessions) as s:
            pause = s.scalar(select(PauseRow).where(PauseRow.ended_at.is_(None)))
            if pause is None:
                s.add(PauseRow(started_by_id=partner_id, started_at=self._clock.stamp()))
            else:
                request = s.get(PauseResumeRow, (pause.id, partner_id))
                if request is not None:
                    s.delete(request)
        return state

    def request_resume(self, couple: Couple, partner_id: int) -> PauseState:
        """One partner asks to resume; the plan resumes once both have asked."""
        state = self.pause_state(couple).request_resume(partner_id)
        with transaction(self._sessions) as s:
            pause = s.scalar(select(PauseRow).where(PauseRow.ended_at.is_(None)))
            if pause is None:
                return state
            if s.get(PauseResumeRow, (pause.id, partner_id)) is None:
                s.add(PauseResumeRow(pause_id=pause.id, partner_id=partner_id, at=self._clock.stamp()))
            if not state.paused:
                pause.ended_at = self._clock.stamp()
        return state

    # --- history -------------------------------------------------------------------------------------------------

    def history(self, start: dt.date, end: dt.date) -> ProgressHistory:
        """Sessions practised and ratings by week, level steps and shared notes in `start`..`end` (inclusive)."""
        with transaction(self._sessions) as s:
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
            steps = [step for step in self._level_steps(s) if step.day <= end]
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

    def private_notes(self, partner_id: int, key: bytes, start: dt.date, end: dt.date) -> list[NoteEntry]:
        """One partner's private notes, opened with their unlocked key."""
        with transaction(self._sessions) as s:
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

    # --- helpers -------------------------------------------------------------------------------------------------

    def _outcomes(self, s: Session, until: dt.date, since: dt.date | None = None) -> list[SessionOutcome]:
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

    @staticmethod
    def _accountability_waiting(s: Session) -> tuple[Exercise, ...]:
        """The accountability exercises touch level 3 still waits for (none once one was done, or if none exist)."""
        rows = s.scalars(select(ExerciseRow))
        return accountability_waiting((exercise_from_row(r) for r in rows), completed_exercise_ids(s))

    def _level_since(self, s: Session) -> dict[Track, dt.date]:
        since: dict[Track, dt.date] = {}
        for choice in s.scalars(select(LevelChoiceRow).order_by(LevelChoiceRow.at)):
            since[Track(choice.track)] = self._clock.local_date(choice.at)  # stored in UTC; the couple's day is local
        return since

    def _level_steps(self, s: Session) -> list[LevelStep]:
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
                    steps.append(LevelStep(self._clock.local_date(row.at), track, level))
            current = levels
        return steps
