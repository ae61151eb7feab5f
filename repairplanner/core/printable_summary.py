"""What the therapist summary shows, as plain dataclasses: gathered by services.summary_data, drawn by printing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from repairplanner.core.entities import Track


@dataclass(frozen=True, slots=True)
class PartnerRatings:
    """One partner's average self-ratings (0–10) over a week's done sessions; None when they gave none."""

    felt_safe: float | None = None
    peak_distress: float | None = None


@dataclass(frozen=True, slots=True)
class SummaryWeek:
    """One week: the sessions practised and each partner's ratings (in the order of the names).

    Nothing declined, skipped, withdrawn or left undone is counted: saying no is part of the practice.
    """

    start: dt.date
    done: int
    ratings: tuple[PartnerRatings, PartnerRatings] = (PartnerRatings(), PartnerRatings())


@dataclass(frozen=True, slots=True)
class LevelChange:
    """A track's working level changing on `day`."""

    day: dt.date
    track: Track
    from_level: int
    to_level: int


@dataclass(frozen=True, slots=True)
class SharedNote:
    """A note a partner chose to share after a session."""

    week_start: dt.date
    day: dt.date
    exercise_title: str
    partner_name: str
    text: str


@dataclass(frozen=True, slots=True)
class SummaryData:
    """Everything the therapist summary shows for `start`..`end` (inclusive); private notes are never here."""

    start: dt.date
    end: dt.date
    #: The partners as printed: their names, or their initials when the couple asked for initials.
    names: tuple[str, str]
    weeks: tuple[SummaryWeek, ...]
    level_changes: tuple[LevelChange, ...]
    levels_at_start: dict[Track, int]
    levels_at_end: dict[Track, int]
    notes: tuple[SharedNote, ...]

    @property
    def done(self) -> int:
        return sum(w.done for w in self.weeks)
