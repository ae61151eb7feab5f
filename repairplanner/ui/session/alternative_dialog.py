"""'Not this — how about…?': pick another exercise at the same or a lower level, with talk suggested first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.pace import within_pace
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

_ALL = 2
_TRACK_ID = {Track.TALK: 0, Track.TOUCH: 1}


@dataclass(frozen=True, slots=True)
class AlternativeRequest:
    """What to offer: exercises up to `max_level` on `tracks`, other than `current`; `ask_who` for a proposal."""

    couple: Couple
    exercises: tuple[Exercise, ...]
    current: Exercise | None
    max_level: int
    tracks: tuple[Track, ...] = (Track.TALK, Track.TOUCH)
    ask_who: bool = True
    #: Shown through translate("AlternativeDialog", …): the default is marked here, a caller passes its own words.
    heading: str = QT_TRANSLATE_NOOP("AlternativeDialog", "Not this — how about…?")


@dataclass(frozen=True, slots=True)
class AlternativeChoice:
    """The exercise chosen, and who proposes it (None when the couple chose together)."""

    exercise_id: str
    partner_id: int | None = None


def candidates(request: AlternativeRequest) -> list[Exercise]:
    """The exercises to offer: same or lower level, on the allowed tracks, talk first, then by level and title."""
    current_id = request.current.id if request.current else None
    found = [
        e
        for e in request.exercises
        if not e.archived
        and e.id != current_id
        and e.level <= request.max_level
        and e.track in request.tracks
        and within_pace(e, request.couple.levels)  # the slower partner sets the pace here too
    ]
    return sorted(found, key=lambda e: (e.track is not Track.TALK, -e.level, e.title.casefold()))


class AlternativeDialog(QDialog):
    """A list of gentler or different exercises; in a proposal, who proposes it too."""

    def __init__(self, request: AlternativeRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = request
        self._candidates = candidates(request)
        self._build_ui()
        self._connect_signals()
        self._fill()

    def _build_ui(self) -> None:
        request = self._request
        heading_text = translate("AlternativeDialog", request.heading)
        self.setWindowTitle(heading_text)
        self.setAccessibleName(heading_text)
        heading = plain_label(heading_text)
        set_role(heading, Role.SECTION)
        intro = translate("AlternativeDialog", "Saying no to this one is fine, and needs no reason.")
        if request.current is not None:
            intro = translate(
                "AlternativeDialog", "Instead of “{title}”. Saying no to this one is fine, and needs no reason."
            ).format(title=request.current.title)
        intro_label = plain_label(intro)
        intro_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro_label)
        layout.addWidget(self._build_who_row())
        layout.addWidget(self._build_track_row())
        self._build_list(layout)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok_text = (
            translate("AlternativeDialog", "&Suggest this")
            if request.ask_who
            else translate("AlternativeDialog", "&Choose this")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        layout.addWidget(self.buttons)
        self.resize(520, 520)

    def _build_who_row(self) -> QWidget:
        request = self._request
        self.who_group = QButtonGroup(self)
        self.who_row = QWidget()
        who_layout = QHBoxLayout(self.who_row)
        who_layout.setContentsMargins(0, 4, 0, 4)
        who_layout.addWidget(plain_label(translate("AlternativeDialog", "Who would like something else?")))
        for partner in request.couple.partners:
            button = QRadioButton(partner.name)
            button.setAccessibleName(
                translate("AlternativeDialog", "{name} suggests something else").format(name=partner.name)
            )
            self.who_group.addButton(button, partner.id)
            who_layout.addWidget(button)
        who_layout.addStretch(1)
        self.who_row.setVisible(request.ask_who)
        return self.who_row

    def _build_track_row(self) -> QWidget:
        request = self._request
        self.track_group = QButtonGroup(self)
        self.track_row = QWidget()
        track_layout = QHBoxLayout(self.track_row)
        track_layout.setContentsMargins(0, 0, 0, 0)
        track_layout.addWidget(plain_label(translate("AlternativeDialog", "Show:")))
        choices = (
            (
                translate("AlternativeDialog", "Talk (suggested)"),
                translate("AlternativeDialog", "Show talk (suggested)"),
                _TRACK_ID[Track.TALK],
            ),
            (
                translate("AlternativeDialog", "Touch"),
                translate("AlternativeDialog", "Show touch"),
                _TRACK_ID[Track.TOUCH],
            ),
            (translate("AlternativeDialog", "Both"), translate("AlternativeDialog", "Show both"), _ALL),
        )
        for text, name, number in choices:
            button = QRadioButton(text)
            button.setAccessibleName(name)
            self.track_group.addButton(button, number)
            track_layout.addWidget(button)
        track_layout.addStretch(1)
        self.track_row.setVisible(len(request.tracks) > 1)
        first_track = Track.TALK if Track.TALK in request.tracks else request.tracks[0]
        self.track_group.button(_TRACK_ID[first_track]).setChecked(True)
        return self.track_row

    def _build_list(self, layout: QVBoxLayout) -> None:
        request = self._request
        self.list = QListWidget()
        self.list.setAccessibleName(
            translate("AlternativeDialog", "Exercises at level {level} or lower").format(level=request.max_level)
        )
        self.list.setAlternatingRowColors(True)
        self.detail_label = plain_label()
        self.detail_label.setWordWrap(True)
        self.detail_label.setAccessibleName(translate("AlternativeDialog", "About the chosen exercise"))
        self.empty_label = plain_label()
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail_label)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.track_group.idToggled.connect(self._on_track_group_id_toggled)
        self.who_group.idToggled.connect(self._on_field_changed)
        self.list.currentItemChanged.connect(self._on_field_changed)

    @classmethod
    def ask(cls, parent: QWidget | None, request: AlternativeRequest) -> AlternativeChoice | None:
        """The chosen exercise (and who proposes it), or None if cancelled."""
        dialog = cls(request, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def shown_ids(self) -> list[str]:
        """The exercise ids listed, top to bottom."""
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    def select(self, exercise_id: str, partner_id: int | None = None) -> None:
        """Pick an exercise (showing both tracks if need be) and, for a proposal, who proposes it."""
        if exercise_id not in self.shown_ids():
            self.track_group.button(_ALL).setChecked(True)
        row = self.shown_ids().index(exercise_id)
        self.list.setCurrentRow(row)
        if partner_id is not None:
            self.who_group.button(partner_id).setChecked(True)

    def choice(self) -> AlternativeChoice | None:
        """What is chosen, or None while something is missing."""
        item = self.list.currentItem()
        who = self.who_group.checkedId()
        if item is None or (self._request.ask_who and who == -1):
            return None
        return AlternativeChoice(item.data(Qt.ItemDataRole.UserRole), who if self._request.ask_who else None)

    def _fill(self) -> None:
        shown = self.track_group.checkedId()
        self.list.clear()
        for exercise in self._candidates:
            if shown != _ALL and _TRACK_ID[exercise.track] != shown:
                continue
            text = translate("AlternativeDialog", "{title}\n{track} · level {level} · {minutes} min").format(
                title=exercise.title, track=exercise.track.label, level=exercise.level, minutes=exercise.minutes
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            self.list.addItem(item)
        both = len(self._request.tracks) > 1
        if both:
            empty = translate("AlternativeDialog", "No exercise at level {level} or lower. Try showing both tracks.")
        else:
            empty = translate(
                "AlternativeDialog", "No exercise at level {level} or lower. Nothing else in the library fits here."
            )
        self.empty_label.setText(empty.format(level=self._request.max_level))
        self.empty_label.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._on_field_changed()

    def _on_track_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._fill()

    def _on_field_changed(self, *_args: object) -> None:
        item = self.list.currentItem()
        exercise = next((e for e in self._candidates if item and e.id == item.data(Qt.ItemDataRole.UserRole)), None)
        agree = translate("AlternativeDialog", "What you agree to: {agreement}")
        parts = [exercise.summary, agree.format(agreement=exercise.agreement)] if exercise else []
        self.detail_label.setText("\n".join(p for p in parts if p))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice() is not None)
