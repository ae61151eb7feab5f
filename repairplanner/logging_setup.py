"""The diagnostic log: opt-in, rotating, on this computer only, and private by design.

It records what the app did (started, opened the data, a page shown, a plan changed, an export written) and the
kind and place of any error. It never records names, notes, titles, paths or any other text the couple typed:
every message is written here or in app.py/cli.py from fixed words and numbers, and an error is logged by its
type and the code lines it passed through, never by its message (which may quote what someone typed).
tests/test_logging_setup.py runs the app with a canary string in every text field and looks for it in the log.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from repairplanner import APP_ID, __version__
from repairplanner.paths import PRIVATE_DIR_MODE, AppPaths

LOGGER = "repairplanner"
LOG_FILE = "repairplanner.log"
MAX_BYTES = 256 * 1024
BACKUP_COUNT = 3  # repairplanner.log.1 .. .3: about a megabyte at most
SWITCH_FILE = "diagnostic-log-on"
FORMAT = "%(asctime)s %(levelname)s %(message)s"


def log_dir(paths: AppPaths) -> Path:
    """The platform's log folder; with --data-dir (or its variable) a `logs` folder beside the data."""
    if paths.config_dir == paths.data_dir / "config":
        return paths.data_dir / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def logger() -> logging.Logger:
    """The app's logger; records go nowhere until a DiagnosticLog starts (not even to stderr)."""
    log = logging.getLogger(LOGGER)
    if not log.handlers:
        log.addHandler(logging.NullHandler())
    return log


class DiagnosticLog:
    """The one log file handler: started by --debug for one run, or by the Settings switch until switched off."""

    def __init__(self, folder: Path, switch_file: Path) -> None:
        self.folder = folder
        self._switch_file = switch_file
        self._handler: logging.Handler | None = None
        self._forced = False

    @classmethod
    def for_paths(cls, paths: AppPaths) -> DiagnosticLog:
        return cls(log_dir(paths), paths.config_dir / SWITCH_FILE)

    @property
    def switched_on(self) -> bool:
        """The Settings switch: kept from one run to the next."""
        return self._switch_file.is_file()

    @property
    def active(self) -> bool:
        return self._handler is not None

    @property
    def file(self) -> Path:
        return self.folder / LOG_FILE

    def start_if_wanted(self, *, debug: bool = False) -> None:
        """Start for --debug (in detail, this run only) or when the Settings switch is on; otherwise do nothing."""
        self._forced = debug
        if debug or self.switched_on:
            self.start(logging.DEBUG if debug else logging.INFO)

    def set_switched_on(self, on: bool) -> None:
        """Flip the Settings switch and start or stop the log to match (--debug keeps it running)."""
        if on == self.switched_on:
            return
        if on:
            self._switch_file.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            self._switch_file.touch()
            self.start()
            logger().info("diagnostic log switched on in Settings")
        else:
            logger().info("diagnostic log switched off in Settings")
            self._switch_file.unlink(missing_ok=True)
            if not self._forced:
                self.stop()

    def start(self, level: int = logging.INFO) -> None:
        """Attach the rotating file handler (idempotent) and note what is running where, without personal data."""
        if self._handler is not None:
            return
        import logging.handlers  # only when a log is wanted: it pulls in socket, pickle and threading (start-up time)

        self.folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            self.file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        log = logger()
        log.addHandler(handler)
        log.setLevel(level)
        log.propagate = False  # nothing reaches the root logger, and nothing from other libraries reaches ours
        self._handler = handler
        import platform  # only when the log is on (start-up time)

        log.info(
            "started RepairPlanner %s on %s, Python %s%s",
            __version__,
            platform.platform(terse=True),
            platform.python_version(),
            " (frozen)" if getattr(sys, "frozen", False) else "",
        )

    def stop(self) -> None:
        if self._handler is None:
            return
        log = logger()
        log.removeHandler(self._handler)
        self._handler.close()
        self._handler = None
        log.setLevel(logging.NOTSET)


def describe_error(kind: type[BaseException], trace: TracebackType | None) -> str:
    """An error's type and the code it passed through (module:line in function), never its message."""
    frames = traceback.extract_tb(trace) if trace is not None else []
    places = [f"{_module_path(frame.filename)}:{frame.lineno} in {frame.name}" for frame in frames[-8:]]
    return f"{kind.__module__}.{kind.__qualname__}" + (f" at {' <- '.join(reversed(places))}" if places else "")


def log_error(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """Record an unexpected error by kind and place; its message is left out on purpose."""
    logger().error("unexpected error: %s", describe_error(kind, trace))
    cause = error.__cause__ or error.__context__
    if cause is not None:
        logger().error("  caused by: %s", describe_error(type(cause), cause.__traceback__))


def _module_path(filename: str) -> str:
    """`.../site-packages/repairplanner/app.py` -> `repairplanner/app.py`: no home folder (it may carry a name)."""
    parts = Path(filename).parts
    for anchor in ("repairplanner", "site-packages", "dist-packages"):
        if anchor in parts[:-1]:
            index = len(parts) - 1 - parts[:-1][::-1].index(anchor) - 1
            return "/".join(parts[index:] if anchor == "repairplanner" else parts[index + 1 :])
    standard = [i for i, part in enumerate(parts[:-1]) if part.startswith("python3")]
    return "/".join(parts[standard[-1] + 1 :]) if standard else Path(filename).name
