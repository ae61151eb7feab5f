"""Before a calendar file is written: neutral event titles or the exercises', and an optional reminder."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate
from repairplanner.core.print_options import REMINDER_CHOICES, CalendarOptions
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import set_page_margins


def reminder_text(minutes: int) -> str:
    """'No reminder', '10 minutes before', '1 hour before'."""
    if minutes == 0:
        return translate("CalendarOptionsDialog", "No reminder")
    if minutes % 60 == 0:
        hours = minutes // 60
        if hours == 1:
            return translate("CalendarOptionsDialog", "1 hour before")
        return translate("CalendarOptionsDialog", "{count} hours before").format(count=hours)
    return translate("CalendarOptionsDialog", "{count} minutes before").format(count=minutes)


class CalendarOptionsDialog(QDialog):
    """Two choices with quiet defaults: neutral titles, and no reminder unless the couple wants one."""

    def __init__(self, options: CalendarOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self.set_options(options)

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("CalendarOptionsDialog", "Export the week to a calendar"))
        self.neutral_check = QCheckBox(
            translate("CalendarOptionsDialog", "&Neutral event titles (“Time together”, “Talk together”)")
        )
        self.reminder_combo = QComboBox()
        self.reminder_combo.setAccessibleName(translate("CalendarOptionsDialog", "Reminder"))
        for minutes in REMINDER_CHOICES:
            self.reminder_combo.addItem(reminder_text(minutes), minutes)
        form = QFormLayout()
        form.addRow(translate("CalendarOptionsDialog", "&Reminder:"), self.reminder_combo)
        note = plain_label(
            translate(
                "CalendarOptionsDialog",
                "A reminder is kept by your calendar, quietly, before each session with a time. "
                "Nothing is sent anywhere, and nothing reminds you of a session that did not happen.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CalendarOptionsDialog", "Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        set_page_margins(layout)
        layout.addWidget(self.neutral_check)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, options: CalendarOptions) -> CalendarOptions | None:
        """The chosen options, or None if cancelled."""
        dialog = cls(options, parent)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def set_options(self, options: CalendarOptions) -> None:
        """Show `options` in the fields."""
        self.neutral_check.setChecked(options.neutral)
        index = self.reminder_combo.findData(options.remind_minutes)
        self.reminder_combo.setCurrentIndex(max(0, index))

    def options(self) -> CalendarOptions:
        """The options as the fields say."""
        return CalendarOptions(self.neutral_check.isChecked(), int(self.reminder_combo.currentData()))
