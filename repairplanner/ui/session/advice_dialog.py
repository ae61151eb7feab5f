"""What the check-ins mean for today: start, something lighter, or no touch today, each as a plain button."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from repairplanner.core.entities import MIN_LEVEL, Exercise
from repairplanner.core.grading import Advice, Alternative, PreSessionAdvice
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

NO_TOUCH_HEADING = QT_TRANSLATE_NOOP("AdviceDialog", "No touch today. That's fine.")


class NextStep(str, Enum):
    """What the couple chose after checking in."""

    START = "start"
    SHORTER = "shorter"
    PREVIOUS_LEVEL = "previous_level"
    TALK = "talk"
    GENTLER_TALK = "gentler_talk"
    REST = "rest"


_FROM_ALTERNATIVE = {
    Alternative.SHORTER: NextStep.SHORTER,
    Alternative.PREVIOUS_LEVEL: NextStep.PREVIOUS_LEVEL,
    Alternative.TALK: NextStep.TALK,
    Alternative.GENTLER_TALK: NextStep.GENTLER_TALK,
    Alternative.REST: NextStep.REST,
}
_HEADINGS = {
    Advice.GO: QT_TRANSLATE_NOOP("AdviceDialog", "Ready when you are"),
    Advice.OFFER_LIGHTER: QT_TRANSLATE_NOOP("AdviceDialog", "Something lighter today?"),
    Advice.NO_TOUCH_TODAY: NO_TOUCH_HEADING,
    Advice.REST_OR_GENTLER_TALK: QT_TRANSLATE_NOOP("AdviceDialog", "A gentle day"),
    Advice.WAITING: QT_TRANSLATE_NOOP("AdviceDialog", "Waiting for both check-ins"),
    Advice.NOT_TODAY: QT_TRANSLATE_NOOP("AdviceDialog", "Not today"),
}


def shorter_minutes(minutes: int) -> int:
    """About half the length, in whole five minutes where it is long enough for that."""
    if minutes >= 10:
        return max(5, round(minutes / 10) * 5)
    return max(1, minutes // 2)


def step_text(step: NextStep, exercise: Exercise | None, minutes: int) -> str:
    """The words on the button for `step`."""
    level = exercise.level if exercise else MIN_LEVEL
    texts = {
        NextStep.START: translate("AdviceDialog", "&Start"),
        NextStep.SHORTER: translate("AdviceDialog", "Start a &shorter version ({minutes} min)"),
        NextStep.PREVIOUS_LEVEL: translate("AdviceDialog", "Choose an exercise from &level {level}…"),
        NextStep.TALK: translate("AdviceDialog", "Choose a &talk instead…"),
        NextStep.GENTLER_TALK: translate("AdviceDialog", "Choose a &gentler talk…"),
        NextStep.REST: translate("AdviceDialog", "&Rest today"),
    }
    return texts[step].format(minutes=shorter_minutes(minutes), level=max(MIN_LEVEL, level - 1))


def steps_for(advice: PreSessionAdvice) -> list[NextStep]:
    """The choices to offer, gentlest first.

    "As planned" after a yellow light is never offered here, to whoever is at the keyboard: only a yellow partner can
    choose it, privately in their own turn, and then the advice is simply "go".
    """
    if advice.kind is Advice.GO:
        return [NextStep.START]
    return [_FROM_ALTERNATIVE[a] for a in advice.alternatives]


class AdviceDialog(QDialog):
    """Shows the advice's own message and one button per choice; nothing here says whose light was which."""

    def __init__(
        self, advice: PreSessionAdvice, exercise: Exercise | None, minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._advice = advice
        self._exercise = exercise
        self._minutes = minutes
        self.chosen: NextStep | None = None
        self.step_buttons: dict[NextStep, QPushButton] = {}
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        heading = translate("AdviceDialog", _HEADINGS[self._advice.kind])
        self.setWindowTitle(translate("AdviceDialog", "After your check-in"))
        self.setAccessibleName(translate("AdviceDialog", "After your check-in"))
        self.heading_label = plain_label(heading)
        set_role(self.heading_label, Role.SECTION)
        # The heading already says the message's first sentence when it is "No touch today." (in any language).
        said, stop, _rest = heading.partition(". ")
        message = self._advice.message.removeprefix(said + stop.strip()).strip()
        self.message_label = plain_label(message)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(translate("AdviceDialog", "What your check-ins suggest"))
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.message_label)
        layout.addSpacing(6)
        for step in steps_for(self._advice):
            text = step_text(step, self._exercise, self._minutes)
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            layout.addWidget(button)
            self.step_buttons[step] = button
        self.not_now_button = QPushButton(translate("AdviceDialog", "Not now"))
        self.not_now_button.setAccessibleName(translate("AdviceDialog", "Not now"))
        layout.addWidget(self.not_now_button)
        first = next(iter(self.step_buttons.values()), self.not_now_button)
        first.setDefault(True)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(440)

    def _connect_signals(self) -> None:
        for step, button in self.step_buttons.items():
            button.clicked.connect(lambda _checked=False, chosen=step: self.choose(chosen))
        self.not_now_button.clicked.connect(self.reject)

    @classmethod
    def ask(
        cls, parent: QWidget | None, advice: PreSessionAdvice, exercise: Exercise | None, minutes: int
    ) -> NextStep | None:
        """The couple's choice, or None for 'Not now'."""
        dialog = cls(advice, exercise, minutes, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose(self, step: NextStep) -> None:
        """Close with `step` chosen."""
        self.chosen = step
        self.accept()
