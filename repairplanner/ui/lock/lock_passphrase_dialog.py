"""Choosing the passphrase the two of you set for the app lock: typed twice, masked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate
from repairplanner.ui.shared.plain_text import plain_label

MIN_LENGTH = 8


class LockPassphraseDialog(QDialog):
    """Two masked fields; OK once they match and are long enough."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LockPassphraseDialog", "Lock passphrase"))
        about = plain_label(
            translate(
                "LockPassphraseDialog",
                "Choose a passphrase the two of you will use to open the window when it is locked. "
                "Either of your own passphrases opens it too.",
            )
        )
        about.setWordWrap(True)
        self.first_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first_edit.setAccessibleName(translate("LockPassphraseDialog", "Lock passphrase"))
        self.first_edit.setPlaceholderText(
            translate("LockPassphraseDialog", "At least {count} characters").format(count=MIN_LENGTH)
        )
        self.second_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second_edit.setAccessibleName(translate("LockPassphraseDialog", "The same passphrase again"))
        self.problem_label = plain_label()
        form = QFormLayout()
        form.addRow(translate("LockPassphraseDialog", "&Passphrase"), self.first_edit)
        form.addRow(translate("LockPassphraseDialog", "&Again"), self.second_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.first_edit.textChanged.connect(self._on_field_changed)
        self.second_edit.textChanged.connect(self._on_field_changed)
        self._on_field_changed()

    def _on_field_changed(self) -> None:
        first, second = self.first_edit.text(), self.second_edit.text()
        problem = ""
        if first and len(first) < MIN_LENGTH:
            problem = translate("LockPassphraseDialog", "At least {count} characters, please.").format(count=MIN_LENGTH)
        elif second and first != second:
            problem = translate("LockPassphraseDialog", "The two passphrases are not the same yet.")
        self.problem_label.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(len(first) >= MIN_LENGTH and first == second)

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        dialog = cls(parent)
        return dialog.first_edit.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
