"""The command line: `repairplanner` starts the app; verbs for scripting come later over the same services."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from repairplanner import APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every verb."""
    parser = argparse.ArgumentParser(
        prog="repairplanner",
        description=f"{APP_NAME}: plan a gentle, graded week of time together.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the plan in DIR instead of the usual place (also $REPAIRPLANNER_DATA_DIR)",
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line and run; return the process exit code."""
    args = build_parser().parse_args(argv)
    # Every file and folder the app creates is private to this user account.
    os.umask(0o077)
    from repairplanner.app import run_gui
    from repairplanner.paths import resolve_paths

    return run_gui(resolve_paths(args.data_dir), startup_probe=args.startup_probe)


if __name__ == "__main__":
    sys.exit(main())
