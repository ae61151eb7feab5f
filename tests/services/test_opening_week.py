"""The opening week read with sqlite3 is exactly what the services return, over random stored histories."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repairplanner.core.entities import Light, SessionStatus, Track
from repairplanner.core.weeks import shift_weeks, week_start
from repairplanner.db.engine import make_engine, make_sessions
from repairplanner.db.schema import (
    CheckInRow,
    ConsentEventRow,
    ExerciseRow,
    LevelChoiceRow,
    PartnerRow,
    PauseRow,
    PlannedSessionRow,
    ReflectionRow,
    Setting,
    WeekRow,
)
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.opening_week import read_opening_week
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from tests.helpers import pinned_clock

TODAY = dt.date(2026, 11, 25)  # tests.helpers.TEST_NOW, a Wednesday
NOW = dt.datetime(2026, 11, 25, 18, 0)
#: A few moments only, so consent events, check-ins and level choices often share one and the id decides.
MOMENTS = st.sampled_from([NOW - dt.timedelta(days=3), NOW - dt.timedelta(hours=2), NOW - dt.timedelta(hours=2), NOW])
TIES = st.sampled_from([NOW - dt.timedelta(hours=2), NOW])
DAYS = st.one_of(st.integers(-2, 4), st.integers(-12, 12)).map(lambda n: TODAY + dt.timedelta(days=n))
TEXT = st.text(alphabet="aBc é·", max_size=6)

exercise = st.fixed_dictionaries(
    {
        "builtin": st.booleans(),
        "title": TEXT,
        "track": st.sampled_from(["touch", "talk"]),
        "level": st.integers(1, 5),
        "minutes": st.integers(1, 60),
        "tags": st.lists(st.sampled_from(["solo", "asked-for", "sensitive", "heavy"]), max_size=2, unique=True),
        "archived": st.booleans(),
    }
)
session = st.fixed_dictionaries(
    {
        "day": DAYS,
        "exercise": st.integers(0, 5),
        "start_time": st.none() | st.times().map(lambda t: t.replace(tzinfo=None)),
        "minutes": st.integers(1, 90),
        "inviter": st.sampled_from([None, 0, 1]),
        "note": TEXT,
        "status": st.sampled_from([s.value for s in SessionStatus]),
        "position": st.integers(0, 3),
        "started": st.none() | MOMENTS,
        "removed": st.none() | MOMENTS,
        "solo": st.sampled_from([None, None, 0, 1]),
    }
)
history = st.fixed_dictionaries(
    {
        "partners": st.sampled_from([0, 1, 2, 2, 2, 2]),
        "unavailable": st.lists(st.integers(1, 7), max_size=3, unique=True),
        "week_start": st.sampled_from([None, 1, 3, 7, 0, 9, "x"]),
        "slow_down": st.none() | TEXT,
        "choices": st.lists(
            st.tuples(st.integers(0, 1), st.sampled_from(["touch", "talk"]), st.integers(1, 5), MOMENTS), max_size=6
        ),
        "exercises": st.lists(exercise, min_size=1, max_size=6),
        "intention": st.none() | TEXT,
        "sessions": st.lists(session, max_size=8),
        # Often the same session and moment, so which of two events at one moment counts is tested too.
        "consents": st.lists(st.tuples(st.integers(0, 2), st.integers(0, 1), st.booleans(), TIES), max_size=12),
        "check_ins": st.lists(
            st.tuples(st.integers(0, 7), st.integers(0, 1), st.sampled_from([x.value for x in Light]), MOMENTS),
            max_size=8,
        ),
        "reflections": st.lists(st.tuples(st.integers(0, 7), st.integers(0, 1)), max_size=8),
        "pause": st.sampled_from(["none", "open", "ended"]),
    }
)


def store(sessions: Any, h: dict[str, Any]) -> None:  # noqa: PLR0912
    """Write the history `h` straight into the tables (rules or not: the two readings must agree on any data)."""
    with sessions.begin() as s:
        partners = [
            PartnerRow(
                seat=seat,
                name=f"P{seat}",
                color=None if seat == 1 else "#aa3366",
                unavailable_weekdays=h["unavailable"],
            )
            for seat in (2, 1)[: h["partners"]]
        ]
        s.add_all(partners)
        s.add(Setting(key="couple.stop_signal", value="pause"))
        if h["week_start"] is not None:
            s.add(Setting(key="couple.week_start", value=h["week_start"]))
        if h["slow_down"] is not None:
            s.add(Setting(key="couple.slow_down_signal", value=h["slow_down"]))
        s.flush()
        ids = [p.id for p in sorted(partners, key=lambda p: p.seat)]
        for who, track, level, at in h["choices"]:
            if who < len(ids):
                s.add(LevelChoiceRow(partner_id=ids[who], track=track, level=level, at=at))
        exercises = []
        for n, e in enumerate(h["exercises"]):
            row = ExerciseRow(
                id=f"b{n}" if e["builtin"] else f"custom-{n}",
                source="builtin" if e["builtin"] else "custom",
                title=e["title"],
                track=e["track"],
                level=e["level"],
                minutes=e["minutes"],
                summary="s",
                needs=["a mat"],
                steps=["one", "two"],
                ease_out="",
                easier="",
                harder="",
                agreement="",
                safety="",
                technique=["t"],
                tags=e["tags"],
                archived_at=NOW if e["archived"] else None,
            )
            exercises.append(row)
        s.add_all(exercises)
        start = week_start(TODAY, h["week_start"] if h["week_start"] in range(1, 8) else 1)
        weeks: dict[dt.date, WeekRow] = {}

        def week_of(day: dt.date) -> WeekRow:
            first = week_start(day)
            if first not in weeks:
                weeks[first] = WeekRow(start_date=first, intention="")
                s.add(weeks[first])
                s.flush()
            return weeks[first]

        if h["intention"] is not None:
            weeks[start] = WeekRow(start_date=start, intention=h["intention"])
            s.add(weeks[start])
            s.flush()
        planned = []

        def person(i: int | None) -> int | None:
            return ids[i] if i is not None and i < len(ids) else None

        for x in h["sessions"]:
            planned.append(
                PlannedSessionRow(
                    week_id=week_of(x["day"]).id,
                    exercise_id=exercises[x["exercise"] % len(exercises)].id,
                    day=x["day"],
                    start_time=x["start_time"],
                    minutes=x["minutes"],
                    inviter_id=person(x["inviter"]),
                    note=x["note"],
                    status=x["status"],
                    position=x["position"],
                    started_at=x["started"],
                    removed_at=x["removed"],
                    solo_partner_id=person(x["solo"]),
                )
            )
        s.add_all(planned)
        s.flush()
        if planned and ids:
            for which, who, given, at in h["consents"]:
                s.add(
                    ConsentEventRow(
                        session_id=planned[which % len(planned)].id, partner_id=ids[who % len(ids)], given=given, at=at
                    )
                )
            pairs = set()
            for which, who, light, at in h["check_ins"]:
                pair = (planned[which % len(planned)].id, ids[who % len(ids)])
                if pair not in pairs:
                    pairs.add(pair)
                    s.add(CheckInRow(session_id=pair[0], partner_id=pair[1], light=light, expected_distress=3, at=at))
            pairs = set()
            for which, who in h["reflections"]:
                pair = (planned[which % len(planned)].id, ids[who % len(ids)])
                if pair not in pairs:
                    pairs.add(pair)
                    s.add(
                        ReflectionRow(
                            session_id=pair[0],
                            partner_id=pair[1],
                            peak_distress=2,
                            felt_safe=8,
                            felt_close=7,
                            used_stop_signal=False,
                            would_repeat=True,
                            visibility="shared",
                            note="n",
                        )
                    )
        if h["pause"] != "none" and ids:
            s.add(PauseRow(started_by_id=ids[0], started_at=NOW, ended_at=NOW if h["pause"] == "ended" else None))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(h=history)
def test_the_opening_week_is_exactly_what_the_services_return(template_database: Path, h: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "repairplanner.sqlite"
        shutil.copy(template_database, database)
        engine = make_engine(database)
        try:
            sessions = make_sessions(engine)
            store(sessions, h)
            clock = pinned_clock()
            opening = read_opening_week(database, clock)
            couple = CoupleService(sessions).get()
            if couple is None:
                assert opening is None
                return
            assert opening is not None
            plan = PlanService(sessions, clock=clock)
            life = SessionService(sessions, clock=clock)
            start = week_start(clock.today(), couple.week_start)
            ids = [s.id for s in plan.get_week(start).sessions]
            assert opening.couple == couple
            booked = {s.exercise_id for s in plan.get_week(start).sessions}
            assert opening.exercises == tuple(
                e for e in LibraryService(sessions, clock=clock).list_exercises(include_archived=True) if e.id in booked
            )
            assert opening.today == clock.today()
            assert opening.plan == plan.get_week(start)
            assert opening.consents == life.consents(ids)
            assert opening.facts == life.facts(ids)
            # The week's cards take the consents from the facts (ui/week/card_state.py): the same reading.
            assert {sid: fact.consents for sid, fact in life.facts(ids).items()} == life.consents(ids)
            lived = [s.id for s in opening.plan.sessions if s.status is SessionStatus.DONE or s.started_at is not None]
            assert opening.reflected == {sid: frozenset(r.partner_id for r in life.reflections(sid)) for sid in lived}
            assert opening.reflected == life.reflected(lived)
            assert opening.previous_week_booked == plan.has_sessions(shift_weeks(start, -1))
            assert opening.paused == life.is_paused()
        finally:
            engine.dispose()


def test_some_histories_hold_what_the_comparison_is_for(template_database: Path, tmp_path: Path) -> None:
    """A hand-made history with a red light before touch, a solo session and a pause: the reading sees them."""
    database = tmp_path / "repairplanner.sqlite"
    shutil.copy(template_database, database)
    engine = make_engine(database)
    sessions = make_sessions(engine)
    touch = {"builtin": False, "title": "t", "track": "touch", "level": 1, "minutes": 5, "tags": [], "archived": False}
    solo = {**touch, "title": "s", "track": "talk", "tags": ["solo"]}
    base = {"day": TODAY, "start_time": None, "minutes": 10, "inviter": 0, "note": "", "status": "planned"}
    base |= {"position": 0, "started": None, "removed": None, "solo": None}
    store(
        sessions,
        {
            "partners": 2,
            "unavailable": [],
            "week_start": None,
            "slow_down": None,
            "choices": [],
            "exercises": [touch, solo],
            "intention": "gently",
            "sessions": [{**base, "exercise": 0}, {**base, "exercise": 0}, {**base, "exercise": 1, "solo": 1}],
            "consents": [(0, 0, True, NOW), (2, 1, True, NOW)],
            "check_ins": [(1, 0, "red", NOW)],
            "reflections": [],
            "pause": "open",
        },
    )
    engine.dispose()
    opening = read_opening_week(database, pinned_clock())
    assert opening is not None
    first, _second, alone = opening.plan.sessions
    assert opening.plan.week.intention == "gently"
    assert opening.facts[first.id].red_touch_day and opening.paused
    assert list(opening.consents[alone.id].values()) == [True] and opening.exercises[0].track is Track.TALK


def test_the_opening_week_loads_no_sqlalchemy() -> None:
    code = (
        "import sys, repairplanner.services.opening_week; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'icalendar')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
