"""A partner's reflection after a session: three ratings, two yes/no questions, and a shared or private note.

Everything starts blank: no rating is suggested, and a note is saved only once its owner chose shared or private.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.entities import SCALE_MAX, SCALE_MIN, NoteVisibility, Partner, Reflection, ReflectionDraft
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

NOTE_MAX = 4000
NOTE_PROMPTS = QT_TRANSLATE_NOOP(
    "ReflectionDialog",
    "What did you notice in your body first?\nThen: what did you feel?\nWhat would you like next time?",
)
NOT_CHOSEN = QT_TRANSLATE_NOOP("ReflectionDialog", "Choose…")
_YES, _NO = 1, 0
_UNSET = SCALE_MIN - 1


@dataclass(frozen=True, slots=True)
class ReflectionRequest:
    """Whose reflection on which session, filled only from an earlier one, with a kind word if something went wrong."""

    session_id: int
    partner: Partner
    other: Partner
    exercise_title: str
    previous: Reflection | ReflectionDraft | None = None
    problem: str = ""


class _Scale(QSpinBox):
    """A 0-10 rating that starts as "Choose…" and has no value until its owner picks one."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(_UNSET, SCALE_MAX)
        self.setSpecialValueText(translate("ReflectionDialog", NOT_CHOSEN))
        self.setSuffix(translate("ReflectionDialog", " of {max}").format(max=SCALE_MAX))
        self.setValue(_UNSET)
        self.setAccessibleName(accessible_name)
        widest = translate("ReflectionDialog", "{value} of {max}").format(value=SCALE_MAX, max=SCALE_MAX)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest) * 2)

    def chosen(self) -> int | None:
        """The rating, or None while it is still "Choose…"."""
        value = self.value()
        return None if value == _UNSET else value

    def set_chosen(self, value: int | None) -> None:
        self.setValue(_UNSET if value is None else value)


class ReflectionDialog(QDialog):
    """One partner's reflection; 'Skip reflection' is always fine and closes without a word."""

    def __init__(self, request: ReflectionRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = request
        self._build_ui()
        self._connect_signals()
        self._fill(request)

    def _build_ui(self) -> None:
        name = self._request.partner.name
        self.setWindowTitle(translate("ReflectionDialog", "{name}'s reflection").format(name=name))
        self.setAccessibleName(translate("ReflectionDialog", "{name}'s reflection").format(name=name))
        heading = plain_label(translate("ReflectionDialog", "{name}, how was it?").format(name=name))
        set_role(heading, Role.SECTION)
        about = plain_label(
            translate("ReflectionDialog", "After “{title}”. Take your time; there are no right answers.").format(
                title=self._request.exercise_title
            )
        )
        about.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(about)
        layout.addSpacing(4)
        self._build_ratings(layout)
        layout.addSpacing(4)
        self._build_note(layout)
        self.hint_label = plain_label()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(translate("ReflectionDialog", "What is still to choose"))
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            translate("ReflectionDialog", "&Save reflection"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            translate("ReflectionDialog", "S&kip reflection"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _build_ratings(self, layout: QVBoxLayout) -> None:
        name = self._request.partner.name
        self.peak_scale = _Scale(translate("ReflectionDialog", "{name}: peak distress, 0 to 10").format(name=name))
        self.safe_scale = _Scale(translate("ReflectionDialog", "{name}: felt safe, 0 to 10").format(name=name))
        self.close_scale = _Scale(translate("ReflectionDialog", "{name}: felt close, 0 to 10").format(name=name))
        self.stop_group, stop_row = self._yes_no(translate("ReflectionDialog", "{name} used the stop signal: {answer}"))
        self.repeat_group, repeat_row = self._yes_no(
            translate("ReflectionDialog", "{name} would do it again: {answer}")
        )
        form = QFormLayout()
        form.addRow(translate("ReflectionDialog", "Hardest moment (&peak distress)"), self.peak_scale)
        form.addRow(translate("ReflectionDialog", "How sa&fe you felt"), self.safe_scale)
        form.addRow(translate("ReflectionDialog", "How &close you felt"), self.close_scale)
        form.addRow(translate("ReflectionDialog", "Did you use the stop signal?"), stop_row)
        form.addRow(translate("ReflectionDialog", "Would you do it again?"), repeat_row)
        for row, field in enumerate((self.peak_scale, self.safe_scale, self.close_scale)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)
        scale_hint = plain_label(
            translate(
                "ReflectionDialog",
                "Each from 0 (none or not at all) to 10 (the most): type a number or use the arrow keys.",
            )
        )
        scale_hint.setWordWrap(True)
        layout.addWidget(scale_hint)
        layout.addLayout(form)

    def _build_note(self, layout: QVBoxLayout) -> None:
        name, other = self._request.partner.name, self._request.other.name
        note_label = plain_label(translate("ReflectionDialog", "&Note (optional)"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(translate("ReflectionDialog", NOTE_PROMPTS))
        self.note_edit.setAccessibleName(translate("ReflectionDialog", "{name}'s note").format(name=name))
        self.note_edit.setTabChangesFocus(True)
        note_label.setBuddy(self.note_edit)
        self.visibility_group = QButtonGroup(self)
        self.shared_radio = QRadioButton(
            translate("ReflectionDialog", "Shared: {other} can read it").format(other=other)
        )
        self.private_radio = QRadioButton(
            translate("ReflectionDialog", "Private: sealed with your passphrase; {other} can't read it").format(
                other=other
            )
        )
        for number, button in enumerate((self.shared_radio, self.private_radio)):
            button.setAccessibleName(button.text())
            self.visibility_group.addButton(button, number)
        self.problem_label = plain_label()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(translate("ReflectionDialog", "Something to know"))
        self.problem_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.problem_label.setMargin(6)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit, 1)
        layout.addWidget(self.shared_radio)
        layout.addWidget(self.private_radio)
        layout.addWidget(self.problem_label)

    def _yes_no(self, what: str) -> tuple[QButtonGroup, QWidget]:
        """A yes/no row; `what` names each answer, with `{name}` and `{answer}` ('Ana used the stop signal: yes')."""
        group = QButtonGroup(self)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, number in ((translate("ReflectionDialog", "Yes"), _YES), (translate("ReflectionDialog", "No"), _NO)):
            button = QRadioButton(text)
            button.setAccessibleName(what.format(name=self._request.partner.name, answer=text.lower()))
            group.addButton(button, number)
            layout.addWidget(button)
        layout.addStretch(1)
        return group, row

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.repeat_group.idToggled.connect(self._on_answer_changed)
        self.stop_group.idToggled.connect(self._on_answer_changed)
        self.visibility_group.idToggled.connect(self._on_answer_changed)
        for scale in (self.peak_scale, self.safe_scale, self.close_scale):
            scale.valueChanged.connect(self._on_answer_changed)
        self.note_edit.textChanged.connect(self._on_answer_changed)

    @classmethod
    def ask(cls, parent: QWidget | None, request: ReflectionRequest) -> ReflectionDraft | None:
        """The reflection as written, or None for 'Skip reflection'."""
        dialog = cls(request, parent)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def missing(self) -> list[str]:
        """What is still to be chosen before the reflection can be saved, in plain words."""
        missing = [
            what
            for what, scale in (
                (translate("ReflectionDialog", "the hardest moment"), self.peak_scale),
                (translate("ReflectionDialog", "how safe you felt"), self.safe_scale),
                (translate("ReflectionDialog", "how close you felt"), self.close_scale),
            )
            if scale.chosen() is None
        ]
        if self.stop_group.checkedId() == -1:
            missing.append(translate("ReflectionDialog", "whether you used the stop signal"))
        if self.repeat_group.checkedId() == -1:
            missing.append(translate("ReflectionDialog", "whether you would do it again"))
        if self.note_edit.toPlainText().strip() and self.visibility_group.checkedId() == -1:
            missing.append(translate("ReflectionDialog", "whether your note is shared or private"))
        return missing

    def draft(self) -> ReflectionDraft | None:
        """The reflection as the fields say, or None while something is still to be chosen."""
        peak, safe, close = (s.chosen() for s in (self.peak_scale, self.safe_scale, self.close_scale))
        if self.missing() or peak is None or safe is None or close is None:
            return None
        return ReflectionDraft(
            session_id=self._request.session_id,
            partner_id=self._request.partner.id,
            peak_distress=peak,
            felt_safe=safe,
            felt_close=close,
            used_stop_signal=self.stop_group.checkedId() == _YES,
            would_repeat=self.repeat_group.checkedId() == _YES,
            visibility=self.visibility(),
            note=self.note_edit.toPlainText()[:NOTE_MAX],
        )

    def visibility(self) -> NoteVisibility:
        """Private if chosen; shared otherwise (an empty note has nothing to share, and a note needs a choice)."""
        return NoteVisibility.PRIVATE if self.private_radio.isChecked() else NoteVisibility.SHARED

    def _fill(self, request: ReflectionRequest) -> None:
        previous = request.previous
        self.problem_label.setText(request.problem)
        self.problem_label.setVisible(bool(request.problem))
        if previous is not None:
            # The partner's own earlier answers (or what they just wrote), never a suggestion.
            self.peak_scale.set_chosen(previous.peak_distress)
            self.safe_scale.set_chosen(previous.felt_safe)
            self.close_scale.set_chosen(previous.felt_close)
            self.stop_group.button(_YES if previous.used_stop_signal else _NO).setChecked(True)
            self.repeat_group.button(_YES if previous.would_repeat else _NO).setChecked(True)
            private = previous.visibility is NoteVisibility.PRIVATE
            (self.private_radio if private else self.shared_radio).setChecked(True)
            self.note_edit.setPlainText(previous.note or "")
        self._on_answer_changed()

    def _on_answer_changed(self, *_args: object) -> None:
        missing = self.missing()
        self.save_button.setEnabled(not missing)
        still = translate("ReflectionDialog", "Still to choose: {items}.")
        self.hint_label.setText(still.format(items=", ".join(missing)) if missing else "")
        self.hint_label.setVisible(bool(missing))
