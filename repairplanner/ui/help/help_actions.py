"""The Help menu's manual (F1, at the topic of the page on screen) and "Report a problem…"."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from repairplanner import APP_NAME
from repairplanner.core.i18n import current_language, translate
from repairplanner.ui.help.last_error import LastError
from repairplanner.ui.shared.dialogs import DialogService

if TYPE_CHECKING:
    from repairplanner.ui.help.manual_window import ManualWindow

MANUAL_KEY = "F1"


def manual_keys() -> list[QKeySequence]:
    """F1, and the platform's own help key where it has another one (Ctrl+? on macOS)."""
    keys = [QKeySequence(MANUAL_KEY)]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents):
        if key not in keys:
            keys.append(key)
    return keys


class HelpActions(QObject):
    """Opens the manual at the topic for the page on screen, and the problem report with the last error's kind."""

    def __init__(
        self, dialogs: DialogService, window: QMainWindow, page_topic: Callable[[], str], last_error: LastError
    ) -> None:
        super().__init__(window)
        self._dialogs = dialogs
        self._window = window
        self._page_topic = page_topic
        # Filled by app.py's error hook; the report shows its kind.
        self.last_error = last_error
        self.manual: ManualWindow | None = None
        self.manual_action = QAction(translate("HelpActions", "&How to use {app}").format(app=APP_NAME), self)
        self.manual_action.setShortcuts(manual_keys())
        self.manual_action.setStatusTip(translate("HelpActions", "The manual, at the part about this page (F1)"))
        self.report_action = QAction(translate("HelpActions", "&Report a problem…"), self)
        self.manual_action.triggered.connect(self._on_manual_action_triggered)
        self.report_action.triggered.connect(self._on_report_action_triggered)
        # Locking or hiding the window covers its central widget: the manual goes out of sight with it.
        central = window.centralWidget()
        if central is not None:
            central.installEventFilter(self)
        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        """The manual and the problem report, in menu order."""
        return [self.manual_action, self.report_action]

    def open_manual(self, topic_id: str | None = None) -> ManualWindow:
        """Show the manual (made the first time) at `topic_id`, or at the topic for the page on screen."""
        if self.manual is None:
            # Imported when the manual is first opened: start-up does not pay for it.
            from repairplanner.ui.help.manual_window import ManualWindow
            from repairplanner.ui.help.topics import read_topics

            self.manual = ManualWindow(read_topics(current_language()), self._window)
        self.manual.show_topic(topic_id or self._page_topic())
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()
        return self.manual

    def hide_manual(self) -> None:
        """Take the manual off the screen (it keeps its place for next time)."""
        if self.manual is not None:
            self.manual.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        covered = event.type() == QEvent.Type.Hide  # locked, hidden or closed
        minimised = (
            event.type() == QEvent.Type.WindowStateChange
            and watched is self._window
            and bool(self._window.windowState() & Qt.WindowState.WindowMinimized)
        )
        if covered or minimised:
            self.hide_manual()
        return super().eventFilter(watched, event)

    def _on_manual_action_triggered(self) -> None:
        self.open_manual()

    def _on_report_action_triggered(self) -> None:
        self._dialogs.report_problem(self._window, self.last_error.kind)
