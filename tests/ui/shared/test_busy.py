"""Slow work runs off the GUI thread: the window keeps painting, input waits, errors come back."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from repairplanner.ui.shared import busy


def test_the_gui_keeps_running_while_the_work_runs_and_the_result_comes_back(qtbot: QtBot) -> None:
    window = QPushButton("Save")
    qtbot.addWidget(window)
    window.show()
    gui_ran = threading.Event()
    seen: dict[str, object] = {}

    def slow_work() -> str:
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        # This only returns if the GUI thread keeps handling events while the work runs.
        assert gui_ran.wait(timeout=10)
        return "sealed"

    def while_working() -> None:
        seen["disabled"] = not window.isEnabled()
        gui_ran.set()

    QTimer.singleShot(busy.SHOW_AFTER_MS + 50, while_working)
    assert busy.run_off_gui_thread(window, "Sealing your note…", slow_work) == "sealed"
    assert seen == {"thread": True, "disabled": True}
    assert window.isEnabled()


def test_an_error_in_the_work_is_raised_on_the_gui_thread(qtbot: QtBot) -> None:
    window = QPushButton("Open")
    qtbot.addWidget(window)

    def failing() -> None:
        raise ValueError("that passphrase does not fit")

    with pytest.raises(ValueError, match="does not fit"):
        busy.run_off_gui_thread(window, "Opening…", failing)
    assert window.isEnabled()
