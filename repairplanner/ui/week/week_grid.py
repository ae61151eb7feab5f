"""The seven day columns of the week page, side by side, with keyboard focus that walks between their cards."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QScrollArea, QWidget

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, WeekPlan
from repairplanner.core.i18n import translate
from repairplanner.ui.week.card_state import CardState
from repairplanner.ui.week.day_column import DayColumn

if TYPE_CHECKING:
    from repairplanner.ui.week.session_card import SessionCard


def neighbour_card(columns: list[DayColumn], session_id: int, across: int, down: int) -> SessionCard | None:
    """The card an arrow key leads to from `session_id`'s card: up or down within a day, or to the nearest day
    with cards to the left or right (at about the same height)."""
    grid = [column.cards() for column in columns]
    here = next(
        (
            (c, r)
            for c, cards in enumerate(grid)
            for r, card in enumerate(cards)
            if card.session is not None and card.session.id == session_id
        ),
        None,
    )
    if here is None:
        return None
    column, row = here
    if down:
        target = row + down
        return grid[column][target] if 0 <= target < len(grid[column]) else None
    column += across
    while 0 <= column < len(grid) and not grid[column]:
        column += across
    if not 0 <= column < len(grid):
        return None
    return grid[column][min(row, len(grid[column]) - 1)]


class WeekGrid(QScrollArea):
    """Shows a week plan as seven columns; the same column and card widgets are reused for every week."""

    exercise_dropped = Signal(str, object)
    session_dropped = Signal(int, object)
    card_focused = Signal(int)
    card_activated = Signal(int)
    card_menu_requested = Signal(int, QPoint)
    consent_toggled = Signal(int, int, bool)
    start_requested = Signal(int)
    reflect_requested = Signal(int)
    decline_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filling = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.columns = [DayColumn() for _ in range(7)]
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for column in self.columns:
            row.addWidget(column, 1)
        self.setWidget(days)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(translate("WeekGrid", "Days of the week"))

    def _connect_signals(self) -> None:
        for column in self.columns:
            column.exercise_dropped.connect(self.exercise_dropped)
            column.session_dropped.connect(self.session_dropped)
            column.card_focused.connect(self._on_column_card_focused)
            column.card_activated.connect(self.card_activated)
            column.card_navigate.connect(self._on_column_card_navigate)
            column.card_menu_requested.connect(self.card_menu_requested)
            column.consent_toggled.connect(self.consent_toggled)
            column.start_requested.connect(self.start_requested)
            column.reflect_requested.connect(self.reflect_requested)
            column.decline_requested.connect(self.decline_requested)

    def show_plan(
        self,
        plan: WeekPlan,
        today: dt.date,
        couple: Couple,
        exercises: Mapping[str, Exercise],
        selected_id: int | None,
        *,
        states: Mapping[int, CardState] | None = None,
    ) -> None:
        """Show `plan`'s days and cards (with each session's consent and progress in `states`), keeping keyboard
        focus on the selected card if the cards had it."""
        from repairplanner.ui.week.session_card import SessionCard  # loaded after the first paint

        states = states or {}
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        inner = None if focus is None or isinstance(focus, SessionCard) else self._card_holding(focus)
        inner_session = inner.session.id if inner is not None and inner.session is not None else None
        # Reused cards pass focus along as they hide; that is not the couple choosing another session.
        self.filling = True
        try:
            locale = QLocale()
            for column, day in zip(self.columns, plan.week.days, strict=True):
                column.set_day(day, today, couple, locale)
                sessions = [(s, exercises.get(s.exercise_id), states.get(s.id, CardState())) for s in plan.on(day)]
                column.set_sessions(sessions, couple, selected_id)
            # Tab walks each card, then its consent boxes and buttons, then the next card.
            chain = [widget for card in self.cards() for widget in (card, *card.focus_chain())]
            for first, second in itertools.pairwise(chain):
                QWidget.setTabOrder(first, second)
        finally:
            self.filling = False
        # A consent box or button keeps the keyboard while its card still shows the same session.
        kept = inner is not None and inner.session is not None and inner.session.id == inner_session
        if had_focus and not (kept and focus is not None and focus.isVisible()):
            card = self.card_for(selected_id) if selected_id is not None else None
            card = card or next(iter(self.cards()), None)
            if card is not None:
                card.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.focusNextPrevChild(False)

    def cards(self) -> list[SessionCard]:
        """Every card shown, day by day, top to bottom."""
        return [card for column in self.columns for card in column.cards()]

    def card_for(self, session_id: int) -> SessionCard | None:
        """The card showing `session_id`."""
        return next((c for column in self.columns if (c := column.card_for(session_id)) is not None), None)

    def _card_holding(self, widget: QWidget) -> SessionCard | None:
        """The card that `widget` (a consent box or button) sits in."""
        from repairplanner.ui.week.session_card import SessionCard

        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, SessionCard):
            parent = parent.parentWidget()
        return parent

    def column_of(self, day: dt.date) -> DayColumn:
        """The column showing `day`."""
        return next(column for column in self.columns if column.day == day)

    def set_selected(self, session_id: int | None, focus: bool) -> None:
        """Mark `session_id`'s card as selected (and give it keyboard focus)."""
        for column in self.columns:
            column.set_selected(session_id)
        card = self.card_for(session_id) if session_id is not None else None
        if focus and card is not None:
            card.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_column_card_focused(self, session_id: int) -> None:
        if not self.filling:
            self.card_focused.emit(session_id)

    def _on_column_card_navigate(self, session_id: int, across: int, down: int) -> None:
        card = neighbour_card(self.columns, session_id, across, down)
        if card is not None:
            card.setFocus(Qt.FocusReason.OtherFocusReason)
