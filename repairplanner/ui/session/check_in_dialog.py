"""The check-in before a session: each partner in turn picks a traffic light and how hard they expect it to be."""

from __future__ import annotations

from dataclasses import dataclass

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

from repairplanner.core.couple import Couple
from repairplanner.core.entities import SCALE_MAX, SCALE_MIN, Exercise, Light, Partner

LIGHT_TEXT = {
    Light.GREEN: "Green — I feel ready",
    Light.YELLOW: "Yellow — a bit unsure",
    Light.RED: "Red — not today",
}
# Traffic-light colours mid-way in lightness, so the dots read on light and dark backgrounds; the words carry it.
_LIGHT_COLOUR = {Light.GREEN: "#3f9b5a", Light.YELLOW: "#d9a520", Light.RED: "#c8553d"}
_LIGHT_ID = {Light.GREEN: 0, Light.YELLOW: 1, Light.RED: 2}


@dataclass(frozen=True, slots=True)
class CheckInAnswer:
    """One partner's check-in: a traffic light and the distress they expect, 0 to 10."""

    light: Light
    expected_distress: int


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
    return f"{value} of {SCALE_MAX}"


class _PartnerPage(QWidget):
    """One partner's turn."""

    def __init__(self, partner: Partner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partner = partner
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        heading = QLabel(f"{self.partner.name}, how are you arriving?")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.light_group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        self.light_buttons: dict[Light, QRadioButton] = {}
        for light in Light:
            button = QRadioButton(LIGHT_TEXT[light])
            button.setIcon(light_icon(light))
            button.setAccessibleName(f"{self.partner.name}: {LIGHT_TEXT[light]}")
            self.light_group.addButton(button, _LIGHT_ID[light])
            self.light_buttons[light] = button
            layout.addWidget(button)
        layout.addSpacing(10)
        question = QLabel("How hard do you expect it to be? 0 is not at all, 10 is the hardest you can imagine.")
        question.setWordWrap(True)
        self.distress_slider = QSlider(Qt.Orientation.Horizontal)
        self.distress_slider.setRange(SCALE_MIN, SCALE_MAX)
        self.distress_slider.setPageStep(1)
        self.distress_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.distress_slider.setTickInterval(1)
        self.distress_slider.setAccessibleName(f"{self.partner.name}: expected distress, 0 to 10")
        self.distress_value = QLabel(scale_text(0))
        self.distress_value.setMinimumWidth(self.distress_value.fontMetrics().horizontalAdvance("10 of 10  "))
        question.setBuddy(self.distress_slider)
        row = QHBoxLayout()
        row.addWidget(self.distress_slider, 1)
        row.addWidget(self.distress_value)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.distress_slider.valueChanged.connect(self._on_distress_slider_value_changed)

    def answer(self) -> CheckInAnswer | None:
        """The partner's answer, once they picked a light."""
        checked = self.light_group.checkedId()
        if checked == -1:
            return None
        light = next(light for light, number in _LIGHT_ID.items() if number == checked)
        return CheckInAnswer(light, self.distress_slider.value())

    def set_answer(self, answer: CheckInAnswer) -> None:
        """Fill the page."""
        self.light_buttons[answer.light].setChecked(True)
        self.distress_slider.setValue(answer.expected_distress)

    def _on_distress_slider_value_changed(self, value: int) -> None:
        self.distress_value.setText(scale_text(value))


class CheckInDialog(QDialog):
    """Both partners check in, one after the other; check-ins are not secret, but each answers for themselves."""

    def __init__(
        self, couple: Couple, exercise: Exercise | None, parent: QWidget | None = None, *, only: int | None = None
    ) -> None:
        super().__init__(parent)
        self._couple = couple
        self._exercise = exercise
        self._only = only  # a solo session: only this partner checks in
        self._build_ui()
        self._connect_signals()
        self._show_turn(0)

    def _build_ui(self) -> None:
        self.setWindowTitle("Check in together")
        self.setAccessibleName("Check in together")
        title = QLabel(self._exercise.title if self._exercise else "This session")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        about = []
        if self._exercise is not None and self._exercise.agreement:
            about.append(f"What you are agreeing to: {self._exercise.agreement}")
        about.append(f"Your stop signal is “{self._couple.stop_signal}”. Either of you can use it at any moment.")
        about_label = QLabel("\n".join(about))
        about_label.setWordWrap(True)
        about_label.setTextFormat(Qt.TextFormat.PlainText)
        self.turn_label = QLabel()
        partners = [p for p in self._couple.partners if self._only is None or p.id == self._only]
        self.pages = [_PartnerPage(partner) for partner in partners or self._couple.partners]
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        self.buttons = QDialogButtonBox()
        self.back_button = QPushButton("&Back")
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton("Not now")
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(about_label)
        layout.addSpacing(8)
        layout.addWidget(self.turn_label)
        layout.addWidget(self.stack)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.buttons.rejected.connect(self.reject)
        for page in self.pages:
            page.light_group.idToggled.connect(self._on_light_group_id_toggled)

    @classmethod
    def ask(
        cls, parent: QWidget | None, couple: Couple, exercise: Exercise | None, only: int | None = None
    ) -> dict[int, CheckInAnswer] | None:
        """Each partner's check-in by partner id (only `only`'s for a solo session), or None for 'Not now'."""
        dialog = cls(couple, exercise, parent, only=only)
        return dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def turn(self) -> int:
        """Whose turn it is, as an index into the couple's partners."""
        return self.stack.currentIndex()

    def answers(self) -> dict[int, CheckInAnswer] | None:
        """Both partners' answers, or None while someone has not picked a light."""
        found = {page.partner.id: page.answer() for page in self.pages}
        if any(answer is None for answer in found.values()):
            return None
        return {pid: answer for pid, answer in found.items() if answer is not None}

    def _show_turn(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        partner = self.pages[index].partner
        self.turn_label.setText(f"{partner.name}'s turn ({index + 1} of {len(self.pages)})")
        last = index == len(self.pages) - 1
        self.next_button.setText("&Done" if last else f"&Next: {self.pages[index + 1].partner.name}")
        self.back_button.setVisible(index > 0)
        self._update_next()
        first = self.pages[index].light_group.checkedButton() or self.pages[index].light_buttons[Light.GREEN]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_next(self) -> None:
        self.next_button.setEnabled(self.pages[self.turn()].answer() is not None)

    def _on_light_group_id_toggled(self, _id: int, _checked: bool) -> None:
        self._update_next()

    def _on_back_button_clicked(self) -> None:
        self._show_turn(max(0, self.turn() - 1))

    def _on_next_button_clicked(self) -> None:
        if self.pages[self.turn()].answer() is None:
            return
        if self.turn() < len(self.pages) - 1:
            self._show_turn(self.turn() + 1)
        else:
            self.accept()
