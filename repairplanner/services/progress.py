"""Progress: the grading engine's offers, private readiness answers, pausing, and the history behind the charts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import (
    GradingSettings,
    SessionOutcome,
    StuckExercise,
    TrackAssessment,
    assess_track,
    stuck_exercises,
)
from repairplanner.core.i18n import translate
from repairplanner.core.method import accountability_waiting, touch_gate
from repairplanner.core.readiness import PauseState, ReadyReveal, ReadyRound, move_up, reveal
from repairplanner.db.schema import (
    ExerciseRow,
    LevelChoiceRow,
    PauseResumeRow,
    PauseRow,
    ReadyAnswerRow,
)
from repairplanner.services.history import (
    LevelStep,
    NoteEntry,
    PartnerWeek,
    ProgressHistory,
    WeekPoint,
    read_history,
    read_level_steps,
    read_outcomes,
    read_private_notes,
)
from repairplanner.services.plan import completed_exercise_ids
from repairplanner.services.rows import exercise_from_row
from repairplanner.services.storage import transaction
from repairplanner.services.thresholds import read_thresholds

#: How far back the engine looks: far more than its rules need, and it keeps ten years of history cheap.
ENGINE_MEMORY = dt.timedelta(days=366)

__all__ = [
    "ENGINE_MEMORY",
    "LevelStep",
    "NoteEntry",
    "PartnerWeek",
    "ProgressError",
    "ProgressHistory",
    "ProgressService",
    "WeekPoint",
]


class ProgressError(UserFacingError):
    """A progression step that cannot be taken; the message says why, kindly."""


class ProgressService:
    """Offers, never decisions: levels change only when both partners say so."""

    def __init__(
        self, sessions: sessionmaker[Session], settings: GradingSettings | None = None, *, clock: Clock
    ) -> None:
        self._sessions = sessions
        self._fixed = settings  # a test's thresholds; otherwise the couple's, from Settings › Pace, read each time
        self._clock = clock

    def _thresholds(self, s: Session) -> GradingSettings:
        """The thresholds in force, read in the caller's transaction: the couple's choice (or the defaults), unless
        fixed at construction."""
        return self._fixed if self._fixed is not None else read_thresholds(s)

    # --- the engine's offers -------------------------------------------------------------------------------------

    def outcomes(self, until: dt.date, since: dt.date | None = None) -> list[SessionOutcome]:
        """Every session from `since` up to `until` as the grading engine sees it (private notes stay sealed)."""
        with transaction(self._sessions) as s:
            return read_outcomes(s, until, since)

    def assessments(self, couple: Couple, today: dt.date) -> dict[Track, TrackAssessment]:
        """The engine's offer for each track today."""
        with transaction(self._sessions) as s:
            outcomes = read_outcomes(s, today, today - ENGINE_MEMORY)
            since = self._level_since(s)
            waiting = self._accountability_waiting(s)
            settings = self._thresholds(s)
        levels = couple.levels
        return {
            track: assess_track(
                track,
                levels[track],
                outcomes,
                today,
                talk_level=levels[Track.TALK],
                settings=settings,
                level_since=since.get(track),
                accountability_waiting=waiting,
            )
            for track in Track
        }

    def stuck(self, today: dt.date) -> list[StuckExercise]:
        """Exercises that held or stepped back twice in a row."""
        with transaction(self._sessions) as s:
            return stuck_exercises(read_outcomes(s, today, today - ENGINE_MEMORY), self._thresholds(s))

    # --- levels and readiness ------------------------------------------------------------------------------------

    def ready_round(self, couple: Couple, track: Track, week: dt.date) -> ReadyRound:
        """This week's private answers to 'ready for the next level on this track?'."""
        target = couple.levels[track] + 1
        if target > 5:
            if track is Track.TOUCH:
                raise ProgressError(translate("ProgressService", "You are at the top of the touch ladder already."))
            raise ProgressError(translate("ProgressService", "You are at the top of the talk ladder already."))
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
            settings = self._thresholds(s)
        gate = touch_gate(track, current + 1, waiting)
        if gate is not None:
            raise ProgressError(gate)
        new = move_up(
            current,
            self.ready_round(couple, track, week),
            confirmed=True,
            talk_level=couple.levels[Track.TALK],
            settings=settings,
            accountability_waiting=waiting,
        )
        if new == current:
            raise ProgressError(
                translate(
                    "ProgressService",
                    "Moving up needs both of you to answer 'ready' first, and touch stays within one level of talk.",
                )
            )
        with transaction(self._sessions) as s:
            now = self._clock.stamp()
            for partner in couple.partners:
                s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=new, reason="moved up", at=now))
        return new

    def choose_lower_level(self, couple: Couple, partner_id: int, track: Track, level: int) -> int:
        """Either partner may step a track back at any time; the working level is the lower of the two."""
        if not 1 <= level <= couple.levels[track]:
            raise ProgressError(
                translate("ProgressService", "A level can be lowered here; moving up is something you decide together.")
            )
        with transaction(self._sessions) as s:
            now = self._clock.stamp()
            s.add(LevelChoiceRow(partner_id=partner_id, track=track.value, level=level, reason="stepped back", at=now))
            touch_cap = level + self._thresholds(s).touch_max_above_talk
            if track is Track.TALK and couple.levels[Track.TOUCH] > touch_cap:
                # Words carry the touch: stepping talk back brings touch along to within one level of it.
                s.add(
                    LevelChoiceRow(partner_id=partner_id, track="touch", level=touch_cap, reason="stepped back", at=now)
                )
        return level

    def level_steps(self) -> list[LevelStep]:
        """Each change of a track's working level, oldest first."""
        with transaction(self._sessions) as s:
            return read_level_steps(s, self._clock)

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
            return read_history(s, self._clock, start, end)

    def private_notes(self, partner_id: int, key: bytes, start: dt.date, end: dt.date) -> list[NoteEntry]:
        """One partner's private notes, opened with their unlocked key."""
        with transaction(self._sessions) as s:
            return read_private_notes(s, partner_id, key, start, end)

    # --- helpers -------------------------------------------------------------------------------------------------

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
