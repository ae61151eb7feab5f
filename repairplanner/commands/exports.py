"""export-pdf, export-summary and export-ics: the request checked, the plan opened, Qt started, the file written."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner.commands.common import (
    ArgumentError,
    events_text,
    no_plan_error,
    pages_text,
    refuse,
    sessions_text,
    weeks_text,
    writable_target,
)
from repairplanner.core.clock import Clock
from repairplanner.core.dates import range_text
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate

if TYPE_CHECKING:
    from repairplanner.core.print_options import Paper, PrintOptions
    from repairplanner.paths import AppPaths
    from repairplanner.services.bundle import Services

EXPORT_VERBS = ("export-pdf", "export-summary", "export-ics")
MAX_SUMMARY_YEARS = 25
YEARS = range(1900, 3000)


@dataclass(frozen=True, slots=True)
class _Export:
    """A checked export request: where to write, and which week or range."""

    target: Path
    start: dt.date
    end: dt.date


def run_export(paths: AppPaths, args: argparse.Namespace) -> int:
    """Run an export verb: arguments first, then the plan, then Qt; every refusal is one line and exit code 2."""

    clock = Clock()
    try:
        request = _check_request(args, paths)
        app = _start_qt()  # held until the file is written
        _use_language(app, paths)
        services = _open_plan(paths, clock)
        message = _EXPORTERS[args.command](services, args, request)
        del app
    except UserFacingError as error:
        return refuse(error)
    print(message)
    return 0


def _check_request(args: argparse.Namespace, paths: AppPaths) -> _Export:
    from repairplanner.core.dates import week_for_label
    from repairplanner.core.weeks import MONDAY

    if args.command == "export-summary":
        start, end = _date(args.start, "--from"), _date(args.end, "--to")
        if end < start:
            message = translate("Commands", "the range is backwards: --to {end} is before --from {start}")
            raise ArgumentError(message.format(end=end.isoformat(), start=start.isoformat()))
        if (end - start).days > MAX_SUMMARY_YEARS * 366:
            message = translate("Commands", "the range is longer than {count} years; choose a shorter one")
            raise ArgumentError(message.format(count=MAX_SUMMARY_YEARS))
    else:
        try:
            start = week_for_label(args.week, MONDAY)  # checked now; the couple's first weekday is known later
        except ValueError as error:
            raise ArgumentError(str(error)) from None
        _check_year(start, f"--week '{args.week}'")
        end = start + dt.timedelta(days=6)
    return _Export(writable_target(args.output, paths), start, end)


def _date(text: str, option: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        message = translate("Commands", "{option} '{text}' is not a date; write it like 2026-11-23")
        raise ArgumentError(message.format(option=option, text=text)) from None
    _check_year(day, f"{option} '{text}'")
    return day


def _check_year(day: dt.date, what: str) -> None:
    # Far-off years only make date arithmetic overflow; no plan reaches them.
    if not YEARS.start <= day.year < YEARS.stop:
        message = translate("Commands", "{what} is out of range; choose a year from {first} to {last}")
        raise ArgumentError(message.format(what=what, first=YEARS.start, last=YEARS.stop - 1))


def _open_plan(paths: AppPaths, clock: Clock) -> Services:
    """The plan's services (built by app.py, as for the window), opened without creating a database and without
    the single-copy lock."""
    # An open window holds the lock; an export only reads (and notes the calendar id), so it must not be blocked.
    from repairplanner.app import build_services
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.db.preflight import inspect_database
    from repairplanner.db.startup import prepare_storage
    from repairplanner.paths import ensure_private_dir, resources_dir

    no_plan = no_plan_error(paths)
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
        message = translate("Commands", "no plan here yet: the setup in {folder} was never finished")
        raise ArgumentError(message.format(folder=paths.data_dir))
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


def _use_language(app: object, paths: AppPaths) -> None:
    """Print and write the calendar in the language the couple chose in Settings (or the system's)."""
    from PySide6.QtCore import QCoreApplication

    from repairplanner.ui.shared.language import chosen_language, install_language

    if isinstance(app, QCoreApplication):
        install_language(app, chosen_language(paths.settings_file))


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
    message = translate("Commands", "Wrote the week of {dates} ({sessions}, {pages}, {paper}) to {target}.")
    return message.format(
        dates=range_text(start, start + dt.timedelta(days=6)),
        sessions=sessions_text(written.items),
        pages=pages_text(written.pages),
        paper=options.paper.value,
        target=request.target,
    )


def _export_summary(services: Services, args: argparse.Namespace, request: _Export) -> str:
    from repairplanner.exports import summary_pdf

    options = _options(args)
    written = summary_pdf(services.summaries, request.start, request.end, options, request.target)
    message = translate("Commands", "Wrote the summary of {dates} ({weeks}, {pages}, {paper}) to {target}.")
    return message.format(
        dates=range_text(request.start, request.end),
        weeks=weeks_text(written.items),
        pages=pages_text(written.pages),
        paper=options.paper.value,
        target=request.target,
    )


def _export_ics(services: Services, args: argparse.Namespace, request: _Export) -> str:
    from repairplanner.exports import week_ics

    start = _couple_week(services, args.week)
    written = week_ics(services.calendar, start, request.target, neutral=not args.titles, remind_minutes=args.remind)
    message = translate("Commands", "Wrote {events} for the week of {dates} to {target}.")
    return message.format(
        events=events_text(written.items), dates=range_text(start, start + dt.timedelta(days=6)), target=request.target
    )


def _couple_week(services: Services, label: str) -> dt.date:
    """The first day of the couple's week labelled `label`, as the app numbers it."""
    from repairplanner.core.dates import week_for_label

    couple = services.couple.get()
    assert couple is not None  # _open_plan refuses a plan without a couple
    return week_for_label(label, couple.week_start)


_EXPORTERS = {"export-pdf": _export_pdf, "export-summary": _export_summary, "export-ics": _export_ics}
