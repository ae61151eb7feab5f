"""Pausing the whole plan: either partner can pause at a word; it resumes once both are ready."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from repairplanner.core.entities import Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.readiness import hold
from repairplanner.ui.shared.style import Role, set_role
from repairplanner.ui.shared.track_words import track_word

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.progress import ProgressService

PAUSED = QT_TRANSLATE_NOOP("PausePanel", "Your plan is paused. Nothing is missed while it rests.")
#: The week page's banner: calm, and never whose click it was.
RESTING_BANNER = QT_TRANSLATE_NOOP(
    "PausePanel", "The plan is resting. Nothing is missed while it rests, and nothing can start until you resume."
)
RESUME_RULE = QT_TRANSLATE_NOOP("PausePanel", "It resumes when you have both said you are ready.")
RESUME_ASKED = QT_TRANSLATE_NOOP(
    "PausePanel", "Thank you. The plan resumes as soon as you have both said you are ready."
)
NOT_PAUSED = QT_TRANSLATE_NOOP("PausePanel", "Either of you can pause the whole plan at any time, without a reason.")


class PausePanel(QFrame):
    """A calm banner while paused, with one resume button per partner; otherwise one pause button per partner.

    As a `banner` (the week page) it shows only while the plan rests; the page has its own Pause action.
    """

    changed = Signal()

    def __init__(
        self, events: AppEvents, dialogs: DialogService, parent: QWidget | None = None, *, banner: bool = False
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._banner = banner
        self._progress: ProgressService | None = None
        self._couple: Couple | None = None
        self._asked = False
        self._opening_paused = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_label = plain_label(translate("PausePanel", NOT_PAUSED))
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(translate("PausePanel", "Pause"))
        self.detail_label = plain_label()
        self.detail_label.setWordWrap(True)
        self.pause_buttons = [QPushButton(), QPushButton()]
        self.resume_buttons = [QPushButton(), QPushButton()]
        buttons = QHBoxLayout()
        for button in (*self.pause_buttons, *self.resume_buttons):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        for seat, button in enumerate(self.pause_buttons):
            button.clicked.connect(lambda _checked=False, s=seat: self.pause(s))
        for seat, button in enumerate(self.resume_buttons):
            button.clicked.connect(lambda _checked=False, s=seat: self.request_resume(s))

    def attach(self, progress: ProgressService, couple: Couple) -> None:
        """Show the couple's pause state."""
        self._progress = progress
        self._couple = couple
        for button in (*self.pause_buttons, *self.resume_buttons):
            hold(button, True)
        self.refresh()

    def show_opening(self, couple: Couple, paused: bool) -> None:
        """Show the pause state read as the app opens; its buttons are not ready until `attach`."""
        self._couple = couple
        self._opening_paused = paused
        for button in (*self.pause_buttons, *self.resume_buttons):
            hold(button, False)
        self.refresh()

    def set_couple(self, couple: Couple) -> None:
        """Use changed names from the next `refresh()` on."""
        self._couple = couple

    def is_paused(self) -> bool:
        """Whether the plan is paused now."""
        if self._progress is None or self._couple is None:
            return self._opening_paused and self._couple is not None
        return self._progress.pause_state(self._couple).paused

    def can_pause(self) -> bool:
        """Whether there is a plan to pause and it is not resting already."""
        return self._progress is not None and self._couple is not None and not self.is_paused()

    def refresh(self) -> None:
        """Show paused or not; which partner asked to resume is never shown."""
        if self._couple is None:
            return
        paused = self.is_paused()
        if not paused:
            self._asked = False
        set_role(self.message_label, Role.EMPHASIS if paused else Role.BODY)
        message = (RESTING_BANNER if self._banner else PAUSED) if paused else NOT_PAUSED
        self.message_label.setText(translate("PausePanel", message))
        self.detail_label.setText(translate("PausePanel", RESUME_ASKED if self._asked else RESUME_RULE))
        self.detail_label.setVisible(paused)
        for seat, partner in enumerate(self._couple.partners):
            pause, resume = self.pause_buttons[seat], self.resume_buttons[seat]
            pause.setText(translate("PausePanel", "{name} pauses").format(name=partner.name))
            pause.setAccessibleName(translate("PausePanel", "{name} pauses our plan").format(name=partner.name))
            pause.setVisible(not paused and not self._banner)
            resume.setText(translate("PausePanel", "{name} is ready to resume").format(name=partner.name))
            resume.setAccessibleName(
                translate("PausePanel", "{name} is ready to resume our plan").format(name=partner.name)
            )
            resume.setVisible(paused)
        if self._banner:
            self.setVisible(paused)

    def pause(self, seat: int) -> None:
        """Pause the plan at this partner's word."""
        if self._progress is None or self._couple is None:
            return
        try:
            self._progress.pause(self._couple, self._couple.partners[seat].id)
        except UserFacingError as error:
            self._dialogs.warn(self, translate("PausePanel", "Pause our plan"), error.message)
            return
        self._asked = False
        self.refresh()
        self.changed.emit()
        self._events.couple_changed.emit()

    def request_resume(self, seat: int) -> None:
        """One partner is ready to resume; once both are, offer to restart one level lower."""
        if self._progress is None or self._couple is None:
            return
        couple = self._couple
        try:
            state = self._progress.request_resume(couple, couple.partners[seat].id)
        except UserFacingError as error:
            self._dialogs.warn(self, translate("PausePanel", "Resume our plan"), error.message)
            return
        self._asked = state.paused
        self.refresh()
        if not state.paused:
            self._offer_lower_levels(couple)
        self.changed.emit()
        self._events.couple_changed.emit()

    def _offer_lower_levels(self, couple: Couple) -> None:
        from repairplanner.core.readiness import resume_levels  # the grading rules, not needed to open the week

        lower = resume_levels(couple.levels)
        changes = {track: level for track, level in lower.items() if level < couple.levels[track]}
        if not changes or self._progress is None:
            return
        listed = ", ".join(
            translate("PausePanel", "{track} {old} → {new}").format(
                track=track_word(t), old=couple.levels[t], new=changes[t]
            )
            for t in Track
            if t in changes
        )
        question = translate(
            "PausePanel",
            "Welcome back. Would you like to restart one level lower ({levels})? It often helps after a rest. "
            "Choose No to keep your levels as they are.",
        ).format(levels=listed)
        if not self._dialogs.confirm(self, translate("PausePanel", "Welcome back"), question):
            return
        for track, level in changes.items():
            for partner in couple.partners:
                self._progress.choose_lower_level(couple, partner.id, track, level)
