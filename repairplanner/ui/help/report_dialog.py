"""Help › Report a problem…: where to report, and details to copy that hold nothing private."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate
from repairplanner.ui.help.problem_details import BUG_TRACKER, ProblemDetails
from repairplanner.ui.shared.plain_text import plain_label


class ReportProblemDialog(QDialog):
    """The bug tracker's address, the details in a read-only box, and a button that copies them."""

    def __init__(self, details: ProblemDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._details = details
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("ReportProblemDialog", "Report a problem"))
        heading = plain_label(translate("ReportProblemDialog", "Something not working as it should?"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        where = plain_label(
            translate("ReportProblemDialog", "Please tell us what you did and what happened, in your own words, at:"),
            wrap=True,
        )
        self.address_label = plain_label(BUG_TRACKER)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setAccessibleName(translate("ReportProblemDialog", "Where to report"))
        private = plain_label(
            translate(
                "ReportProblemDialog",
                "Add the details below to your report. They hold nothing private: no names, notes, titles or "
                "anything you typed. Please leave those out of what you write, too.",
            ),
            wrap=True,
        )
        self.details_view = QPlainTextEdit(self._details.text())
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(translate("ReportProblemDialog", "Details for the report"))
        self.details_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Room for every line, and one more for a long line that wraps (the system's name, say).
        lines = self._details.text().count("\n") + 2
        self.details_view.setMinimumHeight(self.details_view.fontMetrics().lineSpacing() * lines + 12)
        if self._details.log_folder:
            log_text = translate(
                "ReportProblemDialog",
                "The diagnostic log is on. For a problem you can repeat, attach repairplanner.log from that folder "
                "too. It is plain text: read it first if you like.",
            )
        else:
            log_text = translate(
                "ReportProblemDialog",
                "For a problem you can repeat: switch on the diagnostic log in File › Settings, repeat it, and "
                "attach the log too. It never holds names, notes or anything you type.",
            )
        self.log_label = plain_label(log_text, wrap=True)
        self.copied_label = plain_label()
        self.copied_label.setAccessibleName(translate("ReportProblemDialog", "Copied"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("ReportProblemDialog", "Co&py details"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addWidget(self.address_label)
        layout.addSpacing(6)
        layout.addWidget(private)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(self.copied_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, details: ProblemDetails) -> None:
        """Show the details until the dialog is closed."""
        cls(details, parent).exec()

    def text(self) -> str:
        """The details as they are copied."""
        return self._details.text()

    def copy(self) -> None:
        """Put the details on the clipboard, and say so."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self._details.text())
        self.copied_label.setText(translate("ReportProblemDialog", "Copied. Paste them into your report."))
