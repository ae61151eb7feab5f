"""The Guide: short readings on why the method works, searchable as you type, readable by keyboard, printable."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.errors import UserFacingError
from repairplanner.core.guide import Reading, search
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.guide.reading_list_model import ReadingListModel
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.services.guide import GuideService

NOT_INSTALLED = QT_TRANSLATE_NOOP("GuidePage", "The Guide's readings are not installed yet.")
NOTHING_FOUND = QT_TRANSLATE_NOOP("GuidePage", "No reading mentions that. Try fewer or other words.")
PRINT_TITLE = QT_TRANSLATE_NOOP("GuidePage", "Print this reading")
EXPORT_TITLE = QT_TRANSLATE_NOOP("GuidePage", "Export the reading as PDF")


class GuidePage(QWidget):
    """A list of readings beside the reading itself; the files are read the first time the page is shown."""

    def __init__(self, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._guide: GuideService | None = None
        self._readings: tuple[Reading, ...] = ()
        self._loaded = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(translate("GuidePage", "Search the Guide"))
        self.search_edit.setPlaceholderText(translate("GuidePage", "Search the readings…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_label = plain_label(translate("GuidePage", "&Search"))
        self.search_label.setBuddy(self.search_edit)
        self.model = ReadingListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(translate("GuidePage", "Readings"))
        self.list_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list_view.setWordWrap(True)
        self.reading_view = QTextBrowser()
        self.reading_view.setAccessibleName(translate("GuidePage", "Reading"))
        self.reading_view.setOpenLinks(False)
        self.reading_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab into it; arrows and Page keys scroll
        self.message_label = plain_label()
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.print_button = QPushButton(translate("GuidePage", "Print &this reading…"))
        self.pdf_button = QPushButton(translate("GuidePage", "Export as P&DF…"))
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(False)
        self.find_action = QAction(translate("GuidePage", "&Search the Guide"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)
        self._lay_out()

    def _lay_out(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_edit, 1)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.message_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.reading_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setFocusProxy(self.list_view)
        QWidget.setTabOrder(self.search_edit, self.list_view)
        QWidget.setTabOrder(self.list_view, self.reading_view)
        QWidget.setTabOrder(self.reading_view, self.print_button)
        QWidget.setTabOrder(self.print_button, self.pdf_button)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_view_current_changed)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)

    # --- public ------------------------------------------------------------------------------------------------------

    def attach(self, guide: GuideService) -> None:
        """Hand the page its service; nothing is read until the page is first shown."""
        self._guide = guide

    def show_reading(self, reading_id: str) -> bool:
        """Show the reading `reading_id` (clearing the search); False if the Guide has no such reading."""
        self._ensure_loaded()
        if self.search_edit.text():
            self.search_edit.clear()
        row = self.model.row_of(reading_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def current_reading(self) -> Reading | None:
        return self.model.reading(self.list_view.currentIndex().row())

    # --- internals ---------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ensure_loaded()

    def _ensure_loaded(self) -> None:
        if self._loaded or self._guide is None:
            return
        self._loaded = True
        try:
            self._readings = self._guide.readings()
        except UserFacingError as error:
            self._readings = ()
            self._show_message(error.message)
            return
        self._filter("")
        if not self._readings:
            self._show_message(translate("GuidePage", NOT_INSTALLED))

    def _filter(self, query: str) -> None:
        current = self.current_reading()
        found = search(self._readings, query) if query.strip() else list(self._readings)
        self.model.set_rows(found)
        self._show_message(translate("GuidePage", NOTHING_FOUND) if self._readings and not found else "")
        if found:
            row = self.model.row_of(current.id) if current is not None else -1
            self._select_row(max(row, 0))
        else:
            self._show(None)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)
        self._show(self.model.reading(row))

    def _show(self, reading: Reading | None) -> None:
        from repairplanner.printing.reading_document import reading_document

        if reading is None:
            self.reading_view.clear()
        else:
            document = reading_document([reading])
            document.setParent(self.reading_view)
            self.reading_view.setDocument(document)
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(reading is not None)

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self._filter(text)

    def _on_list_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.reading(current.row()))

    def _on_print_button_clicked(self) -> None:
        from repairplanner.printing.pdf import locale_paper
        from repairplanner.printing.reading_document import READING_DOC_TITLE, reading_document

        reading = self.current_reading()
        if reading is not None:
            paper = locale_paper()
            document = reading_document([reading], paper=paper)
            self._dialogs.print_preview(self, document, READING_DOC_TITLE, paper, landscape=False)

    def _on_pdf_button_clicked(self) -> None:
        from repairplanner.printing.pdf import locale_paper, write_pdf
        from repairplanner.printing.reading_document import READING_DOC_TITLE, reading_document

        reading = self.current_reading()
        if reading is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / "reading.pdf"
        title = translate("GuidePage", EXPORT_TITLE)
        target = self._dialogs.choose_save_path(self, title, suggested, translate("GuidePage", "PDF (*.pdf)"))
        if target is None:
            return
        paper = locale_paper()
        try:
            write_pdf(
                reading_document([reading], paper=paper), target, title=READING_DOC_TITLE, paper=paper, landscape=False
            )
        except UserFacingError as error:
            self._dialogs.warn(self, title, error.message)
            return
        self._dialogs.inform(self, title, translate("GuidePage", "Saved the reading to {path}.").format(path=target))
