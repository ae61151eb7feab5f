"""Safety and help: readable by one partner alone, with the couple's own help lines and "Something new came out"."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.guide import Reading
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label

# Shown through translate("SafetyDialog", ...).
TITLE = QT_TRANSLATE_NOOP("SafetyDialog", "Safety and help")
INTRO = QT_TRANSLATE_NOOP(
    "SafetyDialog",
    "You can read this alone, whenever you need it. RepairPlanner is not therapy, and some moments call for "
    "other help first.",
)
NOT_INSTALLED = QT_TRANSLATE_NOOP(
    "SafetyDialog",
    "The full safety pages are not installed. If anyone is unsafe at home, contact local emergency services or a "
    "domestic abuse helpline now. A couples therapist can walk this road with you.",
)
HELP_LINES_LABEL = QT_TRANSLATE_NOOP(
    "SafetyDialog",
    "Our &help lines: our therapist, and local crisis and domestic-abuse lines (printed on every card)",
)
HELP_LINES_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "SafetyDialog",
    "For example: our therapist, name and number; a local crisis line; a domestic abuse helpline",
)
SOMETHING_NEW = QT_TRANSLATE_NOOP("SafetyDialog", "Something &new came out…")
SOMETHING_NEW_TIP = QT_TRANSLATE_NOOP(
    "SafetyDialog", "Pause the plan, consider going back to level 1, and take it to your therapist"
)


@dataclass(frozen=True, slots=True)
class SafetyRequest:
    """What the dialog shows: the sections of Safety and help and the couple's help lines."""

    sections: tuple[Reading, ...]
    help_lines: str


@dataclass(frozen=True, slots=True)
class SafetyChoice:
    """The help lines as the dialog left them, and whether "Something new came out" was chosen."""

    help_lines: str
    something_new: bool = False


class SafetyDialog(QDialog):
    """The sections as plain text, a field for the couple's own lines, and one gentle action for a new disclosure."""

    def __init__(self, request: SafetyRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = request
        self._something_new = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        from repairplanner.printing.reading_document import reading_document

        self.setWindowTitle(translate("SafetyDialog", TITLE))
        self.setAccessibleName(translate("SafetyDialog", TITLE))
        intro = plain_label(translate("SafetyDialog", INTRO))
        intro.setWordWrap(True)
        self.sections_view = QTextBrowser()
        self.sections_view.setAccessibleName(
            translate("SafetyDialog", "When not to use this app, and where to find help")
        )
        self.sections_view.setOpenLinks(False)
        if self._request.sections:
            document = reading_document(self._request.sections)
            document.setParent(self.sections_view)
            self.sections_view.setDocument(document)
        else:
            self.sections_view.setPlainText(translate("SafetyDialog", NOT_INSTALLED))
        self.help_lines_edit = QPlainTextEdit(self._request.help_lines)
        self.help_lines_edit.setAccessibleName(translate("SafetyDialog", "Our help lines"))
        self.help_lines_edit.setPlaceholderText(translate("SafetyDialog", HELP_LINES_PLACEHOLDER))
        self.help_lines_edit.setTabChangesFocus(True)
        self.help_lines_edit.setFixedHeight(self.help_lines_edit.fontMetrics().lineSpacing() * 5)
        lines_label = plain_label(translate("SafetyDialog", HELP_LINES_LABEL))
        lines_label.setWordWrap(True)
        lines_label.setBuddy(self.help_lines_edit)
        self.something_new_button = QPushButton(translate("SafetyDialog", SOMETHING_NEW))
        self.something_new_button.setToolTip(translate("SafetyDialog", SOMETHING_NEW_TIP))
        self.something_new_button.setAccessibleDescription(translate("SafetyDialog", SOMETHING_NEW_TIP))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.something_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sections_view, 1)
        layout.addWidget(lines_label)
        layout.addWidget(self.help_lines_edit)
        layout.addWidget(self.buttons)
        self.resize(620, 640)
        self.sections_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.something_new_button.clicked.connect(self._on_something_new_button_clicked)

    @classmethod
    def ask(cls, parent: QWidget | None, request: SafetyRequest) -> SafetyChoice:
        """Show the dialog; whatever way it is closed, the help lines typed are kept."""
        dialog = cls(request, parent)
        dialog.exec()
        return dialog.choice()

    def choice(self) -> SafetyChoice:
        return SafetyChoice(self.help_lines_edit.toPlainText(), self._something_new)

    def _on_something_new_button_clicked(self) -> None:
        self._something_new = True
        self.accept()
