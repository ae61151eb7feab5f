"""The therapist summary's facts for a date range, gathered from the progress history (never a private note)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.entities import MIN_LEVEL, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate
from repairplanner.core.print_options import PrintOptions
from repairplanner.core.printable_summary import LevelChange, PartnerRatings, SharedNote, SummaryData, SummaryWeek
from repairplanner.services.couple import CoupleService
from repairplanner.services.print_data import partner_labels
from repairplanner.services.progress import LevelStep, PartnerWeek, ProgressService
from repairplanner.services.storage import snapshot

__all__ = [
    "LevelChange",
    "PartnerRatings",
    "SharedNote",
    "SummaryData",
    "SummaryError",
    "SummaryService",
    "SummaryWeek",
]


class SummaryError(UserFacingError):
    """No summary can be made: nothing is planned here yet, or the range is back to front."""


class SummaryService:
    """Reads the history once and shapes it for the printed summary."""

    def __init__(self, sessions: sessionmaker[Session], *, couples: CoupleService, progress: ProgressService) -> None:
        self._sessions = sessions
        self._couples = couples
        self._progress = progress

    def gather(self, start: dt.date, end: dt.date, options: PrintOptions) -> SummaryData:
        """The summary of `start`..`end`; SummaryError before setup or for a range that ends before it starts.

        Everything is read in one snapshot, so the summary is of one consistent moment.
        """
        with snapshot(self._sessions):
            return self._gather(start, end, options)

    def _gather(self, start: dt.date, end: dt.date, options: PrintOptions) -> SummaryData:
        if end < start:
            raise SummaryError(
                translate("SummaryService", "the range ends ({end}) before it starts ({start})").format(
                    end=end.isoformat(), start=start.isoformat()
                )
            )
        couple = self._couples.get()
        if couple is None:
            raise SummaryError(
                translate("SummaryService", "there is no plan here yet, so there is nothing to summarise")
            )
        history = self._progress.history(start, end)
        labels = partner_labels(couple, initials_only=options.initials_only)
        first, second = couple.partners
        weeks = tuple(
            SummaryWeek(
                start=point.start,
                done=point.done,
                ratings=(_ratings(point.partners, first.id), _ratings(point.partners, second.id)),
            )
            for point in history.weeks
        )
        names = {first.id: labels[0], second.id: labels[1]}
        notes = tuple(
            SharedNote(n.week_start, n.day, n.exercise_title, names.get(n.partner_id, ""), n.text)
            for n in history.shared_notes
        )
        changes, at_start, at_end = _level_changes(history.levels, start, end)
        return SummaryData(start, end, labels, weeks, changes, at_start, at_end, notes)


def _ratings(partners: tuple[PartnerWeek, ...], partner_id: int) -> PartnerRatings:
    for week in partners:
        if week.partner_id == partner_id:
            return PartnerRatings(week.felt_safe, week.peak_distress)
    return PartnerRatings()


def _level_changes(
    steps: tuple[LevelStep, ...], start: dt.date, end: dt.date
) -> tuple[tuple[LevelChange, ...], dict[Track, int], dict[Track, int]]:
    """The changes inside the range (with the level each came from), and the levels at its start and end."""
    current = dict.fromkeys(Track, MIN_LEVEL)
    at_start = dict(current)
    changes = []
    for step in sorted(steps, key=lambda s: s.day):
        if step.day > end:
            break
        previous = current[step.track]
        current[step.track] = step.level
        if step.day < start:
            at_start[step.track] = step.level
        elif step.level != previous:
            changes.append(LevelChange(step.day, step.track, previous, step.level))
    return tuple(changes), at_start, dict(current)
