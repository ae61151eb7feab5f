"""Library filtering benchmark: typing in the search box against ten years of plans and many own exercises.

    .venv/bin/python benchmarks/library_speed.py [--years 10] [--customs 200] [--queries 200]

Builds a demo database (`repairplanner demo --years N`), adds custom exercises through LibraryService,
shows the real library page, then types realistic queries one key at a time ("h", "ha", "han", ...,
and back to empty), once to warm up and once measured. A keystroke is timed from setting the search
text, through the filter, the events it causes (the table's relayout) and a synchronous paint of the
table and the count. Also printed: the same plus a repaint of the whole page (an upper bound), and what follows
once typing pauses (here after every key, an upper bound): the matches put in order of relevance with the best
one selected, and the details pane. Median, 95th percentile and worst against
a 16 ms frame. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from demo_data import make_demo

FRAME_MS = 16.0
PHRASES = (
    "hand",
    "breath together",
    "listen",
    "stop signal",
    "walk",
    "fear",
    "hug relax",
    "Gottman",
    "temperature reading",
    "questions affair",
    "back shoulders",
    "cafe",
    "appreciation",
    "timer",
    "trigger plan",
    "sensate focus",
)


def typed_queries(count: int) -> list[str]:
    """What the search box holds after each key: every prefix of a phrase, then deleting back to empty."""
    queries: list[str] = []
    while len(queries) < count:
        for phrase in PHRASES:
            prefixes = [phrase[:n] for n in range(1, len(phrase) + 1)]
            queries += prefixes + prefixes[-2::-1] + [""]
    return queries[:count]


def add_custom_exercises(library: object, count: int) -> None:
    """`count` custom exercises, rewritten from built-in ones so that they match searches too."""
    rng = random.Random(7)
    builtins = library.list_exercises()  # type: ignore[attr-defined]
    for number in range(count):
        base = rng.choice(builtins)
        words = base.summary.split()
        rng.shuffle(words)
        library.create_custom(  # type: ignore[attr-defined]
            dataclasses.replace(base, title=f"Our {base.title.lower()} {number}"[:60], summary=" ".join(words)),
            based_on=base.id,
        )


def percentile(values: list[float], fraction: float) -> float:
    """The value below which `fraction` of `values` lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(name: str, timings: list[float]) -> None:
    """One line: median, 95th percentile and worst, and how many went over a frame."""
    if not timings:
        print(f"  {name:44} no samples in this run")
        return
    over = sum(1 for t in timings if t > FRAME_MS)
    print(
        f"  {name:44} median {statistics.median(timings):6.2f} ms   95th {percentile(timings, 0.95):6.2f} ms"
        f"   worst {max(timings):6.2f} ms   over {FRAME_MS:.0f} ms: {over} of {len(timings)}"
    )


def type_one_key(app: object, page: object, query: str) -> dict[str, float]:
    """The search box set to `query` (one key), then what follows once typing pauses; milliseconds by kind."""
    shown_before = page.selected_exercise()  # type: ignore[attr-defined]
    started = time.perf_counter()
    page.search_edit.setText(query)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    # What a keystroke changes: the table (relaid out and painted) and the count above it.
    page.table.viewport().repaint()  # type: ignore[attr-defined]
    page.count_label.repaint()  # type: ignore[attr-defined]
    typed = time.perf_counter()
    page.repaint()  # type: ignore[attr-defined]
    painted = time.perf_counter()
    found = {"keystroke": (typed - started) * 1000, "page": (painted - started) * 1000}
    if page.search_pending():  # type: ignore[attr-defined]
        # What the pause timer does once typing stops: the matches in order of relevance, the best one selected.
        page.settle_search()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        page.table.viewport().repaint()  # type: ignore[attr-defined]
        page.count_label.repaint()  # type: ignore[attr-defined]
        found["settle"] = (time.perf_counter() - painted) * 1000
    if page.selected_exercise() != shown_before:  # type: ignore[attr-defined]
        began = time.perf_counter()
        page._show_details()  # type: ignore[attr-defined]  # what the pause timer does once typing stops
        app.processEvents()  # type: ignore[attr-defined]  # the document's lazy layout, not billed to the next key
        page.details.viewport().repaint()  # type: ignore[attr-defined]
        found["details"] = (time.perf_counter() - began) * 1000
    return found


def measure(data: Path, customs: int, count: int) -> tuple[int, dict[str, list[float]]]:
    """Type the queries into a shown library page; return the row count and the timings by kind."""
    from PySide6.QtWidgets import QApplication

    from repairplanner.core.clock import Clock
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.ui.library.library_page import LibraryPage
    from repairplanner.ui.shared.dialogs import DialogService
    from repairplanner.ui.shared.events import AppEvents

    engine = make_engine(data / "repairplanner.sqlite")
    sessions = make_sessions(engine)
    library = LibraryService(sessions, clock=Clock())
    add_custom_exercises(library, customs)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    page = LibraryPage(AppEvents(), DialogService())
    page.attach(library, CoupleService(sessions).get())
    page.resize(1100, 720)
    page.show()
    app.processEvents()
    total = page.proxy.rowCount()
    queries = typed_queries(count)
    timings: dict[str, list[float]] = {"keystroke": [], "page": [], "settle": [], "details": []}
    for round_ in ("warm-up", "measured"):
        for query in queries:
            measured = type_one_key(app, page, query)
            if round_ == "measured":
                for kind, value in measured.items():
                    timings[kind].append(value)
    page.close()
    page.deleteLater()
    app.processEvents()
    engine.dispose()
    return total, timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--customs", type=int, default=200)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        data = make_demo(Path(tmp), args.years)
        if data is None:
            sys.exit("benchmark: the demo generator refused the folder")
        total, timings = measure(data, args.customs, args.queries)
    print(
        f"Library search as you type: {len(timings['keystroke'])} keystrokes over {total} exercises "
        f"({args.customs} of your own), platform {os.environ['QT_QPA_PLATFORM']}; frame budget {FRAME_MS:.0f} ms"
    )
    report("keystroke: filter, relayout, table painted", timings["keystroke"])
    report("same, then the whole page repainted", timings["page"])
    report("order and best match after a pause", timings["settle"])
    report("details pane after a pause (when it changed)", timings["details"])


if __name__ == "__main__":
    main()
