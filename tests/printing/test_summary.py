"""The therapist summary: gathered from a real database, rendered to a real PDF and read back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtGui import QTextDocument
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import NoteVisibility, ReflectionDraft, SessionDraft, Track
from repairplanner.core.library import Library
from repairplanner.core.print_options import Paper, PrintOptions
from repairplanner.core.printable_summary import LevelChange, PartnerRatings, SummaryData
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.db.schema import LevelChoiceRow
from repairplanner.printing.pdf import NEUTRAL_SUMMARY_TITLE, write_pdf
from repairplanner.printing.summary_document import build_summary_document, rating_charts
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.services.summary_data import SummaryError
from tests.helpers import Today

MONDAY = dt.date(2026, 10, 5)
START, END = MONDAY, MONDAY + dt.timedelta(days=20)  # three weeks
SHARED_NOTE = "The kettle sang and we both laughed"
OTHER_NOTE = "Quieter than I expected, in a good way"
PRIVATE_NOTE = "porcupine-saxophone 4471 is mine alone"
PASSPHRASE = "a long walk by the canal"
SIDE_BY_SIDE = "touch-1-side-by-side"
CHECK_IN = "talk-1-daily-check-in"


@dataclasses.dataclass
class Plan:
    sessions: sessionmaker[Session]
    a: int
    b: int
    clock: FixedClock


#: The services' "today", moved to each session's day as the couple lives it.
THE_DAY = Today(MONDAY)


def _reflect(svc: SessionService, session_id: int, partner: int, peak: int, safe: int, **kw: Any) -> None:
    THE_DAY.day = svc.facts([session_id])[session_id].day  # reflected on the session's day, after both agreed
    for partner_id, given in svc.consents([session_id])[session_id].items():
        if not given:
            svc.set_consent(session_id, partner_id, True)
    svc.save_reflection(ReflectionDraft(session_id, partner, peak, safe, 7, False, True, **kw), passphrase=PASSPHRASE)


@pytest.fixture
def plan(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> Plan:
    """Ana Lucía and Bo over three weeks: sessions done and rated, one declined, notes shared and private."""
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana Lucía"), PartnerDraft("Bo"), "pause"))
    a, b = (p.id for p in couple.partners)
    book = PlanService(sessions, clock=THE_DAY).add_session
    THE_DAY.day = MONDAY
    svc = SessionService(sessions, clock=THE_DAY, kdf=TEST_KDF)
    svc.set_passphrase(a, PASSPHRASE)
    first = book(SessionDraft(MONDAY, SIDE_BY_SIDE, 10))
    _reflect(svc, first.id, a, 2, 8, visibility=NoteVisibility.SHARED, note=SHARED_NOTE)
    _reflect(svc, first.id, b, 4, 6, visibility=NoteVisibility.SHARED, note=OTHER_NOTE)
    second = book(SessionDraft(MONDAY + dt.timedelta(days=2), CHECK_IN, 10))
    _reflect(svc, second.id, a, 3, 9, visibility=NoteVisibility.PRIVATE, note=PRIVATE_NOTE)
    declined = book(SessionDraft(MONDAY + dt.timedelta(days=8), SIDE_BY_SIDE, 10))
    svc.set_consent(declined.id, b, True)
    svc.set_consent(declined.id, b, False)
    book(SessionDraft(MONDAY + dt.timedelta(days=9), CHECK_IN, 10))
    with sessions.begin() as s:
        for partner in (a, b):
            at = dt.datetime.combine(MONDAY - dt.timedelta(days=30), dt.time(9))
            s.add(LevelChoiceRow(partner_id=partner, track="talk", level=1, at=at))
            s.add(LevelChoiceRow(partner_id=partner, track="touch", level=1, at=at))
            moved = dt.datetime.combine(MONDAY + dt.timedelta(days=10), dt.time(9))
            s.add(LevelChoiceRow(partner_id=partner, track="talk", level=2, at=moved))
    return Plan(sessions, a, b, clock)


def gather(plan: Plan, **options: Any) -> SummaryData:
    return build_services(plan.sessions, clock=plan.clock).summaries.gather(START, END, PrintOptions(**options))


def render(data: SummaryData, options: PrintOptions, path: Path) -> pypdf.PdfReader:
    document = build_summary_document(data, options)
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    write_pdf(document, path, title=title, paper=options.paper, landscape=False)
    return pypdf.PdfReader(path)


def text_of(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def embedded_fonts(reader: pypdf.PdfReader) -> list[bool]:
    """For every font on every page, whether its program is embedded in the file."""
    found = []
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            for member in [font, *(d.get_object() for d in font.get("/DescendantFonts", []))]:
                descriptor = member.get("/FontDescriptor")
                if descriptor is not None:
                    descriptor = descriptor.get_object()
                    found.append("/FontFile2" in descriptor or "/FontFile3" in descriptor or "/FontFile" in descriptor)
    return found


# --- the data --------------------------------------------------------------------------------------------------------


def test_each_week_counts_only_the_sessions_practised(plan: Plan) -> None:
    data = gather(plan)
    assert [w.start for w in data.weeks] == [MONDAY, MONDAY + dt.timedelta(weeks=1), MONDAY + dt.timedelta(weeks=2)]
    assert [w.done for w in data.weeks] == [2, 0, 0]
    assert data.done == 2
    # Nothing planned, declined, skipped or withdrawn is part of the data at all.
    for name in ("planned", "declined", "skipped", "withdrawn"):
        assert not hasattr(data, name) and not any(hasattr(w, name) for w in data.weeks), name


def test_each_partner_has_their_own_average_ratings(plan: Plan) -> None:
    first_week = gather(plan).weeks[0]
    assert first_week.ratings == (PartnerRatings(felt_safe=8.5, peak_distress=2.5), PartnerRatings(6.0, 4.0))
    assert gather(plan).weeks[2].ratings == (PartnerRatings(), PartnerRatings())


def test_level_changes_say_where_they_came_from(plan: Plan) -> None:
    data = gather(plan)
    assert data.level_changes == (LevelChange(MONDAY + dt.timedelta(days=10), Track.TALK, 1, 2),)
    assert data.levels_at_start == {Track.TALK: 1, Track.TOUCH: 1}
    assert data.levels_at_end == {Track.TALK: 2, Track.TOUCH: 1}


def test_shared_notes_carry_date_exercise_and_name_and_private_notes_never_appear(plan: Plan) -> None:
    data = gather(plan)
    assert [(n.day, n.partner_name, n.text) for n in data.notes] == [
        (MONDAY, "Ana Lucía", SHARED_NOTE),
        (MONDAY, "Bo", OTHER_NOTE),
    ]
    assert data.notes[0].exercise_title == LibraryService(plan.sessions, clock=plan.clock).get(SIDE_BY_SIDE).title
    assert PRIVATE_NOTE not in repr(data)


def test_initials_replace_names_everywhere(plan: Plan) -> None:
    data = gather(plan, initials_only=True)
    assert data.names == ("A. L.", "B.")
    assert {n.partner_name for n in data.notes} == {"A. L.", "B."}
    assert "Ana" not in repr(data)


def test_a_backwards_range_and_a_plan_without_a_couple_are_refused(plan: Plan, sessions: sessionmaker[Session]) -> None:
    with pytest.raises(SummaryError, match="before it starts"):
        build_services(plan.sessions, clock=plan.clock).summaries.gather(END, START, PrintOptions())


def test_a_plan_without_a_couple_has_nothing_to_summarise(sessions: sessionmaker[Session], clock: FixedClock) -> None:
    with pytest.raises(SummaryError, match="no plan here yet"):
        build_services(sessions, clock=clock).summaries.gather(START, END, PrintOptions())


# --- the document ----------------------------------------------------------------------------------------------------


def test_the_pdf_holds_the_range_names_counts_levels_and_shared_notes(plan: Plan, qapp: object, tmp_path: Path) -> None:
    reader = render(gather(plan), PrintOptions(), tmp_path / "summary.pdf")
    text = text_of(reader)
    for expected in (
        "5 Oct 2026 – 25 Oct 2026",
        "Ana Lucía and Bo",
        "Prepared by the couple with RepairPlanner",
        "not scores",
        "2 sessions practised over 3 weeks",
        "Level changes",
        "15 Oct 2026 Talk 1 → 2 moved up",
        SHARED_NOTE,
        OTHER_NOTE,
        LibraryService(plan.sessions, clock=plan.clock).get(SIDE_BY_SIDE).title,
        "8.5",  # Ana Lucía's felt safe in the first week
    ):
        assert expected in text, expected
    assert PRIVATE_NOTE not in text and "porcupine" not in text


NO_WORDS = ("declin", "skip", "withdr", "not today", "not this time", "missed", "refus", "planned")


def test_the_pdf_holds_no_count_of_declines_skips_or_withdrawals(plan: Plan, qapp: object, tmp_path: Path) -> None:
    text = text_of(render(gather(plan), PrintOptions(), tmp_path / "summary.pdf")).casefold()
    assert "practised" in text
    for word in NO_WORDS:
        assert word not in text, word


def test_the_pdf_title_is_neutral_unless_the_couple_chose_their_names(plan: Plan, qapp: object, tmp_path: Path) -> None:
    neutral = render(gather(plan), PrintOptions(), tmp_path / "neutral.pdf")
    assert neutral.metadata is not None and neutral.metadata.title == NEUTRAL_SUMMARY_TITLE
    named = render(gather(plan), PrintOptions(discreet_title=False), tmp_path / "named.pdf")
    assert named.metadata is not None and "Ana Lucía" in (named.metadata.title or "")
    for reader in (neutral, named):
        metadata = " ".join(str(v) for v in (reader.metadata or {}).values()).casefold()
        assert "betrayal" not in metadata and "affair" not in metadata


def test_initials_leave_no_name_in_the_pdf(plan: Plan, qapp: object, tmp_path: Path) -> None:
    options = PrintOptions(initials_only=True, discreet_title=False)
    reader = render(gather(plan, initials_only=True), options, tmp_path / "initials.pdf")
    everything = text_of(reader) + str(reader.metadata)
    assert "A. L." in everything and "Ana" not in everything and "Lucía" not in everything


@pytest.mark.parametrize("paper", list(Paper))
def test_the_summary_is_portrait_on_the_chosen_paper_with_fonts_embedded_and_a_chart(
    plan: Plan, qapp: object, tmp_path: Path, paper: Paper
) -> None:
    reader = render(gather(plan), PrintOptions(paper=paper), tmp_path / "summary.pdf")
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    expected = (595, 842) if paper is Paper.A4 else (612, 792)  # points, portrait
    assert (round(width), round(height)) == expected
    fonts = embedded_fonts(reader)
    assert fonts and all(fonts)
    assert len(reader.pages[0].images) == 1  # the chart


def test_an_empty_range_still_reads_calmly(plan: Plan, qapp: object, tmp_path: Path) -> None:
    data = build_services(plan.sessions, clock=plan.clock).summaries.gather(
        dt.date(2025, 1, 1), dt.date(2025, 1, 31), PrintOptions()
    )
    text = text_of(render(data, PrintOptions(), tmp_path / "empty.pdf"))
    assert "0 sessions practised" in text and "No shared notes in this range" in text
    assert "No level changed in this range" in text


def test_the_charts_show_each_partners_felt_safe_and_peak_distress(plan: Plan, qapp: object) -> None:
    safe, distress = rating_charts(gather(plan))
    assert safe.title.startswith("Felt safe, week by week") and distress.title.startswith("Peak distress")
    assert [s.name for s in safe.series] == ["Ana Lucía", "Bo"]
    assert [y for _, y in safe.series[0].points] == [8.5, None, None]
    assert [y for _, y in distress.series[1].points] == [4.0, None, None]


def test_a_long_range_is_charted_month_by_month(plan: Plan, qapp: object) -> None:
    data = build_services(plan.sessions, clock=plan.clock).summaries.gather(
        dt.date(2026, 1, 1), dt.date(2026, 12, 31), PrintOptions()
    )
    safe, _ = rating_charts(data)
    assert "month by month" in safe.title and len(safe.series[0].points) == 12


def test_the_summary_and_the_progress_page_chart_the_same_history_the_same_way(plan: Plan, qapp: object) -> None:
    """One builder: for the same range and names, the printed rating charts are the page's rating charts."""
    import dataclasses as dc

    from repairplanner.services.couple import CoupleService
    from repairplanner.services.progress import ProgressService
    from repairplanner.ui.progress.charts_panel import progress_charts

    for start, end in ((MONDAY, MONDAY + dt.timedelta(days=20)), (dt.date(2026, 1, 1), dt.date(2026, 12, 31))):
        printed = rating_charts(
            build_services(plan.sessions, clock=plan.clock).summaries.gather(start, end, PrintOptions())
        )
        couple = CoupleService(plan.sessions).get()
        assert couple is not None
        history = ProgressService(plan.sessions, clock=plan.clock).history(start, end)
        _levels, safe, distress, _expectation = progress_charts(history, couple, start, end)

        def uncoloured(spec):  # type: ignore[no-untyped-def]
            # Paper is black and white; the page colours each partner's line. Everything else is the same spec.
            return dc.replace(spec, series=tuple(dc.replace(s, colour=None) for s in spec.series))

        assert [uncoloured(s) for s in (safe, distress)] == printed
        assert any(y is not None for s in printed[0].series for _, y in s.points)


def test_the_summary_writes_its_dates_the_interface_languages_way(plan: Plan, qapp: object, tmp_path: Path) -> None:
    from tests.german_dates import german_dates

    with german_dates():
        text = text_of(render(gather(plan), PrintOptions(), tmp_path / "summary.pdf"))
    assert "5. Okt. 2026 – 25. Okt. 2026" in text  # the range under the heading
    assert "15. Okt. 2026" in text  # the level change's day
    assert "Mo., 5. Okt." in text  # a shared note's day
    assert "Oct" not in text and " 10 2026" not in text  # no English month, no month as a number
