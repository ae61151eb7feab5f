"""Therapist-summary benchmark: exporting a one-year summary as a PDF, against the 1 s target.

    .venv/bin/python benchmarks/summary_speed.py [--years 1] [--runs 15]

Builds a demo data folder with the shared generator (`repairplanner demo --years N`), starts Qt offscreen, then
exports the summary of the last N years several times, each one the whole path the command line takes: gathering
the history from the database, building the document (chart included) and writing the PDF. The first export, which
also warms Qt's font caches, is reported on its own. Prints the median and the worst; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from demo_data import make_demo

from repairplanner.app import build_services

TARGET_MS = 1000.0


def time_exports(data: Path, years: float, runs: int, folder: Path) -> tuple[float, list[tuple[float, float, float]]]:
    """The first export's milliseconds, then (gather, build, write) milliseconds for each of `runs` exports."""
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from repairplanner.core.clock import Clock
    from repairplanner.core.print_options import PrintOptions
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.printing.pdf import write_pdf
    from repairplanner.printing.summary_document import build_summary_document

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    engine = make_engine(data / "repairplanner.sqlite")
    clock = Clock()  # the demo was written up to the real today
    service = build_services(make_sessions(engine), clock=clock).summaries
    options = PrintOptions()
    end = clock.today()
    start = end - dt.timedelta(days=round(365 * years))

    def export() -> tuple[float, float, float]:
        began = time.perf_counter()
        summary = service.gather(start, end, options)
        gathered = time.perf_counter()
        document = build_summary_document(summary, options)
        built = time.perf_counter()
        title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        write_pdf(document, folder / "summary.pdf", title=title, paper=options.paper, landscape=False)
        written = time.perf_counter()
        return ((gathered - began) * 1000, (built - gathered) * 1000, (written - built) * 1000)

    first = sum(export())
    samples = [export() for _ in range(runs)]
    engine.dispose()
    del app
    return first, samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        data = make_demo(Path(folder), args.years)
        if data is None:
            return 1
        first, samples = time_exports(data, args.years, args.runs, Path(folder))

    totals = sorted(sum(sample) for sample in samples)
    median = statistics.median(totals)
    parts = [statistics.median(part) for part in zip(*samples, strict=True)]
    print(f"therapist summary of {args.years:g} years as a PDF, {len(totals)} exports after a first one:")
    print(f"  first export {first:.0f} ms (warms Qt's fonts)")
    gather, build, write = (f"{part:.0f}" for part in parts)
    print(f"  median {median:.0f} ms (gather {gather}, build {build}, write {write}), worst {totals[-1]:.0f} ms")
    print(f"  target {TARGET_MS:.0f} ms: median {median / TARGET_MS:.0%} of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
