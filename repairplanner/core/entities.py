"""The domain's entities: frozen dataclasses that every layer above the database speaks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

MIN_LEVEL = 1
MAX_LEVEL = 5
SCALE_MIN = 0
SCALE_MAX = 10
MAX_MINUTES = 240


class Track(str, Enum):
    """The two graded tracks."""

    TOUCH = "touch"
    TALK = "talk"

    @property
    def label(self) -> str:
        """'Touch' or 'Talk', in the interface language (the stored value stays 'touch' or 'talk')."""
        return translate("Track", TRACK_LABELS[self])


#: The tracks' display names (context "Track").
TRACK_LABELS = {
    Track.TOUCH: QT_TRANSLATE_NOOP("Track", "Touch"),
    Track.TALK: QT_TRANSLATE_NOOP("Track", "Talk"),
}
#: Each level's theme (PRODUCT.md), the same for both tracks (context "LevelTheme").
LEVEL_THEMES = {
    1: QT_TRANSLATE_NOOP("LevelTheme", "Settle and signal"),
    2: QT_TRANSLATE_NOOP("LevelTheme", "Friendly touch, structured listening"),
    3: QT_TRANSLATE_NOOP("LevelTheme", "Sustained touch, honest check-ins"),
    4: QT_TRANSLATE_NOOP("LevelTheme", "Receptive touch, vulnerability"),
    5: QT_TRANSLATE_NOOP("LevelTheme", "Renegotiation and integration"),
}


def level_theme(level: int) -> str:
    """The theme of `level` (1 to 5) in the interface language, like 'Settle and signal'; '' for any other."""
    theme = LEVEL_THEMES.get(level)
    return translate("LevelTheme", theme) if theme else ""


class ExerciseSource(str, Enum):
    """Where an exercise comes from: shipped with the app, or written by the couple."""

    BUILTIN = "builtin"
    CUSTOM = "custom"


class Light(str, Enum):
    """The traffic-light check-in before a session."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"


#: The traffic light's colours as words (context "Light").
LIGHT_WORDS = {
    Light.GREEN: QT_TRANSLATE_NOOP("Light", "green"),
    Light.YELLOW: QT_TRANSLATE_NOOP("Light", "yellow"),
    Light.RED: QT_TRANSLATE_NOOP("Light", "red"),
}


def light_word(light: Light) -> str:
    """'green', 'yellow' or 'red' in the interface language (lower case, for use inside a sentence)."""
    return translate("Light", LIGHT_WORDS[light])


class YellowChoice(str, Enum):
    """What a partner who said yellow would like instead, chosen privately in their own turn."""

    SHORTER = "shorter"
    PREVIOUS_LEVEL = "previous_level"
    TALK = "talk"
    AS_PLANNED = "as_planned"


class SessionStatus(str, Enum):
    """What became of a planned session. None of these is a failure."""

    PLANNED = "planned"
    DONE = "done"
    SKIPPED = "skipped"
    PAUSED = "paused"


class NoteVisibility(str, Enum):
    """Whether a reflection note is shared with the other partner or sealed with its owner's passphrase."""

    SHARED = "shared"
    PRIVATE = "private"


@dataclass(frozen=True, slots=True)
class Partner:
    """One of the two partners, named as they chose."""

    id: int
    seat: int
    name: str
    color: str | None = None
    unavailable_weekdays: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class Exercise:
    """One exercise of the library, built-in or custom."""

    id: str
    source: ExerciseSource
    title: str
    track: Track
    level: int
    minutes: int
    summary: str
    needs: tuple[str, ...]
    steps: tuple[str, ...]
    ease_out: str
    easier: str
    harder: str
    agreement: str
    safety: str
    technique: tuple[str, ...]
    tags: tuple[str, ...] = ()
    archived: bool = False
    #: Exercises (by id) the couple should have done at least once before this one.
    requires: tuple[str, ...] = ()
    #: The name printed on the week for an exercise tagged "sensitive" (the full title stays on the cards).
    neutral_title: str = ""
    #: What each partner agrees to for the harder variant, when it goes beyond `agreement`.
    harder_agreement: str = ""

    @property
    def is_solo(self) -> bool:
        """Whether one partner does this exercise alone."""
        return "solo" in self.tags

    @property
    def is_asked_for(self) -> bool:
        """Whether only a partner may ask for this exercise; the app never schedules it."""
        return "asked-for" in self.tags

    @property
    def is_builtin(self) -> bool:
        return self.source is ExerciseSource.BUILTIN

    def searchable_text(self) -> str:
        """All the words a search over this exercise should see, lower-cased."""
        parts = [
            self.title,
            self.summary,
            *self.needs,
            *self.steps,
            self.ease_out,
            self.easier,
            self.harder,
            self.agreement,
            self.safety,
            *self.technique,
        ]
        return "\n".join(parts).casefold()


@dataclass(frozen=True, slots=True)
class Week:
    """A planning week, identified by its first day."""

    start: dt.date
    intention: str = ""

    @property
    def days(self) -> tuple[dt.date, ...]:
        return tuple(self.start + dt.timedelta(days=i) for i in range(7))


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """One exercise booked on a day of a week."""

    id: int
    week_start: dt.date
    day: dt.date
    exercise_id: str
    minutes: int
    start_time: dt.time | None = None
    inviter_id: int | None = None
    note: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    position: int = 0
    started_at: dt.datetime | None = None
    #: For a solo exercise, the one partner it is planned for; None for a session the couple does together.
    solo_partner_id: int | None = None


@dataclass(frozen=True, slots=True)
class SessionDraft:
    """A session about to be booked."""

    day: dt.date
    exercise_id: str
    minutes: int
    start_time: dt.time | None = None
    inviter_id: int | None = None
    note: str = ""
    solo_partner_id: int | None = None


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One give or withdraw of a partner's consent to one session, as logged."""

    id: int
    session_id: int
    partner_id: int
    given: bool
    at: dt.datetime
    proposed_exercise_id: str | None = None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """A partner's check-in just before a session."""

    session_id: int
    partner_id: int
    light: Light
    expected_distress: int
    at: dt.datetime
    #: For a yellow light, what this partner chose in their own turn; None for green or red.
    yellow_choice: YellowChoice | None = None


@dataclass(frozen=True, slots=True)
class Reflection:
    """A partner's reflection after a session; `note` is None while a private note is locked."""

    session_id: int
    partner_id: int
    peak_distress: int
    felt_safe: int
    felt_close: int
    used_stop_signal: bool
    would_repeat: bool
    visibility: NoteVisibility
    note: str | None
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class ReflectionDraft:
    """What one partner writes after a session."""

    session_id: int
    partner_id: int
    peak_distress: int
    felt_safe: int
    felt_close: int
    used_stop_signal: bool
    would_repeat: bool
    visibility: NoteVisibility = NoteVisibility.SHARED
    note: str = ""


@dataclass(frozen=True, slots=True)
class LevelChoice:
    """A partner's chosen level on a track from a moment on; the working level is the lower of the two."""

    partner_id: int
    track: Track
    level: int
    at: dt.datetime
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Pause:
    """A pause of the whole plan; it ends only when both partners have asked to resume."""

    id: int
    started_at: dt.datetime
    started_by_id: int
    ended_at: dt.datetime | None = None
    resume_requested_by: frozenset[int] = field(default_factory=frozenset)

    @property
    def active(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class WeekPlan:
    """A week and the sessions planned in it."""

    week: Week
    sessions: tuple[PlannedSession, ...] = ()

    def on(self, day: dt.date) -> tuple[PlannedSession, ...]:
        """The sessions on `day`, timed ones first by time, then the rest in their given order."""
        found = [s for s in self.sessions if s.day == day]
        return tuple(sorted(found, key=lambda s: (s.start_time is None, s.start_time or dt.time(), s.position)))

    def find(self, session_id: int) -> PlannedSession | None:
        """The session with `session_id`, if it is in this week."""
        return next((s for s in self.sessions if s.id == session_id), None)
