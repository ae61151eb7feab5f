"""Setting a partner's passphrase for private notes (typed twice, with a clear warning) and asking for it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.passphrase import MIN_PASSPHRASE_LENGTH, WeakPassphraseError, check_passphrase
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

# Shown through translate("NewPassphraseDialog", ...).
NO_RECOVERY = QT_TRANSLATE_NOOP(
    "NewPassphraseDialog",
    "Please choose one you will remember. A forgotten passphrase cannot be recovered, by anyone: "
    "the notes it seals stay closed for good.",
)
MISMATCH = QT_TRANSLATE_NOOP("NewPassphraseDialog", "The two passphrases are not the same yet.")
_TOO_SHORT = QT_TRANSLATE_NOOP(
    "NewPassphraseDialog",
    "A passphrase needs at least {count} characters. A short sentence that only you would think of works well.",
)
#: The rule in English, as the dialog shows it with no translation installed.
TOO_SHORT = _TOO_SHORT.format(count=MIN_PASSPHRASE_LENGTH)


def _password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    # Nothing typed here may end up anywhere else: no undo history, no drag out, no context menu copy.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def _heading(text: str) -> QLabel:
    label = plain_label(text)
    set_role(label, Role.SECTION)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class NewPassphraseDialog(QDialog):
    """The first private note: choose a passphrase, type it twice, and say you know it cannot be recovered."""

    def __init__(self, partner_name: str, other_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = partner_name
        self._other = other_name
        self._build_ui()
        self._connect_signals()
        self._on_field_changed()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("NewPassphraseDialog", "Private notes"))
        self.setAccessibleName(translate("NewPassphraseDialog", "Choose a passphrase"))
        about = plain_label(
            translate(
                "NewPassphraseDialog",
                "{name}, your private notes are sealed with a passphrase that only you know. "
                "{other} can't read them, and neither can anyone who copies the files on this computer.",
            ).format(name=self._name, other=self._other)
        )
        about.setWordWrap(True)
        self.warning_label = plain_label(translate("NewPassphraseDialog", NO_RECOVERY))
        self.warning_label.setWordWrap(True)
        self.warning_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning_label.setMargin(8)
        self.warning_label.setAccessibleName(translate("NewPassphraseDialog", "Important"))
        set_role(self.warning_label, Role.EMPHASIS)
        self.first_edit = _password_field(translate("NewPassphraseDialog", "New passphrase"))
        self.first_edit.setPlaceholderText(
            translate("NewPassphraseDialog", "At least {count} characters; a short sentence works well").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        )
        self.second_edit = _password_field(translate("NewPassphraseDialog", "The same passphrase again"))
        self.understood_check = QCheckBox(
            translate("NewPassphraseDialog", "I understand that a forgotten passphrase cannot be recovered")
        )
        self.understood_check.setAccessibleName(self.understood_check.text())
        form = QFormLayout()
        form.addRow(translate("NewPassphraseDialog", "&Passphrase"), self.first_edit)
        form.addRow(translate("NewPassphraseDialog", "&Again"), self.second_edit)
        for row, field in enumerate((self.first_edit, self.second_edit)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)
        self.message_label = plain_label()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(translate("NewPassphraseDialog", "Hint"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("NewPassphraseDialog", "&Set passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _heading(
                translate("NewPassphraseDialog", "A passphrase for {name}'s private notes").format(name=self._name)
            )
        )
        layout.addWidget(about)
        layout.addWidget(self.warning_label)
        layout.addLayout(form)
        layout.addWidget(self.understood_check)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.first_edit.textChanged.connect(self._on_field_changed)
        self.second_edit.textChanged.connect(self._on_field_changed)
        self.understood_check.toggled.connect(self._on_field_changed)

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str, other_name: str) -> str | None:
        """The new passphrase, or None if cancelled."""
        dialog = cls(partner_name, other_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.passphrase() if accepted else None
        dialog.first_edit.clear()
        dialog.second_edit.clear()
        return passphrase

    def passphrase(self) -> str | None:
        """The passphrase once it meets the rules, was typed the same twice, and the warning was acknowledged."""
        return self.first_edit.text() if self.problem() == "" and self.understood_check.isChecked() else None

    def problem(self) -> str:
        """What still stands in the way, in kind words, or ''."""
        first = self.first_edit.text()
        try:
            check_passphrase(first)
        except WeakPassphraseError:
            # The warning about forgetting is already shown above; here just the rule.
            return translate("NewPassphraseDialog", _TOO_SHORT).format(count=MIN_PASSPHRASE_LENGTH)
        if first != self.second_edit.text():
            return translate("NewPassphraseDialog", MISMATCH)
        return ""

    def accept(self) -> None:
        if self.passphrase() is not None:
            super().accept()

    def _on_field_changed(self, *_args: object) -> None:
        problem = self.problem()
        # Say nothing until something is typed; then the first thing left to do.
        mismatch = problem == translate("NewPassphraseDialog", MISMATCH)
        shown = problem if self.first_edit.text() and (not mismatch or self.second_edit.text()) else ""
        self.message_label.setText(shown)
        self.message_label.setVisible(bool(shown))
        self.ok_button.setEnabled(self.passphrase() is not None)


class SealPassphraseDialog(QDialog):
    """Asks a partner for their passphrase, to seal the private note they just wrote."""

    def __init__(self, partner_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = partner_name
        self._build_ui()
        self._connect_signals()
        self._on_field_changed()

    def _build_ui(self) -> None:
        # A neutral title: window titles can show in task bars and window lists.
        self.setWindowTitle(translate("SealPassphraseDialog", "Private note"))
        self.setAccessibleName(translate("SealPassphraseDialog", "Private note"))
        about = plain_label(
            translate(
                "SealPassphraseDialog",
                "{name}, type your passphrase to seal your private note, so that it is yours alone.",
            ).format(name=self._name)
        )
        about.setWordWrap(True)
        passphrase_of = translate("SealPassphraseDialog", "{name}'s passphrase").format(name=self._name)
        self.passphrase_edit = _password_field(passphrase_of)
        label = plain_label(translate("SealPassphraseDialog", "&Passphrase"))
        label.setBuddy(self.passphrase_edit)
        form = QFormLayout()
        form.addRow(label, self.passphrase_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("SealPassphraseDialog", "&Continue"))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(passphrase_of))
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase_edit.textChanged.connect(self._on_field_changed)

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str) -> str | None:
        """The passphrase as typed, or None if cancelled."""
        dialog = cls(partner_name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        passphrase = dialog.passphrase_edit.text() if accepted else None
        dialog.passphrase_edit.clear()
        return passphrase

    def _on_field_changed(self, *_args: object) -> None:
        self.ok_button.setEnabled(bool(self.passphrase_edit.text()))
