"""Booking from the week page: what an added or dropped exercise needs asked (who asks for a talk, whom a solo
exercise is for, the day and time) before the plan editor books it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, SessionDraft, WeekPlan
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.pace import ASKED_FOR_QUESTION, pace_refusal
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.week.session_words import DEFAULT_TIME

MISSING_EXERCISE = QT_TRANSLATE_NOOP("Booking", "That exercise is no longer in the library.")


def draft_for(day: dt.date, exercise: Exercise, start_time: dt.time | None, inviter_id: int | None) -> SessionDraft:
    """A booking of `exercise` on `day` at its usual length."""
    return SessionDraft(day, exercise.id, exercise.minutes, start_time=start_time, inviter_id=inviter_id)


class Booking:
    """Turns "Add to week…" and a drop on a day into a session draft, asking through the dialog service."""

    def __init__(self, dialogs: DialogService, parent: QWidget) -> None:
        self._dialogs = dialogs
        self._parent = parent

    def for_add(self, exercise: Exercise, couple: Couple, week: WeekPlan, day: dt.date) -> SessionDraft | None:
        """The draft for "Add to week…" on `day` (the form lets the couple change it), or None."""
        refusal = pace_refusal(exercise, couple.levels)
        if refusal:
            self._dialogs.warn(self._parent, translate("Booking", "Add to week"), refusal)
            return None
        inviter = self._asker(exercise, couple) if exercise.is_asked_for else self._default_inviter(week, couple)
        if exercise.is_asked_for and inviter is None:
            return None
        proposal = draft_for(day, exercise, DEFAULT_TIME, inviter)
        return self._dialogs.add_session(self._parent, exercise, couple, proposal)

    def for_drop(self, exercise: Exercise, couple: Couple, week: WeekPlan, day: dt.date) -> SessionDraft | None:
        """The draft for `exercise` dropped on `day`, or None."""
        inviter = self._asker(exercise, couple) if exercise.is_asked_for else self._default_inviter(week, couple)
        if exercise.is_asked_for and inviter is None:
            return None
        draft = draft_for(day, exercise, None, inviter)
        if exercise.is_solo:
            # A solo exercise belongs to one partner: the form asks whom it is for.
            return self._dialogs.add_session(self._parent, exercise, couple, draft)
        return draft

    def _default_inviter(self, week: WeekPlan, couple: Couple) -> int:
        """The partner who did not invite the week's last session, so that inviting alternates."""
        last = next((s.inviter_id for s in reversed(week.sessions) if s.inviter_id is not None), None)
        return couple.partners[0].id if last is None else couple.other(last).id

    def _asker(self, exercise: Exercise, couple: Couple) -> int | None:
        """For an asked-for talk, the partner who asks for it (and so invites); None if nobody does."""
        names = [p.name for p in couple.partners]
        question = translate("Pace", ASKED_FOR_QUESTION)  # core marks it in the "Pace" context
        seat = self._dialogs.choose_partner(self._parent, exercise.title, question, names)
        return None if seat is None else couple.partners[seat].id
