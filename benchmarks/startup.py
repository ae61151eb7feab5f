"""Start-up benchmark: the real app to its first painted window, against a bare PySide6 window, in one run.

    .venv/bin/python benchmarks/startup.py [--runs 7]

Prints the median time from launching the process to the first paint (and, for the app, to "ready": the
library loaded from the database), each with its ratio to the bare window, and peak memory (max RSS) at
those moments. Targets from the issue: first paint <= 2x the bare window, peak memory <= 1.6x, also with
a large history (ten years from the demo generator). It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BARE_WINDOW = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first_paint {time.time():.6f} {peak}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("Hello"))
window.menuBar().addMenu("&File")
window.statusBar().showMessage("Ready")
window.resize(1100, 720)
window.show()
app.exec()
"""


@dataclass
class Sample:
    first_paint_ms: float
    first_paint_rss_mib: float
    ready_ms: float | None = None
    ready_rss_mib: float | None = None


def measure(command: list[str]) -> Sample:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    launched = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    stages = {}
    for line in result.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("first_paint", "ready"):
            stages[parts[0]] = ((float(parts[1]) - launched) * 1000, int(parts[2]) / 1024)
    if result.returncode != 0 or "first_paint" not in stages:
        sys.exit(f"benchmark run failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    sample = Sample(*stages["first_paint"])
    if "ready" in stages:
        sample.ready_ms, sample.ready_rss_mib = stages["ready"]
    return sample


def prepare(data_dir: Path, years: int) -> None:
    app = [sys.executable, "-m", "repairplanner"]
    subprocess.run([*app, "demo", "--data-dir", str(data_dir), "--years", str(years)], check=True, capture_output=True)
    measure([*app, "--data-dir", str(data_dir), "--startup-probe"])  # settle WAL and caches once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        cases = {"app, 1 year of history": Path(tmp) / "small", "app, 10 years of history": Path(tmp) / "large"}
        for (_name, folder), years in zip(cases.items(), (1, 10), strict=True):
            prepare(folder, years)
        bare: list[Sample] = []
        app: dict[str, list[Sample]] = {name: [] for name in cases}
        for _ in range(runs):  # interleaved, so a busy moment on the machine hits every case alike
            bare.append(measure([sys.executable, "-c", BARE_WINDOW]))
            for name, folder in cases.items():
                app[name].append(
                    measure([sys.executable, "-m", "repairplanner", "--data-dir", str(folder), "--startup-probe"])
                )

    def med(values: list[float | None]) -> float:
        return statistics.median(v for v in values if v is not None)

    bare_ms = med([s.first_paint_ms for s in bare])
    bare_rss = med([s.first_paint_rss_mib for s in bare])
    print(f"Start-up, median of {runs} runs (platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print(f"{'':28} {'first paint':>18} {'peak RSS at paint':>20} {'ready':>16} {'peak RSS ready':>18}")
    print(f"{'bare PySide6 window':28} {bare_ms:9.0f} ms        {bare_rss:9.1f} MiB")
    for name, samples in app.items():
        paint = med([s.first_paint_ms for s in samples])
        paint_rss = med([s.first_paint_rss_mib for s in samples])
        ready = med([s.ready_ms for s in samples])
        ready_rss = med([s.ready_rss_mib for s in samples])
        print(
            f"{name:28} {paint:6.0f} ms ({paint / bare_ms:3.2f}x) {paint_rss:8.1f} MiB ({paint_rss / bare_rss:3.2f}x)"
            f" {ready:6.0f} ms ({ready / bare_ms:3.2f}x) {ready_rss:6.1f} MiB ({ready_rss / bare_rss:3.2f}x)"
        )
    print("Targets: first paint <= 2x the bare window; peak memory <= 1.6x.")


if __name__ == "__main__":
    main()
