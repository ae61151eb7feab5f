"""Promises on paper and in the calendar file: neutral names for sensitive exercises (full titles and safety notes on
the cards), nothing telling in the PDF's or the calendar's metadata, and never a declined session or a count of no's
in anything printed or exported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import Exercise, SessionDraft, SessionStatus
from repairplanner.core.library import Library
from repairplanner.core.print_options import PrintOptions
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.printing.pdf import write_pdf
from repairplanner.printing.summary_document import build_summary_document
from repairplanner.printing.week_document import build_week_document, document_title
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from tests.helpers import Today
from tests.services.conftest import World

MONDAY = dt.date(2026, 11, 23)
FULL_TITLE = "Questions about the affair, asked and answered"
NEUTRAL = "Our Thursday talk"
SAFETY = "If either of you floods, use the stop signal and breathe together before anything else."
TELLING = ("repair", "planner", "affair", "betray", "therap", "ana", "bo ")
NO_WORDS = ("declin", "skipped", "withdr", "not today", "missed", "refus")


@pytest.fixture
def world(sessions: sessionmaker[Session], builtin_library: Library, qapp: object) -> World:
    today = Today(MONDAY)
    LibraryService(sessions, clock=today).sync_builtins(builtin_library)
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "a raised hand"))
    plan = PlanService(sessions, clock=today)
    svc = SessionService(sessions, clock=today, kdf=TEST_KDF)
    return World(sessions, couples, plan, svc, ProgressService(sessions, clock=today), couple, today, today)


def sensitive(world: World) -> Exercise:
    library = LibraryService(world.sessions, clock=world.clock)
    shipped = library.get("talk-1-stop-signal")
    return library.create_custom(
        dataclasses.replace(shipped, title=FULL_TITLE, neutral_title=NEUTRAL, tags=("sensitive",), safety=SAFETY)
    )


def squeeze(text: str) -> str:
    """Text without whitespace or ligatures, so lines wrapped anywhere still compare equal."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_of_week(world: World, start: dt.date, options: PrintOptions, path: Path) -> pypdf.PdfReader:
    document = build_week_document(
        build_services(world.sessions, clock=world.clock).printing.week(start, options), options
    )
    write_pdf(document, path, title=document_title(document), paper=options.paper)
    return pypdf.PdfReader(path)


def test_a_sensitive_exercise_prints_under_its_neutral_name_and_its_card_keeps_the_full_title_and_safety_notes(
    world: World, tmp_path: Path
) -> None:
    exercise = sensitive(world)
    world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=3), exercise.id, 20, dt.time(20), world.a))
    reader = pdf_of_week(world, MONDAY, PrintOptions(exercise_cards=True), tmp_path / "week.pdf")
    week_page, *card_pages = [squeeze(p.extract_text() or "") for p in reader.pages]
    assert squeeze(NEUTRAL) in week_page and "affair" not in week_page.casefold()
    cards = "".join(card_pages)
    assert squeeze(FULL_TITLE) in cards and squeeze("Safety notes") in cards and squeeze(SAFETY) in cards
    without_cards = pdf_of_week(world, MONDAY, PrintOptions(), tmp_path / "plain.pdf")
    everything = squeeze(" ".join(p.extract_text() or "" for p in without_cards.pages))
    assert squeeze(NEUTRAL) in everything and "affair" not in everything.casefold()


def test_every_card_prints_its_exercise_s_safety_notes(world: World, tmp_path: Path) -> None:
    shipped = LibraryService(world.sessions, clock=world.clock).get("touch-1-side-by-side")
    world.plan.add_session(SessionDraft(MONDAY, shipped.id, 10))
    (card,) = (
        build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions(exercise_cards=True)).cards
    )
    assert card.safety == shipped.safety and card.safety


def test_the_pdf_creator_and_producer_say_nothing_telling(world: World, tmp_path: Path) -> None:
    world.plan.add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15))
    for options in (PrintOptions(), PrintOptions(discreet_title=False)):
        metadata = pdf_of_week(world, MONDAY, options, tmp_path / "week.pdf").metadata
        assert metadata is not None
        for field in (metadata.creator, metadata.producer):
            assert field is not None
            assert not any(word in f"{field} ".casefold() for word in TELLING), field
    summaries = build_services(world.sessions, clock=world.clock).summaries
    summary = summaries.gather(MONDAY, MONDAY + dt.timedelta(days=6), PrintOptions())
    document = build_summary_document(summary, PrintOptions())
    write_pdf(document, tmp_path / "summary.pdf", title="Summary", paper=PrintOptions().paper, landscape=False)
    metadata = pypdf.PdfReader(tmp_path / "summary.pdf").metadata
    assert metadata is not None and "repair" not in f"{metadata.creator}{metadata.producer}".casefold()


def test_the_calendar_file_s_prodid_and_uids_say_nothing_telling(world: World) -> None:
    world.plan.add_session(SessionDraft(MONDAY, "talk-1-stop-signal", 15, dt.time(19)))
    ics = build_services(world.sessions, clock=world.clock).calendar.week_ics(MONDAY).decode()
    prodid = next(line for line in ics.splitlines() if line.startswith("PRODID:"))
    uids = [line for line in ics.splitlines() if line.startswith("UID:")]
    assert prodid == "PRODID:-//Weekly plan//EN"
    assert uids and all(uid.endswith("@weekly-plan.invalid") for uid in uids)
    assert "repair" not in ics.casefold()


# --- declines never reach paper, the calendar or the summary ---------------------------------------------------------

ACTIONS = ("keep", "decline", "withdraw", "skip", "done")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_printed_or_exported_artefact_holds_a_declined_session_or_a_count_of_declines(
    world: World, data: st.DataObject
) -> None:
    week = MONDAY + dt.timedelta(weeks=next(_weeks))
    library = LibraryService(world.sessions, clock=world.clock)
    pool = sorted(
        (e for e in library.list_exercises() if e.level == 1 and not e.tags),
        key=lambda e: e.id,
    )
    proposal, *bookable = pool
    chosen = data.draw(st.lists(st.sampled_from(bookable), min_size=1, max_size=min(8, len(bookable)), unique=True))
    declined_ids, declined_titles = set(), set()
    for exercise in chosen:
        day = week + dt.timedelta(days=data.draw(st.integers(0, 6)))
        action = data.draw(st.sampled_from(ACTIONS))
        session = world.plan.add_session(SessionDraft(day, exercise.id, exercise.minutes, dt.time(19)))
        world.agree(session.id)
        if action == "decline":
            decliner = data.draw(st.sampled_from((world.a, world.b)))
            world.svc.decline_with_alternative(session.id, decliner, proposal.id)
            declined_ids.add(session.id)
            declined_titles.add(exercise.title)
        elif action == "withdraw":
            world.svc.set_consent(session.id, data.draw(st.sampled_from((world.a, world.b))), False)
        elif action == "skip":
            world.svc.set_status(session.id, SessionStatus.SKIPPED)
        elif action == "done":
            world.check_in(session.id)
            world.reflect(session.id, world.a)
            world.reflect(session.id, world.b)

    options = PrintOptions(exercise_cards=True)
    printable = build_services(world.sessions, clock=world.clock).printing.week(week, options)
    printed_titles = {s.title for day in printable.days for s in day.sessions} | {c.title for c in printable.cards}
    assert not printed_titles & declined_titles
    kept_titles = {e.title for e in chosen if e.title not in declined_titles} | {proposal.title}
    text = build_week_document(printable, options).toPlainText()
    for title in declined_titles:
        if not any(title in kept for kept in kept_titles):
            assert title not in text

    ics = build_services(world.sessions, clock=world.clock).calendar.week_ics(week, neutral=False).decode()
    unfolded = ics.replace("\r\n ", "")
    for session_id in declined_ids:
        assert f"UID:{session_id}-" not in unfolded
    summaries = {line.removeprefix("SUMMARY:") for line in unfolded.splitlines() if line.startswith("SUMMARY:")}
    assert not summaries & declined_titles

    summary_service = build_services(world.sessions, clock=world.clock).summaries
    summary = summary_service.gather(week, week + dt.timedelta(days=6), PrintOptions())
    summary_text = build_summary_document(summary, PrintOptions()).toPlainText().casefold()
    for word in NO_WORDS:
        assert word not in summary_text and word not in repr(summary).casefold(), word
    history = ProgressService(world.sessions, clock=world.clock).history(week, week + dt.timedelta(days=6))
    assert all(not hasattr(point, name) for point in history.weeks for name in ("declined", "planned", "skipped"))


_weeks = itertools.count()
