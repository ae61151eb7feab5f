"""The check-in before a session: private turns, each asking for today's yes, a traffic light and expected distress.

Each turn begins with a screen asking the other partner to look away; once a turn is handed over there is no way
back into it, and nothing of it is shown again. Only the combined advice is shown afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.check_in_rules import CONSENT_QUESTION, CheckInTurn
from repairplanner.core.couple import Couple
from repairplanner.core.entities import (
    MIN_LEVEL,
    SCALE_MAX,
    SCALE_MIN,
    Exercise,
    Light,
    Partner,
    Track,
    YellowChoice,
)
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

LIGHT_TEXT = {
    Light.GREEN: QT_TRANSLATE_NOOP("CheckInDialog", "Green — I feel ready"),
    Light.YELLOW: QT_TRANSLATE_NOOP("CheckInDialog", "Yellow — a bit unsure"),
    Light.RED: QT_TRANSLATE_NOOP("CheckInDialog", "Red — I need to go very gently today"),
}
YES_TEXT = QT_TRANSLATE_NOOP("CheckInDialog", "Yes")
NOT_TODAY_TEXT = QT_TRANSLATE_NOOP("CheckInDialog", "Not today")
YELLOW_QUESTION = QT_TRANSLATE_NOOP(
    "CheckInDialog", "What would you like today? Only you choose this, and nobody will see which you picked."
)
YELLOW_TEXT = {
    YellowChoice.SHORTER: QT_TRANSLATE_NOOP("CheckInDialog", "A shorter or lighter version"),
    YellowChoice.PREVIOUS_LEVEL: QT_TRANSLATE_NOOP("CheckInDialog", "An exercise from the level before"),
    YellowChoice.TALK: QT_TRANSLATE_NOOP("CheckInDialog", "A talk instead"),
    YellowChoice.AS_PLANNED: QT_TRANSLATE_NOOP("CheckInDialog", "Go ahead as planned"),
}
# Traffic-light colours mid-way in lightness, so the dots read on light and dark backgrounds; the words carry it.
_LIGHT_COLOUR = {Light.GREEN: "#3f9b5a", Light.YELLOW: "#d9a520", Light.RED: "#c8553d"}
_LIGHT_ID = {Light.GREEN: 0, Light.YELLOW: 1, Light.RED: 2}
_YES, _NOT_TODAY = 1, 0


def light_icon(light: Light) -> QIcon:
    """A small round dot in the light's colour, beside its words."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_LIGHT_COLOUR[light]))
    painter.drawEllipse(4, 4, 24, 24)
    painter.end()
    return QIcon(pixmap)


def scale_text(value: int) -> str:
    """'3 of 10'."""
    return translate("CheckInDialog", "{value} of {max}").format(value=value, max=SCALE_MAX)


def look_away_text(answering: Partner, others: Sequence[Partner]) -> str:
    """'Bo, please look away while Ana answers.'"""
    names = others[0].name if others else ""
    for other in others[1:]:
        names = translate("CheckInDialog", "{first} and {second}").format(first=names, second=other.name)
    return translate("CheckInDialog", "{names}, please look away while {name} answers.").format(
        names=names, name=answering.name
    )


def yellow_choices(exercise: Exercise | None) -> tuple[YellowChoice, ...]:
    """What a yellow partner may choose for this exercise: the previous level only above level 1, a talk for touch."""
    level = exercise.level if exercise else MIN_LEVEL
    track = exercise.track if exercise else Track.TALK
    return tuple(
        c
        for c in YellowChoice
        if not (c is YellowChoice.PREVIOUS_LEVEL and level <= MIN_LEVEL)
        and not (c is YellowChoice.TALK and track is not Track.TOUCH)
    )


def _bold(label: QLabel, role: Role) -> QLabel:
    set_role(label, role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class LookAwayPage(QWidget):
    """Asks the others to look away before a partner's turn."""

    def __init__(self, answering: Partner, others: Sequence[Partner], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner = answering
        self.message_label = _bold(plain_label(look_away_text(answering, others)), Role.PAGE_TITLE)
        self.message_label.setAccessibleName(translate("CheckInDialog", "Whose turn it is"))
        hint = plain_label(
            translate(
                "CheckInDialog", "{name}, press Next when you are ready. Your answers stay between you and the app."
            ).format(name=answering.name)
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addWidget(hint)
        layout.addStretch(1)


class PartnerTurnPage(QWidget):
    """One turn: today's yes or not today; with a yes, a light, expected distress, and after yellow, a choice."""

    def __init__(self, partner: Partner, exercise: Exercise | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner = partner
        self._exercise = exercise
        self._build_ui()
        self._connect_signals()
        self._update_visibility()

    def _build_ui(self) -> None:
        name = self.partner.name
        heading = _bold(
            plain_label(translate("CheckInDialog", "{name}, this is your turn.").format(name=name)), Role.SECTION
        )
        consent_question = translate("CheckIn", CONSENT_QUESTION)  # core marks it in the "CheckIn" context
        question = plain_label(consent_question)
        self.consent_group = QButtonGroup(self)
        self.yes_radio = QRadioButton(translate("CheckInDialog", YES_TEXT))
        self.not_today_radio = QRadioButton(translate("CheckInDialog", NOT_TODAY_TEXT))
        consent_row = QHBoxLayout()
        for button, number in ((self.yes_radio, _YES), (self.not_today_radio, _NOT_TODAY)):
            button.setAccessibleName(
                translate("CheckInDialog", "{name}: {question} {answer}").format(
                    name=name, question=consent_question, answer=button.text()
                )
            )
            self.consent_group.addButton(button, number)
            consent_row.addWidget(button)
        consent_row.addStretch(1)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 6, 0, 0)
        details.addWidget(plain_label(translate("CheckInDialog", "How are you arriving?")))
        self.light_group = QButtonGroup(self)
        self.light_buttons: dict[Light, QRadioButton] = {}
        for light in Light:
            light_text = translate("CheckInDialog", LIGHT_TEXT[light])
            button = QRadioButton(light_text)
            button.setIcon(light_icon(light))
            button.setAccessibleName(
                translate("CheckInDialog", "{name}: {answer}").format(name=name, answer=light_text)
            )
            self.light_group.addButton(button, _LIGHT_ID[light])
            self.light_buttons[light] = button
            details.addWidget(button)
        self._build_yellow(details)
        self._build_distress(details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(question)
        layout.addLayout(consent_row)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def _build_yellow(self, details: QVBoxLayout) -> None:
        self.yellow_box = QWidget()
        box = QVBoxLayout(self.yellow_box)
        box.setContentsMargins(24, 0, 0, 0)
        prompt = plain_label(translate("CheckInDialog", YELLOW_QUESTION))
        prompt.setWordWrap(True)
        box.addWidget(prompt)
        self.yellow_group = QButtonGroup(self)
        self.yellow_buttons: dict[YellowChoice, QRadioButton] = {}
        for number, choice in enumerate(yellow_choices(self._exercise)):
            choice_text = translate("CheckInDialog", YELLOW_TEXT[choice])
            button = QRadioButton(choice_text)
            button.setAccessibleName(
                translate("CheckInDialog", "{name}: {answer}").format(name=self.partner.name, answer=choice_text)
            )
            self.yellow_group.addButton(button, number)
            self.yellow_buttons[choice] = button
            box.addWidget(button)
        details.addWidget(self.yellow_box)

    def _build_distress(self, details: QVBoxLayout) -> None:
        question = plain_label(
            translate(
                "CheckInDialog", "How hard do you expect it to be? 0 is not at all, 10 is the hardest you can imagine."
            )
        )
        question.setWordWrap(True)
        self.distress_slider = QSlider(Qt.Orientation.Horizontal)
        self.distress_slider.setRange(SCALE_MIN, SCALE_MAX)
        self.distress_slider.setPageStep(1)
        self.distress_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.distress_slider.setTickInterval(1)
        self.distress_slider.setAccessibleName(
            translate("CheckInDialog", "{name}: expected distress, 0 to 10").format(name=self.partner.name)
        )
        self.distress_value = plain_label(scale_text(0))
        self.distress_value.setMinimumWidth(
            self.distress_value.fontMetrics().horizontalAdvance(scale_text(SCALE_MAX) + "  ")
        )
        question.setBuddy(self.distress_slider)
        row = QHBoxLayout()
        row.addWidget(self.distress_slider, 1)
        row.addWidget(self.distress_value)
        details.addSpacing(6)
        details.addWidget(question)
        details.addLayout(row)

    def _connect_signals(self) -> None:
        self.distress_slider.valueChanged.connect(self._on_distress_slider_value_changed)
        self.consent_group.idToggled.connect(self._on_any_toggled)
        self.light_group.idToggled.connect(self._on_any_toggled)

    def turn(self) -> CheckInTurn | None:
        """The partner's turn once it is complete enough to hand over, else None."""
        if self.consent_group.checkedId() == _NOT_TODAY:
            return CheckInTurn(self.partner.id, False)
        if self.consent_group.checkedId() != _YES:
            return None
        checked = self.light_group.checkedId()
        light = next((light for light, number in _LIGHT_ID.items() if number == checked), None)
        choice = next((c for c, b in self.yellow_buttons.items() if b.isChecked()), None)
        turn = CheckInTurn(
            self.partner.id,
            True,
            light,
            self.distress_slider.value(),
            choice if light is Light.YELLOW else None,
        )
        return None if turn.problem() else turn

    def set_turn(self, turn: CheckInTurn) -> None:
        """Fill the page (for tests and for scripted demos)."""
        (self.yes_radio if turn.wants_today else self.not_today_radio).setChecked(True)
        if turn.light is not None:
            self.light_buttons[turn.light].setChecked(True)
        if turn.expected_distress is not None:
            self.distress_slider.setValue(turn.expected_distress)
        if turn.yellow_choice is not None:
            self.yellow_buttons[turn.yellow_choice].setChecked(True)

    def first_focus(self) -> QWidget:
        """Where the keyboard starts: the consent question."""
        checked = self.consent_group.checkedButton()
        return checked if checked is not None else self.yes_radio

    def _update_visibility(self) -> None:
        self.details.setVisible(self.consent_group.checkedId() == _YES)
        self.yellow_box.setVisible(self.light_group.checkedId() == _LIGHT_ID[Light.YELLOW])

    def _on_any_toggled(self, _id: int, _checked: bool) -> None:
        self._update_visibility()

    def _on_distress_slider_value_changed(self, value: int) -> None:
        self.distress_value.setText(scale_text(value))


class CheckInDialog(QDialog):
    """Each partner's private turn, in the given order; a turn handed over cannot be opened again."""

    def __init__(
        self,
        couple: Couple,
        exercise: Exercise | None,
        order: Sequence[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._couple = couple
        self._exercise = exercise
        self._partners = [couple.partner(pid) for pid in order]
        self._turns: list[CheckInTurn] = []
        self._build_ui()
        self._connect_signals()
        self._show(0)

    def _build_ui(self) -> None:
        self.setWindowTitle(translate("CheckInDialog", "Check in"))
        self.setAccessibleName(translate("CheckInDialog", "Check in"))
        this_session = translate("CheckInDialog", "This session")
        title = _bold(plain_label(self._exercise.title if self._exercise else this_session), Role.SECTION)
        about = []
        if self._exercise is not None and self._exercise.agreement:
            agreeing = translate("CheckInDialog", "What you are agreeing to: {agreement}")
            about.append(agreeing.format(agreement=self._exercise.agreement))
        stop = translate("CheckInDialog", "Your stop signal is “{signal}”. It can be used at any moment.")
        about.append(stop.format(signal=self._couple.stop_signal))
        if self._couple.slow_down_signal:
            slow = translate("CheckInDialog", "Your slow-down signal is “{signal}”: slower and gentler, not stop.")
            about.append(slow.format(signal=self._couple.slow_down_signal))
        about_label = plain_label("\n".join(about))
        about_label.setWordWrap(True)
        self.turn_label = plain_label()
        self.pages: list[QWidget] = []
        self.turn_pages: list[PartnerTurnPage] = []
        for partner in self._partners:
            others = [p for p in self._partners if p.id != partner.id]
            if others:
                self.pages.append(LookAwayPage(partner, others))
            turn_page = PartnerTurnPage(partner, self._exercise)
            self.turn_pages.append(turn_page)
            self.pages.append(turn_page)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.buttons = QDialogButtonBox()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.setAutoDefault(True)
        self.cancel_button = QPushButton(translate("CheckInDialog", "Not no&w"))
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about_label)
        layout.addSpacing(8)
        layout.addWidget(self.turn_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _connect_signals(self) -> None:
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.buttons.rejected.connect(self.reject)
        for page in self.turn_pages:
            for group in (page.consent_group, page.light_group, page.yellow_group):
                group.idToggled.connect(self._on_answer_toggled)

    @classmethod
    def ask(
        cls, parent: QWidget | None, couple: Couple, exercise: Exercise | None, order: Sequence[int]
    ) -> list[CheckInTurn] | None:
        """Every partner's turn in order, or None if the couple chose 'Not now'."""
        dialog = cls(couple, exercise, order, parent)
        return dialog.turns() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def current_page(self) -> QWidget:
        return self.pages[self.stack.currentIndex()]

    def turns(self) -> list[CheckInTurn] | None:
        """Every partner's turn, in order, once all are handed over; None before that."""
        return list(self._turns) if len(self._turns) == len(self.turn_pages) else None

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        number = sum(isinstance(p, PartnerTurnPage) for p in self.pages[: index + 1])
        total = len(self.turn_pages)
        if isinstance(page, LookAwayPage):
            self.turn_label.setText("")
            self.next_button.setText(translate("CheckInDialog", "&Next"))
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            assert isinstance(page, PartnerTurnPage)
            whose = translate("CheckInDialog", "{name}'s turn ({number} of {count})")
            self.turn_label.setText(
                whose.format(name=page.partner.name, number=number, count=total) if total > 1 else ""
            )
            last = index == len(self.pages) - 1
            self.next_button.setText(
                translate("CheckInDialog", "&Done") if last else translate("CheckInDialog", "&Next: hand over")
            )
            page.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_next()

    def _update_next(self) -> None:
        page = self.current_page()
        self.next_button.setEnabled(not isinstance(page, PartnerTurnPage) or page.turn() is not None)

    def _on_answer_toggled(self, _id: int, _checked: bool) -> None:
        self._update_next()

    def _on_next_button_clicked(self) -> None:
        page = self.current_page()
        if isinstance(page, PartnerTurnPage):
            turn = page.turn()
            if turn is None:
                return
            self._turns.append(turn)
            page.setEnabled(False)  # handed over: nothing in it can be changed or shown again
        index = self.stack.currentIndex()
        if index == len(self.pages) - 1:
            self.accept()
        else:
            self._show(index + 1)
