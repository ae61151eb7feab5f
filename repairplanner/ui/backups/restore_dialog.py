"""Choosing a backup to go back to: each copy with its date, why it was made and what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from repairplanner.core.backups import BackupInfo, describe_copy
from repairplanner.core.i18n import translate
from repairplanner.ui.shared.plain_text import plain_label


class RestoreDialog(QDialog):
    """A list of copies, newest first; OK restores the selected one. Damaged copies are shown but cannot be chosen."""

    def __init__(self, copies: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from a backup"))
        intro = plain_label(
            translate(
                "RestoreDialog",
                "Choose the copy to go back to. The plan as it is now is kept aside, not overwritten, "
                "so you can come back to it the same way.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RestoreDialog", "Backups"))
        for copy in copies:
            item = QListWidgetItem(describe_copy(copy))
            item.setData(Qt.ItemDataRole.UserRole, str(copy.path))
            if not copy.sound:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("RestoreDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept() if self.chosen() else None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 380)
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.list.setCurrentRow(row)
                break
        self._on_list_item_selection_changed()

    def chosen(self) -> Path | None:
        """The selected copy's path, if a restorable one is selected."""
        items = self.list.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _on_list_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, copies: list[BackupInfo]) -> Path | None:
        """The copy to restore, or None if cancelled."""
        dialog = cls(copies, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
