"""Safety and help from anywhere: the dialog, the couple's help lines saved, and "Something new came out"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from repairplanner.core.entities import MIN_LEVEL, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.guide.safety_dialog import TITLE, SafetyRequest
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.guide import GuideService
    from repairplanner.services.progress import ProgressService

# Shown through translate("SafetyFlow", ...).
NEW_TITLE = QT_TRANSLATE_NOOP("SafetyFlow", "Something new came out")
WHO_PAUSES = QT_TRANSLATE_NOOP("SafetyFlow", "Either of you can pause the plan. Who is pausing it now?")
BACK_TO_ONE = QT_TRANSLATE_NOOP(
    "SafetyFlow",
    "Your plan is paused; nothing is missed while it rests. When something new comes out, it often helps to start "
    "again gently. Would you like to go back to level 1 on both tracks? Choose No to keep your levels as they are.",
)
THERAPIST = QT_TRANSLATE_NOOP(
    "SafetyFlow",
    "Please take this to your therapist, together or each of you alone, before you go on. A new disclosure is a fresh "
    "hurt, and it deserves care and time. The plan resumes only when you have both said you are ready.",
)


class SafetyFlow:
    """Opens Safety and help, keeps the couple's lines, and walks "Something new came out" step by step."""

    def __init__(
        self,
        dialogs: DialogService,
        events: AppEvents,
        guide: GuideService,
        progress: ProgressService,
        parent: QWidget,
    ) -> None:
        self._dialogs = dialogs
        self._events = events
        self._guide = guide
        self._progress = progress
        self._parent = parent

    def open(self, couple: Couple) -> None:
        """Show Safety and help; save the lines if they changed; run "Something new came out" if chosen."""
        try:
            sections = self._guide.safety()
            lines = self._guide.help_lines()
        except UserFacingError as error:
            self._dialogs.warn(self._parent, translate("SafetyDialog", TITLE), error.message)
            sections, lines = (), ""
        choice = self._dialogs.safety_and_help(self._parent, SafetyRequest(sections, lines))
        if choice is None:
            return
        if choice.help_lines.strip() != lines.strip():
            try:
                self._guide.set_help_lines(choice.help_lines)
            except UserFacingError as error:
                self._dialogs.warn(self._parent, translate("SafetyDialog", TITLE), error.message)
        if choice.something_new:
            self.something_new(couple)

    def something_new(self, couple: Couple) -> bool:
        """Pause the plan (at one partner's word), offer level 1, and point to the therapist. False if cancelled."""
        names = [p.name for p in couple.partners]
        title = translate("SafetyFlow", NEW_TITLE)
        seat = self._dialogs.choose_partner(self._parent, title, translate("SafetyFlow", WHO_PAUSES), names)
        if seat is None:
            return False
        partner = couple.partners[seat]
        try:
            self._progress.pause(couple, partner.id)
        except UserFacingError as error:
            self._dialogs.warn(self._parent, title, error.message)
            return False
        self._events.couple_changed.emit()
        higher = [track for track in Track if couple.levels[track] > MIN_LEVEL]
        if higher and self._dialogs.confirm(self._parent, title, translate("SafetyFlow", BACK_TO_ONE)):
            try:
                # Talk first: stepping talk back brings touch along, as the Progress page's step back does.
                for track in sorted(higher, key=lambda t: t is not Track.TALK):
                    self._progress.choose_lower_level(couple, partner.id, track, MIN_LEVEL)
            except UserFacingError as error:
                self._dialogs.warn(self._parent, title, error.message)
            self._events.couple_changed.emit()
        lines = self._lines()
        therapist = translate("SafetyFlow", THERAPIST)
        self._dialogs.inform(self._parent, title, f"{therapist}\n\n{lines}" if lines else therapist)
        return True

    def _lines(self) -> str:
        try:
            return self._guide.help_lines()
        except UserFacingError:
            return ""
