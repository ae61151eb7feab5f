"""The command line: `repairplanner` starts the app; verbs run the same services for scripting."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from repairplanner import APP_NAME, __version__
from repairplanner.core.i18n import translate

if TYPE_CHECKING:
    from repairplanner.core.print_options import Paper
    from repairplanner.paths import AppPaths

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
        usage="%(prog)s --week WEEK -o FILE [--titles] [--remind MINUTES]",
        help="write a week's sessions as calendar events (.ics)",
        description="Write the week's sessions as calendar events. Importing the file again later updates the "
        "events instead of adding them twice. Events say only 'Time together' or 'Talk together' unless you ask "
        "for the exercise titles.",
    )
    _week_option(ics)
    _output_option(ics, "the calendar file to write, e.g. week.ics")
    ics.add_argument("--titles", action="store_true", help="name each event after its exercise, with its summary")
    ics.add_argument(
        "--remind",
        type=_minutes_before,
        default=0,
        metavar="MINUTES",
        help="add a quiet reminder this many minutes before each timed session (none unless asked)",
    )


def _minutes_before(text: str) -> int:
    try:
        minutes = int(text)
    except ValueError:
        minutes = -1
    if not 0 <= minutes <= 24 * 60:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of minutes from 0 to 1440")
    return minutes


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
        message = translate("Cli", "'{text}' is not a number of years").format(text=text)
        raise argparse.ArgumentTypeError(message) from None
    if not 0 < value <= 20:
        raise argparse.ArgumentTypeError(translate("Cli", "choose between 0 and 20 years"))
    return value


def _paper(text: str) -> Paper:
    from repairplanner.core.print_options import Paper

    for paper in Paper:
        if paper.value.casefold() == text.strip().casefold():
            return paper
    raise argparse.ArgumentTypeError(
        translate("Cli", "'{text}' is not a paper size; choose A4 or Letter").format(text=text)
    )


def plain_start(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (no command; only --data-dir DIR, --debug), read without building
    the parser: what it would give, or None for anything else, which the parser reads (start-up time: building the
    parser costs more than a tenth of the window's own start). tests/test_cli.py holds the two equal."""
    found: dict[str, object] = {"command": None, "startup_probe": False}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg == "--debug":
            found["debug"] = True
        elif arg == "--startup-probe":
            found["startup_probe"] = True
        elif arg == "--data-dir" and rest and not rest[0].startswith("-"):
            found["data_dir"] = rest.pop(0)
        elif arg.startswith("--data-dir=") and not arg.removeprefix("--data-dir=").startswith("-"):
            found["data_dir"] = arg.removeprefix("--data-dir=")
        else:
            return None
    return argparse.Namespace(**found)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run; return the process exit code."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = plain_start(arguments) or build_parser().parse_args(arguments)
    # Every file and folder the app creates is private to this user account.
    os.umask(0o077)
    from repairplanner.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None))
    from repairplanner.logging_setup import DiagnosticLog, logger

    diagnostics = DiagnosticLog.for_paths(paths)
    diagnostics.start_if_wanted(debug=getattr(args, "debug", False))
    code = _run_verb(paths, args) if args.command is not None else None  # the verbs' modules load only for a verb
    if code is not None:
        logger().info("command %s ended with exit code %d", args.command, code)
        return code
    from repairplanner.ui.shared.qt_imports import read_sources_as_bytes

    read_sources_as_bytes()  # before the app's modules and SQLAlchemy are imported
    from repairplanner.app import run_gui

    return run_gui(paths, startup_probe=args.startup_probe, diagnostics=diagnostics)


def _run_verb(paths: AppPaths, args: argparse.Namespace) -> int | None:
    """Run the verb asked for and return its exit code; None when there is no verb (the app starts)."""
    from repairplanner.commands import data
    from repairplanner.commands.common import one_line
    from repairplanner.commands.demo import run_demo
    from repairplanner.commands.exports import EXPORT_VERBS, run_export

    verbs = {"restore": data.restore, "export-all": data.export_all, "import": data.import_plan}
    if args.command == "demo":
        return run_demo(paths, args.years)
    if args.command in EXPORT_VERBS:
        return run_export(paths, args)
    if args.command in verbs:
        return one_line(verbs[args.command], paths, args)
    return None


if __name__ == "__main__":
    sys.exit(main())
