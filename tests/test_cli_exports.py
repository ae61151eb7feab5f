"""The export verbs, run as real processes on a year of demo data: the files they write and every refusal."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import icalendar
import pypdf
import pytest

from repairplanner.core.dates import week_label
from tests.helpers import pinned_clock, set_working_levels

PRIVATE_PHRASE = "periwinkle-lantern 6620 is for me alone"
PASSPHRASE = "the long way round the lake"


def run_cli(
    *args: str, env: dict[str, str] | None = None, drop: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run `python -m repairplanner ARGS` offscreen (unless told to drop variables from the environment)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    for name in drop:
        full_env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "repairplanner", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


@dataclass(frozen=True)
class Demo:
    """A year of demo data with one private note, and what the exports must (and must not) show."""

    data: Path
    week: str
    titles: tuple[str, ...]
    sessions_in_week: int
    start: dt.date
    end: dt.date
    shared_note: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """A year of demo history up to the pinned today (what `repairplanner demo --years 1` writes), once for the
    module, plus one private note written with the services."""
    from repairplanner.app import open_database, open_storage
    from repairplanner.core.entities import NoteVisibility, ReflectionDraft, SessionStatus
    from repairplanner.crypto.keys import TEST_KDF
    from repairplanner.paths import AppPaths
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.demo import generate_demo
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.progress import ProgressService
    from repairplanner.services.sessions import SessionService

    clock = pinned_clock()
    data = tmp_path_factory.mktemp("demo") / "plan"
    lock, storage = open_storage(AppPaths(data_dir=data, config_dir=data / "config"), clock=clock)
    sessions = open_database(storage, clock=clock)
    engine = sessions.kw["bind"]
    plan, library = PlanService(sessions, clock=clock), LibraryService(sessions, clock=clock)
    generate_demo(sessions, library.list_exercises(), clock=clock, years=1)
    couple = CoupleService(sessions).get()
    assert couple is not None
    # The busiest of the last eight finished weeks.
    this_week = plan.week_of(clock.today())
    weeks = [this_week - dt.timedelta(weeks=n) for n in range(1, 9)]
    busiest = max(weeks, key=lambda w: len(plan.get_week(w).sessions))
    week_plan = plan.get_week(busiest)
    end = clock.today()
    start = end - dt.timedelta(days=90)
    done = next(s for s in week_plan.sessions if s.status is SessionStatus.DONE)
    svc = SessionService(sessions, clock=clock, kdf=TEST_KDF)
    partner = couple.partners[0].id
    svc.set_passphrase(partner, PASSPHRASE)
    draft = ReflectionDraft(done.id, partner, 3, 7, 7, False, True, NoteVisibility.PRIVATE, PRIVATE_PHRASE)
    svc.save_reflection(draft, passphrase=PASSPHRASE)
    shared = ProgressService(sessions, clock=clock).history(start, end).shared_notes
    engine.dispose()
    lock.unlock()
    yield Demo(
        data=data,
        week=week_label(busiest),
        titles=tuple(library.get(s.exercise_id).title for s in week_plan.sessions),
        sessions_in_week=len(week_plan.sessions),
        start=start,
        end=end,
        shared_note=shared[-1].text,
    )


def pdf_text(path: Path) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(path)
    # NFKC undoes the ligatures (ﬁ, ﬀ) the PDF's fonts use, so titles compare as typed.
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return reader, unicodedata.normalize("NFKC", text)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def assert_one_line_refusal(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("repairplanner: "), result.stderr
    assert needle in lines[0], lines[0]


# --- what the exports write ------------------------------------------------------------------------------------------


def test_export_pdf_writes_the_week_on_one_page(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "week.pdf"
    result = run_cli("export-pdf", "--week", demo.week, "-o", str(target), "--data-dir", str(demo.data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and str(target) in result.stdout and result.stderr == ""
    reader, text = pdf_text(target)
    assert len(reader.pages) == 1
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert width > height  # landscape
    for title in demo.titles:
        assert " ".join(title.split()) in text, title
    assert reader.metadata is not None and reader.metadata.title == "Weekly plan"
    assert PRIVATE_PHRASE not in text
    assert listing(tmp_path) == ["week.pdf"]


def test_export_pdf_options_reach_the_document(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "week.pdf"
    args = ("--paper", "letter", "--initials", "--cards", "--named-title")
    result = run_cli("--data-dir", str(demo.data), "export-pdf", "--week", demo.week, "-o", str(target), *args)
    assert result.returncode == 0, result.stderr
    reader, text = pdf_text(target)
    assert [round(float(v)) for v in reader.pages[0].mediabox.upper_right] == [792, 612]  # Letter, landscape
    assert len(reader.pages) > 1  # the exercise cards follow the week
    assert "Maya" not in text and "M." in text
    assert reader.metadata is not None and reader.metadata.title != "Weekly plan"


def test_export_summary_has_the_shared_notes_and_never_the_private_one(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "summary.pdf"
    dates = ("--from", demo.start.isoformat(), "--to", demo.end.isoformat())
    result = run_cli("export-summary", *dates, "-o", str(target), "--data-dir", str(demo.data), "--paper", "A4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1 and str(target) in result.stdout
    reader, text = pdf_text(target)
    assert " ".join(demo.shared_note.split()) in text
    assert "Maya and Daniel" in text and "Prepared by the couple with RepairPlanner" in text
    assert PRIVATE_PHRASE not in text and "periwinkle" not in text
    assert reader.metadata is not None and reader.metadata.title == "Summary"
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4, portrait
    assert listing(tmp_path) == ["summary.pdf"]


@pytest.mark.parametrize("titles", [False, True], ids=["neutral", "titles"])
def test_export_ics_parses_with_one_event_per_session(demo: Demo, tmp_path: Path, titles: bool) -> None:
    target = tmp_path / "week.ics"
    extra = ("--titles",) if titles else ()
    result = run_cli("export-ics", "--week", demo.week, "-o", str(target), "--data-dir", str(demo.data), *extra)
    assert result.returncode == 0, result.stderr
    assert f"{demo.sessions_in_week} event" in result.stdout
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == demo.sessions_in_week
    summaries = {str(e["SUMMARY"]) for e in events}
    if titles:
        assert summaries == set(demo.titles)
    else:
        assert summaries <= {"Time together", "Talk together"}
    assert PRIVATE_PHRASE.encode() not in target.read_bytes()
    assert listing(tmp_path) == ["week.ics"]


def test_export_ics_adds_a_reminder_only_when_asked(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "week.ics"
    args = ("export-ics", "--week", demo.week, "-o", str(target), "--data-dir", str(demo.data), "--remind", "15")
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    timed = [e for e in events if isinstance(e.decoded("DTSTART"), dt.datetime)]
    alarms = [a for e in timed for a in e.walk("VALARM")]
    assert len(alarms) == len(timed) > 0
    assert {a.decoded("TRIGGER") for a in alarms} == {-dt.timedelta(minutes=15)}
    assert {str(a["ACTION"]) for a in alarms} == {"DISPLAY"}


def test_a_reminder_that_is_not_minutes_is_refused_before_anything_is_written(demo: Demo, tmp_path: Path) -> None:
    for wrong in ("soon", "-5", "2000"):
        result = run_cli("export-ics", "--week", demo.week, "-o", str(tmp_path / "w.ics"), "--remind", wrong)
        assert result.returncode == 2 and "is not a number of minutes from 0 to 1440" in result.stderr
    assert listing(tmp_path) == []


def test_the_environment_variable_chooses_the_data_dir(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "week.ics"
    result = run_cli(
        "export-ics", "--week", demo.week, "-o", str(target), env={"REPAIRPLANNER_DATA_DIR": str(demo.data)}
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()


def test_an_export_works_while_the_app_holds_the_data(demo: Demo, tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(demo.data / ".lock"))
    assert lock.tryLock(0)
    try:
        result = run_cli("export-ics", "--week", demo.week, "-o", str(tmp_path / "w.ics"), "--data-dir", str(demo.data))
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr


def test_without_a_display_the_exports_run_offscreen(demo: Demo, tmp_path: Path) -> None:
    target = tmp_path / "week.pdf"
    result = run_cli(
        "export-pdf",
        "--week",
        demo.week,
        "-o",
        str(target),
        "--data-dir",
        str(demo.data),
        drop=("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"),
    )
    assert result.returncode == 0, result.stderr
    assert pdf_text(target)[1]


# --- refusals --------------------------------------------------------------------------------------------------------


HOSTILE = {
    "week without W": (("export-pdf", "--week", "2026-48"), "is not a week"),
    "week 60": (("export-ics", "--week", "2026-W60"), "has no week 60"),
    "week of words": (("export-pdf", "--week", "next week"), "is not a week"),
    "backwards range": (("export-summary", "--from", "2026-05-01", "--to", "2026-04-01"), "the range is backwards"),
    "impossible date": (("export-summary", "--from", "2026-02-30", "--to", "2026-04-01"), "is not a date"),
    "date of words": (("export-summary", "--from", "2026-01-01", "--to", "yesterday"), "is not a date"),
    "far-off week": (("export-ics", "--week", "9999-W52"), "out of range"),
    "far-off date": (("export-summary", "--from", "0001-01-01", "--to", "2026-04-01"), "out of range"),
    "a lifetime": (("export-summary", "--from", "1950-01-01", "--to", "2026-04-01"), "longer than 25 years"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_a_malformed_week_or_date_is_one_line_and_exit_2(demo: Demo, tmp_path: Path, case: str) -> None:
    args, needle = HOSTILE[case]
    result = run_cli(*args, "-o", str(tmp_path / "out"), "--data-dir", str(demo.data))
    assert_one_line_refusal(result, needle)
    assert listing(tmp_path) == []


@pytest.mark.parametrize("verb", ["export-pdf", "export-summary", "export-ics"])
@pytest.mark.parametrize("where", ["missing folder", "a folder", "under a file"])
def test_an_unwritable_path_is_one_line_and_exit_2(demo: Demo, tmp_path: Path, verb: str, where: str) -> None:
    (tmp_path / "plain.txt").write_text("keep")
    (tmp_path / "folder").mkdir()
    target = {
        "missing folder": tmp_path / "nowhere" / "out",
        "a folder": tmp_path / "folder",
        "under a file": tmp_path / "plain.txt" / "out",
    }[where]
    what = ("--from", "2026-01-01", "--to", "2026-02-01") if verb == "export-summary" else ("--week", demo.week)
    before = listing(tmp_path)
    result = run_cli(verb, *what, "-o", str(target), "--data-dir", str(demo.data))
    assert_one_line_refusal(result, "cannot write")
    assert listing(tmp_path) == before and listing(tmp_path / "folder") == []
    assert (tmp_path / "plain.txt").read_text() == "keep"


@pytest.mark.parametrize("name", ["repairplanner.sqlite", "repairplanner.sqlite-wal", ".lock"])
def test_the_plans_own_files_are_never_written_over(demo: Demo, name: str) -> None:
    target = demo.data / name
    before = target.read_bytes() if target.exists() else None
    result = run_cli("export-ics", "--week", demo.week, "-o", str(target), "--data-dir", str(demo.data))
    assert_one_line_refusal(result, "one of RepairPlanner's own data files")
    assert (target.read_bytes() if target.exists() else None) == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions that apply to this user"
)
@pytest.mark.parametrize("verb", ["export-pdf", "export-ics"])
def test_a_read_only_folder_is_one_line_and_exit_2(demo: Demo, tmp_path: Path, verb: str) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli(verb, "--week", demo.week, "-o", str(folder / "out"), "--data-dir", str(demo.data))
        assert_one_line_refusal(result, "cannot write")
        assert listing(folder) == []
    finally:
        folder.chmod(0o700)


def test_usage_errors_are_the_usage_line_and_one_error_line(demo: Demo, tmp_path: Path) -> None:
    for args in (
        ("export-pdf", "--week", demo.week, "-o", str(tmp_path / "w.pdf"), "--paper", "B5"),
        ("export-ics", "--week", demo.week),
        ("export-summary", "--from", "2026-01-01", "-o", str(tmp_path / "s.pdf")),
    ):
        result = run_cli(*args, "--data-dir", str(demo.data))
        assert result.returncode == 2 and "Traceback" not in result.stderr
        lines = result.stderr.splitlines()
        assert len(lines) == 2 and lines[0].startswith("usage: repairplanner export-"), result.stderr
        assert lines[1].startswith(f"repairplanner {args[0]}: error: ")
    assert listing(tmp_path) == []


@pytest.mark.parametrize("verb", ["export-pdf", "export-summary", "export-ics"])
def test_a_data_folder_without_a_plan_is_refused_and_nothing_is_created(tmp_path: Path, verb: str) -> None:
    missing, empty = tmp_path / "missing", tmp_path / "empty"
    empty.mkdir()
    what = ("--from", "2026-01-01", "--to", "2026-02-01") if verb == "export-summary" else ("--week", "2026-W48")
    out = tmp_path / "out"
    out.mkdir()
    for data in (missing, empty):
        result = run_cli(verb, *what, "-o", str(out / "file"), "--data-dir", str(data))
        assert_one_line_refusal(result, "no plan here yet")
    assert not missing.exists() and listing(empty) == [] and listing(out) == []


def test_a_plan_whose_setup_never_finished_is_refused(tmp_path: Path, template_database: Path) -> None:
    data = tmp_path / "plan"
    data.mkdir(mode=0o700)
    shutil.copy(template_database, data / "repairplanner.sqlite")
    (data / ".database-created").touch()
    result = run_cli("export-ics", "--week", "2026-W48", "-o", str(tmp_path / "w.ics"), "--data-dir", str(data))
    assert_one_line_refusal(result, "no plan here yet")
    assert not (tmp_path / "w.ics").exists()


def test_a_vanished_database_is_reported_not_recreated(tmp_path: Path) -> None:
    data = tmp_path / "plan"
    data.mkdir()
    (data / ".database-created").touch()
    result = run_cli("export-pdf", "--week", "2026-W48", "-o", str(tmp_path / "w.pdf"), "--data-dir", str(data))
    assert_one_line_refusal(result, "nothing was re-created")
    assert listing(data) == [".database-created"]


# --- the week a label names ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "start"), [(7, dt.date(2026, 11, 15)), (3, dt.date(2026, 11, 18))])
def test_export_week_is_the_week_the_app_shows_with_that_number(tmp_path: Path, first: int, start: dt.date) -> None:
    """A Sunday-first (and a Wednesday-first) couple's week 47, as the header numbers it and the file is named,
    is the week `--week 2026-W47` exports, printed as week 47 with only that week's sessions."""
    from repairplanner.app import open_database, open_storage
    from repairplanner.core.couple import CoupleSetup, PartnerDraft
    from repairplanner.core.dates import week_file_name, week_number
    from repairplanner.core.entities import SessionDraft
    from repairplanner.paths import AppPaths
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService

    assert week_number(start) == 47 and week_file_name(start, "pdf") == "weekly-plan-2026-W47.pdf"
    data = tmp_path / "plan"
    clock = pinned_clock()
    lock, storage = open_storage(AppPaths(data_dir=data, config_dir=data / "config"), clock=clock)
    sessions = open_database(storage, clock=clock)
    library = LibraryService(sessions, clock=clock)
    couple = CoupleService(sessions).create(
        CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause", week_start=first)
    )
    # Touch level 2, so the walk after the week may be booked (core.pace).
    set_working_levels(sessions, (couple.partners[0].id, couple.partners[1].id), talk=1, touch=2)
    plan = PlanService(sessions, clock=clock)
    booked = {"before": "touch-1-side-by-side", "during": "talk-1-stop-signal", "after": "touch-2-hand-holding-walk"}
    for offset, exercise in zip((-1, 3, 7), booked.values(), strict=True):
        plan.add_session(SessionDraft(start + dt.timedelta(days=offset), exercise, 15))
    titles = {when: " ".join(library.get(exercise).title.split()) for when, exercise in booked.items()}
    sessions.kw["bind"].dispose()
    lock.unlock()

    pdf, ics = tmp_path / "week.pdf", tmp_path / "week.ics"
    for verb, target in (("export-pdf", pdf), ("export-ics", ics)):
        result = run_cli(verb, "--week", "2026-W47", "-o", str(target), "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
    _reader, text = pdf_text(pdf)
    assert "Week 47" in text and titles["during"] in text
    assert titles["before"] not in text and titles["after"] not in text
    (event,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == start + dt.timedelta(days=3)


def test_the_exports_obey_a_pause_like_the_window(demo: Demo, tmp_path: Path) -> None:
    """While the plan rests, the printed week says so and holds no session; the calendar file holds no event."""
    import sqlite3
    from contextlib import closing

    data = tmp_path / "paused"
    shutil.copytree(demo.data, data)
    with closing(sqlite3.connect(data / "repairplanner.sqlite")) as con, con:
        con.execute("INSERT INTO pauses (started_by_id, started_at) VALUES (NULL, '2000-01-01 12:00:00')")
    pdf, ics = tmp_path / "week.pdf", tmp_path / "week.ics"
    for verb, target in (("export-pdf", pdf), ("export-ics", ics)):
        result = run_cli(verb, "--week", demo.week, "-o", str(target), "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
    _reader, text = pdf_text(pdf)
    assert " ".join(text.split()).count("The plan is resting") == 7
    assert not any(" ".join(title.split()) in text for title in demo.titles)
    assert list(icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == []


# --- whole or absent, and never the network (issue 11, items 5 and 6) -----------------------------------------------


def _verb_args(verb: str, demo: Demo) -> tuple[str, ...]:
    if verb == "export-all":
        return ()
    return ("--from", "2026-01-01", "--to", "2026-02-01") if verb == "export-summary" else ("--week", demo.week)


@pytest.mark.parametrize("verb", ["export-pdf", "export-summary", "export-ics", "export-all"])
def test_a_file_name_longer_than_the_system_allows_is_one_line(demo: Demo, tmp_path: Path, verb: str) -> None:
    for target in (tmp_path / ("x" * 300 + ".pdf"), tmp_path / ("y" * 300) / "out.pdf"):
        result = run_cli(verb, *_verb_args(verb, demo), "-o", str(target), "--data-dir", str(demo.data))
        assert_one_line_refusal(result, "cannot write")
        assert listing(tmp_path) == []


@pytest.mark.parametrize("verb", ["export-pdf", "export-summary", "export-ics", "export-all"])
def test_a_full_disk_leaves_no_file_and_says_so_in_one_line(
    demo: Demo, tmp_path: Path, verb: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from repairplanner import cli
    from repairplanner.core import files

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    monkeypatch.setattr(os, "umask", lambda _mask: 0o022)  # cli.main must not change this test process's umask
    target = tmp_path / "out"
    code = cli.main([verb, *_verb_args(verb, demo), "-o", str(target), "--data-dir", str(demo.data)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "the disk is full" in lines[0], captured.err
    assert listing(tmp_path) == []


def test_a_pdf_cut_short_anywhere_is_refused(demo: Demo, tmp_path: Path) -> None:
    from repairplanner.printing.pdf import check_pdf

    target = tmp_path / "week.pdf"
    assert run_cli("export-pdf", "--week", demo.week, "-o", str(target), "--data-dir", str(demo.data)).returncode == 0
    content = target.read_bytes()
    check_pdf(content)
    for cut in range(0, len(content) - 8, max(1, len(content) // 200)):
        with pytest.raises(ValueError):
            check_pdf(content[:cut])


STRACE = shutil.which("strace")


@pytest.mark.skipif(STRACE is None, reason="needs strace")
@pytest.mark.parametrize("verb", ["export-pdf", "export-summary", "export-ics", "export-all"])
def test_exports_open_no_network_socket_and_never_the_print_system(demo: Demo, tmp_path: Path, verb: str) -> None:
    trace = tmp_path / "trace"
    assert STRACE is not None
    result = subprocess.run(
        [STRACE, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace), sys.executable, "-m",
         "repairplanner", verb, *_verb_args(verb, demo), "-o", str(tmp_path / "out"), "--data-dir", str(demo.data)],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120, check=False,
    )  # fmt: skip
    if not trace.exists():
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr
    calls = [line for line in trace.read_text().splitlines() if "connect(" in line or "send" in line]
    network = [line for line in calls if "AF_INET" in line or "cups" in line or "htons(631)" in line]
    assert network == [], network


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("verb", ["export-pdf", "export-ics", "export-all"])
def test_a_device_is_never_replaced_by_an_export(demo: Demo, verb: str) -> None:
    result = run_cli(verb, *_verb_args(verb, demo), "-o", "/dev/full", "--data-dir", str(demo.data))
    assert_one_line_refusal(result, "special file")
    assert Path("/dev/full").is_char_device()
