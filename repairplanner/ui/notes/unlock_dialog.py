"""Asks one partner for the passphrase that opens their private notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate
from repairplanner.ui.shared.plain_text import plain_label


class UnlockDialog(QDialog):
    """A masked passphrase field; the text never leaves the dialog except as its answer."""

    def __init__(self, partner_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partner_name = partner_name
        self._build_ui()
        self._connect_signals()
        self._on_passphrase_edit_text_changed("")

    def _build_ui(self) -> None:
        # A neutral title: window titles can show in task bars and window lists.
        self.setWindowTitle(translate("UnlockDialog", "Private notes"))
        self.setAccessibleName(translate("UnlockDialog", "Private notes"))
        self.prompt_label = plain_label(
            translate(
                "UnlockDialog",
                "{name}, type your passphrase to open your private notes. Only your passphrase opens them.",
            ).format(name=self._partner_name)
        )
        self.prompt_label.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(
            translate("UnlockDialog", "{name}'s passphrase").format(name=self._partner_name)
        )
        self.passphrase_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.prompt_label.setBuddy(self.passphrase_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(translate("UnlockDialog", "&Open"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(400)
        self.passphrase_edit.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_edit_text_changed)

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str) -> str | None:
        """The typed passphrase, or None if cancelled."""
        dialog = cls(partner_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.passphrase() if accepted else None
        dialog.passphrase_edit.clear()
        return passphrase

    def passphrase(self) -> str:
        """What was typed, exactly (passphrases are case- and space-sensitive)."""
        return self.passphrase_edit.text()

    def _on_passphrase_edit_text_changed(self, text: str) -> None:
        self.open_button.setEnabled(bool(text))
