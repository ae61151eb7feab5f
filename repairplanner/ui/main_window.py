"""The main window: a thin shell of menus, a page list, the pages, and a status bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from repairplanner import APP_NAME, __version__
from repairplanner.ui.dialogs import DialogService
from repairplanner.ui.events import AppEvents
from repairplanner.ui.library_page import LibraryPage

if TYPE_CHECKING:
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.library import LibraryService
    from repairplanner.services.plan import PlanService

ABOUT_TEXT = (
    f"<h3>{APP_NAME} {__version__}</h3>"
    "<p>A place for two people to plan a calm, graded week of non-sexual touch and honest talk, "
    "together, at their own pace.</p>"
    "<p>RepairPlanner is not therapy. A couples therapist can walk this road with you. "
    "If anyone is unsafe at home, please contact local emergency services or a domestic abuse helpline.</p>"
    "<p>Everything stays on this computer.</p>"
)


@dataclass(frozen=True, slots=True)
class Services:
    """The services the window's pages use, built by app.py once the window is on screen."""

    library: LibraryService
    couple: CoupleService
    plan: PlanService


class MainWindow(QMainWindow):
    """Assembles the pages; owns nothing but layout, menus and remembered geometry."""

    first_painted = Signal()
    services_attached = Signal()

    def __init__(
        self, events: AppEvents, dialogs: DialogService, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._settings = settings
        self._painted = False
        self._build_ui()
        self._connect_signals()
        self._restore_state()

    def _build_ui(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.library_page = LibraryPage(self._events)
        self.pages = QStackedWidget()
        self.page_list = QListWidget()
        self.page_list.setAccessibleName("Pages")
        for title, page in (("Library", self.library_page),):
            self.pages.addWidget(page)
            self.page_list.addItem(title)

        self.page_list.setFixedWidth(150)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.page_list)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.status_label = QLabel("Opening your plan…")
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("&View")
        self.page_actions: list[QAction] = []
        for number in range(self.page_list.count()):
            action = QAction(self.page_list.item(number).text(), self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.page_list.setCurrentRow(n))
            view_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.page_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_action_triggered)

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        page = self._settings.value("window/page", 0, type=int)
        self.page_list.setCurrentRow(page if 0 <= page < self.pages.count() else 0)

    def attach(self, services: Services) -> None:
        """Hand the pages their services once storage is ready."""
        self.library_page.attach(services.library)
        count = self.library_page.model.rowCount()
        self.status_label.setText(f"{count} exercises in the library")
        self.services_attached.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.page_list.currentRow())
        self._settings.sync()
        super().closeEvent(event)

    def _on_about_action_triggered(self) -> None:
        self._dialogs.about(self, f"About {APP_NAME}", ABOUT_TEXT)
