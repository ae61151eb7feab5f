"""What "Report a problem" shows: the app's version, its surroundings and the last error's kind, nothing private.

No name, note, title, stop signal or anything else the couple typed can reach these details: they are made only
from version numbers, the system's own names, the language code, the log's folder (with the home folder shortened
to "~", as a user name may be a real name) and an error's class, never its message.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from repairplanner import APP_NAME, __version__
from repairplanner.core.i18n import current_language, translate

if TYPE_CHECKING:
    from repairplanner.logging_setup import DiagnosticLog

# Where problems are reported: pyproject.toml's Project-URLs "Issues" (tests/ui/help keeps the two the same).
BUG_TRACKER = "https://github.com/repairplanner/repairplanner/issues"


@dataclass(frozen=True, slots=True)
class ProblemDetails:
    """Labelled lines to copy into a report, and the log's folder when the diagnostic log is on."""

    rows: tuple[tuple[str, str], ...]
    log_folder: str = ""

    def text(self) -> str:
        """The lines as they are copied: 'Label: value', one per line."""
        return "\n".join(f"{label}: {value}" for label, value in self.rows)


def shown_path(path: Path, home: Path | None = None) -> str:
    """`path` with the home folder written as '~' (a user name can be a person's name)."""
    try:
        inside = path.relative_to(home or Path.home())
    except ValueError:
        return str(path)
    return str(Path("~") / inside)


def problem_details(diagnostics: DiagnosticLog | None, last_error: str) -> ProblemDetails:
    """The details of this run, for a problem report."""
    import platform  # here, not at start-up: the window records errors from its first paint, reports them later

    import PySide6
    from PySide6.QtCore import QLocale, QSysInfo, qVersion
    from PySide6.QtGui import QGuiApplication

    version = __version__
    if getattr(sys, "frozen", False):
        version = translate("ProblemDetails", "{version} (the download for this system)").format(version=version)
    system = translate("ProblemDetails", "{name} ({kernel} {release}, {architecture})").format(
        name=QSysInfo.prettyProductName(),
        kernel=QSysInfo.kernelType(),
        release=QSysInfo.kernelVersion(),
        architecture=QSysInfo.currentCpuArchitecture(),
    )
    language = translate("ProblemDetails", "{language} (system: {system})").format(
        language=current_language(), system=QLocale.system().name()
    )
    folder = shown_path(diagnostics.folder) if diagnostics is not None and diagnostics.active else ""
    log = (
        translate("ProblemDetails", "on, in {folder}").format(folder=folder)
        if folder
        else translate("ProblemDetails", "off")
    )
    rows = (
        (APP_NAME, version),
        (translate("ProblemDetails", "Operating system"), system),
        (translate("ProblemDetails", "Window system"), QGuiApplication.platformName()),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        (translate("ProblemDetails", "Interface language"), language),
        (translate("ProblemDetails", "Diagnostic log"), log),
        (
            translate("ProblemDetails", "Last error"),
            last_error or translate("ProblemDetails", "none since the app started"),
        ),
    )
    return ProblemDetails(rows, folder)
