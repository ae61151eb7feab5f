"""The couple's usual week, shared by the first-run setup and Settings: first weekday and unavailable days."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QWidget

from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.i18n import translate
from repairplanner.ui.setup.couple_fields import ANY_SIGNAL, InlineMessage, draft_error
from repairplanner.ui.shared.plain_text import plain_label


def first_weekday_default() -> int:
    """The first day of the week in the user's locale, as an ISO weekday (Monday is 1)."""
    return QLocale().firstDayOfWeek().value


def week_order(first_day: int) -> list[int]:
    """The seven ISO weekdays, starting at `first_day`."""
    return [(first_day - 1 + i) % 7 + 1 for i in range(7)]


class DaysRow(QWidget):
    """Seven checkboxes: the weekdays one partner is usually unavailable, in the couple's week order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order = week_order(1)
        self._owner = ""
        self.boxes = [QCheckBox() for _ in range(7)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes:
            layout.addWidget(box)
            box.toggled.connect(self.changed)
        layout.addStretch(1)
        self._label_boxes()

    def days(self) -> frozenset[int]:
        """The ISO weekdays ticked."""
        return frozenset(day for day, box in zip(self._order, self.boxes, strict=True) if box.isChecked())

    def set_days(self, days: frozenset[int]) -> None:
        for day, box in zip(self._order, self.boxes, strict=True):
            box.setChecked(day in days)

    def box_for(self, day: int) -> QCheckBox:
        """The checkbox for ISO weekday `day`."""
        return self.boxes[self._order.index(day)]

    def set_first_day(self, first_day: int) -> None:
        """Show the days starting at `first_day`, keeping the ticks on the same weekdays."""
        days = self.days()
        # Relabel the boxes rather than move them, so the tab order stays left to right.
        self._order = week_order(first_day)
        for box in self.boxes:
            box.blockSignals(True)
        self.set_days(days)
        for box in self.boxes:
            box.blockSignals(False)
        self._label_boxes()

    def set_owner(self, name: str) -> None:
        self._owner = name
        self._label_boxes()

    def _label_boxes(self) -> None:
        locale = QLocale()
        for day, box in zip(self._order, self.boxes, strict=True):
            box.setText(locale.standaloneDayName(day, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(
                translate("DaysRow", "{name} is usually unavailable on {day}").format(
                    name=self._owner, day=locale.standaloneDayName(day)
                )
            )


class WeekField(QWidget):
    """The first day of the couple's week and the days each partner is usually unavailable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self.set_names(
            translate("WeekField", "Partner {seat}").format(seat=1),
            translate("WeekField", "Partner {seat}").format(seat=2),
        )
        self.set_week_start(first_weekday_default())

    def _build_ui(self) -> None:
        self.week_start_combo = QComboBox()
        self.week_start_combo.setAccessibleName(translate("WeekField", "Our week starts on"))
        locale = QLocale()
        for day in week_order(first_weekday_default()):
            self.week_start_combo.addItem(locale.standaloneDayName(day), day)
        self.rows = [DaysRow(), DaysRow()]
        self.row_labels = [plain_label(), plain_label()]
        self.message = InlineMessage()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(translate("WeekField", "Our &week starts on"), self.week_start_combo)
        for label, row in zip(self.row_labels, self.rows, strict=True):
            form.addRow(label, row)
        form.addRow(self.message)

    def _connect_signals(self) -> None:
        self.week_start_combo.currentIndexChanged.connect(self._on_week_start_combo_current_index_changed)
        for row in self.rows:
            row.changed.connect(self._on_row_changed)

    def week_start(self) -> int:
        """The ISO weekday the week starts on."""
        return int(self.week_start_combo.currentData())

    def set_week_start(self, day: int) -> None:
        self.week_start_combo.setCurrentIndex(self.week_start_combo.findData(day))
        for row in self.rows:
            row.set_first_day(day)

    def unavailable(self) -> tuple[frozenset[int], frozenset[int]]:
        """Each partner's usually unavailable ISO weekdays."""
        return self.rows[0].days(), self.rows[1].days()

    def set_unavailable(self, first: frozenset[int], second: frozenset[int]) -> None:
        self.rows[0].set_days(first)
        self.rows[1].set_days(second)

    def set_names(self, first: str, second: str) -> None:
        """Address each row to the partner it belongs to."""
        for label, row, name in zip(self.row_labels, self.rows, (first, second), strict=True):
            label.setText(translate("WeekField", "{name} is usually unavailable on").format(name=name))
            row.set_owner(name)

    def error(self) -> str | None:
        """Why these days cannot be used, or None."""
        first, second = self.unavailable()
        return draft_error(
            CoupleSetup(PartnerDraft("1", None, first), PartnerDraft("2", None, second), ANY_SIGNAL, self.week_start())
        )

    def _refresh(self) -> None:
        first, second = self.unavailable()
        note = translate(
            "WeekField", "There is no day you are both usually free. That is all right; you can still plan on any day."
        )
        self.message.show_message(self.error() or (note if len(first | second) == 7 else None))
        self.changed.emit()

    def _on_week_start_combo_current_index_changed(self, _index: int) -> None:
        for row in self.rows:
            row.set_first_day(self.week_start())
        self._refresh()

    def _on_row_changed(self) -> None:
        self._refresh()
