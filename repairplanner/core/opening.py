"""The week the app opens on, as plain data: what the week page shows before the services are there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, WeekPlan
from repairplanner.core.session_rules import SessionFacts


@dataclass(frozen=True, slots=True)
class OpeningWeek:
    """The couple, their library and the week holding today, with each session's consent and the rules' facts.

    Each field is exactly what a service call returns (named beside it), read at one moment; the week page shows
    it as it would show the same data read through the services.
    """

    #: CoupleService.get()
    couple: Couple
    #: LibraryService.list_exercises(include_archived=True), only those the sessions of `plan` book (the rest of the
    #: library comes with the services).
    exercises: tuple[Exercise, ...]
    #: Clock.today() when it was read.
    today: dt.date
    #: PlanService.get_week(the first day of the couple's week holding `today`)
    plan: WeekPlan
    #: SessionService.consents(every session of `plan`)
    consents: Mapping[int, Mapping[int, bool]]
    #: SessionService.facts(every session of `plan`)
    facts: Mapping[int, SessionFacts]
    #: Who reflected on each session of `plan` that is done or was started (SessionService.reflections' partners).
    reflected: Mapping[int, frozenset[int]]
    #: PlanService.has_sessions(the week before)
    previous_week_booked: bool
    #: SessionService.is_paused()
    paused: bool
