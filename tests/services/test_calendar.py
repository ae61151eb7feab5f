"""The week as an .ics file, read back by icalendar and by a second, hand-written RFC 5545 reader."""

from __future__ import annotations

import dataclasses
import datetime as dt

import icalendar
import pytest

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import NoteVisibility, SessionDraft
from repairplanner.db.schema import Setting
from repairplanner.services.calendar import (
    CALENDAR_NAME,
    INSTALL_ID_KEY,
    NEUTRAL_SUMMARIES,
    PRODID,
)
from repairplanner.services.library import LibraryService
from tests.services.conftest import PASS_A, World, count

MONDAY = dt.date(2026, 11, 23)
TOUCH = "touch-1-side-by-side"
TALK = "talk-1-daily-check-in"
PRIVATE_PHRASE = "velvet-harbour 5093 stays with me"
SHARED_PHRASE = "We both liked the slower pace"
SESSION_NOTE = "after the kids are asleep"
NOW = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.timezone.utc)


@pytest.fixture(autouse=True)
def exported_now(clock: FixedClock) -> None:
    """Every export in these tests is made at NOW unless a test moves the clock on."""
    clock.set(NOW)


def plan_week(world: World) -> dict[str, int]:
    """A week with a timed touch session, an untimed talk session and one in the next week."""
    add = world.plan.add_session
    timed = add(SessionDraft(MONDAY + dt.timedelta(days=1), TOUCH, 45, dt.time(19, 30), note=SESSION_NOTE))
    untimed = add(SessionDraft(MONDAY + dt.timedelta(days=3), TALK, 15))
    add(SessionDraft(MONDAY + dt.timedelta(days=8), TALK, 15))  # next week: not in this file
    return {"timed": timed.id, "untimed": untimed.id}


# --- a second reader, written from RFC 5545 alone ---------------------------------------------------------------------


def unfold(data: bytes) -> list[str]:
    """The content lines: every physical line ends in CRLF, is at most 75 octets, and continues after a space."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    assert all(len(line) <= 75 for line in physical), "RFC 5545 3.1: lines are folded at 75 octets"
    logical: list[bytes] = []
    for line in physical:
        if line[:1] in (b" ", b"\t"):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return [line.decode("utf-8") for line in logical]


def split_line(line: str) -> tuple[str, dict[str, str], str]:
    """NAME;PARAM=VALUE:value → (NAME, params, unescaped value)."""
    head, _, value = line.partition(":")
    name, *params = head.split(";")
    value = value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
    return name.upper(), dict(p.split("=", 1) for p in params), value.replace("\\\\", "\\")


def read_events(data: bytes) -> tuple[dict[str, str], list[dict[str, tuple[dict[str, str], str]]]]:
    """The calendar's own properties and each VEVENT's properties, by hand."""
    lines = unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    calendar: dict[str, str] = {}
    events: list[dict[str, tuple[dict[str, str], str]]] = []
    current: dict[str, tuple[dict[str, str], str]] | None = None
    for line in lines[1:-1]:
        name, params, value = split_line(line)
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            assert name not in current, f"{name} twice in one event"
            current[name] = (params, value)
        else:
            calendar[name] = value
    assert current is None
    return calendar, events


def by_uid(data: bytes) -> dict[str, dict[str, tuple[dict[str, str], str]]]:
    return {event["UID"][1]: event for event in read_events(data)[1]}


def parsed(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


# --- the tests -------------------------------------------------------------------------------------------------------


def test_one_event_per_session_of_the_week_in_both_readers(world: World) -> None:
    plan_week(world)
    data = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY)
    assert len(parsed(data)) == 2
    calendar, events = read_events(data)
    assert len(events) == 2
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"] == PRODID
    assert calendar["X-WR-CALNAME"] == CALENDAR_NAME == calendar["NAME"] == "Weekly plan"


def test_any_day_of_the_week_exports_the_same_week(world: World) -> None:
    plan_week(world)
    service = build_services(world.sessions, clock=world.clock).calendar
    assert by_uid(service.week_ics(MONDAY + dt.timedelta(days=5))).keys() == by_uid(service.week_ics(MONDAY)).keys()


def test_a_timed_session_starts_and_ends_at_local_floating_times(world: World) -> None:
    plan_week(world)
    event = next(
        e
        for e in parsed(build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY))
        if "T" in e["DTSTART"].to_ical().decode()
    )
    assert event.decoded("DTSTART") == dt.datetime(2026, 11, 24, 19, 30)
    assert event.decoded("DTEND") == dt.datetime(2026, 11, 24, 20, 15)
    assert event.decoded("DTSTART").tzinfo is None  # floating: 19:30 on the couple's own clock
    raw = next(
        e
        for e in read_events(build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY))[1]
        if e["DTSTART"][1].startswith("20261124")
    )
    assert raw["DTSTART"] == ({}, "20261124T193000") and raw["DTEND"] == ({}, "20261124T201500")


def test_a_session_without_a_time_is_an_all_day_event(world: World) -> None:
    plan_week(world)
    events = read_events(build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY))[1]
    all_day = [e for e in events if e["DTSTART"][0].get("VALUE") == "DATE"]
    assert len(all_day) == 1
    assert all_day[0]["DTSTART"][1] == "20261126" and all_day[0]["DTEND"] == ({"VALUE": "DATE"}, "20261127")
    event = next(
        e
        for e in parsed(build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY))
        if e.decoded("DTSTART") == dt.date(2026, 11, 26)
    )
    assert event.decoded("DTEND") == dt.date(2026, 11, 27)


def test_summaries_are_neutral_by_default_with_no_description(world: World) -> None:
    plan_week(world)
    data = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY)
    summaries = sorted(e["SUMMARY"][1] for e in read_events(data)[1])
    assert summaries == ["Talk together", "Time together"] == sorted(NEUTRAL_SUMMARIES.values())
    assert all("DESCRIPTION" not in e for e in read_events(data)[1])
    library = LibraryService(world.sessions, clock=world.clock)
    for exercise_id in (TOUCH, TALK):
        assert library.get(exercise_id).title.encode() not in data


def test_titles_when_asked_carry_the_exercise_and_its_summary(world: World) -> None:
    plan_week(world)
    data = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY, neutral=False)
    library = LibraryService(world.sessions, clock=world.clock)
    events = {e["SUMMARY"][1]: e for e in read_events(data)[1]}
    touch = library.get(TOUCH)
    assert set(events) == {touch.title, library.get(TALK).title}
    assert events[touch.title]["DESCRIPTION"][1] == touch.summary
    assert {str(e["SUMMARY"]) for e in parsed(data)} == set(events)


def test_nothing_anyone_wrote_is_ever_exported(world: World) -> None:
    ids = plan_week(world)
    world.svc.set_passphrase(world.a, PASS_A)
    world.agree(ids["timed"])
    world.reflect(ids["timed"], world.a, visibility=NoteVisibility.PRIVATE, note=PRIVATE_PHRASE, passphrase=PASS_A)
    world.reflect(ids["timed"], world.b, note=SHARED_PHRASE)
    for neutral in (True, False):
        data = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY, neutral=neutral)
        text = " ".join(value for e in read_events(data)[1] for _, value in e.values())
        for phrase in (PRIVATE_PHRASE, "velvet", SHARED_PHRASE, SESSION_NOTE):
            assert phrase not in text and phrase.encode() not in data
        if neutral:
            assert b"Ana" not in data and b"Bo" not in data


def test_uids_stay_the_same_across_exports_and_edits(world: World) -> None:
    ids = plan_week(world)
    service = build_services(world.sessions, clock=world.clock).calendar
    first = by_uid(service.week_ics(MONDAY))
    world.clock.advance(dt.timedelta(hours=5))
    again = by_uid(build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY))
    assert first.keys() == again.keys() and len(first) == 2
    session = world.plan.get_week(MONDAY).find(ids["timed"])
    assert session is not None
    world.plan.save_session(dataclasses.replace(session, start_time=dt.time(7, 0), minutes=20))
    world.clock.advance(dt.timedelta(days=1))
    edited = by_uid(service.week_ics(MONDAY))
    assert edited.keys() == first.keys()
    uid = next(u for u, e in first.items() if e["DTSTART"][1] == "20261124T193000")
    assert edited[uid]["DTSTART"][1] == "20261124T070000" and edited[uid]["DTEND"][1] == "20261124T072000"
    # A later export is a newer revision of each event, so calendars take its times.
    assert int(edited[uid]["SEQUENCE"][1]) > int(first[uid]["SEQUENCE"][1])
    assert edited[uid]["DTSTAMP"][1].endswith("Z")


def test_the_install_id_is_made_once_and_kept(world: World) -> None:
    ids = plan_week(world)
    service = build_services(world.sessions, clock=world.clock).calendar
    install_id = service.install_id()
    assert service.install_id() == install_id and count(world.sessions, Setting, Setting.key == INSTALL_ID_KEY) == 1
    uids = by_uid(service.week_ics(MONDAY))
    assert set(uids) == {f"{ids[k]}-{install_id}@weekly-plan.invalid" for k in ("timed", "untimed")}


def test_removed_sessions_and_an_empty_week_leave_no_events(world: World) -> None:
    ids = plan_week(world)
    world.plan.remove_sessions([ids["timed"], ids["untimed"]])
    data = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY)
    assert parsed(data) == [] and read_events(data)[1] == []
    assert read_events(data)[0]["PRODID"] == PRODID
