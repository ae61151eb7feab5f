"""The command line: `repairplanner` starts the app; verbs run the same services for scripting."""

from __future__ import annotations

import argparse
import datetime as dt
import errno
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner import APP_NAME, __version__
from repairplanner.core.clock import Clock
from repairplanner.core.dates import range_text
from repairplanner.core.errors import UserFacingError

if TYPE_CHECKING:
    from repairplanner.core.print_options import Paper, PrintOptions
    from repairplanner.paths import AppPaths
    from repairplanner.services.bundle import Services

EXPORT_VERBS = ("export-pdf", "export-summary", "export-ics")
MAX_SUMMARY_YEARS = 25
YEARS = range(1900, 3000)
PAPER_HELP = "A4 or Letter (default: from your locale; Letter in the US and Canada, A4 elsewhere)"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every verb."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the plan in DIR instead of the usual place (also $REPAIRPLANNER_DATA_DIR)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="keep a diagnostic log for this run (events and errors; never names, notes or anything typed)",
    )
    parser = argparse.ArgumentParser(
        prog="repairplanner",
        description=f"{APP_NAME}: plan a gentle, graded week of time together. With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = verbs.add_parser(
        "demo",
        parents=[common],
        help="fill an empty data folder with a made-up couple and their history, to try the app",
        description="Fill an empty data folder with a made-up couple and N years of plans and reflections.",
    )
    demo.add_argument("--years", type=_years, default=1.0, metavar="N", help="years of history (default 1)")
    _add_export_verbs(verbs, common)
    _add_data_verbs(verbs, common)
    return parser


def _add_data_verbs(
    verbs: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """restore, export-all and import: the whole plan, as copies and as one file."""
    restore = verbs.add_parser(
        "restore",
        parents=[common],
        usage="%(prog)s [--list] [FILE]",
        help="list the backups, or go back to one (the plan in use is kept aside)",
        description="With --list (or nothing), list the backup copies with their dates and what they hold. With "
        "FILE (a name from the list, or a path), check that copy and put it in place of the plan in use, which is "
        "kept aside, never overwritten: restoring that set-aside copy undoes it. Close the app first.",
    )
    restore.add_argument("--list", action="store_true", help="list the copies (the default with no FILE)")
    restore.add_argument("file", nargs="?", metavar="FILE", help="the copy to restore")
    export_all = verbs.add_parser(
        "export-all",
        parents=[common],
        usage="%(prog)s -o FILE",
        help="write the whole plan to one file, to move it to another computer",
        description="Write everything (the couple, settings, custom exercises, plans, the consent log, check-ins, "
        "reflections, levels and pauses) to one file in the documented RepairPlanner export format. Private notes "
        "stay sealed: they open with the same passphrases after an import.",
    )
    _output_option(export_all, "the file to write, e.g. our-plan.json")
    importing = verbs.add_parser(
        "import",
        parents=[common],
        usage="%(prog)s FILE [--replace --yes]",
        help="load a file written by export-all into an empty data folder",
        description="Load a file written by export-all. It goes into an empty data folder; to replace a plan that "
        "is already there, give --replace twice (or --replace --yes): a backup is made first and the plan is kept "
        "aside, never overwritten. Close the app first.",
    )
    importing.add_argument("file", metavar="FILE", help="the export file to load")
    importing.add_argument(
        "--replace", action="count", default=0, help="replace the plan already here (give it twice, or add --yes)"
    )
    importing.add_argument("--yes", action="store_true", help="confirm --replace")


def _add_export_verbs(
    verbs: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """export-pdf, export-summary and export-ics, each with a one-line usage so a usage error stays two lines."""
    pdf = verbs.add_parser(
        "export-pdf",
        parents=[common],
        usage="%(prog)s --week WEEK -o FILE [options]",
        help="write a week's printout (one landscape page) as a PDF",
        description="Write the week's printout as a PDF, exactly as File → Export PDF does. "
        "Its title is a neutral 'Weekly plan' unless you ask for your names.",
    )
    _week_option(pdf)
    _output_option(pdf, "the PDF to write, e.g. week.pdf")
    pdf.add_argument("--paper", type=_paper, metavar="SIZE", help=PAPER_HELP)
    pdf.add_argument("--initials", action="store_true", help="print your initials instead of your names")
    pdf.add_argument("--cards", action="store_true", help="add pages with each exercise of the week")
    pdf.add_argument("--named-title", action="store_true", help="title the PDF with your names, not 'Weekly plan'")
    summary = verbs.add_parser(
        "export-summary",
        parents=[common],
        usage="%(prog)s --from DATE --to DATE -o FILE [options]",
        help="write a summary of a date range for a therapist as a PDF",
        description="Write a summary of a date range as a PDF: sessions per week, how safe you felt and your peak "
        "distress over time, level changes and the notes you shared. Private notes are never included.",
    )
    summary.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day, like 2026-01-31")
    summary.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, like 2026-06-30")
    _output_option(summary, "the PDF to write, e.g. summary.pdf")
    summary.add_argument("--paper", type=_paper, metavar="SIZE", help=PAPER_HELP)
    summary.add_argument("--initials", action="store_true", help="print your initials instead of your names")
    summary.add_argument("--named-title", action="store_true", help="title the PDF with your names, not 'Summary'")
    ics = verbs.add_parser(
        "export-ics",
        parents=[common],
        usage="%(prog)s --week WEEK -o FILE [--titles]",
        help="write a week's sessions as calendar events (.ics)",
        description="Write the week's sessions as calendar events. Importing the file again later updates the "
        "events instead of adding them twice. Events say only 'Time together' or 'Talk together' unless you ask "
        "for the exercise titles.",
    )
    _week_option(ics)
    _output_option(ics, "the calendar file to write, e.g. week.ics")
    ics.add_argument("--titles", action="store_true", help="name each event after its exercise, with its summary")


def _week_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--week", required=True, metavar="WEEK", help="the week, like 2026-W48: its number as the app shows it"
    )


def _output_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help=help_text)


def _years(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of years") from None
    if not 0 < value <= 20:
        raise argparse.ArgumentTypeError("choose between 0 and 20 years")
    return value


def _paper(text: str) -> Paper:
    from repairplanner.core.print_options import Paper

    for paper in Paper:
        if paper.value.casefold() == text.strip().casefold():
            return paper
    raise argparse.ArgumentTypeError(f"'{text}' is not a paper size; choose A4 or Letter")


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run; return the process exit code."""
    args = build_parser().parse_args(argv)
    # Every file and folder the app creates is private to this user account.
    os.umask(0o077)
    from repairplanner.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None))
    from repairplanner.logging_setup import DiagnosticLog, logger

    diagnostics = DiagnosticLog.for_paths(paths)
    diagnostics.start_if_wanted(debug=getattr(args, "debug", False))
    verbs = {"restore": _restore, "export-all": _export_all, "import": _import}
    if args.command == "demo" or args.command in EXPORT_VERBS:
        code = _demo(paths, args.years) if args.command == "demo" else _export(paths, args)
    elif args.command in verbs:
        code = _one_line(verbs[args.command], paths, args)
    else:
        code = None
    if code is not None:
        logger().info("command %s ended with exit code %d", args.command, code)
        return code
    from repairplanner.app import run_gui

    return run_gui(paths, startup_probe=args.startup_probe, diagnostics=diagnostics)


def _demo(paths: AppPaths, years: float) -> int:
    from repairplanner.app import open_database, open_storage
    from repairplanner.services.demo import generate_demo
    from repairplanner.services.library import LibraryService

    clock = Clock()
    try:
        lock, storage = open_storage(paths, clock=clock)
        try:
            sessions = open_database(storage, clock=clock)
            exercises = LibraryService(sessions, clock=clock).list_exercises()
            summary = generate_demo(sessions, exercises, clock=clock, years=years)
        finally:
            lock.unlock()
    except UserFacingError as error:
        print(f"repairplanner: {error.message}", file=sys.stderr)
        return error.exit_code
    print(
        f"Wrote a demo couple with {summary.weeks} weeks, {summary.sessions} sessions and "
        f"{summary.reflections} reflections to {paths.data_dir}."
    )
    return 0


def _one_line(verb: Callable[[AppPaths, argparse.Namespace], str], paths: AppPaths, args: argparse.Namespace) -> int:
    """Run a verb; print what it says, or its refusal as one line on stderr with exit code 2."""
    try:
        message = verb(paths, args)
    except UserFacingError as error:
        print(f"repairplanner: {' '.join(error.message.split())}", file=sys.stderr)
        return error.exit_code
    print(message)
    return 0


def _restore(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.core.backups import describe_copy

    backups = build_data_services(paths, clock=Clock())[0]
    if args.file is None:
        copies = backups.list_copies()
        if not copies:
            return f"No backups yet in {paths.backups_dir}."
        return "\n".join(f"{c.name}\n    {describe_copy(c)}" for c in copies)
    if args.list:
        raise _ArgumentError("give either --list or a FILE to restore, not both")
    if not paths.data_dir.is_dir():
        raise _ArgumentError(f"no plan here yet: {paths.data_dir} does not exist (see --data-dir)")
    copy = backups.find(args.file)
    from repairplanner.lock import take_lock

    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        result = backups.restore(copy)
    finally:
        lock.unlock()
    aside = (
        f" The plan that was in use is kept as {result.set_aside.name}; restore it the same way to undo."
        if result.set_aside is not None
        else ""
    )
    return f"Restored {copy.name}.{aside}"


def _export_all(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.db.preflight import inspect_database

    target = _writable_target(args.output, paths)
    no_plan = _ArgumentError(f"no plan here yet: {paths.data_dir} holds no RepairPlanner plan (see --data-dir)")
    if not paths.data_dir.is_dir():
        raise no_plan
    state = inspect_database(paths.database, paths.marker, paths.backups_dir)  # a damaged file is refused here
    if not state.exists:
        raise no_plan
    written = build_data_services(paths, clock=Clock())[1].export_all(target)
    return (
        f"Wrote the whole plan ({_plural(written.weeks, 'week')}, {_plural(written.sessions, 'session')}, "
        f"{_sealed(written.private_notes)}) to {target}."
    )


def _import(paths: AppPaths, args: argparse.Namespace) -> str:
    from repairplanner.app import build_data_services
    from repairplanner.lock import take_lock
    from repairplanner.paths import ensure_private_dir, tighten_permissions
    from repairplanner.services.transfer import ImportRefusedError

    source = Path(args.file).expanduser()
    replace = args.replace >= 2 or (args.replace == 1 and args.yes)
    if args.replace == 1 and not args.yes:
        raise _ArgumentError("replacing a plan must be confirmed: give --replace twice, or --replace --yes")
    transfer = build_data_services(paths, clock=Clock())[1]
    transfer.read(source)  # a damaged or foreign file is refused before the data folder is even created
    ensure_private_dir(paths.data_dir)
    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        tighten_permissions(paths)
        if transfer.has_plan() and not replace:
            raise ImportRefusedError(
                f"{paths.data_dir} already holds a plan, so nothing was imported. To replace it (a backup is made "
                "first and the plan is kept aside), give --replace twice, or --replace --yes."
            )
        loaded = transfer.import_file(source, replace=replace)
    finally:
        lock.unlock()
    backup = f" The plan that was here is backed up as {loaded.backup.name}." if loaded.backup else ""
    return (
        f"Imported {_plural(loaded.weeks, 'week')}, {_plural(loaded.sessions, 'session')} and "
        f"{_sealed(loaded.private_notes)} into {paths.data_dir}.{backup}"
    )


def _sealed(count: int) -> str:
    return "no private notes" if count == 0 else f"{_plural(count, 'private note')}, still sealed"


# --- exports ---------------------------------------------------------------------------------------------------------


class _ArgumentError(UserFacingError):
    """An argument that parsed but cannot be used, or a data folder without a plan."""


@dataclass(frozen=True, slots=True)
class _Export:
    """A checked export request: where to write, and which week or range."""

    target: Path
    start: dt.date
    end: dt.date


def _export(paths: AppPaths, args: argparse.Namespace) -> int:
    """Run an export verb: arguments first, then the plan, then Qt; every refusal is one line and exit code 2."""

    clock = Clock()
    try:
        request = _check_request(args, paths)
        services = _open_plan(paths, clock)
        app = _start_qt()  # held until the file is written
        message = _EXPORTERS[args.command](services, args, request)
        del app
    except UserFacingError as error:
        print(f"repairplanner: {' '.join(error.message.split())}", file=sys.stderr)
        return error.exit_code
    print(message)
    return 0


def _check_request(args: argparse.Namespace, paths: AppPaths) -> _Export:
    from repairplanner.core.dates import week_for_label
    from repairplanner.core.weeks import MONDAY

    if args.command == "export-summary":
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if end < start:
            raise _ArgumentError(f"the range is backwards: --to {end.isoformat()} is before --from {start.isoformat()}")
        if (end - start).days > MAX_SUMMARY_YEARS * 366:
            raise _ArgumentError(f"the range is longer than {MAX_SUMMARY_YEARS} years; choose a shorter one")
    else:
        try:
            start = week_for_label(args.week, MONDAY)  # checked now; the couple's first weekday is known later
        except ValueError as error:
            raise _ArgumentError(str(error)) from None
        _check_year(start, f"--week '{args.week}'")
        end = start + dt.timedelta(days=6)
    return _Export(_writable_target(args.output, paths), start, end)


def _date(text: str, option: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise _ArgumentError(f"{option} '{text}' is not a date; write it like 2026-11-23") from None
    _check_year(day, f"{option} '{text}'")
    return day


def _check_year(day: dt.date, what: str) -> None:
    # Far-off years only make date arithmetic overflow; no plan reaches them.
    if not YEARS.start <= day.year < YEARS.stop:
        raise _ArgumentError(f"{what} is out of range; choose a year from {YEARS.start} to {YEARS.stop - 1}")


def _writable_target(text: str, paths: AppPaths) -> Path:
    """The absolute output path, once its folder is known to exist and take a new file."""
    try:
        return _checked_target(text, paths)
    except OSError as error:  # a name the system cannot even look up (too long, invalid bytes)
        reason = "the file name is too long" if error.errno == errno.ENAMETOOLONG else error.strerror or str(error)
        raise _ArgumentError(f"cannot write {_short(text)}: {reason}") from None
    except ValueError as error:  # an embedded NUL
        raise _ArgumentError(f"cannot write {_short(text)}: {error}") from None


def _short(text: str, limit: int = 80) -> str:
    """A path shortened for a one-line message."""
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"


def _checked_target(text: str, paths: AppPaths) -> Path:
    target = Path(text).expanduser().absolute()
    folder = target.parent
    database = paths.database
    own = (database, database.with_name(f"{database.name}-wal"), database.with_name(f"{database.name}-shm"))
    if os.path.realpath(target) in {os.path.realpath(p) for p in (*own, paths.marker, paths.lock_file)}:
        raise _ArgumentError(f"cannot write {target}: it is one of RepairPlanner's own data files")
    if not folder.is_dir():
        raise _ArgumentError(f"cannot write {_short(str(target))}: the folder does not exist")
    if len(os.fsencode(target.name)) > _name_max(folder):
        raise _ArgumentError(f"cannot write {_short(str(target))}: the file name is too long")
    if target.is_dir():
        raise _ArgumentError(f"cannot write {target}: it is a folder")
    if target.exists() and not target.is_file():
        raise _ArgumentError(f"cannot write {target}: it is a device or another special file, not a file")
    try:
        # A real write is the only reliable test (permissions, read-only mounts, ACLs); this file leaves no trace.
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        reason = "the disk is full" if error.errno == errno.ENOSPC else error.strerror or error
        raise _ArgumentError(f"cannot write {target}: {reason}") from None
    return target


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        return 255


def _open_plan(paths: AppPaths, clock: Clock) -> Services:
    """The plan's services (built by app.py, as for the window), opened without creating a database and without
    the single-copy lock."""
    # An open window holds the lock; an export only reads (and notes the calendar id), so it must not be blocked.
    from repairplanner.app import build_services
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.db.preflight import inspect_database
    from repairplanner.db.startup import prepare_storage
    from repairplanner.paths import ensure_private_dir, resources_dir

    no_plan = _ArgumentError(f"no plan here yet: {paths.data_dir} holds no RepairPlanner plan (see --data-dir)")
    if not paths.data_dir.is_dir():
        raise no_plan
    if not inspect_database(paths.database, paths.marker, paths.backups_dir).exists:
        raise no_plan
    ensure_private_dir(paths.data_dir)
    storage = prepare_storage(paths, resources_dir() / "exercises", clock=clock)
    services = build_services(make_sessions(make_engine(storage.database)), clock=clock)
    if storage.library_to_sync is not None:
        services.library.sync_builtins(storage.library_to_sync)
    if services.couple.get() is None:
        raise _ArgumentError(f"no plan here yet: the setup in {paths.data_dir} was never finished")
    return services


def _start_qt() -> object:
    """A QGuiApplication for fonts and painting, offscreen when there is no display; no window ever opens."""
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless and "QT_QPA_PLATFORM" not in os.environ and sys.platform not in ("win32", "darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    def quiet(kind: QtMsgType, _context: object, message: str) -> None:
        # Qt's chatter (font and platform warnings) would break the promise of one line on stderr.
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(f"repairplanner: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def _options(args: argparse.Namespace, *, cards: bool = False) -> PrintOptions:
    from repairplanner.core.print_options import PrintOptions

    return PrintOptions(
        paper=args.paper or _locale_paper(),
        initials_only=args.initials,
        exercise_cards=cards,
        discreet_title=not args.named_title,
    )


def _locale_paper() -> Paper:
    from repairplanner.printing.pdf import locale_paper

    return locale_paper()


def _export_pdf(services: Services, args: argparse.Namespace, request: _Export) -> str:
    from repairplanner.exports import week_pdf

    options = _options(args, cards=args.cards)
    start = _couple_week(services, args.week)
    written = week_pdf(services.printing, start, options, request.target)
    return (
        f"Wrote the week of {range_text(start, start + dt.timedelta(days=6))} ({_plural(written.items, 'session')}, "
        f"{_plural(written.pages, 'page')}, {options.paper.value}) to {request.target}."
    )


def _export_summary(services: Services, args: argparse.Namespace, request: _Export) -> str:
    from repairplanner.exports import summary_pdf

    options = _options(args)
    written = summary_pdf(services.summaries, request.start, request.end, options, request.target)
    return (
        f"Wrote the summary of {range_text(request.start, request.end)} ({_plural(written.items, 'week')}, "
        f"{_plural(written.pages, 'page')}, {options.paper.value}) to {request.target}."
    )


def _export_ics(services: Services, args: argparse.Namespace, request: _Export) -> str:
    from repairplanner.exports import week_ics

    start = _couple_week(services, args.week)
    written = week_ics(services.calendar, start, request.target, neutral=not args.titles)
    events = _plural(written.items, "event")
    return f"Wrote {events} for the week of {range_text(start, start + dt.timedelta(days=6))} to {request.target}."


def _couple_week(services: Services, label: str) -> dt.date:
    """The first day of the couple's week labelled `label`, as the app numbers it."""
    from repairplanner.core.dates import week_for_label

    couple = services.couple.get()
    assert couple is not None  # _open_plan refuses a plan without a couple
    return week_for_label(label, couple.week_start)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


_EXPORTERS = {"export-pdf": _export_pdf, "export-summary": _export_summary, "export-ics": _export_ics}


if __name__ == "__main__":
    sys.exit(main())
