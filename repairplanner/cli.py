"""The command line: `repairplanner` starts the app; verbs run the same services for scripting."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from repairplanner import APP_NAME, __version__

if TYPE_CHECKING:
    from repairplanner.paths import AppPaths


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every verb."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep the plan in DIR instead of the usual place (also $REPAIRPLANNER_DATA_DIR)",
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
    return parser


def _years(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of years") from None
    if not 0 < value <= 20:
        raise argparse.ArgumentTypeError("choose between 0 and 20 years")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run; return the process exit code."""
    args = build_parser().parse_args(argv)
    # Every file and folder the app creates is private to this user account.
    os.umask(0o077)
    from repairplanner.paths import resolve_paths

    paths = resolve_paths(getattr(args, "data_dir", None))
    if args.command == "demo":
        return _demo(paths, args.years)
    from repairplanner.app import run_gui

    return run_gui(paths, startup_probe=args.startup_probe)


def _demo(paths: AppPaths, years: float) -> int:
    from repairplanner.app import open_database, open_storage
    from repairplanner.core.errors import UserFacingError
    from repairplanner.services.demo import generate_demo
    from repairplanner.services.library import LibraryService

    try:
        lock, storage = open_storage(paths)
        try:
            sessions = open_database(storage)
            summary = generate_demo(sessions, LibraryService(sessions).list_exercises(), years=years)
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


if __name__ == "__main__":
    sys.exit(main())
