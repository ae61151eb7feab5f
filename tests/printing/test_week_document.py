"""The printed week: built from a real database, written to a real PDF on A4 and Letter, and read back with pypdf."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.dates import week_range_text
from repairplanner.core.entities import Exercise, NoteVisibility, SessionDraft, SessionStatus
from repairplanner.core.library import Library
from repairplanner.core.method import booking_refusal
from repairplanner.core.print_options import Paper, PrintOptions
from repairplanner.core.printable_week import PrintableDay, PrintableSession, PrintableWeek
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.printing.locale_words import locale_words
from repairplanner.printing.pdf import NEUTRAL_TITLE, write_pdf
from repairplanner.printing.week_document import (
    PAUSE_LINE,
    build_week_document,
    document_title,
)
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from tests.helpers import Today
from tests.services.conftest import PASS_A, World

MONDAY = dt.date(2026, 11, 23)
INTENTION = "Slow is fine; we keep it small and kind"
STOP_SIGNAL = "Pause, with a raised flat hand"
PRIVATE_PHRASE = "marzipan-lighthouse 8812 is only mine"
#: Landscape page sizes in points.
PAGE_SIZES = {Paper.A4: (842, 595), Paper.LETTER: (792, 612)}
PAPERS = pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER], ids=["A4", "Letter"])
LEGEND_MARKS = 1  # the legend shows one ☑ and one ☐


@pytest.fixture
def world(sessions: sessionmaker[Session], builtin_library: Library, qapp: object, clock: FixedClock) -> World:
    """Ana and Bo with the built-in library, on a fresh database, with a QApplication for the printing."""
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), STOP_SIGNAL))
    today = Today(MONDAY)
    plan = PlanService(sessions, clock=today)
    svc = SessionService(sessions, clock=today, kdf=TEST_KDF)
    return World(sessions, couples, plan, svc, ProgressService(sessions, clock=today), couple, today, today)


@dataclass
class Exported:
    """A week written to a PDF and read back."""

    document: QTextDocument
    reader: pypdf.PdfReader
    raw: bytes
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def squeeze(text: str) -> str:
    """Text without whitespace or ligatures, so lines wrapped anywhere (or after a hyphen) still compare equal."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def export(world: World, options: PrintOptions, path: Path) -> Exported:
    """Gather the week of MONDAY, build it and write it to `path` as the app and the command line do."""
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, options)
    document = build_week_document(week, options)
    write_pdf(document, path, title=document_title(document), paper=options.paper)
    reader = pypdf.PdfReader(path)
    return Exported(document, reader, path.read_bytes(), [page.extract_text() for page in reader.pages])


def plan_normal_week(world: World) -> None:
    """Four sessions: one done, one agreed by Ana only, one untouched, one set aside; an intention."""
    world.plan.set_intention(MONDAY, INTENTION)
    at = dt.time
    done = world.plan.add_session(SessionDraft(MONDAY, "touch-1-side-by-side", 10, at(19, 30), world.a))
    world.agree(done.id)
    world.check_in(done.id)
    world.reflect(done.id, world.a)
    half = world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=1), "talk-1-daily-check-in", 15, at(8, 0)))
    world.svc.set_consent(half.id, world.a, True)
    world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=3), "talk-1-stop-signal", 15, None, world.b))
    aside = world.book(MONDAY + dt.timedelta(days=5), "touch-1-side-by-side")
    world.svc.set_status(aside.id, SessionStatus.SKIPPED)


def plan_busy_week(world: World, exercises: list[Exercise]) -> None:
    """Four sessions on every day, with the library's longest titles, timed, invited and partly agreed."""
    world.at_levels(talk=5, touch=5)
    # Exercises a new couple can book together (core.method: no solo ones, nothing waiting for another).
    bookable = [e for e in exercises if not e.is_solo and booking_refusal(e, exercises, frozenset()) is None]
    longest = sorted(bookable, key=lambda e: -len(e.title))[:9]
    count = 0
    for day in range(7):
        for slot in range(4):
            exercise = longest[count % len(longest)]
            count += 1
            draft = SessionDraft(
                MONDAY + dt.timedelta(days=day),
                exercise.id,
                exercise.minutes,
                dt.time(7 + 4 * slot, 30),
                (world.a, world.b)[count % 2],
            )
            session = world.plan.add_session(draft)
            if count % 3:
                world.svc.set_consent(session.id, world.a, True)
            if count % 2:
                world.svc.set_consent(session.id, world.b, True)
    world.plan.set_intention(MONDAY, "Go slowly, notice the small good moments, and remember that pausing is fine.")


def expected_marks(week: PrintableWeek) -> tuple[int, int]:
    """How many ☑ and ☐ the page must show: two consent boxes per session, a done box unless set aside, the legend."""
    ticked = empty = LEGEND_MARKS
    for session in week.sessions:
        marks = [*session.consent, *(() if session.set_aside else (session.done,))]
        ticked += sum(marks)
        empty += len(marks) - sum(marks)
    return ticked, empty


def font_files(reader: pypdf.PdfReader) -> Iterator[tuple[str, bool]]:
    """Each font on each page, and whether its program is embedded in the file."""
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for name in fonts:
            font = fonts[name].get_object()
            descriptors = [font.get("/FontDescriptor")]
            descriptors += [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
            embedded = any(
                key in descriptor.get_object()
                for descriptor in descriptors
                if descriptor is not None
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            yield str(font.get("/BaseFont")), embedded


def check_page(exported: Exported, paper: Paper) -> None:
    assert len(exported.reader.pages) == 1 and exported.document.pageCount() == 1
    box = exported.reader.pages[0].mediabox
    width, height = PAGE_SIZES[paper]
    assert abs(float(box.width) - width) <= 2 and abs(float(box.height) - height) <= 2


# ---------------------------------------------------------------- one page, on both papers


@PAPERS
def test_a_normal_week_is_one_landscape_page_with_everything_on_it(world: World, tmp_path: Path, paper: Paper) -> None:
    plan_normal_week(world)
    options = PrintOptions(paper=paper)
    exported = export(world, options, tmp_path / "week.pdf")
    check_page(exported, paper)
    text, flat = exported.text, squeeze(exported.text)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, options)
    assert "Ana" in text and "Bo" in text
    for session in week.sessions:
        assert squeeze(session.title) in flat
    assert squeeze("23–29 November 2026") in flat or squeeze("November 23–29, 2026") in flat
    assert squeeze(INTENTION) in flat
    assert squeeze(f"Stop signal: “{STOP_SIGNAL}”") in flat and squeeze(PAUSE_LINE) in flat
    assert "Week48" in flat and "Restday" in flat and "Notthistime" in flat
    assert (flat.count("☑"), flat.count("☐")) == expected_marks(week) == (5, 8)
    assert exported.document.defaultFont().pointSizeF() == 10.0


@PAPERS
def test_a_busy_week_of_four_sessions_every_day_still_fits_one_page(
    world: World, tmp_path: Path, paper: Paper, builtin_library: Library
) -> None:
    plan_busy_week(world, list(builtin_library.exercises))
    options = PrintOptions(paper=paper)
    exported = export(world, options, tmp_path / "busy.pdf")
    check_page(exported, paper)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, options)
    assert len(week.sessions) == 28
    flat = squeeze(exported.text)
    for session in week.sessions:
        assert squeeze(session.title) in flat
    assert (flat.count("☑"), flat.count("☐")) == expected_marks(week)
    assert squeeze(PAUSE_LINE) in flat
    assert 7.0 <= exported.document.defaultFont().pointSizeF() < 10.0


def test_initials_only_prints_no_names(world: World, tmp_path: Path) -> None:
    plan_normal_week(world)
    world.plan.add_session(SessionDraft(MONDAY + dt.timedelta(days=6), "touch-1-side-by-side", 10, None, world.a))
    exported = export(world, PrintOptions(initials_only=True), tmp_path / "initials.pdf")
    check_page(exported, Paper.A4)
    text = exported.text
    assert not re.search(r"\bAna\b", text) and not re.search(r"\bBo\b", text)
    assert "A." in text and "B." in text and squeeze("A. invites") in squeeze(text)


# ---------------------------------------------------------------- discretion, fonts, privacy


def test_the_pdf_title_is_neutral_unless_the_couple_chose_otherwise(world: World, tmp_path: Path) -> None:
    plan_normal_week(world)
    discreet = export(world, PrintOptions(), tmp_path / "discreet.pdf")
    assert discreet.reader.metadata is not None and discreet.reader.metadata.title == NEUTRAL_TITLE
    assert b"Ana" not in discreet.raw and "Ana".encode("utf-16-be") not in discreet.raw
    named = export(world, PrintOptions(discreet_title=False), tmp_path / "named.pdf")
    assert named.reader.metadata is not None
    assert named.reader.metadata.title in ("Ana & Bo — week of 23 November", "Ana & Bo — week of November 23")
    initials = export(world, PrintOptions(discreet_title=False, initials_only=True), tmp_path / "initials.pdf")
    assert initials.reader.metadata is not None and initials.reader.metadata.title.startswith("A. & B. — week of")


def test_every_font_is_embedded(world: World, tmp_path: Path) -> None:
    plan_normal_week(world)
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "fonts.pdf")
    fonts = list(font_files(exported.reader))
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any("DejaVu" in name for name, _ in fonts)


def test_a_private_note_is_never_printed(world: World, tmp_path: Path) -> None:
    world.svc.set_passphrase(world.a, PASS_A)
    session = world.book(MONDAY, "talk-1-daily-check-in")
    world.agree(session.id)
    world.check_in(session.id)
    world.reflect(session.id, world.a, visibility=NoteVisibility.PRIVATE, note=PRIVATE_PHRASE, passphrase=PASS_A)
    exported = export(world, PrintOptions(exercise_cards=True, discreet_title=False), tmp_path / "private.pdf")
    assert squeeze("Daily check-in") in squeeze(exported.text)  # the session itself is there
    for text in (PRIVATE_PHRASE, "marzipan"):
        assert squeeze(text) not in squeeze(exported.text)
        for encoding in ("utf-8", "utf-16-be", "utf-16-le"):
            assert text.encode(encoding) not in exported.raw


# ---------------------------------------------------------------- exercise cards


@PAPERS
def test_exercise_cards_follow_the_week_with_steps_and_agreements(
    world: World, tmp_path: Path, paper: Paper, builtin_library: Library
) -> None:
    plan_normal_week(world)
    exported = export(world, PrintOptions(paper=paper, exercise_cards=True), tmp_path / "cards.pdf")
    assert len(exported.reader.pages) == exported.document.pageCount() >= 2
    week_page, cards = squeeze(exported.pages[0]), squeeze("\n".join(exported.pages[1:]))
    assert "Steps" not in week_page and squeeze(PAUSE_LINE) in week_page
    assert squeeze("The exercises of this week") in cards
    library = {e.title: e for e in builtin_library.exercises}
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, PrintOptions())
    assert len(week.cards) == 3
    for card in week.cards:
        exercise = library[card.title]
        assert squeeze(exercise.title) in cards
        assert squeeze(exercise.agreement) in cards and squeeze(exercise.ease_out) in cards
        for step in exercise.steps:
            assert squeeze(step) in cards
    # Counted in the document: a card taller than a page goes on over the page end, and the PDF then also holds
    # (clipped from view) the lines either side of that end, which text extraction reads on both pages.
    laid_out = squeeze(exported.document.toPlainText()).split(squeeze("The exercises of this week"), 1)[1]
    assert laid_out.count(squeeze("What each of you agrees to")) == 3
    assert laid_out.count(squeeze(f"Stop signal: “{STOP_SIGNAL}”")) == 3
    assert squeeze("What each of you agrees to") in cards and squeeze(f"Stop signal: “{STOP_SIGNAL}”") in cards
    for page in exported.reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == PAGE_SIZES[paper]


def test_no_cards_for_an_empty_week(world: World, tmp_path: Path) -> None:
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "empty.pdf")
    check_page(exported, Paper.A4)
    assert squeeze(exported.text).count("Restday") == 7


# ---------------------------------------------------------------- any week fits


NAMES = ("Ana", "Bo", "Maximilian Fitzgerald-Worthington", "Alexandra-María Konstantinopoulou", "Zoë", "Jo")


@st.composite
def printable_weeks(draw: st.DrawFn, exercises: tuple[Exercise, ...]) -> PrintableWeek:
    """A week of 0–4 sessions a day with titles, times, inviters and marks from anywhere in their ranges."""
    start = MONDAY + dt.timedelta(days=draw(st.integers(-400, 400)))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=2, unique=True))
    days = []
    for offset in range(7):
        sessions = []
        for exercise in draw(st.lists(st.sampled_from(exercises), max_size=4)):
            hour = draw(st.none() | st.integers(0, 23))
            done, aside = draw(st.sampled_from([(False, False), (True, False), (False, True)]))
            sessions.append(
                PrintableSession(
                    start_time=None if hour is None else dt.time(hour, draw(st.sampled_from([0, 15, 30, 45]))),
                    title=exercise.title,
                    track=exercise.track,
                    level=exercise.level,
                    minutes=draw(st.integers(1, 240)),
                    inviter=draw(st.sampled_from([None, 0, 1])),
                    consent=(draw(st.booleans()), draw(st.booleans())),
                    done=done,
                    set_aside=aside,
                )
            )
        days.append(PrintableDay(start + dt.timedelta(days=offset), tuple(sessions)))
    intention = draw(st.sampled_from(["", INTENTION, "We go gently. " * 14]))
    return PrintableWeek(start, tuple(days), (names[0], names[1]), intention.strip(), STOP_SIGNAL)


@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_any_week_of_up_to_four_sessions_a_day_is_one_page(
    qapp: object, builtin_library: Library, data: st.DataObject
) -> None:
    week = data.draw(printable_weeks(builtin_library.exercises))
    options = PrintOptions(paper=data.draw(st.sampled_from(list(Paper))))
    document = build_week_document(week, options)
    assert document.pageCount() == 1
    assert document.defaultFont().pointSizeF() >= 7.0


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("start", "british", "american"),
    [
        (MONDAY, "23–29 November 2026", "November 23–29, 2026"),
        (dt.date(2026, 11, 30), "30 November – 6 December 2026", "November 30 – December 6, 2026"),
        (dt.date(2026, 12, 28), "28 December 2026 – 3 January 2027", "December 28, 2026 – January 3, 2027"),
    ],
)
def test_the_weeks_dates_read_as_the_locale_writes_them(start: dt.date, british: str, american: str) -> None:
    assert week_range_text(start, locale_words(QLocale("en_GB"))) == british
    assert week_range_text(start, locale_words(QLocale("en_US"))) == american


def test_a_german_locale_prints_the_week_with_german_dates(world: World, tmp_path: Path) -> None:
    plan_normal_week(world)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        flat = squeeze(export(world, PrintOptions(), tmp_path / "week.pdf").text)
    finally:
        QLocale.setDefault(previous)
    assert squeeze("23.–29. November 2026") in flat  # the header: the day's dot, German order
    assert squeeze("Montag") in flat and squeeze("24. November") in flat  # a day's heading
    assert "Monday" not in flat


def test_the_printed_week_shows_the_session_note_and_names_a_busy_day(world: World, tmp_path: Path) -> None:
    """What the couple wrote on a session is printed with it; a free day one of them is usually busy says so, and
    only a day free for both is a rest day."""
    world.couples.update(
        CoupleSetup(PartnerDraft("Ana", unavailable_weekdays=frozenset({3})), PartnerDraft("Bo"), STOP_SIGNAL)
    )
    note = "Bring the blanket from the sofa"
    world.plan.add_session(SessionDraft(MONDAY, "talk-1-daily-check-in", 15, dt.time(19, 0), note=note))
    exported = export(world, PrintOptions(paper=Paper.A4), tmp_path / "week.pdf")
    text = squeeze(exported.text)
    assert squeeze(note) in text
    assert squeeze("Ana is usually busy") in text  # Wednesday
    assert text.count(squeeze("Rest day")) == 5  # Tuesday, Thursday to Sunday: free for both
