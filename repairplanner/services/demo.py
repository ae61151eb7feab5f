"""A realistic demo couple with years of history, shared by `repairplanner demo`, tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock, to_stored
from repairplanner.core.entities import MAX_LEVEL, Exercise, Partner, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.pace import TOUCH_ABOVE_TALK
from repairplanner.core.suggest import suggest_week
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
    """Write a couple and `years` of plans (2–8 sessions a week) ending in the week of `today`.

    The demo couple follows the rules: touch never above talk + 1, every session at the working level of its
    track, asked-for talks only as the hurt partner's own (two early acknowledgment talks, before touch passes
    level 2), busy days kept free, the last weeks laid out by the app's own suggester, no level change dated
    after now; and its last weeks are calm, so the engine offers to move talk up together.
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
        done: set[str] = set()
        start = first_week
        while start <= today:
            weeks += 1
            week = WeekRow(start_date=start, intention=rng.choice(INTENTIONS))
            s.add(week)
            s.flush()
            settled = start >= settled_from
            if not settled and start > first_week:
                _maybe_change_level(s, rng, partners, levels, start, clock=clock)
            for position, (day, at, exercise, inviter) in enumerate(
                _week_plan(rng, start, levels, by_level, exercises, partners, weeks=weeks, settled=settled, done=done)
            ):
                row = PlannedSessionRow(
                    week_id=week.id,
                    exercise_id=exercise.id,
                    day=day,
                    start_time=at,
                    minutes=exercise.minutes,
                    inviter_id=inviter,
                    position=position,
                )
                s.add(row)
                s.flush()
                session_count += 1
                if day < today:
                    reflection_count += _history(s, rng, row, partners, day, calm=settled, clock=clock)
                    done.add(exercise.id)
            start = shift_weeks(start, 1)
    return DemoSummary(weeks=weeks, sessions=session_count, reflections=reflection_count)


#: The acknowledgment talks the demo's hurt partner (Maya, who invites them) asks for in the first weeks, so touch
#: can later go past level 2 as the order of repair requires.
ASKED_EARLY = {2: "talk-1-hurt-partner-turn", 4: "talk-1-hearing-without-defending"}


def _week_plan(  # noqa: PLR0917 - one private helper of generate_demo, called once
    rng: random.Random,
    start: dt.date,
    levels: dict[Track, int],
    by_level: dict[tuple[Track, int], list[Exercise]],
    exercises: Sequence[Exercise],
    partners: list[PartnerRow],
    *,
    weeks: int,
    settled: bool,
    done: set[str],
) -> list[tuple[dt.date, dt.time, Exercise, int]]:
    """One week's sessions: the app's own suggested week for the last weeks (this one included), and an earlier
    week's looser plan otherwise; both keep the partners' busy days free."""
    known = {e.id: e for e in exercises}
    couple = tuple(Partner(p.id, p.seat, p.name, p.color, frozenset(p.unavailable_weekdays or ())) for p in partners)
    if settled:
        suggested = suggest_week(
            start,
            levels,
            [e for e in exercises if not e.is_solo],
            (couple[0], couple[1]),
            seed=rng.randrange(1 << 30),
            completed=frozenset(done),
        )
        return [(x.day, x.start_time, known[x.exercise_id], x.inviter_id) for x in suggested]
    busy = {day for p in couple for day in p.unavailable_weekdays}
    free = [offset for offset in range(7) if (start + dt.timedelta(days=offset)).isoweekday() not in busy]
    days = sorted(rng.sample(free, min(len(free), rng.randint(2, 5))))
    plan = []
    for position, offset in enumerate(days):
        track = Track.TALK if rng.random() < 0.55 else Track.TOUCH
        exercise = rng.choice(_bookable(by_level, track, levels[track]))
        at = dt.time(rng.choice((7, 12, 18, 19, 20)), rng.choice((0, 30)))
        plan.append((start + dt.timedelta(days=offset), at, exercise, partners[position % 2].id))
    asked = ASKED_EARLY.get(weeks)
    if asked in known and days:
        plan.append((start + dt.timedelta(days=days[-1]), dt.time(20, 30), known[asked], partners[0].id))
    return plan


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
