"""The composition root: paths → storage (checked, migrated) → window → services, in that order."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QSettings, QTimer, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from repairplanner import APP_ID, APP_NAME
from repairplanner.core.clock import Clock
from repairplanner.core.errors import StartupError, UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.opening import OpeningWeek
from repairplanner.db.startup import PreparedStorage, finish_storage, prepare_storage
from repairplanner.lock import take_lock
from repairplanner.logging_setup import DiagnosticLog, log_error, logger
from repairplanner.paths import AppPaths, ensure_private_dir, resources_dir, tighten_permissions
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.language import chosen_language, install_language
from repairplanner.ui.shell.main_window import WEEK_PAGE, MainWindow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from repairplanner.services.backups import BackupService
    from repairplanner.services.bundle import Services
    from repairplanner.services.transfer import TransferService
    from repairplanner.ui.help.last_error import LastError

HEADLESS_PLATFORMS = {"offscreen", "minimal"}


@dataclass(slots=True)
class StartedApp:
    """A window on screen and the lock that keeps a second copy away from the same data."""

    window: MainWindow
    lock: QLockFile
    storage: PreparedStorage

    def release(self) -> None:
        self.lock.unlock()


def ensure_qt_application() -> QApplication:
    """The QApplication, created once with the app's identity."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / f"{APP_ID}.svg")))
    return app


def open_storage(
    paths: AppPaths, library_dir: Path | None = None, *, clock: Clock, check_pages_later: bool = False
) -> tuple[QLockFile, PreparedStorage]:
    """Make the data folder private, take the single-copy lock, then check and migrate the database (with
    `check_pages_later`, `finish_storage` must follow before anything writes: see `prepare_storage`)."""
    ensure_private_dir(paths.data_dir)
    lock = take_lock(paths.lock_file, paths.data_dir)
    try:
        tighten_permissions(paths)
        storage = prepare_storage(
            paths, library_dir or resources_dir() / "exercises", clock=clock, check_pages_later=check_pages_later
        )
    except BaseException as error:
        lock.unlock()
        logger().warning("could not open the data: %s", type(error).__name__)
        raise
    logger().info("data opened%s", " after updating its layout (backup made)" if storage.backup else "")
    return lock, storage


def open_database(storage: PreparedStorage, *, clock: Clock) -> sessionmaker[Session]:
    """Open the database (this is where SQLAlchemy is first imported) and bring its library copy up to date."""
    from repairplanner.db.engine import make_engine, make_sessions
    from repairplanner.services.library import LibraryService

    sessions = make_sessions(make_engine(storage.database))
    if storage.library_to_sync is not None:
        LibraryService(sessions, clock=clock).sync_builtins(storage.library_to_sync)
    return sessions


def build_services(sessions: sessionmaker[Session], *, clock: Clock, paths: AppPaths | None = None) -> Services:
    """Every service the window needs, over one session factory and one clock (backups only with the paths)."""
    from repairplanner.services.backups import BackupService
    from repairplanner.services.bundle import Services
    from repairplanner.services.calendar import CalendarService
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.guide import GuideService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.lock import LockService
    from repairplanner.services.plan import PlanService
    from repairplanner.services.print_data import PrintService
    from repairplanner.services.progress import ProgressService
    from repairplanner.services.sessions import SessionService
    from repairplanner.services.summary_data import SummaryService
    from repairplanner.services.thresholds import ThresholdService
    from repairplanner.services.transfer import TransferService

    library = LibraryService(sessions, clock=clock)
    couple = CoupleService(sessions)
    plan = PlanService(sessions, clock=clock)
    life = SessionService(sessions, clock=clock)
    progress = ProgressService(sessions, clock=clock)
    backups = BackupService(paths, sessions, clock=clock, library=library) if paths is not None else None
    return Services(
        library=library,
        couple=couple,
        plan=plan,
        sessions=life,
        progress=progress,
        printing=PrintService(sessions, couples=couple, plan=plan, life=life, library=library),
        summaries=SummaryService(sessions, couples=couple, progress=progress),
        calendar=CalendarService(sessions, clock=clock, plan=plan, library=library, life=life),
        guide=GuideService(sessions, resources_dir() / "guide"),
        backups=backups,
        transfer=TransferService(
            paths, sessions, backups, clock=clock, open_services=partial(build_services, clock=clock)
        )
        if paths is not None and backups
        else None,
        lock=LockService(sessions),
        thresholds=ThresholdService(sessions),
    )


def build_data_services(paths: AppPaths, *, clock: Clock) -> tuple[BackupService, TransferService]:
    """Backups and export/import of a data folder whose plan is closed: the CLI's restore, export-all and import."""
    from repairplanner.services.backups import BackupService
    from repairplanner.services.transfer import TransferService

    backups = BackupService(paths, clock=clock)
    return backups, TransferService(
        paths, None, backups, clock=clock, open_services=partial(build_services, clock=clock)
    )


def start(
    paths: AppPaths, dialogs: DialogService, *, clock: Clock | None = None, library_dir: Path | None = None
) -> StartedApp:
    """Open storage and show the main window; services attach right after its first paint.

    `clock` is the machine's clock unless a test pins one; every service and widget reads the time from it.
    """
    clock = clock or Clock()
    ensure_qt_application()
    # SQLite checks the file's pages on a thread of its own while the window is built; the check's verdict is
    # taken before the window shows, so a damaged file is still refused before anything appears or is written.
    lock, storage = open_storage(paths, library_dir, clock=clock, check_pages_later=True)
    try:
        window, events = _build_window(paths, storage, dialogs, clock)
    except BaseException:
        lock.unlock()
        raise
    # What the log follows is connected once the window is painted (nothing before that is logged but the paint).
    window.first_painted.connect(lambda: QTimer.singleShot(0, window, lambda: _log_window(window, events)))

    def attach_services() -> None:
        try:
            if not window.attach(build_services(open_database(storage, clock=clock), clock=clock, paths=paths)):
                window.close()  # the couple left the first-run setup; nothing was saved
        except UserFacingError as error:
            dialogs.error(window, APP_NAME, error.message)
            window.close()

    # Importing SQLAlchemy costs more than showing the window, so the window (with the week) is painted first.
    window.first_painted.connect(lambda: QTimer.singleShot(0, attach_services))
    window.show()
    return StartedApp(window, lock, storage)


def _build_window(
    paths: AppPaths, storage: PreparedStorage, dialogs: DialogService, clock: Clock
) -> tuple[MainWindow, AppEvents]:
    """The main window with the week it opens on, not yet shown; the storage's owed checks are done by then."""
    paths.config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    events = AppEvents()
    window = MainWindow(events, dialogs, settings, clock)
    opening = read_opening(storage, clock) if window.page_list.currentRow() == WEEK_PAGE else None
    if opening is not None:
        window.show_opening(opening)  # the real week in the first paint; its controls wait for the services
    try:
        finish_storage(storage)
    except BaseException:
        window.deleteLater()
        raise
    return window, events


def read_opening(storage: PreparedStorage, clock: Clock) -> OpeningWeek | None:
    """The week to paint first, read with the standard sqlite3 driver; None when the services must come first (no
    couple yet, a library to bring up to date) or the quick reading fails (the services then say what is wrong)."""
    if storage.library_to_sync is not None:
        return None
    from repairplanner.services.opening_week import read_opening_week

    try:
        return read_opening_week(storage.database, clock)
    except Exception as error:  # a damaged file can fail in any way: the page check, taken next, says how
        logger().warning("the opening week was not read ahead: %s", type(error).__name__)
        return None


def report_startup_error(error: StartupError, dialogs: DialogService | None) -> int:
    """Tell the person what went wrong: on stderr always, and in a dialog when there is a screen."""
    print(f"repairplanner: {error.message}", file=sys.stderr)
    if dialogs is not None and QGuiApplication.platformName() not in HEADLESS_PLATFORMS:
        dialogs.error(None, APP_NAME, error.message)
    return error.exit_code


def run_gui(paths: AppPaths, *, startup_probe: bool = False, diagnostics: DiagnosticLog | None = None) -> int:
    """Start the desktop app and run it until the window closes; return the exit code."""
    app = ensure_qt_application()
    language = install_language(app, chosen_language(paths.settings_file))
    logger().info("Qt %s, %s platform, language %s", qVersion(), QGuiApplication.platformName(), language.code)
    dialogs = DialogService(diagnostics, paths.settings_file)
    try:
        started = start(paths, dialogs)
    except StartupError as error:
        return report_startup_error(error, dialogs)
    if startup_probe:
        _install_startup_probe(started.window)
    previous_hook = sys.excepthook
    sys.excepthook = make_error_hook(dialogs, started.window, started.window.last_error)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        from repairplanner.db.wal import finish_pending

        finish_pending(paths.database)  # an old note's text held in the WAL by a reader: the next chance is now
        started.release()


# Context "App": marked here, translated in `error_message`.
DISK_FULL = QT_TRANSLATE_NOOP(
    "App",
    "The disk is full, so your last change could not be saved. Everything saved before it is safe. "
    "Free some space, then try again.",
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "App",
    "Something went wrong, and your last change may not have been saved. Everything saved before it is safe. "
    "If it happens again, please report it with this detail: {detail}",
)


def error_message(error: BaseException) -> str:
    """What to tell the couple about an error nobody expected: kind, plain, and nothing private."""
    if isinstance(error, UserFacingError):
        return error.message
    text = str(error).lower()
    if "disk is full" in text or "no space left" in text or getattr(error, "errno", None) == 28:  # ENOSPC
        return translate("App", DISK_FULL)
    return translate("App", UNEXPECTED).format(detail=type(error).__name__)


def make_error_hook(
    dialogs: DialogService, window: QWidget, last_error: LastError | None = None
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """An excepthook that keeps the app running and says what happened, instead of a silent traceback; the error's
    kind (never its message) is kept in `last_error` for Help › Report a problem."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        sys.__excepthook__(kind, error, trace)
        log_error(kind, error, trace)
        if last_error is not None:
            last_error.record(kind)
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        dialogs.error(window, APP_NAME, error_message(error))

    return hook


def _log_window(window: MainWindow, events: AppEvents) -> None:
    """From the first paint on, note in the diagnostic log (when it runs) what happens: signal and page names only,
    never content."""
    log = logger()
    log.info("window painted")
    window.services_attached.connect(lambda: log.info("services attached"))
    window.page_list.currentRowChanged.connect(lambda row: log.info("page %d shown", row + 1))
    window.destroyed.connect(lambda: log.info("window closed"))
    meta = events.metaObject()
    for index in range(meta.methodOffset(), meta.methodCount()):
        method = meta.method(index)
        if method.methodType() == method.MethodType.Signal:
            name = bytes(method.name().data()).decode()
            getattr(events, name).connect(lambda *_args, name=name: log.info("event %s", name))


def _install_startup_probe(window: MainWindow) -> None:
    """For benchmarks/startup.py: report three moments with the peak memory at each, then quit.

    `first_paint`: the window is painted and on screen. `week_painted`: the first paint that shows the couple's
    real week (its sessions and consent boxes). `ready`: the services are attached and the loop is free again, so
    every control responds. With $REPAIRPLANNER_PROBE_SHOT set to a file name, the window is grabbed into it at
    `week_painted`, showing what was painted then.
    """
    shot = os.environ.get("REPAIRPLANNER_PROBE_SHOT")
    reported: set[str] = set()

    def report(stage: str) -> None:
        if stage not in reported:
            reported.add(stage)
            print(f"{stage} {time.time():.6f} {peak_memory_kib()}", file=sys.stderr, flush=True)

    def decline_modal() -> None:
        # A first run opens the setup wizard; the probe names it and leaves it, as a couple cancelling would.
        modal = QApplication.activeModalWidget()
        if modal is not None:
            print(f"modal {type(modal).__name__}", file=sys.stderr, flush=True)
            modal.close()

    def week_painted() -> None:
        if "week_painted" not in reported:
            report("week_painted")
            if shot:
                window.grab().save(shot)

    def painted() -> None:
        report("first_paint")
        if window.week_page.shows_week():
            week_painted()

    watcher = QTimer(window, interval=50)
    watcher.timeout.connect(decline_modal)
    watcher.start()
    window.first_painted.connect(painted)

    def ready() -> None:
        week_painted()  # when the first paint was an empty window, the week is painted with the services
        report("ready")
        QTimer.singleShot(0, window.close)

    window.services_attached.connect(lambda: QTimer.singleShot(0, ready))


def peak_memory_kib() -> int:
    """The process's peak resident memory so far, in KiB (VmHWM; the rusage maximum where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
