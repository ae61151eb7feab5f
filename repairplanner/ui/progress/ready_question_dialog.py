"""One partner's private answer to "are you ready for the next level?"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from repairplanner.core.entities import Track
from repairplanner.core.i18n import translate
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role
from repairplanner.ui.shared.track_words import track_word


class ReadyQuestionDialog(QDialog):
    """Asks one partner alone; neither button is the default, so nobody is nudged towards an answer."""

    def __init__(self, partner_name: str, track: Track, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partner_name = partner_name
        self._track = track
        self._level = level
        self._ready: bool | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("ReadyQuestionDialog", "A private question"))
        self.setAccessibleName(translate("ReadyQuestionDialog", "A private question"))
        track = track_word(self._track)
        question = translate("ReadyQuestionDialog", "{name}, are you ready for {track} level {level}?").format(
            name=self._partner_name, track=track, level=self._level
        )
        self.question_label = plain_label(question)
        set_role(self.question_label, Role.EMPHASIS)
        self.question_label.setWordWrap(True)
        self.note_label = plain_label(
            translate(
                "ReadyQuestionDialog",
                "Only you see this answer. It is shown when you have both answered, and a “not yet” is shown as "
                "“not this week”, never as whose it was. Either answer is a good answer.",
            )
        )
        self.note_label.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ready_button = QPushButton(translate("ReadyQuestionDialog", "&Ready"))
        self.ready_button.setAccessibleName(
            translate("ReadyQuestionDialog", "Ready for {track} level {level}").format(track=track, level=self._level)
        )
        self.not_yet_button = QPushButton(translate("ReadyQuestionDialog", "&Not yet"))
        self.not_yet_button.setAccessibleName(translate("ReadyQuestionDialog", "Not yet"))
        for button in (self.ready_button, self.not_yet_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.ready_button.clicked.connect(lambda: self.choose(True))
        self.not_yet_button.clicked.connect(lambda: self.choose(False))
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str, track: Track, level: int) -> bool | None:
        """True for ready, False for not yet, None if the partner closed the question."""
        dialog = cls(partner_name, track, level, parent)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def choose(self, ready: bool) -> None:
        """Take the answer and close."""
        self._ready = ready
        self.accept()

    def answer(self) -> bool | None:
        """The chosen answer, None before one was chosen."""
        return self._ready
