"""'Suggest a week': fill an empty week from the current levels, to be edited together afterwards."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection, Iterable, Mapping, Sized
from dataclasses import dataclass

from repairplanner.core.entities import MIN_LEVEL, Exercise, Partner, Track
from repairplanner.core.grading import DEFAULT_GRADING, GradingSettings, capped_levels
from repairplanner.core.method import (
    TOUCH_WAITS_FROM,
    accountability_waiting,
    missing_requirements,
    regulation_exercises,
)
from repairplanner.core.weeks import week_days

SATURDAY = 6


@dataclass(frozen=True, slots=True)
class Stage:
    """How many sessions of each kind a week holds at a group of levels, and how long each lasts (low, high)."""

    talks: tuple[int, int]
    talk_minutes: tuple[int, int]
    touches: tuple[int, int]
    touch_minutes: tuple[int, int]
    meeting_minutes: tuple[int, int]


@dataclass(frozen=True, slots=True)
class SuggestSettings:
    """The shape of a suggested week: PRODUCT.md's counts and lengths, rest days, and when sessions are booked."""

    early: Stage = Stage(
        talks=(4, 6), talk_minutes=(10, 20), touches=(2, 3), touch_minutes=(5, 15), meeting_minutes=(15, 30)
    )
    later: Stage = Stage(
        talks=(2, 3), talk_minutes=(20, 45), touches=(2, 3), touch_minutes=(20, 40), meeting_minutes=(45, 75)
    )
    last_early_level: int = 2
    rest_days: int = 2
    max_per_day: int = 2
    max_uses: int = 2
    evening: dt.time = dt.time(19, 30)
    weekend: tuple[dt.time, ...] = (dt.time(10, 30), dt.time(16, 0))
    gap_minutes: int = 10
    meeting_tag: str = "weekly-meeting"
    unscheduled_tags: frozenset[str] = frozenset({"repair", "debrief", "review"})

    def __post_init__(self) -> None:
        if self.rest_days < 1 or self.max_per_day < 1 or self.max_uses < 1:
            raise ValueError("a week needs at least one rest day, one session a day and one use of an exercise")

    def stage(self, level: int) -> Stage:
        """The stage a track's level belongs to."""
        return self.early if level <= self.last_early_level else self.later


DEFAULT_SUGGEST = SuggestSettings()


@dataclass(frozen=True, slots=True)
class SuggestedSession:
    """One session of a suggested week: booked on a day, at a time, with who invites."""

    day: dt.date
    start_time: dt.time
    exercise_id: str
    track: Track
    minutes: int
    inviter_id: int
    #: For a solo exercise, the partner it is booked for (who is also the one who "invites").
    solo_partner_id: int | None = None


@dataclass(frozen=True, slots=True)
class _Slot:
    exercise: Exercise
    minutes: int
    meeting: bool = False
    solo_partner_id: int | None = None


def suggest_week(
    start: dt.date,
    levels: Mapping[Track, int],
    exercises: Iterable[Exercise],
    partners: tuple[Partner, Partner],
    *,
    seed: int = 0,
    settings: SuggestSettings = DEFAULT_SUGGEST,
    grading: GradingSettings = DEFAULT_GRADING,
    completed: Collection[str] = frozenset(),
) -> list[SuggestedSession]:
    """A week of talks, touch sessions and one weekly meeting at the working levels, the same for the same seed.

    `completed` holds the ids of exercises the couple has done at least once. The order of repair holds: touch
    stays below level 3 until an accountability exercise was done, an exercise waits for the ones it requires,
    asked-for exercises are never suggested (a partner asks for them), and a track at level 1 books its regulation
    exercises first (a solo one once for each partner).
    """
    rng = random.Random(seed)
    blocked = partners[0].unavailable_weekdays | partners[1].unavailable_weekdays
    free = [day for day in week_days(start) if day.isoweekday() not in blocked]
    if not free:
        return []
    levels = capped_levels(levels, grading)
    everything = [e for e in exercises if not e.archived]
    if accountability_waiting(everything, completed):
        levels[Track.TOUCH] = min(levels[Track.TOUCH], TOUCH_WAITS_FROM - 1)
    library = sorted(
        (e for e in everything if not e.is_asked_for and not missing_requirements(e, everything, completed)),
        key=lambda e: e.id,
    )
    meeting = _meeting(library, levels[Track.TALK], settings)
    meeting_day = next((d for d in free if d.isoweekday() >= SATURDAY), free[0]) if meeting else None
    resting = _rest_days(free, meeting_day, settings.rest_days - (7 - len(free)), rng)
    days: dict[dt.date, list[_Slot]] = {d: [] for d in free if d not in resting}
    room = settings.max_per_day * len(days)
    if meeting is not None and meeting_day is not None:
        stage = settings.stage(levels[Track.TALK])
        days[meeting_day].append(_Slot(meeting, _clamp(meeting.minutes, stage.meeting_minutes), meeting=True))
        room -= 1
    first_aid = {track: _regulation(library, track, levels[track], partners, settings) for track in Track}
    held = {slot.exercise.id for slots in first_aid.values() for slot in slots}
    talks, touches = (
        [e for e in _picks(library, track, levels[track], settings, rng) if e.id not in held]
        for track in (Track.TALK, Track.TOUCH)
    )
    touch_days = sum(1 for booked in days.values() if len(booked) < settings.max_per_day)
    n_talks, n_touches = _quotas(
        [*first_aid[Track.TALK], *talks],
        [*first_aid[Track.TOUCH], *touches],
        levels,
        settings,
        room=room,
        touch_days=touch_days,
        rng=rng,
    )
    touch_bounds = settings.stage(levels[Track.TOUCH]).touch_minutes
    touch_slots = [*first_aid[Track.TOUCH], *(_slot(e, touch_bounds) for e in touches)][:n_touches]
    _place_touches(days, touch_slots, settings)
    talk_bounds = settings.stage(levels[Track.TALK]).talk_minutes
    talk_slots = [*first_aid[Track.TALK], *(_slot(e, talk_bounds) for e in talks)][:n_talks]
    _place_talks(days, talk_slots, settings)
    return _book(days, partners, settings, rng)


def _regulation(
    library: list[Exercise], track: Track, level: int, partners: tuple[Partner, Partner], settings: SuggestSettings
) -> list[_Slot]:
    """At level 1, the track's regulation exercises first: shared ones once, solo ones once for each partner."""
    if level != MIN_LEVEL:
        return []
    stage = settings.stage(level)
    bounds = stage.touch_minutes if track is Track.TOUCH else stage.talk_minutes
    slots: list[_Slot] = []
    for exercise in regulation_exercises(library, track, level):
        minutes = _clamp(exercise.minutes, bounds)
        if exercise.is_solo:
            slots.extend(_Slot(exercise, minutes, solo_partner_id=p.id) for p in partners)
        else:
            slots.append(_Slot(exercise, minutes))
    return slots


def _slot(exercise: Exercise, bounds: tuple[int, int]) -> _Slot:
    return _Slot(exercise, _clamp(exercise.minutes, bounds))


def _meeting(library: list[Exercise], talk_level: int, settings: SuggestSettings) -> Exercise | None:
    meetings = [
        e for e in library if e.track is Track.TALK and settings.meeting_tag in e.tags and e.level <= talk_level
    ]
    return max(meetings, key=lambda e: e.level, default=None)


def _rest_days(free: list[dt.date], meeting_day: dt.date | None, wanted: int, rng: random.Random) -> set[dt.date]:
    """Free days left empty so the week has `wanted` more rest days, spaced apart and never the meeting day."""
    candidates = [d for d in free if d != meeting_day]
    rng.shuffle(candidates)
    resting: set[dt.date] = set()
    # Always keep at least one day for sessions.
    for _ in range(max(0, min(wanted, len(free) - 1))):
        apart = [d for d in candidates if all(abs((d - r).days) > 1 for r in resting)]
        choice = (apart or candidates)[0]
        candidates.remove(choice)
        resting.add(choice)
    return resting


def _picks(
    library: list[Exercise], track: Track, level: int, settings: SuggestSettings, rng: random.Random
) -> list[Exercise]:
    """Exercises in the order to use them: the working level first (each up to `max_uses` times), then lower levels."""
    order: list[Exercise] = []
    for lower in range(level, MIN_LEVEL - 1, -1):
        pool = [
            e
            for e in library
            if e.track is track
            and e.level == lower
            and settings.meeting_tag not in e.tags
            and not settings.unscheduled_tags & set(e.tags)
        ]
        for _ in range(settings.max_uses):
            rng.shuffle(pool)
            order.extend(pool)
    return order


def _quotas(
    talks: Sized,
    touches: Sized,
    levels: Mapping[Track, int],
    settings: SuggestSettings,
    *,
    room: int,
    touch_days: int,
    rng: random.Random,
) -> tuple[int, int]:
    """How many talks and touch sessions fit: the stages' minimums first, talk before touch, then the extras."""
    talk_stage, touch_stage = settings.stage(levels[Track.TALK]), settings.stage(levels[Track.TOUCH])
    wanted_talks = min(rng.randint(*talk_stage.talks), len(talks))
    wanted_touches = min(rng.randint(*touch_stage.touches), len(touches), touch_days)
    talk = touch = 0
    for talk_target, touch_target in (
        (min(talk_stage.talks[0], wanted_talks), min(touch_stage.touches[0], wanted_touches)),
        (wanted_talks, wanted_touches),
    ):
        while room > 0 and (talk < talk_target or touch < touch_target):
            if talk < talk_target:
                talk, room = talk + 1, room - 1
            if room > 0 and touch < touch_target:
                touch, room = touch + 1, room - 1
    return talk, touch


def _place_touches(days: dict[dt.date, list[_Slot]], slots: list[_Slot], settings: SuggestSettings) -> None:
    """At most one touch session a day, spread evenly over the week, away from the meeting day when possible."""
    open_days = [d for d, booked in days.items() if len(booked) < settings.max_per_day]
    plain = [d for d in open_days if not days[d]]
    candidates = plain if len(plain) >= len(slots) else open_days
    for i, slot in enumerate(slots):
        days[candidates[(2 * i + 1) * len(candidates) // (2 * len(slots))]].append(slot)


def _place_talks(days: dict[dt.date, list[_Slot]], slots: list[_Slot], settings: SuggestSettings) -> None:
    """Each talk on the emptiest open day that does not already hold the same exercise."""
    for slot in slots:
        open_days = [
            d
            for d, booked in days.items()
            if len(booked) < settings.max_per_day and all(s.exercise.id != slot.exercise.id for s in booked)
        ]
        if open_days:
            days[min(open_days, key=lambda d: (len(days[d]), any(s.meeting for s in days[d]), d))].append(slot)


_KIND_ORDER = {Track.TALK: 1, Track.TOUCH: 2}


def _book(
    days: dict[dt.date, list[_Slot]], partners: tuple[Partner, Partner], settings: SuggestSettings, rng: random.Random
) -> list[SuggestedSession]:
    """Give every slot a time (evenings on weekdays, daytime at weekends) and an inviter, taking turns."""
    first = rng.randrange(2)
    booked: list[SuggestedSession] = []
    shared = 0  # inviting takes turns over the sessions done together; a solo session is its own partner's
    for day in sorted(days):
        slots = sorted(days[day], key=lambda s: 0 if s.meeting else _KIND_ORDER[s.exercise.track])
        weekend = day.isoweekday() >= SATURDAY
        previous_end: dt.datetime | None = None
        for i, slot in enumerate(slots):
            fixed = settings.weekend[i] if weekend and i < len(settings.weekend) else settings.evening
            at = dt.datetime.combine(day, fixed)
            if previous_end is not None:
                at = max(at, _quarter_up(previous_end + dt.timedelta(minutes=settings.gap_minutes)))
            inviter = slot.solo_partner_id
            if inviter is None:
                inviter, shared = partners[(first + shared) % 2].id, shared + 1
            booked.append(
                SuggestedSession(
                    day, at.time(), slot.exercise.id, slot.exercise.track, slot.minutes, inviter, slot.solo_partner_id
                )
            )
            previous_end = at + dt.timedelta(minutes=slot.minutes)
    return booked


def _quarter_up(moment: dt.datetime) -> dt.datetime:
    extra = (-moment.minute) % 15
    return moment.replace(second=0, microsecond=0) + dt.timedelta(minutes=extra)


def _clamp(minutes: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], minutes))
