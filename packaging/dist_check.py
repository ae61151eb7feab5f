"""Smoke-test the frozen bundle the way a couple would get it: unpack the .tar.gz, install, run, uninstall.

    .venv/bin/python packaging/dist_check.py [dist/repairplanner-VERSION-linux-x86_64.tar.gz]

Everything runs in a temporary home folder, offscreen, with a bare environment (no virtual environment, no
PYTHONPATH, started outside the checkout) and, where it may (root, `unshare`), with every Python on the machine,
this checkout and its .venv hidden under empty folders, so the bundle has to stand on its own. Checks: the shipped files
(COPYING, exercises, migrations; no QML, no unused Qt translations), that every library the launchers, the
Python extensions and the platform plugins link against resolves, `--version` of both launchers against
repairplanner/__init__.py, install.sh (menu entry, icon, metainfo, commands), `demo`, the three exports with
their text checked, the window starting and quitting after its first paint, and uninstall.sh leaving the
plan in place. Exits non-zero with one line per failure.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_archive import APP_ID, ROOT, archive_name, version

DEMO_NAMES = ("Maya", "Daniel")  # the made-up couple of services/demo.py
TIMEOUT = 300


class Check:
    """Collects failures so one run reports everything that is wrong."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def that(self, ok: bool, what: str) -> bool:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
        if not ok:
            self.failures.append(what)
        return ok


# sh -c HIDE hide FOLDER... -- COMMAND...: an empty tmpfs over each folder, in this process's own mount namespace.
HIDE = """
for d in "$@"; do
  [ "$d" = -- ] && break
  mount -t tmpfs none "$d" || exit 97; shift
done
shift; exec "$@"
"""


def python_folders() -> list[str]:
    """Every Python on this machine and this checkout (its .venv too): what a machine without Python lacks."""
    found = {sys.prefix, sys.base_prefix, str(ROOT), str(Path.home() / ".pyenv")}
    for lib in ("/usr/lib", "/usr/local/lib"):
        found.update(str(p) for p in Path(lib).glob("python3*"))
    folders = sorted(f for f in found if Path(f).is_dir() and f != "/" and not f.startswith(tempfile.gettempdir()))
    return [f for f in folders if not any(Path(f).is_relative_to(other) and f != other for other in folders)]


def hiding() -> list[str]:
    """A prefix that runs a command with every Python folder hidden under an empty tmpfs, where allowed (root)."""
    prefix = ["unshare", "--mount", "sh", "-c", HIDE, "hide", *python_folders(), "--"]
    try:
        works = subprocess.run([*prefix, "true"], capture_output=True, timeout=30, check=False).returncode == 0
    except OSError:
        works = False
    return prefix if works else []


PREFIX: list[str] = []


def run(command: list[str | Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PREFIX, *(str(c) for c in command)],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def bare_env(home: Path) -> dict[str, str]:
    """What a fresh desktop session would give the app, minus the display: no Python anywhere in sight."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def pdf_text(path: Path) -> tuple[str, str]:
    reader = PdfReader(path)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    return text, str(reader.metadata.title if reader.metadata else "")


def check_contents(check: Check, app: Path) -> None:
    internal = app / "_internal"
    check.that(
        (internal / "COPYING").is_file() and "GNU GENERAL PUBLIC LICENSE" in (internal / "COPYING").read_text(),
        "the GPL text ships in the bundle",
    )
    check.that(
        len(list((internal / "repairplanner" / "resources" / "exercises").glob("*.toml"))) >= 2,
        "the exercise library ships as data",
    )
    check.that(
        len(list((internal / "repairplanner" / "db" / "migrations" / "versions").glob("0*.py"))) >= 4,
        "the Alembic migration scripts ship as files",
    )
    check.that(not list(internal.rglob("qml")), "no QML is shipped")
    shipped_langs = {
        p.stem.split("_", 1)[1] for p in (internal / "repairplanner" / "resources").rglob("repairplanner_*.qm")
    }
    qt_qm = [p.name for p in (internal / "PySide6").rglob("*.qm")]
    unused = [n for n in qt_qm if n.split("_", 1)[1].removesuffix(".qm") not in shipped_langs]
    check.that(
        not unused,
        f"no Qt translations beyond the app's own languages ({len(qt_qm)} shipped{': ' if unused else ''}"
        f"{', '.join(unused[:5])})",
    )


def check_libraries(check: Check, app: Path) -> None:
    """ldd every launcher, Python extension and platform plugin against the bundle's own libraries."""
    internal = app / "_internal"
    elves = [app / "repairplanner", app / "repairplanner-cli"]
    elves += [p for p in internal.rglob("*.so*") if "/plugins/" not in str(p) or "/plugins/platforms/" in str(p)]
    from PyInstaller.depend.dylib import include_library

    missing: set[str] = set()
    from_system: set[str] = set()
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    for elf in elves:
        if elf.is_symlink():
            continue
        out = subprocess.run(["ldd", str(elf)], env=env, capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "not found" in line:
                # PyInstaller leaves some libraries to the system on purpose (libc, libGL, the Wayland client);
                # a desktop has them even where this build machine does not.
                name = line.split()[0]
                (missing if include_library(name) else from_system).add(f"{elf.name} needs {name}")
    if from_system:
        print(f"  note the system must provide {sorted({m.split()[-1] for m in from_system})}", flush=True)
    check.that(
        not missing,
        f"every library of {len(elves)} binaries resolves" + (f": {sorted(missing)[:6]}" if missing else ""),
    )


def check_install(check: Check, top: Path, env: dict[str, str], home: Path) -> Path:
    result = run(["sh", top / "install.sh"], env, home)
    check.that(result.returncode == 0, f"install.sh succeeds {result.stderr.strip()[-300:]}")
    share = home / ".local" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    installed = home / ".local" / "lib" / "repairplanner" / "repairplanner"
    check.that(
        (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file(), "install.sh adds the icon"
    )
    check.that((share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file(), "install.sh adds the metainfo")
    entry = desktop.read_text() if desktop.is_file() else ""
    check.that(
        f"Exec={installed}\n" in entry and f"TryExec={installed}\n" in entry,
        "install.sh adds a menu entry that starts the installed app by its full path",
    )
    if entry and subprocess.run(["which", "desktop-file-validate"], capture_output=True, check=False).returncode == 0:
        validated = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True, check=False)
        check.that(validated.returncode == 0 and "error" not in validated.stdout, "the installed menu entry validates")
    cli = home / ".local" / "bin" / "repairplanner-cli"
    check.that(
        cli.is_symlink() and cli.resolve() == installed.with_name("repairplanner-cli").resolve(),
        "install.sh puts repairplanner-cli in ~/.local/bin",
    )
    return installed.parent


def check_runs(check: Check, app: Path, env: dict[str, str], work: Path) -> None:
    app_bin, cli_bin = app / "repairplanner", app / "repairplanner-cli"
    want = version()
    for launcher in (app_bin, cli_bin):
        result = run([launcher, "--version"], env, work)
        check.that(
            result.stdout.strip() == f"repairplanner {want}",
            f"{launcher.name} --version says {want}: {(result.stdout + result.stderr).strip()[-200:]!r}",
        )
    data = work / "demo data"
    result = run([cli_bin, "demo", "--data-dir", data, "--years", "0.3"], env, work)
    check.that(
        result.returncode == 0 and "Wrote a demo couple" in result.stdout,
        f"demo fills a data folder {result.stderr.strip()[-300:]}",
    )
    today = dt.date.today()
    year, week, _ = today.isocalendar()
    iso_week = f"{year}-W{week:02d}"
    monday = today - dt.timedelta(days=today.weekday())

    pdf = work / "week.pdf"
    result = run([cli_bin, "export-pdf", "--data-dir", data, "--week", iso_week, "-o", pdf], env, work)
    if check.that(
        result.returncode == 0 and pdf.is_file(), f"export-pdf writes {pdf.name} {result.stderr.strip()[-300:]}"
    ):
        text, title = pdf_text(pdf)
        check.that(
            all(n in text for n in DEMO_NAMES) and "Monday" in text and f"{monday.day} {monday:%B}" in text,
            "the week PDF holds the couple, the days and the dates",
        )
        check.that(title == "Weekly plan", f"the week PDF has the neutral title (got {title!r})")

    summary = work / "summary.pdf"
    start = (today - dt.timedelta(days=90)).isoformat()
    result = run(
        [cli_bin, "export-summary", "--data-dir", data, "--from", start, "--to", today.isoformat(), "-o", summary],
        env,
        work,
    )
    if check.that(
        result.returncode == 0 and summary.is_file(),
        f"export-summary writes {summary.name} {result.stderr.strip()[-300:]}",
    ):
        text, title = pdf_text(summary)
        check.that(
            "Practice summary" in text and all(n in text for n in DEMO_NAMES),
            "the summary PDF holds its heading and the couple",
        )
        check.that(title == "Summary", f"the summary PDF has the neutral title (got {title!r})")

    ics = work / "week.ics"
    result = run([cli_bin, "export-ics", "--data-dir", data, "--week", iso_week, "-o", ics], env, work)
    if check.that(
        result.returncode == 0 and ics.is_file(), f"export-ics writes {ics.name} {result.stderr.strip()[-300:]}"
    ):
        calendar = ics.read_text()
        events = calendar.count("BEGIN:VEVENT")
        check.that(
            calendar.startswith("BEGIN:VCALENDAR")
            and events > 0
            and re.search(r"^SUMMARY:(Time|Talk) together\r?$", calendar, re.MULTILINE) is not None,
            f"the calendar file holds {events} events with neutral titles",
        )
        check.that(not any(n in calendar for n in DEMO_NAMES), "the calendar file names nobody")

    # The same week in German, as a couple who chose Deutsch gets it: the catalogues and Qt's own are in the bundle.
    german = work / "woche.pdf"
    result = run(
        [cli_bin, "export-pdf", "--data-dir", data, "--week", iso_week, "-o", german],
        {**env, "REPAIRPLANNER_LANGUAGE": "de"},
        work,
    )
    if check.that(result.returncode == 0 and german.is_file(), f"export-pdf in German {result.stderr.strip()[-300:]}"):
        text, _title = pdf_text(german)
        check.that(
            "Montag" in text and "Stoppsignal" in text and "Monday" not in text,
            "the week PDF comes out in German when German is chosen",
        )

    # The window: --startup-probe reports the first paint and the services attached, then closes the window.
    result = run([app_bin, "--data-dir", data, "--startup-probe", "--debug"], env, work)
    stages = [
        line.split()[0] for line in result.stderr.splitlines() if line.split()[:1] in (["first_paint"], ["ready"])
    ]
    check.that(
        result.returncode == 0 and stages == ["first_paint", "ready"],
        f"the window paints, attaches its services and quits cleanly (exit {result.returncode}, {stages}) "
        f"{result.stderr.strip()[-300:] if result.returncode else ''}",
    )
    logs = list((data / "logs").glob("*.log"))
    if check.that(len(logs) == 1, "--debug writes a log"):
        log = logs[0].read_text()
        check.that("started" in log and not any(n in log for n in DEMO_NAMES), "the log has events and no names")


def main() -> int:
    began = time.monotonic()
    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / archive_name(version())
    if not archive.is_file():
        print(f"dist_check: {archive} not found; run `make dist` first", file=sys.stderr)
        return 1
    check = Check()
    with tempfile.TemporaryDirectory(prefix="rp-dist-check-") as temp:
        root = Path(temp)
        print(f"dist_check: {archive.name}", flush=True)
        with tarfile.open(archive) as tar:
            tar.extractall(root / "unpacked", filter="tar")
        tops = list((root / "unpacked").iterdir())
        check.that([t.name for t in tops] == [f"repairplanner-{version()}"], "the archive unpacks into one folder")
        top = tops[0]
        check_contents(check, top / "repairplanner")
        check_libraries(check, top / "repairplanner")
        home = root / "home"
        home.mkdir()
        env = bare_env(home)
        PREFIX[:] = hiding()
        if PREFIX:
            python = run(["python3", "-c", "import encodings"], env, home)
            check.that(
                python.returncode not in (0, 97) and "encodings" in python.stderr,
                f"no Python works while the bundle runs ({len(python_folders())} "
                "folders hidden: the system's, this checkout's and its virtual environment's)",
            )
        else:
            print("  note cannot hide this machine's Python (needs root and unshare); the bundle runs beside it")
        installed = check_install(check, top, env, home)
        work = root / "work"
        work.mkdir()
        check_runs(check, installed, env, work)
        result = run([installed / "uninstall.sh"], env, home)
        leftovers = [p for p in (home / ".local").rglob("*") if "repairplanner" in p.name.lower() or APP_ID in p.name]
        check.that(
            result.returncode == 0 and not leftovers, f"uninstall.sh removes what install.sh added {leftovers[:3]}"
        )
        check.that((work / "demo data" / "repairplanner.sqlite").is_file(), "uninstalling leaves the plan in place")
    took = time.monotonic() - began
    print(f"dist_check: {len(check.failures)} failures; took {took:.0f} s")
    return 1 if check.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
