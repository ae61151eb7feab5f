"""The printed week's data: gathered through the services, in the couple's order, and never a private word."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import NoteVisibility, SessionDraft, SessionStatus, Track
from repairplanner.core.library import Library
from repairplanner.core.print_options import PrintOptions
from repairplanner.core.printable_week import distinct_initials
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.print_data import NothingToPrintError
from tests.services.conftest import PASS_A, World

MONDAY = dt.date(2026, 11, 23)
PRIVATE_PHRASE = "quokka-harmonium 5519 only mine"
SHARED_PHRASE = "we laughed about the kettle"


def test_an_empty_data_folder_has_nothing_to_print(sessions: sessionmaker[Session], clock: FixedClock) -> None:
    with pytest.raises(NothingToPrintError) as caught:
        build_services(sessions, clock=clock).printing.week(MONDAY, PrintOptions())
    assert caught.value.message == "There is no couple in this data folder yet."
    assert caught.value.exit_code == 2


def test_an_unplanned_week_has_seven_rest_days_and_the_couples_words(world: World) -> None:
    world.plan.set_intention(MONDAY, "Gently does it")
    week = build_services(world.sessions, clock=world.clock).printing.week(
        MONDAY + dt.timedelta(days=3), PrintOptions()
    )
    assert week.start == MONDAY and week.end == MONDAY + dt.timedelta(days=6)
    assert [d.day for d in week.days] == [MONDAY + dt.timedelta(days=i) for i in range(7)]
    assert all(d.sessions == () for d in week.days) and week.cards == ()
    assert week.partner_labels == ("Ana", "Bo")
    assert (week.intention, week.stop_signal) == ("Gently does it", "pause")


def test_sessions_carry_what_the_page_shows(world: World) -> None:
    couple = world.couple
    timed = world.plan.add_session(
        SessionDraft(MONDAY, "touch-1-side-by-side", 12, start_time=dt.time(19, 30), inviter_id=world.b)
    )
    early = world.plan.add_session(
        SessionDraft(MONDAY, "talk-1-daily-check-in", 15, start_time=dt.time(8, 0), inviter_id=world.a)
    )
    world.book(MONDAY + dt.timedelta(days=2), "touch-1-side-by-side")
    world.svc.set_consent(timed.id, world.b, True)
    world.agree(early.id)
    world.check_in(early.id)
    world.reflect(early.id, world.a)
    skipped = world.book(MONDAY + dt.timedelta(days=4), "talk-1-daily-check-in")
    world.svc.set_status(skipped.id, SessionStatus.SKIPPED)
    removed = world.book(MONDAY + dt.timedelta(days=5))
    world.plan.remove_sessions([removed.id])

    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    monday = week.days[0].sessions
    assert [s.start_time for s in monday] == [dt.time(8, 0), dt.time(19, 30)]  # by time, as the app shows them
    first, second = monday
    assert (first.title, first.track, first.minutes, first.inviter) == (
        "Daily check-in: traffic light, the day, one thanks",
        Track.TALK,
        15,
        0,
    )
    assert (first.consent, first.done, first.set_aside) == ((True, True), True, False)
    assert (second.track, second.level, second.minutes, second.inviter) == (Track.TOUCH, 1, 12, 1)
    assert (second.consent, second.done) == ((False, True), False)
    middle = week.days[2].sessions[0]
    assert (middle.start_time, middle.inviter, middle.consent) == (None, None, (False, False))
    assert week.days[4].sessions[0].set_aside and not week.days[4].sessions[0].done
    assert week.days[5].sessions == ()
    assert len(week.sessions) == 4
    assert couple.partners[0].name == week.partner_labels[0]


def test_cards_hold_each_exercise_once_in_the_order_of_the_week(world: World, builtin_library: Library) -> None:
    world.book(MONDAY + dt.timedelta(days=1), "talk-1-daily-check-in")
    world.book(MONDAY, "touch-1-side-by-side")
    world.book(MONDAY + dt.timedelta(days=3), "talk-1-daily-check-in")
    cards = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions()).cards
    library = {e.id: e for e in builtin_library.exercises}
    assert [c.title for c in cards] == [library[i].title for i in ("touch-1-side-by-side", "talk-1-daily-check-in")]
    side_by_side = library["touch-1-side-by-side"]
    assert cards[0].steps == side_by_side.steps
    assert (cards[0].agreement, cards[0].ease_out) == (side_by_side.agreement, side_by_side.ease_out)
    assert cards[0].safety == side_by_side.safety
    assert {f.name for f in dataclasses.fields(cards[0])} == {
        "title",
        "track",
        "level",
        "minutes",
        "steps",
        "ease_out",
        "agreement",
        "safety",
        "outlines",
    }
    assert not any(card.outlines for card in cards), "only the body maps bring the outline page"


def test_initials_only_names_nobody(world: World) -> None:
    world.plan.add_session(SessionDraft(MONDAY, "touch-1-side-by-side", 10, inviter_id=world.a))
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions(initials_only=True))
    assert week.partner_labels == ("A.", "B.")
    assert "Ana" not in repr(week) and "'Bo'" not in repr(week)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Ana", "Bo", ("A.", "B.")),
        ("Ana María", "Bo", ("A. M.", "B.")),
        ("Ana", "Alex", ("An.", "Al.")),
        ("Sam", "sam", ("Sam", "sam")),
        ("Jean-Luc", "Jo", ("J. L.", "J.")),
    ],
)
def test_initials_tell_the_partners_apart(first: str, second: str, expected: tuple[str, str]) -> None:
    assert distinct_initials(first, second) == expected


def test_weeks_start_on_the_couples_first_day(
    sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock
) -> None:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause", week_start=7))
    sunday = MONDAY - dt.timedelta(days=1)
    PlanService(sessions, clock=clock).add_session(SessionDraft(sunday, "touch-1-side-by-side", 10))
    week = build_services(sessions, clock=clock).printing.week(MONDAY + dt.timedelta(days=2), PrintOptions())
    assert week.start == sunday and week.days[0].day == sunday and week.days[-1].day.isoweekday() == 6
    assert len(week.days[0].sessions) == 1


def test_no_reflection_or_note_reaches_the_printed_week(keyed: World) -> None:
    world = keyed
    session = world.book(MONDAY, "talk-1-daily-check-in")
    world.agree(session.id)
    world.check_in(session.id)
    world.reflect(session.id, world.a, visibility=NoteVisibility.PRIVATE, note=PRIVATE_PHRASE, passphrase=PASS_A)
    world.reflect(session.id, world.b, note=SHARED_PHRASE)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions(exercise_cards=True))
    assert week.sessions[0].done
    assert PRIVATE_PHRASE not in repr(week) and SHARED_PHRASE not in repr(week)


def test_every_touch_card_carries_the_never_list_the_couples_own_too(world: World, builtin_library: Library) -> None:
    from repairplanner.core.library import NEVER_LIST

    side_by_side = next(e for e in builtin_library.exercises if e.id == "touch-1-side-by-side")
    ours = LibraryService(world.sessions, clock=world.clock).create_custom(
        dataclasses.replace(
            side_by_side, title="Our sofa time", agreement="Sitting side by side, clothed, for ten minutes."
        )
    )
    world.book(MONDAY, ours.id)
    world.book(MONDAY, "touch-1-side-by-side")
    world.book(MONDAY, "talk-1-daily-check-in")
    cards = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions()).cards
    by_title = {c.title: c for c in cards}
    assert by_title["Our sofa time"].agreement.endswith(NEVER_LIST)
    assert by_title[side_by_side.title].agreement.count(NEVER_LIST) == 1  # already there: not printed twice
    talk = next(c for c in cards if c.track is Track.TALK)
    assert NEVER_LIST not in talk.agreement
