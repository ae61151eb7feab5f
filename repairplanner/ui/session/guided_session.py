"""A guided session: the exercise as the couple does it, one large step at a time, with the stop signal (and the
slow-down signal, when the couple chose one) on screen.

Keyboard only: Space or Right for the next step, Left to go back, T for the quiet timer, S for "We stopped".
Finishing the steps or stopping both end kindly and lead to the reflection; stopping early is a complete session.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.entities import Exercise, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.library import NEVER_LIST
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

#: Step text is read at arm's length: this many times the base font.
KEYS_HINT = QT_TRANSLATE_NOOP(
    "GuidedSessionDialog", "Space or → for the next step, ← to go back, T for the timer, S to stop."
)
TIME_UP = QT_TRANSLATE_NOOP("GuidedSessionDialog", "The planned time is up. Finish in your own time.")
FINISHED_TEXT = QT_TRANSLATE_NOOP(
    "GuidedSessionDialog",
    "That was the last step. Take a moment together before you move on; "
    "then each of you says how it was, in your own reflection.",
)
STOPPED_TEXT = QT_TRANSLATE_NOOP(
    "GuidedSessionDialog",
    "You stopped, and that is the stop signal doing its job. Stopping needs no reason, "
    "and this still counts as a session done together. Take a moment; then each of you reflects when ready.",
)
SOLO_STOPPED_TEXT = QT_TRANSLATE_NOOP(
    "GuidedSessionDialog",
    "You stopped, and that is exactly what the stop signal is for. Stopping needs no reason, "
    "and this still counts as a session done. Take a moment; then reflect when you are ready.",
)


class GuidedEnd(str, Enum):
    """How a guided session ended; both lead to the reflection and both are a complete session."""

    FINISHED = "finished"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class GuidedRequest:
    """What the guided session shows: the agreement, the steps, the planned minutes and the couple's signals."""

    title: str
    agreement: str
    steps: tuple[str, ...]
    minutes: int
    stop_signal: str
    never_list: str = ""
    solo: bool = False
    #: The couple's slow-down signal; empty when they chose none, and then nothing is shown for it.
    slow_down_signal: str = ""

    @classmethod
    def for_exercise(
        cls,
        exercise: Exercise | None,
        minutes: int,
        stop_signal: str,
        *,
        solo: bool = False,
        slow_down_signal: str = "",
    ) -> GuidedRequest:
        """The request for `exercise` as booked; every touch exercise, the couple's own too, carries the never-list."""
        if exercise is None:
            return cls(
                translate("GuidedSessionDialog", "Your session"),
                "",
                (translate("GuidedSessionDialog", "Take your time."),),
                minutes,
                stop_signal,
                solo=solo,
                slow_down_signal=slow_down_signal,
            )
        # The never-list is core's, marked in its "Library" context.
        never = translate("Library", NEVER_LIST) if exercise.track is Track.TOUCH else ""
        steps = exercise.steps or (translate("GuidedSessionDialog", "Take your time."),)
        return cls(
            exercise.title, exercise.agreement, tuple(steps), minutes, stop_signal, never, solo, slow_down_signal
        )


def slow_down_text(signal: str) -> str:
    """The line about the slow-down signal: what it asks for, and that it is not a stop."""
    return translate(
        "GuidedSessionDialog", "Slow-down signal: “{signal}”. It asks for slower and gentler, without stopping."
    ).format(signal=signal)


def clock_text(seconds: int) -> str:
    """'9:05'."""
    minutes, rest = divmod(max(0, seconds), 60)
    return f"{minutes}:{rest:02d}"


def _scaled(label: QLabel, role: Role) -> QLabel:
    set_role(label, role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class GuidedSessionDialog(QDialog):
    """One step at a time; the timer is optional and silent; the stop signal and "We stopped" are always there."""

    def __init__(self, request: GuidedRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = request
        self._index = 0
        self._remaining = max(0, request.minutes) * 60
        self.ended: GuidedEnd | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self._build_ui()
        self._connect_signals()
        self._show_step(0)

    def _build_ui(self) -> None:
        request = self._request
        self.setWindowTitle(translate("GuidedSessionDialog", "Your session"))
        self.setAccessibleName(translate("GuidedSessionDialog", "Your session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = _scaled(plain_label(request.title), Role.PAGE_TITLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        if request.agreement:
            if request.solo:
                who = translate("GuidedSessionDialog", "What you agreed to")
                agreed = translate("GuidedSessionDialog", "What you agreed to: {agreement}")
            else:
                who = translate("GuidedSessionDialog", "What each of you agreed to")
                agreed = translate("GuidedSessionDialog", "What each of you agreed to: {agreement}")
            self.agreement_label = _scaled(plain_label(agreed.format(agreement=request.agreement)), Role.READING)
            self.agreement_label.setAccessibleName(who)
            layout.addWidget(self.agreement_label)
        if request.never_list:
            self.never_label = _scaled(plain_label(request.never_list), Role.READING)
            self.never_label.setAccessibleName(translate("GuidedSessionDialog", "Never part of this exercise"))
            layout.addWidget(self.never_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_steps())
        self.stack.addWidget(self._build_end())
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._build_timer())
        layout.addWidget(self._build_stop())
        for button in self.findChildren(QPushButton):
            # The dialog keeps the keyboard, so Space and the arrows always mean "next" and "back".
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        self.setMinimumSize(640, 480)

    def _build_steps(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.counter_label = _scaled(plain_label(), Role.READING)
        self.step_label = _scaled(plain_label(), Role.STEP)
        self.step_label.setAccessibleName(translate("GuidedSessionDialog", "This step"))
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        hint = plain_label(translate("GuidedSessionDialog", KEYS_HINT))
        row = QHBoxLayout()
        self.back_button = QPushButton(translate("GuidedSessionDialog", "← Back"))
        self.next_button = QPushButton(translate("GuidedSessionDialog", "Next →"))
        row.addWidget(hint, 1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addWidget(self.counter_label)
        layout.addWidget(self.step_label, 1)
        layout.addLayout(row)
        return page

    def _build_end(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.end_label = _scaled(plain_label(), Role.STEP)
        self.end_label.setAccessibleName(translate("GuidedSessionDialog", "The session has ended"))
        self.reflect_button = QPushButton(translate("GuidedSessionDialog", "Go to the &reflection"))
        layout.addWidget(self.end_label, 1)
        layout.addWidget(self.reflect_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_timer(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        planned = translate("GuidedSessionDialog", "Planned: {minutes} min. The timer is optional and silent.")
        self.timer_note = plain_label(planned.format(minutes=self._request.minutes))
        self.timer_note.setWordWrap(True)
        self.clock_label = _scaled(plain_label(clock_text(self._remaining)), Role.PAGE_TITLE)
        self.clock_label.setAccessibleName(translate("GuidedSessionDialog", "Time left"))
        self.timer_button = QPushButton(translate("GuidedSessionDialog", "Start the &timer"))
        row.addWidget(self.timer_note, 1)
        row.addWidget(self.clock_label)
        row.addWidget(self.timer_button)
        return box

    def _build_stop(self) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        if self._request.solo:
            stop = translate(
                "GuidedSessionDialog", "Stop signal: “{signal}”. You can use it at any moment, without a reason."
            )
        else:
            stop = translate(
                "GuidedSessionDialog",
                "Stop signal: “{signal}”. Either of you can use it at any moment, without a reason.",
            )
        self.stop_label = _scaled(
            plain_label(stop.format(signal=self._request.stop_signal)),
            Role.SECTION,
        )
        self.stop_label.setAccessibleName(translate("GuidedSessionDialog", "Your stop signal"))
        self.stopped_button = QPushButton(
            translate("GuidedSessionDialog", "I &stopped")
            if self._request.solo
            else translate("GuidedSessionDialog", "We &stopped")
        )
        signals = QVBoxLayout()
        signals.addWidget(self.stop_label)
        self.slow_down_label: QLabel | None = None
        if self._request.slow_down_signal and not self._request.solo:  # alone, there is nobody to signal to
            self.slow_down_label = _scaled(plain_label(slow_down_text(self._request.slow_down_signal)), Role.READING)
            self.slow_down_label.setAccessibleName(translate("GuidedSessionDialog", "Your slow-down signal"))
            signals.addWidget(self.slow_down_label)
        row.addLayout(signals, 1)
        row.addWidget(self.stopped_button)
        return frame

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next_step)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.stopped_button.clicked.connect(self.stop)
        self.reflect_button.clicked.connect(self.accept)
        self.timer.timeout.connect(self.tick)

    @classmethod
    def ask(cls, parent: QWidget | None, request: GuidedRequest) -> GuidedEnd | None:
        """How the session ended (finished or stopped), or None if the window was simply closed."""
        dialog = cls(request, parent)
        return dialog.ended if dialog.exec() == QDialog.DialogCode.Accepted else None

    # ------------------------------------------------------------------ public

    def step(self) -> int:
        """The index of the step on screen."""
        return self._index

    def remaining(self) -> int:
        """Seconds left on the quiet timer."""
        return self._remaining

    def next_step(self) -> None:
        """The next step, or after the last one, the end of the session."""
        if self.ended is not None:
            return
        if self._index < len(self._request.steps) - 1:
            self._show_step(self._index + 1)
        else:
            self._end(GuidedEnd.FINISHED)

    def back(self) -> None:
        """The step before."""
        if self.ended is None and self._index > 0:
            self._show_step(self._index - 1)

    def stop(self) -> None:
        """'We stopped': end kindly and lead to the reflection."""
        if self.ended is None:
            self._end(GuidedEnd.STOPPED)

    def toggle_timer(self) -> None:
        """Start or pause the quiet timer."""
        if self.timer.isActive():
            self.timer.stop()
        elif self._remaining > 0 and self.ended is None:
            self.timer.start()
        self._update_timer()

    def tick(self) -> None:
        """One second less; at zero the timer stops quietly and says so once, in words."""
        self._remaining = max(0, self._remaining - 1)
        if self._remaining == 0:
            self.timer.stop()
        self._update_timer()

    # ------------------------------------------------------------------ internals

    def _show_step(self, index: int) -> None:
        steps = self._request.steps
        self._index = index
        self.counter_label.setText(
            translate("GuidedSessionDialog", "Step {number} of {count}").format(number=index + 1, count=len(steps))
        )
        self.step_label.setText(steps[index])
        self.back_button.setEnabled(index > 0)
        last = index == len(steps) - 1
        self.next_button.setText(
            translate("GuidedSessionDialog", "Finish →") if last else translate("GuidedSessionDialog", "Next →")
        )

    def _end(self, how: GuidedEnd) -> None:
        self.ended = how
        self.timer.stop()
        self._update_timer()
        if how is GuidedEnd.FINISHED:
            self.end_label.setText(translate("GuidedSessionDialog", FINISHED_TEXT))
        else:
            stopped = SOLO_STOPPED_TEXT if self._request.solo else STOPPED_TEXT
            self.end_label.setText(translate("GuidedSessionDialog", stopped))
        self.stopped_button.setEnabled(False)
        self.timer_button.setEnabled(False)
        self.reflect_button.setDefault(True)
        self.stack.setCurrentIndex(1)

    def _update_timer(self) -> None:
        if self._remaining == 0 and self._request.minutes > 0:
            self.clock_label.setText(clock_text(0))
            self.timer_note.setText(translate("GuidedSessionDialog", TIME_UP))
            self.timer_button.setText(translate("GuidedSessionDialog", "Time is up"))
            self.timer_button.setEnabled(False)
            return
        self.clock_label.setText(clock_text(self._remaining))
        self.timer_button.setText(
            translate("GuidedSessionDialog", "Pause the &timer")
            if self.timer.isActive()
            else translate("GuidedSessionDialog", "Start the &timer")
        )

    # ------------------------------------------------------------------ events

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.ended is not None and key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Right):
            self.next_step()
        elif key == Qt.Key.Key_Left:
            self.back()
        elif key == Qt.Key.Key_S:
            self.stop()
        elif key == Qt.Key.Key_T and self.timer_button.isEnabled():
            self.toggle_timer()
        else:
            super().keyPressEvent(event)
