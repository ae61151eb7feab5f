"""Where each track stands: the engine's offer in plain words, private readiness rounds, and stepping back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from repairplanner.core.clock import Clock
from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import Decision, StuckExercise, TrackAssessment
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.readiness import ReadyReveal, ReadyState
from repairplanner.core.weeks import week_start
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import fit_side_by_side
from repairplanner.ui.shared.track_words import track_word

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.progress import ProgressService

ASK_PRIVATELY = QT_TRANSLATE_NOOP(
    "TrackPanel", "Each of you answers privately; the answers are shown only when you have both answered."
)


@dataclass(frozen=True, slots=True)
class TrackView:
    """What one track's panel shows; it holds the reveal only, never a single partner's answer."""

    track: Track
    level: int
    names: tuple[str, str]
    assessment: TrackAssessment
    reveal: ReadyReveal | None
    round_open: bool
    gate: str
    paused: bool
    gentler_title: str | None
    stuck: tuple[tuple[str, StuckExercise], ...]


def decision_text(assessment: TrackAssessment, gentler_title: str | None) -> str:
    """The engine's offer for a track, in plain words."""
    decision = assessment.decision
    if decision is Decision.OFFER_MOVE_UP:
        return translate(
            "TrackPanel", "{reason} You could try level {level} together. Each of you answers privately."
        ).format(reason=assessment.reasons[0], level=assessment.offered_level)
    if decision is Decision.HOLD:
        if not assessment.variation:
            return translate("TrackPanel", "Stay with this level for now.")
        return translate("TrackPanel", "Stay with this level for now. {variation}").format(
            variation=assessment.variation
        )
    if decision is Decision.STEP_BACK:
        reasons = list(assessment.reasons)
        if gentler_title is not None:
            gentle = translate(
                "TrackPanel", "A gentle place to return to: “{title}”, where you both checked in green."
            ).format(title=gentler_title)
            # With a gentler exercise, the engine's second reason is "go back to the last green one": named here.
            if assessment.gentler_exercise_id is not None and len(reasons) > 1:
                reasons[1] = gentle
            else:
                reasons.insert(1, gentle)
        return " ".join([*reasons, translate("TrackPanel", "Stepping back is part of the method.")])
    if assessment.level >= MAX_LEVEL:
        return translate("TrackPanel", "This is the top of the ladder. Keep going at your own pace.")
    if assessment.waits_for:
        return translate("TrackPanel", "Keep going at your own pace. {waiting}").format(waiting=assessment.waits_for)
    return translate("TrackPanel", "Keep going at your own pace.")


class TrackPanel(QGroupBox):
    """One track: the offer, stuck exercises, this week's readiness round and stepping back."""

    ask_requested = Signal()
    answer_requested = Signal(int)
    move_up_requested = Signal()
    step_back_requested = Signal(int)

    def __init__(self, track: Track, parent: QWidget | None = None) -> None:
        super().__init__(track.label, parent)
        self.track = track
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.decision_label = self._label()
        self.stuck_label = self._label()
        self.ready_label = self._label()
        self.ready_label.setAccessibleName(
            translate("TrackPanel", "{track}: ready for the next level").format(track=self.track.label)
        )
        self.ask_button = QPushButton()
        self.answer_buttons = [QPushButton(), QPushButton()]
        self.move_up_button = QPushButton(translate("TrackPanel", "Move up together"))
        self.step_back_buttons = [QPushButton(), QPushButton()]
        answers = QHBoxLayout()
        for button in (self.ask_button, *self.answer_buttons, self.move_up_button):
            answers.addWidget(button)
        answers.addStretch(1)
        back = QHBoxLayout()
        for button in self.step_back_buttons:
            back.addWidget(button)
        back.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.decision_label)
        layout.addWidget(self.stuck_label)
        layout.addWidget(self.ready_label)
        layout.addLayout(answers)
        layout.addLayout(back)
        layout.addStretch(1)

    def _label(self) -> QLabel:
        label = plain_label()
        label.setWordWrap(True)
        return label

    def _connect_signals(self) -> None:
        self.ask_button.clicked.connect(self.ask_requested)
        self.move_up_button.clicked.connect(self.move_up_requested)
        for seat, button in enumerate(self.answer_buttons):
            button.clicked.connect(lambda _checked=False, s=seat: self.answer_requested.emit(s))
        for seat, button in enumerate(self.step_back_buttons):
            button.clicked.connect(lambda _checked=False, s=seat: self.step_back_requested.emit(s))

    def show_view(self, view: TrackView) -> None:
        """Show the track as `view` describes it."""
        track, level, target = track_word(view.track), view.level, view.level + 1
        self.setTitle(translate("TrackPanel", "{track} · level {level}").format(track=view.track.label, level=level))
        self.decision_label.setText(decision_text(view.assessment, view.gentler_title))
        stuck = [
            translate("TrackPanel", "“{title}”: {message}").format(title=title, message=item.message)
            for title, item in view.stuck
        ]
        self.stuck_label.setText("\n".join(stuck))
        self.stuck_label.setVisible(bool(stuck))
        state = view.reveal.state if view.reveal is not None else None
        asking = view.round_open and state is ReadyState.WAITING and not view.paused
        if view.paused:
            ready_text = translate("TrackPanel", "Moving up waits while your plan is paused.")
        elif view.gate or view.reveal is None:
            ready_text = view.gate
        elif state is ReadyState.WAITING:
            question = translate("TrackPanel", "Ready for {track} level {level}?").format(track=track, level=target)
            ready_text = f"{question} {translate('TrackPanel', ASK_PRIVATELY)}" if view.round_open else ""
        elif state is ReadyState.BOTH_READY:
            ready_text = translate(
                "TrackPanel", "You're both ready for {track} level {level}. Nothing changes until you move up together."
            ).format(track=track, level=target)
        else:
            ready_text = translate(
                "TrackPanel", "Not this week. Stay with {track} level {level}; you can ask again next week."
            ).format(track=track, level=level)
        self.ready_label.setText(ready_text)
        self.ready_label.setVisible(bool(ready_text))
        can_ask = view.reveal is not None and not view.gate and not view.paused
        self.ask_button.setText(translate("TrackPanel", "Are we ready for level {level}?").format(level=target))
        self.ask_button.setAccessibleName(
            translate("TrackPanel", "Ask each other about {track} level {level}").format(track=track, level=target)
        )
        self.ask_button.setVisible(can_ask and state is ReadyState.WAITING and not view.round_open)
        for button, name in zip(self.answer_buttons, view.names, strict=True):
            button.setText(translate("TrackPanel", "{name}: answer privately").format(name=name))
            button.setAccessibleName(
                translate("TrackPanel", "{name}: answer privately about {track} level {level}").format(
                    name=name, track=track, level=target
                )
            )
            button.setVisible(can_ask and asking)
        self.move_up_button.setAccessibleName(
            translate("TrackPanel", "Move {track} up to level {level} together").format(track=track, level=target)
        )
        self.move_up_button.setVisible(can_ask and state is ReadyState.BOTH_READY)
        for button, name in zip(self.step_back_buttons, view.names, strict=True):
            button.setText(translate("TrackPanel", "{name}: step back a level").format(name=name))
            button.setAccessibleName(
                translate("TrackPanel", "{name} steps {track} back to level {level}").format(
                    name=name, track=track, level=level - 1
                )
            )
            button.setVisible(level > MIN_LEVEL)


class LevelsPanel(QWidget):
    """Both tracks; it calls the progress service and tells the app when a level changed."""

    def __init__(self, events: AppEvents, dialogs: DialogService, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._clock = clock
        self._progress: ProgressService | None = None
        self._couple: Couple | None = None
        self._titles: Callable[[str], str] = str
        self._asked: set[tuple[Track, dt.date]] = set()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.panels = {track: TrackPanel(track) for track in (Track.TOUCH, Track.TALK)}
        self.tracks_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.tracks_layout.setContentsMargins(0, 0, 0, 0)
        for panel in self.panels.values():
            self.tracks_layout.addWidget(panel, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when both tracks fit, one above the other when they do not: never sideways.
        parts = [panel.minimumSizeHint() for panel in self.panels.values()]
        fit_side_by_side(self, self.tracks_layout, parts, event.size().width())
        super().resizeEvent(event)

    def _connect_signals(self) -> None:
        for track, panel in self.panels.items():
            panel.ask_requested.connect(lambda t=track: self.open_round(t))
            panel.answer_requested.connect(lambda seat, t=track: self.answer(t, seat))
            panel.move_up_requested.connect(lambda t=track: self.move_up(t))
            panel.step_back_requested.connect(lambda seat, t=track: self.step_back(t, seat))

    def attach(self, progress: ProgressService, couple: Couple, titles: Callable[[str], str] = str) -> None:
        """Show the couple's tracks as of today; `titles` names an exercise by its id."""
        self._progress = progress
        self._couple = couple
        self._titles = titles

    def set_couple(self, couple: Couple) -> None:
        """Use changed names or levels from the next `refresh()` on."""
        self._couple = couple

    def week(self) -> dt.date:
        """The week whose readiness round is open."""
        first = self._couple.week_start if self._couple is not None else 1
        return week_start(self._clock.today(), first)

    def refresh(self) -> None:
        """Read the offers, rounds and pause state again."""
        if self._progress is None or self._couple is None:
            return
        couple, progress = self._couple, self._progress
        today = self._clock.today()
        assessments = progress.assessments(couple, today)
        stuck = progress.stuck(today)
        paused = progress.pause_state(couple).paused
        names = (couple.partners[0].name, couple.partners[1].name)
        for track, panel in self.panels.items():
            level = couple.levels[track]
            assessment = assessments[track]
            reveal = round_open = None
            if level < MAX_LEVEL:
                ready_round = progress.ready_round(couple, track, self.week())
                reveal = progress.reveal(couple, track, self.week())
                # Whether anyone has answered only keeps the round on screen; it is never shown as whose.
                round_open = (
                    assessment.decision is Decision.OFFER_MOVE_UP
                    or (track, self.week()) in self._asked
                    or bool(ready_round.ready | ready_round.not_yet)
                )
            gate = ""
            if track is Track.TOUCH and level < MAX_LEVEL and level + 1 > couple.levels[Track.TALK] + 1:
                gate = translate(
                    "LevelsPanel", "Touch can move up once talk has reached level {level}: words carry the touch."
                ).format(level=level)
            gentler = assessment.gentler_exercise_id
            panel.show_view(
                TrackView(
                    track,
                    level,
                    names,
                    assessment,
                    reveal,
                    bool(round_open),
                    gate,
                    paused,
                    self._titles(gentler) if gentler else None,
                    tuple((self._titles(s.exercise_id), s) for s in stuck if s.track is track and s.level == level)[:3],
                )
            )

    def open_round(self, track: Track | None = None) -> None:
        """Offer both partners the private question (for `track`, or for every track that can move up)."""
        for each in [track] if track is not None else list(self.panels):
            self._asked.add((each, self.week()))
        self.refresh()
        for panel in self.panels.values():
            if track in (None, panel.track) and panel.answer_buttons[0].isVisibleTo(self):
                panel.answer_buttons[0].setFocus()
                break

    def answer(self, track: Track, seat: int) -> None:
        """Ask one partner privately; afterwards only the reveal is shown."""
        if self._progress is None or self._couple is None:
            return
        partner = self._couple.partners[seat]
        target = self._couple.levels[track] + 1
        ready = self._dialogs.answer_ready(self, partner.name, track, target)
        if ready is None:
            return
        try:
            self._progress.answer_ready(self._couple, partner.id, track, self.week(), ready)
        except UserFacingError as error:
            self._dialogs.warn(self, translate("LevelsPanel", "Ready for the next level"), error.message)
        self.refresh()

    def move_up(self, track: Track) -> None:
        """Move a track up one level after both said ready, once the couple confirms it together."""
        if self._progress is None or self._couple is None:
            return
        target = self._couple.levels[track] + 1
        question = translate(
            "LevelsPanel", "Move {track} up to level {level} together? Either of you can step back again at any time."
        ).format(track=track_word(track), level=target)
        title = translate("LevelsPanel", "Move up together")
        if not self._dialogs.confirm(self, title, question):
            return
        try:
            self._progress.confirm_move_up(self._couple, track, self.week())
        except UserFacingError as error:
            self._dialogs.warn(self, title, error.message)
            return
        self._events.couple_changed.emit()

    def step_back(self, track: Track, seat: int) -> None:
        """Lower a track one level at one partner's word; no reason asked."""
        if self._progress is None or self._couple is None:
            return
        partner = self._couple.partners[seat]
        level = self._couple.levels[track] - 1
        question = translate(
            "LevelsPanel",
            "Step {track} back to level {level}? No reason is needed, and either of you can do this at any "
            "time. Moving up again is something you decide together.",
        ).format(track=track_word(track), level=level)
        title = translate("LevelsPanel", "Step back a level")
        if not self._dialogs.confirm(self, title, question):
            return
        try:
            self._progress.choose_lower_level(self._couple, partner.id, track, level)
        except UserFacingError as error:
            self._dialogs.warn(self, title, error.message)
            return
        self._events.couple_changed.emit()
