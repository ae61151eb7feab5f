"""What a printed week shows, gathered from the services into plain dataclasses (never a private note)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, PlannedSession, SessionStatus, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.library import NEVER_LIST, never_list
from repairplanner.core.print_options import PrintOptions
from repairplanner.core.printable_week import (
    BODY_MAPS_ID,
    PrintableCard,
    PrintableDay,
    PrintableSession,
    PrintableWeek,
    distinct_initials,
    week_title,
)
from repairplanner.core.session_rules import paused_days
from repairplanner.services.couple import CoupleService, read_setting
from repairplanner.services.guide import HELP_LINES_KEY
from repairplanner.services.library import LibraryService, UnknownExerciseError
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.services.storage import snapshot

__all__ = [
    "NothingToPrintError",
    "PrintService",
    "PrintableCard",
    "PrintableDay",
    "PrintableSession",
    "PrintableWeek",
    "partner_labels",
]

MISSING_TITLE = QT_TRANSLATE_NOOP("PrintService", "An exercise no longer in the library")


class NothingToPrintError(UserFacingError):
    """There is no couple yet, so there is no week to print."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message or translate("PrintService", "There is no couple in this data folder yet."))


class PrintService:
    """Reads the week to print through the other services: the plan, consent, the couple and the library."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        couples: CoupleService,
        plan: PlanService,
        life: SessionService,
        library: LibraryService,
    ) -> None:
        self._factory = sessions
        self._couples = couples
        self._plan = plan
        self._sessions = life
        self._library = library

    def week(self, start: dt.date, options: PrintOptions) -> PrintableWeek:
        """The week holding `start` as it will be printed; NothingToPrintError before the couple exists.

        Everything is read in one snapshot, so an edit made meanwhile is wholly on the page or wholly not.
        """
        with snapshot(self._factory):
            return self._week(start, options)

    def _week(self, start: dt.date, options: PrintOptions) -> PrintableWeek:
        couple = self._couples.get()
        if couple is None:
            raise NothingToPrintError()
        first = self._plan.week_of(start)
        plan = self._plan.get_week(first)
        consents = self._sessions.consents([s.id for s in plan.sessions]) if plan.sessions else {}
        exercises = self._exercises(s.exercise_id for s in plan.sessions)
        labels = partner_labels(couple, initials_only=options.initials_only)
        resting = paused_days(plan.week.days, self._sessions.pause_spans())
        days = tuple(
            PrintableDay(day, resting=True)
            if day in resting
            else PrintableDay(
                day,
                tuple(
                    _printable_session(s, exercises.get(s.exercise_id), couple, consents.get(s.id, {}))
                    for s in plan.on(day)
                ),
                busy=tuple(
                    seat for seat, p in enumerate(couple.partners) if day.isoweekday() in p.unavailable_weekdays
                ),
            )
            for day in plan.week.days
        )
        order = [s.exercise_id for day in plan.week.days if day not in resting for s in plan.on(day)]
        cards = tuple(_card(exercises[i]) for i in dict.fromkeys(order) if i in exercises)
        return PrintableWeek(
            first,
            days,
            labels,
            plan.week.intention,
            couple.stop_signal,
            cards,
            help_lines=self._help_lines(),
            slow_down_signal=couple.slow_down_signal,
        )

    def _help_lines(self) -> str:
        with self._factory.begin() as s:
            value = read_setting(s, HELP_LINES_KEY, "")
            return value if isinstance(value, str) else ""

    def _exercises(self, exercise_ids: Iterable[str]) -> dict[str, Exercise]:
        found = {}
        for exercise_id in dict.fromkeys(exercise_ids):
            try:
                found[exercise_id] = self._library.get(exercise_id)
            except UnknownExerciseError:
                continue
        return found


def partner_labels(couple: Couple, *, initials_only: bool) -> tuple[str, str]:
    """How the partners are named on paper: their names, or their initials (two different ones)."""
    first, second = (p.name for p in couple.partners)
    return distinct_initials(first, second) if initials_only else (first, second)


def _printable_session(
    session: PlannedSession, exercise: Exercise | None, couple: Couple, consent: dict[int, bool]
) -> PrintableSession:
    first, second = couple.partners
    inviter = {first.id: 0, second.id: 1}.get(session.inviter_id) if session.inviter_id is not None else None
    return PrintableSession(
        start_time=session.start_time,
        title=week_title(exercise) if exercise else translate("PrintService", MISSING_TITLE),
        track=exercise.track if exercise else None,
        level=exercise.level if exercise else None,
        minutes=session.minutes,
        inviter=inviter,
        consent=(consent.get(first.id, False), consent.get(second.id, False)),
        done=session.status is SessionStatus.DONE,
        set_aside=session.status in (SessionStatus.SKIPPED, SessionStatus.PAUSED),
        solo={first.id: 0, second.id: 1}.get(session.solo_partner_id) if session.solo_partner_id is not None else None,
        note=session.note,
    )


def _card(exercise: Exercise) -> PrintableCard:
    return PrintableCard(
        title=exercise.title,
        track=exercise.track,
        level=exercise.level,
        minutes=exercise.minutes,
        steps=exercise.steps,
        ease_out=exercise.ease_out,
        agreement=card_agreement(exercise),
        safety=exercise.safety,
        outlines=exercise.id == BODY_MAPS_ID,
    )


def card_agreement(exercise: Exercise) -> str:
    """What each partner agrees to, as printed: every touch card carries the never-list, the couple's own too."""
    never = never_list()
    if exercise.track is Track.TOUCH and NEVER_LIST not in exercise.agreement and never not in exercise.agreement:
        return f"{exercise.agreement} {never}"
    return exercise.agreement
