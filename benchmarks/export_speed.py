"""Week PDF benchmark: gathering, building and writing one week's PDF, against a 150 ms target.

    .venv/bin/python benchmarks/export_speed.py [--years 1] [--runs 20]

Builds a demo data folder with the shared generator (`repairplanner demo`), then adds a busy week (four sessions on
every day, the library's longest titles). After a first export has started Qt and loaded the fonts, it times
`PrintService.week` + `build_week_document` + `write_pdf` for the demo's fullest week, the busy week, and the busy
week with its exercise cards, `--runs` times each. Prints the median and the worst; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from demo_data import make_demo

from repairplanner.app import build_services

TARGET_MS = 150.0


def add_busy_week(sessions: Any, clock: Any) -> dt.date:
    """Book four sessions on every day of an empty week after the demo's plans; returns its first day."""
    from repairplanner.core.entities import SessionDraft
    from repairplanner.core.pace import within_pace
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.sessions import SessionService

    plan, consent = PlanService(sessions, clock=clock), SessionService(sessions, clock=clock)
    couple = CoupleService(sessions).get()
    assert couple is not None
    start = plan.week_of(clock.today()) + dt.timedelta(weeks=8)
    from repairplanner.core.method import booking_refusal

    exercises = LibraryService(sessions, clock=clock).list_exercises()
    # Exercises a couple can book together at once at their working levels (no solo ones, nothing waiting for
    # another: core.method; the slower partner sets the pace: core.pace).
    bookable = [
        e
        for e in exercises
        if not e.is_solo and booking_refusal(e, exercises, frozenset()) is None and within_pace(e, couple.levels)
    ]
    longest = sorted(bookable, key=lambda e: -len(e.title))[:9]
    for count in range(28):
        exercise = longest[count % len(longest)]
        inviter = couple.partners[count % 2].id
        day = start + dt.timedelta(days=count // 4)
        draft = SessionDraft(day, exercise.id, exercise.minutes, dt.time(7 + 4 * (count % 4), 30), inviter)
        session = plan.add_session(draft)
        if count % 3:
            consent.set_consent(session.id, couple.partners[0].id, True)
    plan.set_intention(start, "Go slowly, notice the small good moments, and remember that pausing is fine.")
    return start


def fullest_week(sessions: Any, clock: Any) -> dt.date:
    """The first day of the demo week with the most sessions."""
    from repairplanner.services.plan import PlanService

    plan = PlanService(sessions, clock=clock)
    this_week = plan.week_of(clock.today())
    weeks = [this_week - dt.timedelta(weeks=n) for n in range(53)]
    return max(weeks, key=lambda start: len(plan.get_week(start).sessions))


def time_exports(data: Path, runs: int) -> list[tuple[str, list[float]]]:
    """Milliseconds per export (gather + build + write) for each measured week."""
    from PySide6.QtWidgets import QApplication

    from repairplanner.core.clock import Clock
    from repairplanner.core.print_options import PrintOptions
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.printing.pdf import write_pdf
    from repairplanner.printing.week_document import build_week_document, document_title

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = make_engine(data / "repairplanner.sqlite")
    sessions = make_sessions(engine)
    clock = Clock()  # the demo was written up to the real today
    service = build_services(sessions, clock=clock).printing
    cases = [
        ("demo's fullest week", fullest_week(sessions, clock), PrintOptions()),
        ("busy week, 4 x 7 sessions", add_busy_week(sessions, clock), PrintOptions()),
    ]
    cases.append(("busy week with its cards", cases[1][1], PrintOptions(exercise_cards=True)))
    target = data / "week.pdf"

    def export(start: dt.date, options: PrintOptions) -> None:
        week = service.week(start, options)
        document = build_week_document(week, options)
        write_pdf(document, target, title=document_title(document), paper=options.paper)

    export(cases[0][1], cases[0][2])  # the first Qt start: fonts, the PDF engine, SQLAlchemy's caches
    results = []
    for label, start, options in cases:
        samples = []
        for _ in range(runs):
            began = time.perf_counter()
            export(start, options)
            samples.append((time.perf_counter() - began) * 1000)
        results.append((label, samples))
    engine.dispose()
    app.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        data = make_demo(Path(folder), args.years)
        if data is None:
            return 1
        results = time_exports(data, args.runs)

    print(f"exporting one week's PDF (gather + build + write), median of {args.runs} runs after the first Qt start:")
    for label, samples in results:
        median = statistics.median(samples)
        share = f"{median / TARGET_MS:.0%} of the {TARGET_MS:.0f} ms target"
        print(f"  {label:26} median {median:6.1f} ms, worst {max(samples):6.1f} ms: {share}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
