"""Before printing or exporting: paper size, names or initials, exercise cards, and a discreet title."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.i18n import translate
from repairplanner.core.print_options import Paper, PrintOptions
from repairplanner.ui.shared.plain_text import plain_label


class PrintOptionsDialog(QDialog):
    """A few choices, all with discreet defaults; remembered for next time by the caller."""

    def __init__(
        self, options: PrintOptions, action: str, parent: QWidget | None = None, *, summary: bool = False
    ) -> None:
        super().__init__(parent)
        self._action = action
        self._summary = summary
        self._build_ui()
        self.set_options(options)

    def _build_ui(self) -> None:
        self.setWindowTitle(self._action)
        self.a4_radio = QRadioButton(translate("PrintOptionsDialog", "A&4"))
        self.letter_radio = QRadioButton(translate("PrintOptionsDialog", "&Letter"))
        self.paper_group = QButtonGroup(self)
        paper_row = QHBoxLayout()
        for radio in (self.a4_radio, self.letter_radio):
            size = radio.text().replace("&", "")
            radio.setAccessibleName(translate("PrintOptionsDialog", "Paper size {size}").format(size=size))
            self.paper_group.addButton(radio)
            paper_row.addWidget(radio)
        paper_row.addStretch(1)
        self.initials_check = QCheckBox(translate("PrintOptionsDialog", "Print our &initials instead of our names"))
        self.cards_check = QCheckBox(
            translate("PrintOptionsDialog", "Add exercise &cards with the steps (extra pages)")
        )
        self.discreet_check = QCheckBox(
            translate("PrintOptionsDialog", "Use a &neutral document title (“Summary”)")
            if self._summary
            else translate("PrintOptionsDialog", "Use a &neutral document title (“Weekly plan”)")
        )
        # A summary has no exercise cards: the option is not offered for it.
        self.cards_check.setVisible(not self._summary)
        self.discreet_check.setToolTip(
            translate("PrintOptionsDialog", "The title print queues and PDF readers show; no names.")
        )
        form = QFormLayout()
        form.addRow(translate("PrintOptionsDialog", "Paper:"), paper_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for check in (self.initials_check, self.cards_check, self.discreet_check):
            layout.addWidget(check)
        note = plain_label(translate("PrintOptionsDialog", "Private notes are never printed or exported."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._action)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, options: PrintOptions, action: str, *, summary: bool = False
    ) -> PrintOptions | None:
        """The chosen options (for the week, or only those that apply to a summary), or None if cancelled."""
        dialog = cls(options, action, parent, summary=summary)
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def set_options(self, options: PrintOptions) -> None:
        """Show `options` in the fields."""
        (self.letter_radio if options.paper is Paper.LETTER else self.a4_radio).setChecked(True)
        self.initials_check.setChecked(options.initials_only)
        self.cards_check.setChecked(options.exercise_cards)
        self.discreet_check.setChecked(options.discreet_title)

    def options(self) -> PrintOptions:
        """The options as the fields say."""
        return PrintOptions(
            paper=Paper.LETTER if self.letter_radio.isChecked() else Paper.A4,
            initials_only=self.initials_check.isChecked(),
            exercise_cards=self.cards_check.isChecked() and not self._summary,
            discreet_title=self.discreet_check.isChecked(),
        )
