"""Booking a session and changing one: day, time, length, who invites and a short note."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.couple import Couple
from repairplanner.core.entities import MAX_MINUTES, Exercise, PlannedSession, SessionDraft
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.weeks import week_days, week_start
from repairplanner.printing.locale_words import month_first
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role
from repairplanner.ui.shared.time_field import TimeField
from repairplanner.ui.week.session_words import DEFAULT_TIME, level_note

NOTE_MAX = 120
SOLO_HINT = QT_TRANSLATE_NOOP(
    "SessionForm", "This one is done alone. Choose which of you it is for; only they give consent and reflect."
)


def day_label(day: dt.date, locale: QLocale | None = None) -> str:
    """A day with its weekday name in the locale's words, like 'Tuesday 24 November'."""
    locale = locale or QLocale()
    # The patterns are translated too: German writes "Dienstag, 24. November".
    pattern = (
        translate("SessionForm", "dddd, MMMM d") if month_first(locale) else translate("SessionForm", "dddd d MMMM")
    )
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class _SessionForm(QDialog):
    """The fields both session dialogs share."""

    def __init__(
        self, exercise: Exercise | None, couple: Couple, week_start: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._exercise = exercise
        self._couple = couple
        self._days = week_days(week_start)
        self._build_ui()
        self._connect_signals()

    @property
    def solo(self) -> bool:
        """Whether the exercise is done by one partner alone (the form then asks whom it is for)."""
        return self._exercise is not None and self._exercise.is_solo

    def _build_ui(self) -> None:
        form = self._build_fields()
        self.message_label = plain_label()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(translate("SessionForm", "Hint"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        self._build_summary(layout)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _build_summary(self, layout: QVBoxLayout) -> None:
        missing = translate("SessionForm", "An exercise no longer in the library")
        title = plain_label(self._exercise.title if self._exercise else missing)
        set_role(title, Role.SECTION)
        title.setWordWrap(True)
        meta_parts = []
        if self._exercise:
            track_level = translate("SessionForm", "{track} · level {level}")
            meta_parts.append(track_level.format(track=self._exercise.track.label, level=self._exercise.level))
            meta_parts.append(
                translate("SessionForm", "about {minutes} minutes").format(minutes=self._exercise.minutes)
            )
        meta = plain_label(" · ".join(meta_parts))
        above = level_note(self._exercise, self._couple) if self._exercise else ""
        self.level_label = plain_label(f"↑ {above}" if above else "")
        self.level_label.setWordWrap(True)
        self.level_label.setVisible(bool(above))
        layout.addWidget(title)
        layout.addWidget(meta)
        layout.addWidget(self.level_label)

    def _build_fields(self) -> QFormLayout:
        locale = QLocale()
        self.day_combo = QComboBox()
        self.day_combo.setAccessibleName(translate("SessionForm", "Day"))
        for day in self._days:
            self.day_combo.addItem(day_label(day, locale), day)

        self.time_edit = TimeField()
        self.time_edit.setAccessibleName(translate("SessionForm", "Time"))
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.any_time_check = QCheckBox(translate("SessionForm", "Any time of day"))
        self.any_time_check.setAccessibleName(translate("SessionForm", "Any time of day"))
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_edit)
        time_row.addWidget(self.any_time_check)
        time_row.addStretch(1)

        self.minutes_spin = QSpinBox()
        self.minutes_spin.setAccessibleName(translate("SessionForm", "Minutes"))
        self.minutes_spin.setRange(1, MAX_MINUTES)
        self.minutes_spin.setSuffix(translate("SessionForm", " min"))

        self.inviter_group = QButtonGroup(self)
        inviter_row = QHBoxLayout()
        for partner in self._couple.partners:
            button = QRadioButton(partner.name)
            who = (
                translate("SessionForm", "For {name} alone")
                if self.solo
                else translate("SessionForm", "{name} invites")
            )
            button.setAccessibleName(who.format(name=partner.name))
            self.inviter_group.addButton(button, partner.id)
            inviter_row.addWidget(button)
        inviter_row.addStretch(1)

        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(translate("SessionForm", "Note"))
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.setPlaceholderText(translate("SessionForm", "Optional: where, or what to bring"))

        form = QFormLayout()
        form.addRow(translate("SessionForm", "&Day"), self.day_combo)
        form.addRow(translate("SessionForm", "&Time"), time_row)
        form.addRow(translate("SessionForm", "&Length"), self.minutes_spin)
        # A solo exercise is done by one partner alone: the same choice says whom it is for.
        self.inviter_label = plain_label(
            translate("SessionForm", "For whom") if self.solo else translate("SessionForm", "Who invites")
        )
        form.addRow(self.inviter_label, inviter_row)
        form.addRow(translate("SessionForm", "&Note"), self.note_edit)
        for row, field in enumerate((self.day_combo, self.time_edit, self.minutes_spin, None, self.note_edit)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if field is not None and isinstance(label, QLabel):
                label.setBuddy(field)
        return form

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.any_time_check.toggled.connect(self._on_any_time_check_toggled)
        self.day_combo.currentIndexChanged.connect(self._on_field_changed)
        self.inviter_group.idToggled.connect(self._on_field_changed)

    def set_values(
        self, day: dt.date, start_time: dt.time | None, minutes: int, inviter_id: int | None, note: str
    ) -> None:
        """Fill the fields."""
        self.day_combo.setCurrentIndex(self._days.index(day) if day in self._days else 0)
        shown = start_time or DEFAULT_TIME
        self.time_edit.setTime(QTime(shown.hour, shown.minute))
        self.any_time_check.setChecked(start_time is None)
        self.time_edit.setEnabled(start_time is not None)
        self.minutes_spin.setValue(minutes)
        button = self.inviter_group.button(inviter_id if inviter_id is not None else -1)
        if button is not None:
            button.setChecked(True)
        self.note_edit.setText(note)
        self._on_field_changed()

    def chosen_day(self) -> dt.date:
        return self._days[self.day_combo.currentIndex()]

    def chosen_time(self) -> dt.time | None:
        if self.any_time_check.isChecked():
            return None
        time = self.time_edit.time()
        return dt.time(time.hour(), time.minute())

    def chosen_inviter(self) -> int | None:
        chosen = self.inviter_group.checkedId()
        return None if chosen == -1 else chosen

    def chosen_note(self) -> str:
        return " ".join(self.note_edit.text().split())

    def _on_any_time_check_toggled(self, checked: bool) -> None:
        self.time_edit.setEnabled(not checked)

    def _on_field_changed(self, *_args: object) -> None:
        weekday = self.chosen_day().isoweekday()
        busy = [p.name for p in self._couple.partners if weekday in p.unavailable_weekdays]
        hints = []
        if busy:
            day_name = QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
            if len(busy) == 1:
                busy_hint = translate(
                    "SessionForm", "{name} is usually busy on {day}s. You can still plan it; just check together."
                ).format(name=busy[0], day=day_name)
            else:
                busy_hint = translate(
                    "SessionForm",
                    "{first} and {second} are usually busy on {day}s. You can still plan it; just check together.",
                ).format(first=busy[0], second=busy[1], day=day_name)
            hints.append(busy_hint)
        if self.chosen_inviter() is None:
            hints.append(
                translate("SessionForm", SOLO_HINT)
                if self.solo
                else translate("SessionForm", "Choose who invites; taking turns keeps it fair.")
            )
        self.message_label.setText("\n".join(hints))
        self.message_label.setVisible(bool(hints))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen_inviter() is not None)


class AddSessionDialog(_SessionForm):
    """Book an exercise on a day of the week that holds the proposed day."""

    def __init__(
        self, exercise: Exercise, couple: Couple, proposal: SessionDraft, parent: QWidget | None = None
    ) -> None:
        super().__init__(exercise, couple, week_start(proposal.day, couple.week_start), parent)
        self._proposal = proposal
        self.setWindowTitle(translate("SessionForm", "Add '{title}' to the week").format(title=exercise.title))
        self.setAccessibleName(translate("SessionForm", "Add to the week"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SessionForm", "&Add to the week"))
        inviter = proposal.inviter_id if proposal.inviter_id is not None else couple.partners[0].id
        if self.solo:
            inviter = proposal.solo_partner_id if proposal.solo_partner_id is not None else inviter
        self.set_values(proposal.day, proposal.start_time, proposal.minutes, inviter, proposal.note)

    @classmethod
    def ask(
        cls, parent: QWidget | None, exercise: Exercise, couple: Couple, proposal: SessionDraft
    ) -> SessionDraft | None:
        """The session to book (the proposal as the couple changed it), or None if they cancelled."""
        dialog = cls(exercise, couple, proposal, parent)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def draft(self) -> SessionDraft:
        """The session as the fields describe it."""
        assert self._exercise is not None
        return dataclasses.replace(
            self._proposal,
            day=self.chosen_day(),
            exercise_id=self._exercise.id,
            minutes=self.minutes_spin.value(),
            start_time=self.chosen_time(),
            inviter_id=self.chosen_inviter(),
            note=self.chosen_note(),
            solo_partner_id=self.chosen_inviter() if self.solo else None,
        )


class SessionEditDialog(_SessionForm):
    """Change a booked session's day, time, length, inviter or note."""

    def __init__(
        self, session: PlannedSession, exercise: Exercise | None, couple: Couple, parent: QWidget | None = None
    ) -> None:
        super().__init__(exercise, couple, session.week_start, parent)
        self._session = session
        title = exercise.title if exercise else translate("SessionForm", "session")
        self.setWindowTitle(translate("SessionForm", "Change '{title}'").format(title=title))
        self.setAccessibleName(translate("SessionForm", "Change the session"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("SessionForm", "&Save"))
        if session.solo_partner_id is not None:
            # Whom a solo session is for stays as booked; book it again for the other partner instead.
            self.set_values(session.day, session.start_time, session.minutes, session.solo_partner_id, session.note)
            for button in self.inviter_group.buttons():
                button.setEnabled(False)
        else:
            self.set_values(session.day, session.start_time, session.minutes, session.inviter_id, session.note)

    @classmethod
    def ask(
        cls, parent: QWidget | None, session: PlannedSession, exercise: Exercise | None, couple: Couple
    ) -> PlannedSession | None:
        """The changed session, or None if the couple cancelled."""
        dialog = cls(session, exercise, couple, parent)
        return dialog.session() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def session(self) -> PlannedSession:
        """The session with the fields' values."""
        return dataclasses.replace(
            self._session,
            day=self.chosen_day(),
            start_time=self.chosen_time(),
            minutes=self.minutes_spin.value(),
            inviter_id=self.chosen_inviter(),
            note=self.chosen_note(),
        )
