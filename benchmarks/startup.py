"""Start-up benchmark: the app as installed, to its real week, against a bare PySide6 window, in one run.

    .venv/bin/python benchmarks/startup.py [--runs 7] [--shot FILE]

What it measures. The app is built into a wheel and installed into a temporary virtual environment, where pip
compiles every module to bytecode, as a couple's installed copy is (an editable checkout would compile the
package's modules at each start, or read them from a __pycache__ the checkout happens to have). Its
dependencies (PySide6, SQLAlchemy, ...) are the ones already installed in this environment, reached through a
.pth file, so both the app and the bare window import the same compiled Qt. The app is started by the
`repairplanner` launcher pip installed (what the desktop file runs), the bare window by `python -c`. Each launch is
a new process; the times run from just before the launch to the moment the child reports, so the interpreter's own
start counts.

For each history (1 and 10 years, made by the demo generator) it prints, as medians:
- first paint: the window painted and on screen;
- week: the first paint that shows the couple's real current week, with its sessions and consent boxes;
- ready: the services attached and the event loop free again, so every control on the week responds;
and the peak resident memory (VmHWM, read by the child at that moment) at each. The bare window is a
QMainWindow with a label, a menu and a status bar; its first paint is all it does, so it is the yardstick for
all three. Ratios are against it. Targets (issue 13): week <= 2.0x the bare window, its peak memory <= 1.6x, and
flat in history. It measures; it asserts nothing. With --shot FILE, one more launch on ten years grabs the
window at the `week` moment into FILE, to look at what was painted then.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("first_paint", "week_painted", "ready")

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def painted():
    stamp = f"{time.time():.6f} {peak()}"
    for stage in ("first_paint", "week_painted", "ready"):
        print(f"{stage} {stamp}", file=sys.stderr, flush=True)
    app.quit()

class Window(QMainWindow):
    done = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            QTimer.singleShot(0, painted)  # painted and on screen: the next turn of the loop, as the app reports

app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("Hello"))
window.menuBar().addMenu("&File")
window.statusBar().showMessage("Ready")
window.resize(1100, 720)
window.show()
app.exec()
"""


def install(folder: Path) -> list[str]:
    """A virtual environment in `folder` with the app installed from a wheel (bytecode compiled); the command that
    starts the app there, as its `repairplanner` launcher does (the desktop file's Exec)."""
    wheels = folder / "wheel"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    wheel = next(wheels.glob("repairplanner-*.whl"))
    # pip compiles the installed modules to bytecode by default, as installing for real does.
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)], check=True)
    # The dependencies come from this environment (already compiled), after the installed app on sys.path.
    (site / "zz-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # The launcher pip wrote runs this venv's python (its first line names the python that ran pip).
    return [str(python), str(site / "bin" / "repairplanner")]


def measure(command: list[str], env: dict[str, str] | None = None) -> dict[str, tuple[float, float]]:
    """Launch `command`; each stage it reports as (ms since launch, peak MiB)."""
    environment = {**os.environ, **(env or {})}
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    launched = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    stages = {}
    for line in result.stderr.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in STAGES:
            stages[parts[0]] = ((float(parts[1]) - launched) * 1000, int(parts[2]) / 1024)
    if result.returncode != 0 or set(stages) != set(STAGES):
        sys.exit(f"benchmark run failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--shot", type=Path, help="grab the window at the week's first paint into this PNG file")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = install(Path(tmp))
        python = app[0]
        cases = {"1 year of history": Path(tmp) / "small", "10 years of history": Path(tmp) / "large"}
        for folder, years in zip(cases.values(), (1, 10), strict=True):
            subprocess.run([*app, "demo", "--data-dir", str(folder), "--years", str(years)], check=True)
            measure([*app, "--data-dir", str(folder), "--startup-probe"])  # settle the WAL and the disk cache
        measure([python, "-c", BARE_WINDOW])
        bare: list[dict[str, tuple[float, float]]] = []
        runs: dict[str, list[dict[str, tuple[float, float]]]] = {name: [] for name in cases}
        for _ in range(options.runs):  # interleaved, so a busy moment on the machine hits every case alike
            bare.append(measure([python, "-c", BARE_WINDOW]))
            for name, folder in cases.items():
                runs[name].append(measure([*app, "--data-dir", str(folder), "--startup-probe"]))
        if options.shot:
            shot = str(options.shot.resolve())
            measure(
                [*app, "--data-dir", str(cases["10 years of history"]), "--startup-probe"],
                {"REPAIRPLANNER_PROBE_SHOT": shot},
            )

    def median(samples: list[dict[str, tuple[float, float]]], stage: str, which: int) -> float:
        return statistics.median(sample[stage][which] for sample in samples)

    bare_ms, bare_mib = median(bare, "first_paint", 0), median(bare, "first_paint", 1)
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"Start-up, installed wheel, median of {options.runs} runs (platform {platform})")
    print(f"bare PySide6 window: first paint {bare_ms:.0f} ms, peak memory {bare_mib:.1f} MiB (the 1.00x below)")
    header = f"{'':22}" + "".join(
        f"{title:>31}" for title in ("first paint", "week (sessions, consent)", "ready (every control)")
    )
    print(header)
    for name, samples in runs.items():
        cells = []
        for stage in STAGES:
            ms, mib = median(samples, stage, 0), median(samples, stage, 1)
            cells.append(f"{ms:5.0f} ms {ms / bare_ms:4.2f}x {mib:5.1f} MiB {mib / bare_mib:4.2f}x")
        print(f"{name:22}" + "".join(f"{cell:>31}" for cell in cells))
    print("Targets: week <= 2.0x the bare window, peak memory at that moment <= 1.6x, flat in history.")
    if options.shot:
        print(f"The window at the week's first paint (10 years): {options.shot}")


if __name__ == "__main__":
    main()
