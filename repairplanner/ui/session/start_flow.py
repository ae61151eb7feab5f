"""Starting a session: each partner's private check-in turn (today's yes, a light), the combined advice, then the
guided session and the reflection, or something lighter, a talk, or rest.

Also "Not this — how about…?": a partner declines and proposes another exercise in one step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from repairplanner.core.check_in_rules import NOT_TODAY_TITLE
from repairplanner.core.couple import Couple
from repairplanner.core.entities import (
    MAX_LEVEL,
    MIN_LEVEL,
    Exercise,
    PlannedSession,
    SessionDraft,
    SessionStatus,
    Track,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import Advice
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.session_rules import GENTLE_TALK_MAX_LEVEL, is_gentle_talk
from repairplanner.ui.session.advice_dialog import NextStep, shorter_minutes
from repairplanner.ui.session.alternative_dialog import AlternativeRequest
from repairplanner.ui.session.guided_session import GuidedRequest
from repairplanner.ui.session.reflection_flow import ReflectionFlow
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.week.plan_commands import PlanEditor

if TYPE_CHECKING:
    from repairplanner.services.sessions import SessionService

START_TITLE = QT_TRANSLATE_NOOP("StartFlow", "Starting the session")
DECLINE_TITLE = QT_TRANSLATE_NOOP("StartFlow", "Not this — how about…?")


@dataclass(frozen=True, slots=True)
class FlowOutcome:
    """What came of a flow: whether the session is now under way, and which session to select afterwards."""

    started: bool = False
    select_id: int | None = None


def _title(exercise: Exercise | None) -> str:
    return exercise.title if exercise else translate("StartFlow", "session")


class StartFlow:
    """Walks the couple from 'Start…' to a started session or a gentler choice; nothing here is a failure."""

    def __init__(
        self,
        sessions: SessionService,
        editor: PlanEditor,
        dialogs: DialogService,
        events: AppEvents,
        parent: QWidget,
    ) -> None:
        self._sessions = sessions
        self._editor = editor
        self._dialogs = dialogs
        self._events = events
        self._parent = parent
        self._reflection = ReflectionFlow(sessions, editor, dialogs, events, parent)

    def start(self, session: PlannedSession, couple: Couple, exercises: Mapping[str, Exercise]) -> FlowOutcome:
        """Each partner's private turn, the combined advice, and what the couple chooses; starting opens the guided
        session, which leads to the reflection."""
        exercise = exercises.get(session.exercise_id)
        try:
            order = self._sessions.turn_order(session.id)
        except UserFacingError as error:
            self._dialogs.warn(self._parent, translate("StartFlow", START_TITLE), error.message)
            return FlowOutcome()
        turns = self._dialogs.check_in(self._parent, couple, exercise, order)
        if turns is None:
            return FlowOutcome()
        try:
            advice = self._sessions.check_in_together(session.id, turns)
        except UserFacingError as error:
            self._dialogs.warn(self._parent, translate("StartFlow", START_TITLE), error.message)
            return FlowOutcome()
        if advice.kind is Advice.NOT_TODAY:
            # The same words whoever said it; nothing else is asked or shown.
            self._dialogs.inform(self._parent, translate("CheckIn", NOT_TODAY_TITLE), advice.message)
            return FlowOutcome(select_id=session.id)
        red = advice.kind in (Advice.NO_TOUCH_TODAY, Advice.REST_OR_GENTLER_TALK)
        step = self._dialogs.session_advice(self._parent, advice, exercise, session.minutes)
        if step is None:
            return FlowOutcome()
        if step is NextStep.START:
            return self._start(session, couple, exercise)
        if step is NextStep.SHORTER:
            shorter = dataclasses.replace(session, minutes=shorter_minutes(session.minutes))
            if shorter == session or self._editor.edit(session, shorter, _title(exercise)):
                return self._start(shorter, couple, exercise, lighter=True)
            return FlowOutcome()
        if step is NextStep.REST:
            self._editor.set_status(session, SessionStatus.PAUSED, _title(exercise))
            return FlowOutcome(select_id=session.id)
        return self._swap(session, exercise, couple, exercises, step, red=red)

    def decline(self, session: PlannedSession, couple: Couple, exercises: Mapping[str, Exercise]) -> FlowOutcome:
        """One partner says "not this" and proposes another exercise, which takes its place with their box ticked."""
        current = exercises.get(session.exercise_id)
        request = AlternativeRequest(
            couple,
            tuple(exercises.values()),
            current,
            max_level=current.level if current else MAX_LEVEL,
        )
        choice = self._dialogs.choose_alternative(self._parent, request)
        if choice is None or choice.partner_id is None:
            return FlowOutcome()
        proposed = exercises.get(choice.exercise_id)
        title = proposed.title if proposed else translate("StartFlow", "session")
        proposal = self._editor.decline_with_alternative(session, choice.partner_id, choice.exercise_id, title)
        return FlowOutcome(select_id=proposal.id if proposal is not None else None)

    def _start(
        self, session: PlannedSession, couple: Couple, exercise: Exercise | None, *, lighter: bool = False
    ) -> FlowOutcome:
        try:
            started = self._sessions.start(session.id, lighter=lighter)
        except UserFacingError as error:
            self._dialogs.warn(self._parent, translate("StartFlow", START_TITLE), error.message)
            return FlowOutcome(select_id=session.id)
        request = GuidedRequest.for_exercise(
            exercise,
            started.minutes,
            couple.stop_signal,
            solo=started.solo_partner_id is not None,
            slow_down_signal=couple.slow_down_signal,
        )
        if self._dialogs.guided_session(self._parent, request) is None:
            # Closed part-way: the session stays under way, and "Finish and reflect" is on its card.
            return FlowOutcome(started=True, select_id=session.id)
        # Finished or stopped: both are a complete session, and both lead to the reflection.
        self._reflection.reflect(started, exercise, couple, finishing=True)
        return FlowOutcome(select_id=session.id)

    def _swap(
        self,
        session: PlannedSession,
        exercise: Exercise | None,
        couple: Couple,
        exercises: Mapping[str, Exercise],
        step: NextStep,
        *,
        red: bool = False,
    ) -> FlowOutcome:
        level = exercise.level if exercise else MIN_LEVEL
        track = exercise.track if exercise else Track.TALK
        offered = tuple(exercises.values())
        if step is NextStep.PREVIOUS_LEVEL:
            tracks, top = (track,), max(MIN_LEVEL, level - 1)
            heading = translate("StartFlow", "An exercise from level {level}").format(level=top)
        elif step is NextStep.GENTLER_TALK:
            tracks, top, heading = (Track.TALK,), max(MIN_LEVEL, level - 1), translate("StartFlow", "A gentler talk")
        else:
            talk_level = couple.levels.get(Track.TALK, MIN_LEVEL)
            tracks, top, heading = (Track.TALK,), talk_level, translate("StartFlow", "A talk instead")
        if red:
            # A red light asks for gentleness: only level 1-2 talks, never a heavy one (core.session_rules).
            offered = tuple(e for e in offered if is_gentle_talk(e))
            tracks, top = (Track.TALK,), min(top, GENTLE_TALK_MAX_LEVEL)
        request = AlternativeRequest(couple, offered, exercise, top, tracks=tracks, ask_who=False, heading=heading)
        choice = self._dialogs.choose_alternative(self._parent, request)
        chosen = exercises.get(choice.exercise_id) if choice is not None else None
        if chosen is None:
            return FlowOutcome()
        draft = SessionDraft(session.day, chosen.id, chosen.minutes, session.start_time, session.inviter_id)
        new = self._editor.swap(session, draft, chosen.title)
        return FlowOutcome(select_id=new.id if new is not None else session.id)
