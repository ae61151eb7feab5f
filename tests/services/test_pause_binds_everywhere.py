"""A pause rests everything and a red light before touch closes the day, in every path: the services refuse, the
printed week says the plan is resting, and the calendar file holds nothing for a resting day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pypdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from repairplanner.app import build_services
from repairplanner.core.clock import Clock, to_stored
from repairplanner.core.entities import Light, SessionDraft
from repairplanner.core.errors import UserFacingError
from repairplanner.core.print_options import PrintOptions
from repairplanner.db.schema import CheckInRow, ConsentEventRow, PauseResumeRow, PauseRow, PlannedSessionRow
from repairplanner.printing.pdf import write_pdf
from repairplanner.printing.week_document import RESTING_DAY, build_week_document, document_title
from tests.services.conftest import World

MONDAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.timezone.utc)
TOUCHES = ("touch-1-side-by-side", "touch-1-hand-on-forearm")
TALK = "talk-1-daily-check-in"
#: Exercises with titles that no other text of the printed week contains.
TITLES = {"touch-1-side-by-side": "Sitting side by side", "talk-1-daily-check-in": "Daily check-in"}


def stored_utc(clock: Clock, day: dt.date, hour: int = 12) -> dt.datetime:
    """`hour` o'clock on `day` on the couple's wall clock, stored as the app stores times: UTC without a zone."""
    return to_stored(clock.from_local(day, dt.time(hour)))


def pause(world: World, first: dt.date, resumed: dt.date | None) -> None:
    with world.sessions.begin() as s:
        s.add(
            PauseRow(
                started_by_id=world.a,
                started_at=stored_utc(world.clock, first),
                ended_at=stored_utc(world.clock, resumed) if resumed else None,
            )
        )


def events_on(world: World) -> list[dt.date]:
    data = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY, neutral=False)
    found = []
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        start = event["DTSTART"].dt
        found.append(start.date() if isinstance(start, dt.datetime) else start)
    return found


def test_a_resting_day_prints_as_resting_and_has_no_calendar_event(world: World, tmp_path: Path, qapp: object) -> None:
    for offset in range(7):
        world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=offset), TALK, 15, dt.time(19, 0)))
    pause(world, MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=5))  # Wednesday to Thursday rest

    resting = [MONDAY + dt.timedelta(days=n) for n in (2, 3, 4)]
    assert sorted(set(events_on(world))) == [
        d for d in (MONDAY + dt.timedelta(days=n) for n in range(7)) if d not in resting
    ]

    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    assert [d.day for d in week.days if d.resting] == resting
    assert all(not d.sessions for d in week.days if d.resting)
    document = build_week_document(week, PrintOptions())
    path = tmp_path / "week.pdf"
    write_pdf(document, path, title=document_title(document), paper=PrintOptions().paper)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())
    assert text.count(RESTING_DAY) == 3
    assert "paused by" not in text.lower() and "Ana paused" not in text  # never whose pause it was
    assert text.count(TITLES[TALK]) == 4  # one per day that is not resting


def test_an_open_pause_rests_every_day_from_its_first(world: World) -> None:
    world.plan.add_session(SessionDraft(MONDAY, TALK, 15, dt.time(19, 0)))
    world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=4), TALK, 15, dt.time(19, 0)))
    pause(world, MONDAY + dt.timedelta(days=1), None)
    assert events_on(world) == [MONDAY]
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    assert [d.resting for d in week.days] == [False] + [True] * 6


# --- the property: no path starts what a pause or a red light closed, and no artefact holds a resting day ---------


@st.composite
def histories(draw: st.DrawFn) -> dict[str, object]:
    sessions = draw(st.lists(st.tuples(st.integers(0, 6), st.sampled_from((*TOUCHES, TALK))), min_size=1, max_size=6))
    pauses = draw(st.lists(st.tuples(st.integers(-2, 6), st.one_of(st.none(), st.integers(1, 4))), max_size=2))
    reds = draw(st.lists(st.integers(0, len(sessions) - 1), max_size=2))
    order = draw(st.permutations(range(len(sessions))))
    return {"sessions": sessions, "pauses": pauses, "reds": reds, "order": order}


def _clear(world: World) -> None:
    with world.sessions.begin() as s:
        for table in (CheckInRow, ConsentEventRow, PauseResumeRow, PauseRow, PlannedSessionRow):
            s.execute(delete(table))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories())
def test_no_path_starts_a_session_while_paused_or_touch_on_a_red_day_and_no_artefact_holds_a_resting_day(
    world: World, qapp: object, history: dict[str, object]
) -> None:
    _clear(world)
    planned = [
        world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=d), e, 10, dt.time(18, 0)))
        for d, e in history["sessions"]  # type: ignore[attr-defined]
    ]
    open_pause = False
    for first, length in history["pauses"]:  # type: ignore[attr-defined]
        if open_pause:
            break
        pause(
            world,
            MONDAY + dt.timedelta(days=first),
            None if length is None else MONDAY + dt.timedelta(days=first + length),
        )
        open_pause = length is None
    red_ids = {planned[i].id for i in history["reds"]}  # type: ignore[attr-defined]

    closed_to_touch: set[dt.date] = set()  # days a red light before touch has closed, as the couple lived them
    for index in history["order"]:  # type: ignore[attr-defined]
        session = planned[index]
        touch = session.exercise_id.startswith("touch")
        red = session.id in red_ids
        world.today.day = session.day
        checked_in = 0
        try:
            world.svc.set_consent(session.id, world.a, True)
            world.svc.set_consent(session.id, world.b, True)
            world.svc.check_in(session.id, world.a, Light.RED if red else Light.GREEN, 3)
            checked_in += 1
            world.svc.check_in(session.id, world.b, Light.GREEN, 3)
            checked_in += 1
            world.svc.start(session.id)
        except UserFacingError:
            if touch and red and checked_in == 2:
                closed_to_touch.add(session.day)
            continue
        assert not open_pause, "nothing starts while the plan rests"
        assert not world.svc.facts([session.id])[session.id].paused
        if touch:
            assert not red and session.day not in closed_to_touch, "no touch on a day a red light closed"

    spans = world.svc.pause_spans()
    from repairplanner.core.session_rules import day_is_paused

    resting = {MONDAY + dt.timedelta(days=n) for n in range(7) if day_is_paused(MONDAY + dt.timedelta(days=n), spans)}
    assert not resting & set(events_on(world))
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    for day in week.days:
        assert day.resting == (day.day in resting)
        if day.resting:
            assert not day.sessions
    # The printed week's text (the PDF's, the preview's and the paper's) says so once per resting day.
    text = " ".join(build_week_document(week, PrintOptions()).toPlainText().split())
    assert text.count(RESTING_DAY) == len(resting)
    printed = sum(text.count(t) for t in TITLES.values())
    assert printed == sum(1 for p in planned if p.exercise_id in TITLES and p.day not in resting)
