"""Field groups shared by the first-run setup and Settings: names and colours, and the stop and slow-down signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from repairplanner.core.couple import (
    NAME_MAX,
    STOP_SIGNAL_MAX,
    CoupleSetup,
    PartnerDraft,
    SetupError,
    clean_name,
    clean_setup,
    clean_slow_down_signal,
    clean_stop_signal,
)
from repairplanner.core.i18n import translate
from repairplanner.ui.setup.colour_field import ColourField
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.ui.setup.colour_field import ColourChooser

# QLineEdit counts UTF-16 units, so an emoji takes two; the real limit is clean_name's, shown as a message.
NAME_INPUT_MAX = NAME_MAX * 2
STOP_SIGNAL_INPUT_MAX = STOP_SIGNAL_MAX * 2
# Passes clean_stop_signal, so clean_setup can judge names and days before the stop signal is asked for.
ANY_SIGNAL = "pause"


def mnemonic_safe(text: str) -> str:
    """`text` for a button or buddy label, where a lone '&' would otherwise mark a shortcut key."""
    return text.replace("&", "&&")


def draft_error(setup: CoupleSetup) -> str | None:
    """The message for the first rule `setup` breaks, or None when it is fine."""
    try:
        clean_setup(setup)
    except SetupError as error:
        return error.message
    return None


class InlineMessage(QLabel):
    """A calm line under a field saying what still needs doing; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hide()

    def show_message(self, text: str | None) -> None:
        """Show `text`, or hide the line when it is None."""
        self.setText(text or "")
        self.setVisible(bool(text))


class NamesField(QWidget):
    """Both partners' names, each with an optional colour, and a live message while a name needs changing."""

    changed = Signal()

    def __init__(self, dialogs: ColourChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._touched: set[int] = set()
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(plain_label(translate("NamesField", "Name")), 0, 1)
        grid.addWidget(plain_label(translate("NamesField", "Colour, if you like")), 0, 2)
        self.name_edits: list[QLineEdit] = []
        self.colours: list[ColourField] = []
        for seat in (1, 2):
            edit = QLineEdit()
            edit.setMaxLength(NAME_INPUT_MAX)
            edit.setAccessibleName(translate("NamesField", "Name of partner {seat}").format(seat=seat))
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 16))
            label = plain_label(translate("NamesField", "Partner &{seat}").format(seat=seat))
            label.setBuddy(edit)
            colour = ColourField(self._dialogs)
            colour.set_owner(translate("NamesField", "partner {seat}").format(seat=seat))
            grid.addWidget(label, seat, 0)
            grid.addWidget(edit, seat, 1)
            grid.addWidget(colour, seat, 2)
            self.name_edits.append(edit)
            self.colours.append(colour)
        grid.setColumnStretch(1, 1)
        self.message = InlineMessage()
        grid.addWidget(self.message, 3, 1, 1, 2)

    def _connect_signals(self) -> None:
        for seat, edit in enumerate(self.name_edits):
            edit.textEdited.connect(lambda _text, seat=seat: self._on_name_edit_text_edited(seat))
            edit.textChanged.connect(self._on_name_edit_text_changed)
        for colour in self.colours:
            colour.changed.connect(self.changed)

    def names(self) -> tuple[str, str]:
        """The names as typed (not yet trimmed)."""
        return self.name_edits[0].text(), self.name_edits[1].text()

    def drafts(self, first_days: frozenset[int], second_days: frozenset[int]) -> tuple[PartnerDraft, PartnerDraft]:
        """Both partners as entered, with the given unavailable days."""
        first, second = self.names()
        return (
            PartnerDraft(first, self.colours[0].color(), first_days),
            PartnerDraft(second, self.colours[1].color(), second_days),
        )

    def display_names(self) -> tuple[str, str]:
        """The names to address the partners by; a neutral stand-in while one is still empty or too long."""
        shown = []
        for seat, text in enumerate(self.names(), start=1):
            try:
                shown.append(clean_name(text))
            except SetupError:
                shown.append(translate("NamesField", "Partner {seat}").format(seat=seat))
        return shown[0], shown[1]

    def set_partners(self, first: PartnerDraft, second: PartnerDraft) -> None:
        """Fill the rows from stored partners."""
        for edit, colour, draft in zip(self.name_edits, self.colours, (first, second), strict=True):
            edit.setText(draft.name)
            colour.set_color(draft.color)
        self._touched = {0, 1}
        self._refresh()

    def error(self) -> str | None:
        """Why the names cannot be used yet, or None."""
        first, second = self.drafts(frozenset(), frozenset())
        return draft_error(CoupleSetup(first, second, ANY_SIGNAL))

    def _visible_error(self) -> str | None:
        # An empty name the couple has not reached yet needs no message; Next is simply not ready.
        for seat, text in enumerate(self.names()):
            if seat in self._touched or text.strip():
                try:
                    clean_name(text)
                except SetupError as error:
                    return error.message
        return self.error() if all(text.strip() for text in self.names()) else None

    def _refresh(self) -> None:
        message = self._visible_error()
        self.message.show_message(message)
        for edit in self.name_edits:
            edit.setAccessibleDescription(message or "")
        for colour, shown in zip(self.colours, self.display_names(), strict=True):
            colour.set_owner(shown)
        self.changed.emit()

    def _on_name_edit_text_edited(self, seat: int) -> None:
        self._touched.add(seat)
        self._refresh()

    def _on_name_edit_text_changed(self, _text: str) -> None:
        self._refresh()


class StopSignalField(QWidget):
    """The stop signal the couple agrees on, with examples and a live message."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.edit = QLineEdit()
        self.edit.setMaxLength(STOP_SIGNAL_INPUT_MAX)
        self.edit.setPlaceholderText(translate("StopSignalField", "a word like “pause”, or a raised flat hand"))
        self.edit.setAccessibleName(translate("StopSignalField", "Our stop signal"))
        self.hint = plain_label(translate("StopSignalField", "Choose something easy to say or show, even when upset."))
        self.hint.setWordWrap(True)
        self.edit.setAccessibleDescription(self.hint.text())
        self.message = InlineMessage()
        label = plain_label(translate("StopSignalField", "Our stop &signal"))
        label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)

    def _connect_signals(self) -> None:
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.textChanged.connect(self._on_edit_text_changed)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self._touched = True
        self._refresh()

    def error(self) -> str | None:
        """Why the stop signal cannot be used yet, or None."""
        try:
            clean_stop_signal(self.edit.text())
        except SetupError as error:
            return error.message
        return None

    def _refresh(self) -> None:
        message = self.error() if self._touched else None
        self.message.show_message(message)
        self.edit.setAccessibleDescription(message or self.hint.text())
        self.changed.emit()

    def _on_edit_text_edited(self, _text: str) -> None:
        self._touched = True
        self._refresh()

    def _on_edit_text_changed(self, _text: str) -> None:
        self._refresh()


class SlowDownSignalField(QWidget):
    """The optional slow-down signal ("slower, gentler"), checked against the stop signal beside it."""

    changed = Signal()

    def __init__(self, stop_signal: StopSignalField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stop_signal = stop_signal
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.edit = QLineEdit()
        self.edit.setMaxLength(STOP_SIGNAL_INPUT_MAX)
        self.edit.setPlaceholderText(translate("SlowDownSignalField", "a word like “yellow”, or a hand lowered slowly"))
        self.edit.setAccessibleName(translate("SlowDownSignalField", "Our slow-down signal, if you like"))
        self.hint = plain_label(
            translate(
                "SlowDownSignalField",
                "Optional: a word or a gesture that means “slower, gentler”, for when something is a bit much "
                "but you do not want to stop.",
            )
        )
        self.hint.setWordWrap(True)
        self.edit.setAccessibleDescription(self.hint.text())
        self.message = InlineMessage()
        label = plain_label(translate("SlowDownSignalField", "Our slow-&down signal, if you like"))
        label.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)

    def _connect_signals(self) -> None:
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self._stop_signal.changed.connect(self._refresh)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def error(self) -> str | None:
        """Why the slow-down signal cannot be used, or None (an empty one is fine)."""
        try:
            clean_slow_down_signal(self.edit.text(), self._stop_signal.text())
        except SetupError as error:
            return error.message
        return None

    def _refresh(self) -> None:
        message = self.error()
        self.message.show_message(message)
        self.edit.setAccessibleDescription(message or self.hint.text())
        self.changed.emit()

    def _on_edit_text_changed(self, _text: str) -> None:
        self._refresh()
