"""File › Restore from a backup…, Export everything… and Import a plan…, and the rolling backups' timer.

A restore or an import replaces the whole plan: the undo stack is cleared and `events.data_replaced` reloads
every page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from repairplanner.core.backups import describe_copy
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents

if TYPE_CHECKING:
    from repairplanner.services.backups import BackupService
    from repairplanner.services.transfer import TransferService

#: How often a running app checks whether today's copy is due (it is made at most once a day).
DAILY_CHECK_MS = 60 * 60 * 1000
TITLE = QT_TRANSLATE_NOOP("BackupActions", "Restore from a backup")
EXPORT_TITLE = QT_TRANSLATE_NOOP("BackupActions", "Export everything")
IMPORT_TITLE = QT_TRANSLATE_NOOP("BackupActions", "Import a plan")
EXPORT_FILTER = QT_TRANSLATE_NOOP("BackupActions", "RepairPlanner export (*.json)")
#: The file name an export is offered under (kept in English: it is a file, not a sentence).
EXPORT_NAME = "repairplanner-plan.json"


class BackupActions(QObject):
    """The restore action, the daily-copy timer and the copy on close, for one window."""

    def __init__(self, dialogs: DialogService, events: AppEvents, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._events = events
        self._undo_stack = undo_stack
        self._window = parent
        self._backups: BackupService | None = None
        self._transfer: TransferService | None = None
        self.restore_action = QAction(translate("BackupActions", "&Restore from a backup…"), self)
        self.restore_action.setEnabled(False)
        self.restore_action.triggered.connect(self.restore)
        self.export_action = QAction(translate("BackupActions", "E&xport everything…"), self)
        self.export_action.setToolTip(
            translate("BackupActions", "Write the whole plan to one file, to move it to another computer")
        )
        self.export_action.setEnabled(False)
        self.export_action.triggered.connect(self.export_everything)
        self.import_action = QAction(translate("BackupActions", "&Import a plan…"), self)
        self.import_action.setEnabled(False)
        self.import_action.triggered.connect(self.import_plan)
        self.timer = QTimer(self, interval=DAILY_CHECK_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.last_problem = ""

    def actions(self) -> list[QAction]:
        return [self.restore_action, self.export_action, self.import_action]

    def attach(self, backups: BackupService | None, transfer: TransferService | None = None) -> None:
        self._backups = backups
        self._transfer = transfer
        self.restore_action.setEnabled(backups is not None)
        self.export_action.setEnabled(transfer is not None)
        self.import_action.setEnabled(transfer is not None)
        if backups is not None:
            self.timer.start()
            QTimer.singleShot(0, self.back_up_if_due)

    def back_up_if_due(self) -> None:
        """Today's copy, if none was made yet and the plan changed; a problem is remembered, never a dialog."""
        if self._backups is None:
            return
        try:
            self._backups.back_up_if_due()
            self.last_problem = ""
        except UserFacingError as error:
            self.last_problem = error.message

    def back_up_on_close(self) -> None:
        """A copy when the window closes, if the plan changed since the newest one."""
        if self._backups is None:
            return
        self.timer.stop()
        try:
            self._backups.back_up_on_close()
        except UserFacingError as error:
            self.last_problem = error.message

    def restore(self) -> bool:
        """Choose a copy, confirm, restore it, and reload every page. True if a copy was restored."""
        if self._backups is None:
            return False
        title = translate("BackupActions", TITLE)
        copies = self._backups.list_copies()
        if not copies:
            self._dialogs.inform(
                self._window,
                title,
                translate("BackupActions", "There are no backups yet. A copy is made each day you use the plan."),
            )
            return False
        chosen = self._dialogs.choose_backup(self._window, copies)
        if chosen is None:
            return False
        copy = next(c for c in copies if c.path == chosen)
        question = translate(
            "BackupActions",
            "Go back to this copy?\n\n{copy}\n\n"
            "The plan as it is now is kept aside, and you can return to it from this same list.",
        ).format(copy=describe_copy(copy))
        if not self._dialogs.confirm(self._window, title, question):
            return False
        try:
            self._backups.restore(chosen)
        except UserFacingError as error:
            self._dialogs.warn(self._window, title, error.message)
            return False
        self._undo_stack.clear()  # the edits on it belong to the plan that was set aside
        self._events.data_replaced.emit()
        self._dialogs.inform(
            self._window,
            title,
            translate(
                "BackupActions",
                "The copy is restored. The plan as it was a moment ago is kept aside; choose it in this list to undo.",
            ),
        )
        return True

    def export_everything(self) -> bool:
        """Choose where, then write the whole plan to one file. True if it was written."""
        if self._transfer is None:
            return False
        title = translate("BackupActions", EXPORT_TITLE)
        target = self._dialogs.choose_save_path(
            self._window, title, Path.home() / EXPORT_NAME, translate("BackupActions", EXPORT_FILTER)
        )
        if target is None:
            return False
        try:
            written = self._transfer.export_all(target)
        except UserFacingError as error:
            self._dialogs.warn(self._window, title, error.message)
            return False
        if written.private_notes:
            done = translate(
                "BackupActions",
                "The whole plan ({weeks} weeks, {sessions} sessions) is in {file}. Its {notes} private notes stay "
                "sealed: they open with the same passphrases after an import. Keep the file somewhere private.",
            )
        else:
            done = translate(
                "BackupActions",
                "The whole plan ({weeks} weeks, {sessions} sessions) is in {file}. Keep the file somewhere private.",
            )
        self._dialogs.inform(
            self._window,
            title,
            done.format(weeks=written.weeks, sessions=written.sessions, file=target.name, notes=written.private_notes),
        )
        return True

    def import_plan(self) -> bool:
        """Choose a file, check it, ask twice, then replace the plan (after a backup). True if it was imported."""
        if self._transfer is None:
            return False
        title = translate("BackupActions", IMPORT_TITLE)
        source = self._dialogs.choose_open_path(
            self._window, title, Path.home(), translate("BackupActions", EXPORT_FILTER)
        )
        if source is None:
            return False
        try:
            incoming = self._transfer.read(source)
        except UserFacingError as error:
            self._dialogs.warn(self._window, title, error.message)
            return False
        first = translate(
            "BackupActions", "Replace your plan with the one in {file}? It holds {weeks} weeks and {sessions} sessions."
        ).format(file=source.name, weeks=incoming.count("weeks"), sessions=incoming.count("planned_sessions"))
        second = translate(
            "BackupActions",
            "Are you sure? Your plan as it is now will be backed up first and kept aside, so you can go back to it "
            "with File › Restore from a backup…",
        )
        if not self._dialogs.confirm(self._window, title, first):
            return False
        if not self._dialogs.confirm(self._window, title, second):
            return False
        try:
            self._transfer.import_file(source, replace=True)
        except UserFacingError as error:
            self._dialogs.warn(self._window, title, error.message)
            return False
        self._undo_stack.clear()
        self._events.data_replaced.emit()
        self._dialogs.inform(
            self._window, title, translate("BackupActions", "The plan is imported. Your previous plan is kept aside.")
        )
        return True
