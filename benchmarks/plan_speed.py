"""Week-switching benchmark: the week page over ten years of plans, against the 16 ms frame budget.

    .venv/bin/python benchmarks/plan_speed.py [--years 10] [--switches 200]

Builds a demo data folder with the shared generator (`repairplanner demo`), attaches a real WeekPage to it in a
shown window, then switches to random weeks of that history. Each sample is `show_week()` plus the event
processing that lays out and paints the page. Prints the median and 95th percentile; it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from demo_data import make_demo

FRAME_MS = 16.0


def time_switches(data: Path, years: float, switches: int) -> list[float]:
    """Milliseconds for each of `switches` random week switches on the demo data in `data`."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from repairplanner.core.clock import Clock
    from repairplanner.core.weeks import shift_weeks
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.sessions import SessionService
    from repairplanner.ui.shared.dialogs import DialogService
    from repairplanner.ui.shared.events import AppEvents
    from repairplanner.ui.week.week_page import WeekPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = make_engine(data / "repairplanner.sqlite")
    sessions = make_sessions(engine)
    couple = CoupleService(sessions).get()
    assert couple is not None
    clock = Clock()  # the demo was written up to the real today
    page = WeekPage(AppEvents(), DialogService(), QUndoStack(), clock)
    page.resize(1200, 760)
    library = LibraryService(sessions, clock=clock)
    page.attach(PlanService(sessions, clock=clock), library, SessionService(sessions, clock=clock), couple)
    page.show()
    app.processEvents()

    rng = random.Random(48)
    this_week = page.current_week()
    targets = [shift_weeks(this_week, -rng.randrange(round(years * 52) + 1)) for _ in range(switches)]
    for start in targets[:10]:  # warm up caches and the pool of cards
        page.show_week(start)
        app.processEvents()
    samples = []
    for start in targets:
        began = time.perf_counter()
        page.show_week(start)
        app.processEvents()
        samples.append((time.perf_counter() - began) * 1000)
    page.close()
    engine.dispose()
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--switches", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        data = make_demo(Path(folder), args.years)
        if data is None:
            return 1
        samples = sorted(time_switches(data, args.years, args.switches))

    median = statistics.median(samples)
    p95 = samples[min(len(samples) - 1, round(0.95 * len(samples)) - 1)]
    print(f"switching weeks over {args.years:g} years of plans, {len(samples)} random switches:")
    print(f"  median {median:.2f} ms, 95th percentile {p95:.2f} ms, worst {samples[-1]:.2f} ms")
    print(f"  frame budget {FRAME_MS:.0f} ms: median {median / FRAME_MS:.0%}, p95 {p95 / FRAME_MS:.0%} of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
