"""Help › Report a problem…: details to copy (version, system, Qt, language, the log, the last error's kind) and
nothing private: not a name, a note, a title or an error's message."""

from __future__ import annotations

import dataclasses
import platform
import sys
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QObject, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from repairplanner import __version__
from repairplanner.app import StartedApp, make_error_hook, start
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft, Track
from repairplanner.logging_setup import DiagnosticLog
from repairplanner.paths import AppPaths
from repairplanner.ui.help.last_error import LastError, error_kind
from repairplanner.ui.help.problem_details import BUG_TRACKER, ProblemDetails, problem_details, shown_path
from repairplanner.ui.help.report_dialog import ReportProblemDialog
from repairplanner.ui.library.exercise_editor import blank_exercise
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shell.main_window import MainWindow
from tests.helpers import FakeDialogs
from tests.ui.test_keyboard import dialog_clashes

ROOT = Path(__file__).resolve().parents[3]
CANARY = "Quokka7e1"


class CanaryError(RuntimeError):
    """An error a service might raise, whose message quotes what someone typed."""


@pytest.fixture
def diagnostics(tmp_path: Path) -> Iterator[DiagnosticLog]:
    log = DiagnosticLog(tmp_path / "logs", tmp_path / "config" / "log-switch")
    yield log
    log.stop()


def test_the_details_name_the_version_system_qt_language_log_and_last_error(diagnostics: DiagnosticLog) -> None:
    diagnostics.start()
    text = problem_details(diagnostics, "sqlite3.OperationalError").text()
    lines = dict(line.split(": ", 1) for line in text.splitlines())
    assert lines["RepairPlanner"] == __version__
    assert lines["Qt"] == qVersion()
    assert lines["PySide6"] == PySide6.__version__
    assert lines["Python"].startswith(platform.python_version())
    assert lines["Window system"] == QGuiApplication.platformName()
    assert lines["Interface language"].startswith("en (system: ")
    assert lines["Diagnostic log"] == f"on, in {shown_path(diagnostics.folder)}"
    assert lines["Last error"] == "sqlite3.OperationalError"
    assert lines["Operating system"]


def test_without_a_log_or_an_error_the_details_say_so() -> None:
    details = problem_details(None, "")
    lines = dict(line.split(": ", 1) for line in details.text().splitlines())
    assert lines["Diagnostic log"] == "off"
    assert lines["Last error"] == "none since the app started"
    assert details.log_folder == ""


def test_the_home_folder_is_written_as_a_tilde(tmp_path: Path) -> None:
    home = tmp_path / "maya"
    assert shown_path(home / ".local" / "state" / "log", home) == str(Path("~") / ".local" / "state" / "log")
    assert shown_path(tmp_path / "elsewhere", home) == str(tmp_path / "elsewhere")


def test_an_error_is_kept_by_its_class_only() -> None:
    last = LastError()
    last.record(CanaryError)
    assert last.kind == f"{__name__}.CanaryError"
    last.record(KeyError)
    assert last.kind == "KeyError"
    assert error_kind(OSError) == "OSError"


def test_copy_puts_the_details_on_the_clipboard(qtbot: QtBot) -> None:
    details = ProblemDetails((("RepairPlanner", __version__), ("Last error", "KeyError")))
    dialog = ReportProblemDialog(details)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"RepairPlanner: {__version__}\nLast error: KeyError"
    assert dialog.details_view.toPlainText() == QGuiApplication.clipboard().text()
    assert dialog.copied_label.text()
    assert dialog.address_label.text() == BUG_TRACKER
    assert dialog_clashes(dialog) == []
    assert "switch on the diagnostic log" in dialog.log_label.text()  # off: how to switch it on


def test_with_the_log_on_the_dialog_says_to_attach_it(qtbot: QtBot, diagnostics: DiagnosticLog) -> None:
    diagnostics.start()
    dialog = ReportProblemDialog(problem_details(diagnostics, ""))
    qtbot.addWidget(dialog)
    assert "The diagnostic log is on" in dialog.log_label.text()


def test_the_bug_tracker_is_the_one_pyproject_names() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["urls"]["Issues"] == BUG_TRACKER


def test_the_menu_entry_asks_the_dialog_service_with_the_last_error_s_kind(
    window: MainWindow, dialogs: FakeDialogs
) -> None:
    hook = make_error_hook(dialogs, window, window.help.last_error)  # type: ignore[arg-type]
    try:
        raise CanaryError(f"could not save {CANARY}")
    except CanaryError as error:
        hook(type(error), error, error.__traceback__)
    window.help.report_action.trigger()
    assert dialogs.calls[-1] == ("report_problem", (f"{__name__}.CanaryError",))


# --- the canary: nothing the couple typed, and no error message, reaches the report --------------------------------


class ScriptedSetup(DialogService):
    """The real dialog service, with the first-run setup answered and error boxes noted instead of shown."""

    def __init__(self, diagnostics: DiagnosticLog) -> None:
        super().__init__(diagnostics)
        self.errors: list[str] = []

    def setup_couple(self, parent: QWidget | None) -> CoupleSetup | None:
        del parent
        return CoupleSetup(PartnerDraft(f"Ana {CANARY}"), PartnerDraft(f"Bo{CANARY}"), f"stop {CANARY}")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        del parent, title
        self.errors.append(text)


@pytest.fixture
def canary_app(
    qtbot: QtBot, app_paths: AppPaths, clock: FixedClock, diagnostics: DiagnosticLog
) -> Iterator[tuple[StartedApp, ScriptedSetup]]:
    dialogs = ScriptedSetup(diagnostics)
    started = start(app_paths, dialogs, clock=clock)
    qtbot.addWidget(started.window)
    with qtbot.waitSignal(started.window.services_attached, timeout=10_000):
        pass
    yield started, dialogs
    started.window.close()
    started.release()


def test_nothing_private_reaches_the_report(
    canary_app: tuple[StartedApp, ScriptedSetup],
    diagnostics: DiagnosticLog,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    started, dialogs = canary_app
    window = started.window
    services = window._services
    assert services is not None
    diagnostics.start()
    # A custom exercise titled with the canary, booked with a note holding it, in a week whose intention holds it.
    mine = services.library.create_custom(
        dataclasses.replace(
            blank_exercise(Track.TALK, 1),
            title=f"Our {CANARY} talk",
            summary=f"About {CANARY}.",
            steps=(f"Say {CANARY}.",),
            agreement=f"Only {CANARY}.",
            ease_out="Stop at any time.",
            safety="Go gently.",
        )
    )
    today = clock.today()
    services.plan.add_session(SessionDraft(today, mine.id, 10, note=f"bring {CANARY}"))
    services.plan.set_intention(window.week_page.current_week(), f"{CANARY} week")
    # An unexpected error whose message quotes the canary, through the app's own error hook.
    hook = make_error_hook(dialogs, window, window.help.last_error)
    try:
        raise CanaryError(f"could not save “Our {CANARY} talk” for Ana {CANARY}")
    except CanaryError as error:
        hook(type(error), error, error.__traceback__)
    assert dialogs.errors and CANARY not in dialogs.errors[0]

    shown: list[ReportProblemDialog] = []

    def capture(dialog: QDialog) -> int:
        assert isinstance(dialog, ReportProblemDialog)
        dialog.show()
        dialog.copy_button.click()
        shown.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ReportProblemDialog, "exec", capture)
    window.help.report_action.trigger()
    assert len(shown) == 1
    dialog = shown[0]
    everything = "\n".join([dialog.windowTitle(), QGuiApplication.clipboard().text(), *_texts(dialog)])
    assert f"{__name__}.CanaryError" in everything  # the kind is there,
    assert "on, in" in everything  # and the log's folder,
    assert CANARY not in everything  # but nothing anyone typed, and not the error's message
    assert "could not save" not in everything


def _texts(widget: QObject) -> list[str]:
    """Every text a person can read in `widget`."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [edit.toPlainText() for edit in widget.findChildren(QPlainTextEdit)]
    texts += [button.text() for button in widget.findChildren(QAbstractButton)]
    return texts
