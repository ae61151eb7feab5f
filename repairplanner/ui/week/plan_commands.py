"""Undoable plan edits: each command calls the plan (or a session's status), then tells the app that the plan changed.

Consent, check-ins, starting and reflections are records rather than edits, so they are not on the undo stack;
marking a session done, skipped or rested is an edit of the plan and can be undone like any other. Declining with
an alternative is both: the decline is a record in the consent log, the proposal taking its place is an edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from repairplanner.core.entities import PlannedSession, SessionStatus
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.core.entities import Exercise, SessionDraft
    from repairplanner.services.plan import PlanService
    from repairplanner.services.sessions import SessionService

PROBLEM_TITLE = QT_TRANSLATE_NOOP("PlanCommands", "The plan was not changed")
_INTENTION_ID = 4801
STATUS_VERBS = {
    SessionStatus.DONE: QT_TRANSLATE_NOOP("PlanCommands", "Mark '{title}' done"),
    SessionStatus.SKIPPED: QT_TRANSLATE_NOOP("PlanCommands", "Skip '{title}' this time"),
    SessionStatus.PAUSED: QT_TRANSLATE_NOOP("PlanCommands", "Rest instead of '{title}'"),
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("PlanCommands", "Plan '{title}' again"),
}


class PlanCommand(QUndoCommand):
    """A plan edit made first by `apply()`, before it is pushed, so a refused edit never lands on the stack."""

    def __init__(self, plan: PlanService, events: AppEvents, text: str, week: dt.date) -> None:
        super().__init__(text)
        self._plan = plan
        self._events = events
        self.week = week
        self._applied = False
        self.on_error: Callable[[str], None] | None = None
        self.on_replayed: Callable[[dt.date], None] | None = None

    def apply(self) -> None:
        """Make the edit for the first time; raises UserFacingError if the service refuses it."""
        self._first()
        self._applied = True
        self._events.plan_changed.emit()

    def redo(self) -> None:
        if self._applied:
            # QUndoStack.push calls redo(); the edit was already made by apply().
            self._applied = False
            return
        self._run(self._again)

    def undo(self) -> None:
        self._run(self._back)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except UserFacingError as error:
            # The stack cannot replay this edit any more; drop it rather than leave a lie in the Edit menu.
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(error.message)
        self._events.plan_changed.emit()
        if self.on_replayed is not None:
            self.on_replayed(self.week)

    def _first(self) -> None:
        raise NotImplementedError

    def _again(self) -> None:
        raise NotImplementedError

    def _back(self) -> None:
        raise NotImplementedError


def push_plan_edit(stack: QUndoStack, command: PlanCommand, dialogs: DialogService, parent: QWidget | None) -> bool:
    """Make the edit, then push it as done; a refusal is shown with `dialogs.warn` and nothing is pushed."""
    try:
        command.apply()
    except UserFacingError as error:
        dialogs.warn(parent, translate("PlanCommands", PROBLEM_TITLE), error.message)
        return False
    command.on_error = lambda message: dialogs.warn(parent, translate("PlanCommands", PROBLEM_TITLE), message)
    stack.push(command)
    return True


class AddSessionCommand(PlanCommand):
    """Book an exercise on a day."""

    def __init__(self, plan: PlanService, events: AppEvents, draft: SessionDraft, title: str, week: dt.date) -> None:
        super().__init__(plan, events, translate("PlanCommands", "Add '{title}'").format(title=title), week)
        self._draft = draft
        self.session: PlannedSession | None = None

    def _first(self) -> None:
        self.session = self._plan.add_session(self._draft)

    def _again(self) -> None:
        assert self.session is not None
        self._plan.restore_sessions([self.session.id])

    def _back(self) -> None:
        assert self.session is not None
        self._plan.remove_sessions([self.session.id])


class _SaveSessionCommand(PlanCommand):
    """Replace a session's editable fields, remembering the old ones for undo."""

    #: The undo text, with a `{title}` placeholder (marked for translation by each subclass).
    verb = ""

    def __init__(
        self, plan: PlanService, events: AppEvents, before: PlannedSession, after: PlannedSession, title: str
    ) -> None:
        super().__init__(plan, events, translate("PlanCommands", self.verb).format(title=title), before.week_start)
        self.before = before
        self.after = after

    def _first(self) -> None:
        self.after = self._plan.save_session(self.after)

    def _again(self) -> None:
        self.after = self._plan.save_session(self.after)

    def _back(self) -> None:
        self._plan.save_session(self.before)


class MoveSessionCommand(_SaveSessionCommand):
    """Move a session to another day."""

    verb = QT_TRANSLATE_NOOP("PlanCommands", "Move '{title}'")


class EditSessionCommand(_SaveSessionCommand):
    """Change a session's time, length, inviter or note."""

    verb = QT_TRANSLATE_NOOP("PlanCommands", "Edit '{title}'")


class RemoveSessionCommand(PlanCommand):
    """Take a session off the plan (softly, so undo brings it back with everything attached)."""

    def __init__(self, plan: PlanService, events: AppEvents, session: PlannedSession, title: str) -> None:
        super().__init__(
            plan, events, translate("PlanCommands", "Remove '{title}'").format(title=title), session.week_start
        )
        self.session = session

    def _first(self) -> None:
        self._plan.remove_sessions([self.session.id])

    def _again(self) -> None:
        self._plan.remove_sessions([self.session.id])

    def _back(self) -> None:
        self._plan.restore_sessions([self.session.id])


class SetIntentionCommand(PlanCommand):
    """Change the week's intention; consecutive changes to the same week merge into one step."""

    def __init__(self, plan: PlanService, events: AppEvents, week: dt.date, before: str, after: str) -> None:
        super().__init__(plan, events, translate("PlanCommands", "Change the intention"), week)
        self.before = before
        self.after = after

    def id(self) -> int:
        return _INTENTION_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetIntentionCommand) or other.week != self.week:
            return False
        self.after = other.after
        # Typing back to where we started leaves nothing to undo.
        self.setObsolete(self.after == self.before)
        return True

    def _first(self) -> None:
        self.after = self._plan.set_intention(self.week, self.after).intention

    def _again(self) -> None:
        self._plan.set_intention(self.week, self.after)

    def _back(self) -> None:
        self._plan.set_intention(self.week, self.before)


class CopyWeekCommand(PlanCommand):
    """Fill an empty week with copies of another week's sessions (never their consent or notes)."""

    def __init__(self, plan: PlanService, events: AppEvents, source: dt.date, target: dt.date) -> None:
        super().__init__(plan, events, translate("PlanCommands", "Copy last week"), target)
        self.source = source
        self.copied_ids: list[int] = []

    def _first(self) -> None:
        self.copied_ids = [s.id for s in self._plan.copy_week(self.source, self.week)]

    def _again(self) -> None:
        self._plan.restore_sessions(self.copied_ids)

    def _back(self) -> None:
        self._plan.remove_sessions(self.copied_ids)


class SuggestWeekCommand(PlanCommand):
    """Fill an empty week with a suggested plan at the couple's working levels, for them to edit together."""

    def __init__(
        self,
        plan: PlanService,
        events: AppEvents,
        week: dt.date,
        *,
        couple: Couple,
        exercises: list[Exercise],
        seed: int,
    ) -> None:
        super().__init__(plan, events, translate("PlanCommands", "Suggest a week"), week)
        self._couple = couple
        self._exercises = exercises
        self._seed = seed
        self.suggested_ids: list[int] = []

    def _first(self) -> None:
        suggested = self._plan.suggest_week(self.week, self._couple, self._exercises, self._seed)
        self.suggested_ids = [s.id for s in suggested]

    def _again(self) -> None:
        self._plan.restore_sessions(self.suggested_ids)

    def _back(self) -> None:
        self._plan.remove_sessions(self.suggested_ids)


class SetStatusCommand(PlanCommand):
    """Mark a session done, skipped, rested (paused) or planned again; none of these counts against anyone."""

    def __init__(
        self,
        plan: PlanService,
        sessions: SessionService,
        events: AppEvents,
        session: PlannedSession,
        *,
        status: SessionStatus,
        title: str,
    ) -> None:
        text = translate("PlanCommands", STATUS_VERBS[status]).format(title=title)
        super().__init__(plan, events, text, session.week_start)
        self._sessions = sessions
        self.session = session
        self.status = status

    def _first(self) -> None:
        self._sessions.set_status(self.session.id, self.status)

    def _again(self) -> None:
        self._sessions.set_status(self.session.id, self.status)

    def _back(self) -> None:
        self._sessions.set_status(self.session.id, self.session.status)


class SwapSessionCommand(PlanCommand):
    """Book something gentler beside a session and let the original go this time, in one step."""

    def __init__(
        self,
        plan: PlanService,
        sessions: SessionService,
        events: AppEvents,
        original: PlannedSession,
        *,
        draft: SessionDraft,
        title: str,
    ) -> None:
        text = translate("PlanCommands", "Choose '{title}' instead").format(title=title)
        super().__init__(plan, events, text, original.week_start)
        self._sessions = sessions
        self.original = original
        self._draft = draft
        self.session: PlannedSession | None = None

    def _first(self) -> None:
        self.session = self._plan.add_session(self._draft)
        try:
            self._sessions.set_status(self.original.id, SessionStatus.SKIPPED)
        except UserFacingError:
            self._plan.remove_sessions([self.session.id])
            raise

    def _again(self) -> None:
        assert self.session is not None
        self._plan.restore_sessions([self.session.id])
        self._sessions.set_status(self.original.id, SessionStatus.SKIPPED)

    def _back(self) -> None:
        assert self.session is not None
        self._plan.remove_sessions([self.session.id])
        self._sessions.set_status(self.original.id, self.original.status)


class DeclineWithAlternativeCommand(PlanCommand):
    """'Not this — how about…?': the proposal takes the declined session's place, in one step.

    The decline itself stays in the consent log (a record, never undone); undo puts the declined session back in
    its slot and takes the proposal off, redo swaps them again.
    """

    def __init__(
        self,
        plan: PlanService,
        sessions: SessionService,
        events: AppEvents,
        declined: PlannedSession,
        *,
        partner_id: int,
        exercise_id: str,
        title: str,
    ) -> None:
        text = translate("PlanCommands", "Suggest '{title}' instead").format(title=title)
        super().__init__(plan, events, text, declined.week_start)
        self._sessions = sessions
        self.declined = declined
        self._partner_id = partner_id
        self._exercise_id = exercise_id
        self.session: PlannedSession | None = None

    def apply(self) -> None:
        super().apply()
        self._events.consent_changed.emit()

    def _first(self) -> None:
        self.session = self._sessions.decline_with_alternative(self.declined.id, self._partner_id, self._exercise_id)

    def _again(self) -> None:
        assert self.session is not None
        self._plan.remove_sessions([self.declined.id])
        self._plan.restore_sessions([self.session.id])

    def _back(self) -> None:
        assert self.session is not None
        self._plan.remove_sessions([self.session.id])
        self._plan.restore_sessions([self.declined.id])


class PlanEditor:
    """Makes each kind of plan edit as a command on the shared undo stack; refusals are shown, never pushed.

    `on_replayed(week)` is called after an undo or redo, so the page can show the week it changed.
    """

    def __init__(
        self,
        plan: PlanService,
        events: AppEvents,
        stack: QUndoStack,
        dialogs: DialogService,
        parent: QWidget,
        *,
        sessions: SessionService | None = None,
        on_replayed: Callable[[dt.date], None] | None = None,
    ) -> None:
        self._plan = plan
        self._sessions = sessions
        self._events = events
        self._stack = stack
        self._dialogs = dialogs
        self._parent = parent
        self._on_replayed = on_replayed

    def add(self, draft: SessionDraft, title: str, week: dt.date) -> PlannedSession | None:
        """Book `draft` (in the week starting `week`); the new session, or None if refused."""
        command = AddSessionCommand(self._plan, self._events, draft, title, week)
        return command.session if self._push(command) else None

    def move(self, before: PlannedSession, after: PlannedSession, title: str) -> bool:
        """Move a session to `after.day`."""
        return self._push(MoveSessionCommand(self._plan, self._events, before, after, title))

    def edit(self, before: PlannedSession, after: PlannedSession, title: str) -> bool:
        """Save a session's changed fields."""
        return self._push(EditSessionCommand(self._plan, self._events, before, after, title))

    def remove(self, session: PlannedSession, title: str) -> bool:
        """Take a session off the plan."""
        return self._push(RemoveSessionCommand(self._plan, self._events, session, title))

    def set_intention(self, week: dt.date, before: str, after: str) -> bool:
        """Change the intention of the week starting `week`."""
        return self._push(SetIntentionCommand(self._plan, self._events, week, before, after))

    def copy_week(self, source: dt.date, target: dt.date) -> bool:
        """Copy the week starting `source` into the empty week starting `target`."""
        return self._push(CopyWeekCommand(self._plan, self._events, source, target))

    def suggest_week(self, week: dt.date, couple: Couple, exercises: list[Exercise], seed: int) -> bool:
        """Fill the empty week starting `week` with a suggestion from `exercises` at the couple's levels."""
        command = SuggestWeekCommand(self._plan, self._events, week, couple=couple, exercises=exercises, seed=seed)
        return self._push(command)

    def set_status(self, session: PlannedSession, status: SessionStatus, title: str) -> bool:
        """Mark a session done, skipped, rested or planned again."""
        assert self._sessions is not None
        command = SetStatusCommand(self._plan, self._sessions, self._events, session, status=status, title=title)
        return self._push(command)

    def swap(self, original: PlannedSession, draft: SessionDraft, title: str) -> PlannedSession | None:
        """Book `draft` (titled `title`) instead of `original`; the new session, or None if refused."""
        assert self._sessions is not None
        command = SwapSessionCommand(self._plan, self._sessions, self._events, original, draft=draft, title=title)
        return command.session if self._push(command) else None

    def decline_with_alternative(
        self, declined: PlannedSession, partner_id: int, exercise_id: str, title: str
    ) -> PlannedSession | None:
        """`partner_id` declines `declined` and proposes `exercise_id` (titled `title`) in its place; the proposal."""
        assert self._sessions is not None
        command = DeclineWithAlternativeCommand(
            self._plan,
            self._sessions,
            self._events,
            declined,
            partner_id=partner_id,
            exercise_id=exercise_id,
            title=title,
        )
        return command.session if self._push(command) else None

    def _push(self, command: PlanCommand) -> bool:
        command.on_replayed = self._on_replayed
        return push_plan_edit(self._stack, command, self._dialogs, self._parent)
