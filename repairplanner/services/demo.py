"""A realistic demo couple with years of history, shared by `repairplanner demo`, tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock, to_stored
from repairplanner.core.entities import MAX_LEVEL, Exercise, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.pace import TOUCH_ABOVE_TALK
from repairplanner.core.weeks import MONDAY, shift_weeks, week_start
from repairplanner.db.schema import (
    CheckInRow,
    ConsentEventRow,
    LevelChoiceRow,
    PartnerRow,
    PlannedSessionRow,
    ReflectionRow,
    Setting,
    WeekRow,
)
from repairplanner.services.couple import SLOW_DOWN_SIGNAL_KEY, STOP_SIGNAL_KEY, WEEK_START_KEY

INTENTIONS = (
    "Go gently and keep our evenings free.",
    "Notice one good moment each day and say it out loud.",
    "Slow is fine. We keep the plan small.",
    "Be kind to each other on the busy days.",
    "Stay curious instead of certain.",
    "",
)
SHARED_NOTES = (
    "I noticed my shoulders drop after a few minutes. I felt calmer than I expected.",
    "The timer helped. I would like to try it a little earlier in the evening next time.",
    "My stomach was tight at first, then it eased. I felt listened to.",
    "We laughed when the chair creaked. That made it easier.",
    "Harder than I thought today. I am glad we stopped when we did.",
    "Warm hands, slow breathing. Next time I would like a softer light in the room.",
)


class DemoRefusedError(UserFacingError):
    """The data folder already holds a couple, so no demo is written over it."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the generator wrote."""

    weeks: int
    sessions: int
    reflections: int


#: The demo's last weeks are calm and change no level, so the engine visibly offers "Move up together".
SETTLED_WEEKS = 4
#: The demo's talk stays below the top, so there is always a next level to offer.
DEMO_TOP_TALK = MAX_LEVEL - 1


def generate_demo(
    sessions: sessionmaker[Session],
    exercises: Sequence[Exercise],
    *,
    clock: Clock,
    years: float = 1.0,
    seed: int = 7,
) -> DemoSummary:
    """Write a couple and `years` of plans (2–6 sessions a week) ending in the week of `today`.

    The demo couple follows the rules: touch never above talk + 1, every session at the working level of its
    track, no asked-for talk scheduled, no level change dated after now; and its last weeks are calm, so the
    engine offers to move talk up together.
    """
    rng = random.Random(seed)
    today = clock.today()
    schedulable = [e for e in exercises if not e.archived and not e.is_asked_for and not e.is_solo]
    by_level = {
        (t, lvl): [e for e in schedulable if e.track is t and e.level == lvl] for t in Track for lvl in range(1, 6)
    }
    this_week = week_start(today, MONDAY)
    settled_from = shift_weeks(this_week, -SETTLED_WEEKS)
    first_week = shift_weeks(this_week, -round(years * 52))
    with sessions.begin() as s:
        if s.scalar(select(func.count()).select_from(PartnerRow)):
            raise DemoRefusedError("This data folder already holds a couple; the demo only fills an empty one.")
        partners = [
            PartnerRow(seat=1, name="Maya", color="#2f7f79", unavailable_weekdays=[3]),
            PartnerRow(seat=2, name="Daniel", color="#b5654a", unavailable_weekdays=[6]),
        ]
        s.add_all(partners)
        s.add_all(
            [
                Setting(key=STOP_SIGNAL_KEY, value="Pause, with a raised flat hand"),
                Setting(key=SLOW_DOWN_SIGNAL_KEY, value="Yellow"),
                Setting(key=WEEK_START_KEY, value=MONDAY),
            ]
        )
        s.flush()
        levels = {Track.TOUCH: 1, Track.TALK: 1}
        for partner in partners:
            for track in Track:
                # At the very start of the first week's Monday (local time): level changes fall on a week's first
                # day, and even a demo of a few days has none after now (that Monday is never later than today).
                chosen = _at(clock, first_week, 0)
                s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=1, at=chosen))
        weeks = session_count = reflection_count = 0
        start = first_week
        while start <= today:
            weeks += 1
            week = WeekRow(start_date=start, intention=rng.choice(INTENTIONS))
            s.add(week)
            s.flush()
            settled = start >= settled_from
            if not settled and start > first_week:
                _maybe_change_level(s, rng, partners, levels, start, clock=clock)
            days = sorted(rng.sample(range(7), rng.randint(3, 6) if settled else rng.randint(2, 6)))
            for position, offset in enumerate(days):
                day = start + dt.timedelta(days=offset)
                track = Track.TALK if rng.random() < 0.55 else Track.TOUCH
                exercise = rng.choice(_bookable(by_level, track, levels[track]))
                row = PlannedSessionRow(
                    week_id=week.id,
                    exercise_id=exercise.id,
                    day=day,
                    start_time=dt.time(rng.choice((7, 12, 18, 19, 20)), rng.choice((0, 30))),
                    minutes=exercise.minutes,
                    inviter_id=partners[position % 2].id,
                    position=position,
                )
                s.add(row)
                s.flush()
                session_count += 1
                if day < today:
                    reflection_count += _history(s, rng, row, partners, day, calm=settled, clock=clock)
            start = shift_weeks(start, 1)
    return DemoSummary(weeks=weeks, sessions=session_count, reflections=reflection_count)


def _at(clock: Clock, day: dt.date, hour: int) -> dt.datetime:
    """`hour` o'clock local time on `day`, as the database stores it (naive UTC)."""
    return to_stored(clock.from_local(day, dt.time(hour)))


def _bookable(by_level: dict[tuple[Track, int], list[Exercise]], track: Track, level: int) -> list[Exercise]:
    """The exercises of `track` at `level`, or the nearest level below that has some."""
    for candidate in range(level, 0, -1):
        if by_level[(track, candidate)]:
            return by_level[(track, candidate)]
    raise DemoRefusedError(f"The library has no {track.value} exercise to plan at level {level} or below.")


def _maybe_change_level(
    s: Session,
    rng: random.Random,
    partners: list[PartnerRow],
    levels: dict[Track, int],
    start: dt.date,
    *,
    clock: Clock,
) -> None:
    """Now and then move a track up one level (talk leads), rarely step back, as couples really do.

    Touch stays within one level of talk: stepping talk back brings touch along, as the progress service does.
    """
    for track in (Track.TALK, Track.TOUCH):
        level = levels[track]
        ceiling = DEMO_TOP_TALK if track is Track.TALK else min(MAX_LEVEL, levels[Track.TALK] + TOUCH_ABOVE_TALK)
        if level < ceiling and rng.random() < 0.06:
            level += 1
        elif level > 1 and rng.random() < 0.015:
            level -= 1
        _set_level(clock, s, partners, levels, track, level=level, start=start)
    touch = min(levels[Track.TOUCH], levels[Track.TALK] + TOUCH_ABOVE_TALK)
    _set_level(clock, s, partners, levels, Track.TOUCH, level=touch, start=start)


def _set_level(
    clock: Clock,
    s: Session,
    partners: list[PartnerRow],
    levels: dict[Track, int],
    track: Track,
    *,
    level: int,
    start: dt.date,
) -> None:
    if level != levels[track]:
        levels[track] = level
        for partner in partners:
            s.add(LevelChoiceRow(partner_id=partner.id, track=track.value, level=level, at=_at(clock, start, 9)))


def _history(
    s: Session,
    rng: random.Random,
    row: PlannedSessionRow,
    partners: list[PartnerRow],
    day: dt.date,
    *,
    calm: bool,
    clock: Clock,
) -> int:
    """Consents, check-ins and shared reflections for a past session; returns how many reflections.

    A `calm` session (the demo's last weeks) is always done, green, gentle and felt safe.
    """
    moment = _at(clock, day, 8)
    declined = not calm and rng.random() < 0.12
    for index, partner in enumerate(partners):
        gives = not (declined and index == rng.randrange(2))
        s.add(ConsentEventRow(session_id=row.id, partner_id=partner.id, given=True, at=moment))
        if not gives:
            s.add(ConsentEventRow(session_id=row.id, partner_id=partner.id, given=False, at=moment))
    if declined:
        row.status = "skipped"
        return 0
    row.status = "done"
    for partner in partners:
        s.add(
            CheckInRow(
                session_id=row.id,
                partner_id=partner.id,
                light="green" if calm else rng.choices(("green", "yellow"), (5, 1))[0],
                expected_distress=rng.randint(2, 7),
                at=moment,
            )
        )
        peak = rng.randint(0, 3) if calm else rng.randint(0, 6)
        s.add(
            ReflectionRow(
                session_id=row.id,
                partner_id=partner.id,
                peak_distress=peak,
                felt_safe=rng.randint(8, 10) if calm else min(10, rng.randint(5, 10) + (1 if peak < 3 else 0)),
                felt_close=rng.randint(3, 10),
                used_stop_signal=not calm and rng.random() < 0.04,
                would_repeat=rng.random() < 0.85,
                visibility="shared",
                note=rng.choice(SHARED_NOTES) if rng.random() < 0.5 else "",
            )
        )
    return len(partners)
