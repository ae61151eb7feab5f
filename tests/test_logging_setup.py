"""The diagnostic log: opt-in, rotating, in the right folder, and never holding anything the couple typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import logging.handlers
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from repairplanner.app import StartedApp, make_error_hook, start
from repairplanner.core.check_in_rules import CheckInTurn
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import Light, NoteVisibility, ReflectionDraft, SessionDraft
from repairplanner.core.errors import UserFacingError
from repairplanner.logging_setup import (
    BACKUP_COUNT,
    LOG_FILE,
    MAX_BYTES,
    DiagnosticLog,
    describe_error,
    log_dir,
    logger,
)
from repairplanner.paths import AppPaths
from repairplanner.ui.session.advice_dialog import NextStep
from repairplanner.ui.setup.settings_dialog import SettingsDialog
from tests.helpers import FakeDialogs

ROOT = Path(__file__).resolve().parent.parent
CANARY = "Qzcanary"
WALK = "touch-1-hand-on-forearm"  # bookable at the level a new couple starts at (core.pace)


@pytest.fixture
def diagnostics(app_paths: AppPaths) -> Iterator[DiagnosticLog]:
    """A log for this test's data folder, stopped afterwards (the logging module outlives a test)."""
    log = DiagnosticLog.for_paths(app_paths)
    yield log
    log.stop()


def log_text(log: DiagnosticLog) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(log.folder.glob(f"{LOG_FILE}*")))


def test_nothing_is_logged_unless_asked(diagnostics: DiagnosticLog) -> None:
    diagnostics.start_if_wanted(debug=False)
    logger().error("an error nobody asked to keep")
    assert not diagnostics.active and not diagnostics.folder.exists()


def test_debug_starts_a_rotating_log_in_the_private_logs_folder(diagnostics: DiagnosticLog) -> None:
    diagnostics.start_if_wanted(debug=True)
    handlers = [h for h in logger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(handlers) == 1
    assert (handlers[0].maxBytes, handlers[0].backupCount) == (MAX_BYTES, BACKUP_COUNT)
    assert Path(handlers[0].baseFilename) == diagnostics.file
    assert (diagnostics.folder.stat().st_mode & 0o777) == 0o700
    logger().debug("a detail")
    assert "a detail" in log_text(diagnostics)
    assert not diagnostics.switched_on, "--debug is for one run; it does not flip the Settings switch"


def test_the_log_rotates_instead_of_growing(diagnostics: DiagnosticLog) -> None:
    diagnostics.start_if_wanted(debug=True)
    for number in range(MAX_BYTES * (BACKUP_COUNT + 2) // 60):
        logger().info("event plan_changed number %08d", number)
    files = sorted(p.name for p in diagnostics.folder.iterdir())
    assert files == [LOG_FILE] + [f"{LOG_FILE}.{n}" for n in range(1, BACKUP_COUNT + 1)]
    assert all(p.stat().st_size <= MAX_BYTES for p in diagnostics.folder.iterdir())


def test_the_folder_is_the_platform_log_folder_or_beside_a_chosen_data_folder(
    app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert log_dir(app_paths) == app_paths.data_dir / "logs"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    usual = AppPaths(data_dir=tmp_path / "share" / "x", config_dir=tmp_path / "config" / "x")
    assert log_dir(usual) == tmp_path / "state" / "org.repairplanner.RepairPlanner" / "log"


def test_the_settings_switch_is_kept_and_starts_or_stops_the_log(app_paths: AppPaths) -> None:
    first = DiagnosticLog.for_paths(app_paths)
    try:
        first.set_switched_on(True)
        assert first.active and first.switched_on
    finally:
        first.stop()
    again = DiagnosticLog.for_paths(app_paths)
    again.start_if_wanted()
    try:
        assert again.active, "the switch holds for the next start"
        again.set_switched_on(False)
        assert not again.active and not again.switched_on
        assert "switched off in Settings" in log_text(again)
    finally:
        again.stop()


def test_an_error_is_logged_by_kind_and_place_never_by_its_message() -> None:
    try:
        raise ValueError(f"could not save the note {CANARY}")
    except ValueError as error:
        described = describe_error(type(error), error.__traceback__)
    assert CANARY not in described
    assert described.startswith("builtins.ValueError at test_logging_setup.py:")
    assert str(ROOT) not in described, "no folder names: they can carry a person's name"


def test_the_settings_dialog_offers_the_switch_and_applies_it_on_ok(
    qtbot: QtBot, diagnostics: DiagnosticLog, dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QLabel

    from repairplanner.core.couple import Couple
    from repairplanner.core.entities import Partner

    couple = Couple((Partner(1, 1, "Ana"), Partner(2, 2, "Bo")), "pause")
    shown: list[SettingsDialog] = []

    def tick_and_accept(dialog: SettingsDialog) -> int:
        shown.append(dialog)
        assert not dialog.keep_log.isChecked()
        assert str(diagnostics.folder) in " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.keep_log.click()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", tick_and_accept)
    assert SettingsDialog.ask(None, couple, dialogs, diagnostics=diagnostics) is not None  # type: ignore[arg-type]
    assert diagnostics.switched_on and diagnostics.active
    qtbot.addWidget(shown[0])


def test_without_a_log_the_settings_dialog_has_no_switch(qtbot: QtBot, dialogs: FakeDialogs) -> None:
    from repairplanner.core.couple import Couple
    from repairplanner.core.entities import Partner

    dialog = SettingsDialog(Couple((Partner(1, 1, "Ana"), Partner(2, 2, "Bo")), "pause"), dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.keep_log.isVisible()


def tables_holding(database: Path, text: str) -> set[str]:
    """The tables with a row that holds `text` in some column."""
    with closing(sqlite3.connect(database)) as con:
        names = [row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {
            name
            for name in names
            if any(text in str(value) for row in con.execute(f'SELECT * FROM "{name}"') for value in row)
        }


# --- the canary: every text field holds it, and the log never does ---------------------------------------------------


@pytest.fixture
def canary_app(
    qtbot: QtBot, app_paths: AppPaths, dialogs: FakeDialogs, diagnostics: DiagnosticLog
) -> Iterator[StartedApp]:
    diagnostics.start_if_wanted(debug=True)
    dialogs.script(
        "setup_couple",
        CoupleSetup(PartnerDraft(f"Ana {CANARY}"), PartnerDraft(f"Bo {CANARY}"), f"pineapple {CANARY}"),
    )
    app = start(app_paths, dialogs)
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.window.services_attached, timeout=10_000):
        pass
    yield app
    app.window.close()
    app.release()


def test_the_log_never_holds_what_the_couple_typed(
    qtbot: QtBot, canary_app: StartedApp, app_paths: AppPaths, dialogs: FakeDialogs, diagnostics: DiagnosticLog
) -> None:
    window = canary_app.window
    page = window.week_page
    today = dt.date.today()
    # The week's intention, a session with a note, consent, check-in, start and a shared and a private reflection.
    page.header.intention_edit.setText(f"Be gentle {CANARY}")
    page.header.intention_edit.editingFinished.emit()
    dialogs.script("add_session", SessionDraft(today, WALK, 15, dt.time(23, 0), None, f"bring tea {CANARY}"))
    assert window.library_page is not None
    window.library_page.select(WALK)
    window.library_page.add_to_week_requested.emit(WALK)
    card = page.card_for(1)
    assert card is not None
    for partner_id in list(card.consent.boxes):
        page.card_for(1).consent.boxes[partner_id].click()
    card = page.card_for(1)
    ana, bo = (p.id for p in window._couple.partners)  # type: ignore[union-attr]
    dialogs.script("check_in", [CheckInTurn(ana, True, Light.GREEN, 3), CheckInTurn(bo, True, Light.GREEN, 5)])
    dialogs.script("session_advice", NextStep.START)
    card.start_button.click()
    dialogs.script(
        "reflect",
        ReflectionDraft(1, ana, 4, 8, 7, False, True, NoteVisibility.SHARED, f"my shoulders dropped {CANARY}"),
        ReflectionDraft(1, bo, 4, 8, 7, False, True, NoteVisibility.PRIVATE, f"a private thought {CANARY}"),
    )
    dialogs.script("new_passphrase", f"a long passphrase {CANARY}")
    with qtbot.waitSignal(window._events.reflection_saved, timeout=10_000):  # type: ignore[attr-defined]
        page.card_for(1).finish_button.click()
    # A custom exercise with every text changed, and new names in Settings.
    original = window.library_page.selected_exercise()
    assert original is not None
    dialogs.script(
        "edit_exercise",
        lambda exercise, _title: dataclasses.replace(exercise, title=f"Our walk {CANARY}", summary=f"Slow {CANARY}"),
    )
    window.library_page.duplicate_action.trigger()
    window.library_page.edit_action.trigger()
    dialogs.script("edit_couple", CoupleSetup(PartnerDraft(f"Ana {CANARY}2"), PartnerDraft("Robin"), f"red {CANARY}"))
    window.settings_action.trigger()
    # Errors whose messages quote what someone typed.
    hook = make_error_hook(dialogs, window)  # type: ignore[arg-type]
    for error in (ValueError(f"bad title {CANARY}"), UserFacingError(f"The note {CANARY} is too long")):
        try:
            raise error
        except Exception as caught:
            hook(type(caught), caught, caught.__traceback__)
    # An export from the command line, with --debug, while the window is open.
    result = subprocess.run(
        [sys.executable, "-m", "repairplanner", "export-ics", "--debug", "--titles", "--data-dir",
         str(app_paths.data_dir), "--week", f"{today.isocalendar()[0]}-W{today.isocalendar()[1]:02d}",
         "-o", str(app_paths.data_dir.parent / "week.ics")],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert tables_holding(app_paths.database, CANARY) >= {"partners", "planned_sessions", "reflections", "exercises"}, (
        "the flows really stored the canary"
    )

    text = log_text(diagnostics)
    assert CANARY not in text
    for expected in (
        "data opened",
        "window painted",
        "services attached",
        "event plan_changed",
        "event consent_changed",
        "event reflection_saved",
        "event library_changed",
        "event couple_changed",
        "unexpected error: builtins.ValueError at",
        "command export-ics ended with exit code 0",
    ):
        assert expected in text, f"{expected!r} missing from the log:\n{text}"
