"""The grading engine: pre-session advice, move up / hold / step back, and stuck exercises (readiness.py: the rest)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from repairplanner.core.check_in_rules import not_today_message
from repairplanner.core.entities import (
    MAX_LEVEL,
    MIN_LEVEL,
    SCALE_MAX,
    SCALE_MIN,
    CheckIn,
    Exercise,
    Light,
    Reflection,
    SessionStatus,
    Track,
    YellowChoice,
)
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.method import touch_gate

# Context "Grading": the constants are marked here and translated where advice is given.
HOLD_VARIATION = QT_TRANSLATE_NOOP(
    "Grading", "Repeat this level and vary one detail: the room, the time, the length, or seated or standing."
)
REPAIR_TALK = QT_TRANSLATE_NOOP("Grading", "Book a repair talk this week, to talk through what happened without blame.")
NO_PENALTY = QT_TRANSLATE_NOOP(
    "Grading", "Nothing is missed and nothing is lost: looking after yourselves is part of the plan."
)


@dataclass(frozen=True, slots=True)
class GradingSettings:
    """Every threshold of the decision rules, with PRODUCT.md's defaults."""

    # Hold is the band between advancing and stepping back (peak distress 6-7, felt safe 5-6 by default), so the
    # three rules can never overlap or leave a gap whatever the settings.

    min_sessions_at_level: int = 3
    min_days_at_level: int = 10
    recent_window: int = 2
    max_peak_distress_to_advance: int = 5
    min_felt_safe_to_advance: int = 7
    step_back_peak_distress: int = 8
    step_back_felt_safe: int = 4
    stuck_after: int = 2
    touch_max_above_talk: int = 1

    def __post_init__(self) -> None:
        if not SCALE_MIN <= self.max_peak_distress_to_advance < self.step_back_peak_distress <= SCALE_MAX:
            raise ValueError("peak distress thresholds must satisfy 0 <= advance < step back <= 10")
        if not SCALE_MIN <= self.step_back_felt_safe < self.min_felt_safe_to_advance <= SCALE_MAX:
            raise ValueError("felt-safe thresholds must satisfy 0 <= step back < advance <= 10")
        if min(self.min_sessions_at_level, self.recent_window, self.stuck_after) < 1:
            raise ValueError("session counts must be at least 1")
        if self.min_days_at_level < 0 or self.touch_max_above_talk < 0:
            raise ValueError("day counts and the touch allowance cannot be negative")


DEFAULT_GRADING = GradingSettings()


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    """What one planned session came to, as the grading engine sees it."""

    session_id: int
    exercise_id: str
    track: Track
    level: int
    day: dt.date
    status: SessionStatus
    reflections: tuple[Reflection, ...] = ()
    check_ins: tuple[CheckIn, ...] = ()
    repair_talk_followed: bool = False

    @property
    def used_stop_signal(self) -> bool:
        return any(r.used_stop_signal for r in self.reflections)


class Signal(str, Enum):
    """What one session's reflections say about the next step on its track."""

    CLEAR = "clear"
    HOLD = "hold"
    STEP_BACK = "step_back"


def session_signal(outcome: SessionOutcome, settings: GradingSettings = DEFAULT_GRADING) -> Signal:
    """STEP_BACK if either partner used the stop signal or hit a step-back mark, HOLD in the band, else CLEAR."""
    reflections = outcome.reflections
    if any(
        r.used_stop_signal
        or r.peak_distress >= settings.step_back_peak_distress
        or r.felt_safe <= settings.step_back_felt_safe
        for r in reflections
    ):
        return Signal.STEP_BACK
    if any(
        r.peak_distress > settings.max_peak_distress_to_advance or r.felt_safe < settings.min_felt_safe_to_advance
        for r in reflections
    ):
        return Signal.HOLD
    return Signal.CLEAR


def capped_levels(levels: Mapping[Track, int], settings: GradingSettings = DEFAULT_GRADING) -> dict[Track, int]:
    """Both tracks' levels within 1-5, touch at most `touch_max_above_talk` above talk (words carry the touch)."""
    talk = _clamp_level(levels.get(Track.TALK, MIN_LEVEL))
    touch = min(_clamp_level(levels.get(Track.TOUCH, MIN_LEVEL)), talk + settings.touch_max_above_talk)
    return {Track.TOUCH: touch, Track.TALK: talk}


def _clamp_level(level: int) -> int:
    return max(MIN_LEVEL, min(MAX_LEVEL, level))


# --- Before a session ---------------------------------------------------------------------------------------------


class Advice(str, Enum):
    """The pre-session verdict from both partners' traffic lights."""

    WAITING = "waiting"
    GO = "go"
    OFFER_LIGHTER = "offer_lighter"
    NO_TOUCH_TODAY = "no_touch_today"
    REST_OR_GENTLER_TALK = "rest_or_gentler_talk"
    NOT_TODAY = "not_today"


class Alternative(str, Enum):
    """Something gentler the couple can choose instead of the planned session."""

    SHORTER = "shorter"
    PREVIOUS_LEVEL = "previous_level"
    TALK = "talk"
    GENTLER_TALK = "gentler_talk"
    REST = "rest"


@dataclass(frozen=True, slots=True)
class PreSessionAdvice:
    """What to show both partners once both have checked in; it never says whose light was which."""

    kind: Advice
    alternatives: tuple[Alternative, ...]
    message: str


_LIGHTER_IDEAS = {
    Alternative.SHORTER: QT_TRANSLATE_NOOP("Grading", "a shorter or lighter version"),
    Alternative.PREVIOUS_LEVEL: QT_TRANSLATE_NOOP("Grading", "an exercise from the level before"),
    Alternative.TALK: QT_TRANSLATE_NOOP("Grading", "a talk exercise instead"),
}
_FROM_YELLOW = {
    YellowChoice.SHORTER: Alternative.SHORTER,
    YellowChoice.PREVIOUS_LEVEL: Alternative.PREVIOUS_LEVEL,
    YellowChoice.TALK: Alternative.TALK,
}
GO_MESSAGE = QT_TRANSLATE_NOOP("Grading", "Take your time, and remember either of you can stop at any moment.")
SOLO_GO_MESSAGE = QT_TRANSLATE_NOOP("Grading", "Take your time, and remember you can stop at any moment.")


def pre_session_advice(
    check_ins: Iterable[CheckIn], track: Track, level: int, *, required: int = 2
) -> PreSessionAdvice:
    """Green: go; yellow: something lighter unless every yellow partner chose "as planned"; red: no touch today.

    The verdict depends only on the set of answers, never on whose they were: swapping the partners gives the same
    advice word for word, and a yellow partner who chose "as planned" reads exactly like green. `required` is how
    many partners check in (one for a solo session).
    """
    latest: dict[int, CheckIn] = {}
    for check_in in sorted(check_ins, key=lambda c: c.at):
        latest[check_in.partner_id] = check_in
    # Nothing is decided until all have checked in, so an early verdict cannot give away the first light.
    if len(latest) < required:
        return PreSessionAdvice(Advice.WAITING, (), translate("Grading", "Waiting for both check-ins."))
    lights = {c.light for c in latest.values()}
    if Light.RED in lights and track is Track.TOUCH:
        return PreSessionAdvice(
            Advice.NO_TOUCH_TODAY,
            (Alternative.TALK, Alternative.REST),
            _with_no_penalty(
                translate("Grading", "No touch today. You could do a talk exercise together instead, or simply rest.")
            ),
        )
    if Light.RED in lights:
        return PreSessionAdvice(
            Advice.REST_OR_GENTLER_TALK,
            (Alternative.REST, Alternative.GENTLER_TALK),
            _with_no_penalty(
                translate("Grading", "Today is a day to go gently. You could rest, or choose a gentler talk.")
            ),
        )
    possible = {Alternative.SHORTER}
    if level > MIN_LEVEL:
        possible.add(Alternative.PREVIOUS_LEVEL)
    if track is Track.TOUCH:
        possible.add(Alternative.TALK)
    choices = {c.yellow_choice for c in latest.values() if c.light is Light.YELLOW}
    if choices and choices != {YellowChoice.AS_PLANNED}:
        # What the yellow partners asked for; someone who has not said (an older check-in) leaves every idea open.
        wanted = (
            set(possible)
            if None in choices
            else {_FROM_YELLOW[c] for c in choices if c is not None and c in _FROM_YELLOW}
        )
        options = tuple(a for a in _LIGHTER_IDEAS if a in wanted and a in possible) or (Alternative.SHORTER,)
        ideas = [translate("Grading", _LIGHTER_IDEAS[option]) for option in options]
        listed = (
            translate("Grading", "{items}, or {last}").format(items=", ".join(ideas[:-1]), last=ideas[-1])
            if len(ideas) > 1
            else ideas[0]
        )
        message = translate(
            "Grading", "Today asks for something lighter. You could choose {ideas}. Going gently is part of the method."
        )
        return PreSessionAdvice(Advice.OFFER_LIGHTER, options, message.format(ideas=listed))
    return PreSessionAdvice(Advice.GO, (), translate("Grading", SOLO_GO_MESSAGE if required == 1 else GO_MESSAGE))


def _with_no_penalty(message: str) -> str:
    no_penalty = translate("Grading", NO_PENALTY)
    return f"{message} {no_penalty}"


def not_today_advice() -> PreSessionAdvice:
    """The one answer shown when anyone said "not today": the same words whoever it was."""
    return PreSessionAdvice(Advice.NOT_TODAY, (), not_today_message())


# --- After sessions: move up, hold, step back ---------------------------------------------------------------------


class Decision(str, Enum):
    """What the engine offers for a track; the partners decide, and nothing changes on its own."""

    OFFER_MOVE_UP = "offer_move_up"
    HOLD = "hold"
    STEP_BACK = "step_back"
    KEEP_GOING = "keep_going"


@dataclass(frozen=True, slots=True)
class TrackAssessment:
    """The engine's offer for one track, with plain reasons; it never changes a level."""

    track: Track
    level: int
    decision: Decision
    reasons: tuple[str, ...]
    offered_level: int | None = None
    variation: str | None = None
    gentler_exercise_id: str | None = None
    repair_talk: bool = False
    #: Why the next level waits for other work first (core.method: the accountability talk), in kind words.
    waits_for: str | None = None


def assess_track(
    track: Track,
    level: int,
    outcomes: Iterable[SessionOutcome],
    today: dt.date,
    *,
    talk_level: int,
    settings: GradingSettings = DEFAULT_GRADING,
    level_since: dt.date | None = None,
    accountability_waiting: Collection[Exercise] = (),
) -> TrackAssessment:
    """Step back, hold, offer to move up or keep going, from the track's completed sessions up to `today`."""
    # `talk_level` gates touch (words carry the touch). `level_since` is the day the working level was last set:
    # sessions before it belong to an earlier stretch. `accountability_waiting` (core.method) holds the
    # accountability exercises touch level 3 and above still waits for.
    history = _done(outcomes, track, today)
    current = [o for o in history if level_since is None or o.day >= level_since]
    if not current:
        gate = touch_gate(track, level + 1, accountability_waiting) if level < MAX_LEVEL else None
        reasons = (translate("Grading", "No sessions at this level yet."),)
        return TrackAssessment(track, level, Decision.KEEP_GOING, reasons, waits_for=gate)
    last = current[-1]
    signal = session_signal(last, settings)
    if signal is Signal.STEP_BACK:
        return _step_back(track, level, last, history, settings)
    if signal is Signal.HOLD:
        reasons = (translate("Grading", "Last time was hard work for at least one of you."),)
        variation = translate("Grading", HOLD_VARIATION)
        return TrackAssessment(track, level, Decision.HOLD, reasons, variation=variation)
    return _move_up_or_keep_going(
        track, level, current, settings, talk_level, accountability_waiting=accountability_waiting
    )


def _done(outcomes: Iterable[SessionOutcome], track: Track, today: dt.date) -> list[SessionOutcome]:
    chosen = [o for o in outcomes if o.track is track and o.status is SessionStatus.DONE and o.day <= today]
    return sorted(chosen, key=lambda o: (o.day, o.session_id))


def _step_back(
    track: Track, level: int, last: SessionOutcome, history: list[SessionOutcome], settings: GradingSettings
) -> TrackAssessment:
    reasons = [
        translate("Grading", "The stop signal was used last time.")
        if last.used_stop_signal
        else translate("Grading", "Last time was very hard.")
    ]
    gentler = next(
        (
            o.exercise_id
            for o in reversed(history)
            if o is not last and o.level <= level and _both_green(o) and session_signal(o, settings) is Signal.CLEAR
        ),
        None,
    )
    if gentler is None:
        reasons.append(translate("Grading", "Choose an easier exercise, one where you both expect to feel safe."))
    else:
        reasons.append(translate("Grading", "Go back to the last exercise where you both checked in green."))
    if last.repair_talk_followed:
        reasons.append(translate("Grading", "You have already had a repair talk about it."))
    else:
        reasons.append(translate("Grading", REPAIR_TALK))
    return TrackAssessment(
        track,
        level,
        Decision.STEP_BACK,
        tuple(reasons),
        gentler_exercise_id=gentler,
        repair_talk=not last.repair_talk_followed,
    )


def _both_green(outcome: SessionOutcome) -> bool:
    return len({c.partner_id for c in outcome.check_ins if c.light is Light.GREEN}) >= 2


def _move_up_or_keep_going(
    track: Track,
    level: int,
    current: list[SessionOutcome],
    settings: GradingSettings,
    talk_level: int,
    *,
    accountability_waiting: Collection[Exercise] = (),
) -> TrackAssessment:
    at_level = [o for o in current if o.level == level]
    recent = current[-settings.recent_window :]
    span = (at_level[-1].day - at_level[0].day).days if at_level else 0
    missing: list[str] = []
    if level >= MAX_LEVEL:
        missing.append(translate("Grading", "This is the top level; keep going at your own pace."))
    if len(at_level) < settings.min_sessions_at_level:
        text = translate("Grading", "{done} of {needed} sessions at this level so far.")
        missing.append(text.format(done=len(at_level), needed=settings.min_sessions_at_level))
    if span < settings.min_days_at_level:
        text = translate("Grading", "Your sessions at this level span {span} of {needed} days so far.")
        missing.append(text.format(span=span, needed=settings.min_days_at_level))
    if len(recent) < settings.recent_window or not all(_calm_and_safe(o, settings) for o in recent):
        text = translate("Grading", "The last {count} sessions need to feel calm and safe for both of you.")
        missing.append(text.format(count=settings.recent_window))
    if track is Track.TOUCH and level + 1 > talk_level + settings.touch_max_above_talk:
        text = translate("Grading", "Talk is at level {talk}; touch can move up once talk has reached level {needed}.")
        missing.append(text.format(talk=talk_level, needed=level + 1 - settings.touch_max_above_talk))
    gate = touch_gate(track, level + 1, accountability_waiting) if level < MAX_LEVEL else None
    if gate is not None:
        missing.append(gate)
    if missing:
        return TrackAssessment(track, level, Decision.KEEP_GOING, tuple(missing), waits_for=gate)
    reasons = (
        translate(
            "Grading",
            "{count} sessions at this level over {days} days, and the last {recent} "
            "felt calm and safe for both of you.",
        ).format(count=len(at_level), days=span, recent=settings.recent_window),
        translate(
            "Grading", "If you like, each of you can answer privately whether you are ready for level {level}."
        ).format(level=level + 1),
    )
    return TrackAssessment(track, level, Decision.OFFER_MOVE_UP, reasons, offered_level=level + 1)


def _calm_and_safe(outcome: SessionOutcome, settings: GradingSettings) -> bool:
    reflections = outcome.reflections
    return (
        len({r.partner_id for r in reflections}) >= 2
        and all(
            r.peak_distress <= settings.max_peak_distress_to_advance
            and r.felt_safe >= settings.min_felt_safe_to_advance
            for r in reflections
        )
        and (not outcome.used_stop_signal or outcome.repair_talk_followed)
    )


@dataclass(frozen=True, slots=True)
class StuckExercise:
    """An exercise that ended in a hold or step back several times running, with ways to make it smaller."""

    exercise_id: str
    track: Track
    level: int
    suggestions: tuple[str, ...]
    message: str


_SMALLER_STEPS = {
    Track.TOUCH: (
        QT_TRANSLATE_NOOP("Grading", "shorter"),
        QT_TRANSLATE_NOOP("Grading", "more clothing"),
        QT_TRANSLATE_NOOP("Grading", "a smaller area"),
        QT_TRANSLATE_NOOP("Grading", "seated"),
        QT_TRANSLATE_NOOP("Grading", "eyes open"),
    ),
    Track.TALK: (
        QT_TRANSLATE_NOOP("Grading", "shorter"),
        QT_TRANSLATE_NOOP("Grading", "one question at a time"),
        QT_TRANSLATE_NOOP("Grading", "a smaller topic"),
        QT_TRANSLATE_NOOP("Grading", "written first, then spoken"),
    ),
}


def stuck_exercises(
    outcomes: Iterable[SessionOutcome], settings: GradingSettings = DEFAULT_GRADING
) -> list[StuckExercise]:
    """Exercises whose last `stuck_after` completed sessions each ended in a hold or a step back, latest first."""
    by_exercise: dict[str, list[SessionOutcome]] = {}
    for outcome in sorted(outcomes, key=lambda o: (o.day, o.session_id)):
        if outcome.status is SessionStatus.DONE and outcome.reflections:
            by_exercise.setdefault(outcome.exercise_id, []).append(outcome)
    stuck = []
    for exercise_id, runs in by_exercise.items():
        last = runs[-settings.stuck_after :]
        if len(last) == settings.stuck_after and all(session_signal(o, settings) is not Signal.CLEAR for o in last):
            steps = tuple(translate("Grading", step) for step in _SMALLER_STEPS[last[-1].track])
            message = translate(
                "Grading",
                "This exercise has been hard {count} times running. Try it in smaller steps ({steps}), "
                "or have a talk about what makes it hard.",
            ).format(count=settings.stuck_after, steps=", ".join(steps))
            stuck.append((last[-1].day, StuckExercise(exercise_id, last[-1].track, last[-1].level, steps, message)))
    stuck.sort(key=lambda pair: (pair[0], pair[1].exercise_id), reverse=True)
    return [item for _, item in stuck]
