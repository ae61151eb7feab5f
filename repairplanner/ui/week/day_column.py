"""One day of the week page: name, date, who is usually busy, the session cards; exercises and cards drop here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QMimeData, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from repairplanner.core.couple import Couple, usually_busy_text
from repairplanner.core.entities import Exercise, PlannedSession
from repairplanner.core.i18n import translate
from repairplanner.printing.locale_words import month_first
from repairplanner.ui.shared.mime import EXERCISE_MIME, SESSION_MIME
from repairplanner.ui.shared.palette import blend, muted_palette
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role
from repairplanner.ui.week.card_state import CardState

if TYPE_CHECKING:
    from repairplanner.ui.week.session_card import SessionCard

RADIUS = 8.0


def busy_text(day: dt.date, couple: Couple) -> str:
    """'Bo is usually busy' for the partners who marked this weekday unavailable, or ''."""
    return usually_busy_text([p.name for p in couple.partners if day.isoweekday() in p.unavailable_weekdays])


def short_date(day: dt.date, locale: QLocale) -> str:
    """The day and month, in the order the locale writes them ('24 Nov' or 'Nov 24')."""
    # The patterns are translated too: German writes the day with a full stop ("24. Nov.").
    pattern = translate("DayColumn", "MMM d") if month_first(locale) else translate("DayColumn", "d MMM")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


class DayColumn(QFrame):
    """A day's cards; it keeps its card widgets and reuses them, so switching weeks builds nothing new."""

    exercise_dropped = Signal(str, object)
    session_dropped = Signal(int, object)
    card_focused = Signal(int)
    card_activated = Signal(int)
    card_navigate = Signal(int, int, int)
    card_menu_requested = Signal(int, QPoint)
    consent_toggled = Signal(int, int, bool)
    start_requested = Signal(int)
    reflect_requested = Signal(int)
    decline_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = dt.date.min
        self.is_today = False
        self._drag_over = False
        self._cards: list[SessionCard] = []
        self._shown = 0
        self._build_ui()

    def _build_ui(self) -> None:
        self.setAcceptDrops(True)
        # Ignoring the width hint keeps the seven days equally wide, whatever their cards say.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(118)
        self.weekday_label = plain_label()
        set_role(self.weekday_label, Role.EMPHASIS)
        self.date_label = plain_label()
        self.date_label.setWordWrap(True)
        self.busy_label = plain_label()
        self.busy_label.setWordWrap(True)
        italic = self.busy_label.font()
        italic.setItalic(True)
        self.busy_label.setFont(italic)
        self.free_label = plain_label(translate("DayColumn", "Free"))
        self.free_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(7, 8, 7, 10)
        self._layout.setSpacing(6)
        header = QVBoxLayout()
        header.setSpacing(0)
        header.addWidget(self.weekday_label)
        header.addWidget(self.date_label)
        header.addWidget(self.busy_label)
        self._layout.addLayout(header)
        self._layout.addSpacing(2)
        self._layout.addWidget(self.free_label)
        self._layout.addStretch(1)
        self._apply_palette()

    def set_day(self, day: dt.date, today: dt.date, couple: Couple, locale: QLocale) -> None:
        """Show `day`'s header; today is marked in words and with the highlight colour."""
        self.day = day
        self.is_today = day == today
        weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        self.weekday_label.setText(weekday)
        date = short_date(day, locale)
        self.date_label.setText(translate("DayColumn", "{date} · Today").format(date=date) if self.is_today else date)
        busy = busy_text(day, couple)
        self.busy_label.setText(busy)
        self.busy_label.setVisible(bool(busy))
        name = (
            translate("DayColumn", "{weekday} {date}, today")
            if self.is_today
            else translate("DayColumn", "{weekday} {date}")
        )
        self.setAccessibleName(name.format(weekday=weekday, date=date))
        self._apply_palette()
        self.update()

    def set_sessions(
        self,
        sessions: Sequence[tuple[PlannedSession, Exercise | None, CardState]],
        couple: Couple,
        selected_id: int | None,
    ) -> None:
        """Show these sessions as cards, in order, reusing the card widgets already made."""
        while len(self._cards) < len(sessions):
            self._cards.append(self._new_card())
        for card, (session, exercise, state) in zip(self._cards, sessions, strict=False):
            card.set_session(session, exercise, couple, state)
            card.set_selected(session.id == selected_id)
        for index, card in enumerate(self._cards):
            card.setVisible(index < len(sessions))
        self._shown = len(sessions)
        self.free_label.setVisible(not sessions)

    def cards(self) -> list[SessionCard]:
        """The cards shown, top to bottom."""
        return self._cards[: self._shown]

    def card_for(self, session_id: int) -> SessionCard | None:
        """The card showing `session_id`, if this day shows it."""
        return next((c for c in self.cards() if c.session is not None and c.session.id == session_id), None)

    def set_selected(self, session_id: int | None) -> None:
        """Mark the card of `session_id` as selected and every other card as not."""
        for card in self.cards():
            card.set_selected(card.session is not None and card.session.id == session_id)

    def accepts(self, mime: QMimeData) -> bool:
        """Whether `mime` is an exercise or a session that can land on this day."""
        return mime.hasFormat(EXERCISE_MIME) or mime.hasFormat(SESSION_MIME)

    def drop_mime(self, mime: QMimeData) -> bool:
        """Handle a drop of an exercise (to add) or a session card (to move) onto this day."""
        if mime.hasFormat(EXERCISE_MIME):
            exercise_id = bytes(mime.data(EXERCISE_MIME).data()).decode("utf-8").strip()
            if exercise_id:
                self.exercise_dropped.emit(exercise_id, self.day)
                return True
        if mime.hasFormat(SESSION_MIME):
            text = bytes(mime.data(SESSION_MIME).data()).decode("utf-8").strip()
            if text.isdigit():
                self.session_dropped.emit(int(text), self.day)
                return True
        return False

    def _new_card(self) -> SessionCard:
        # Cards load with the first week shown, after the window's first paint (start-up time).
        from repairplanner.ui.week.session_card import SessionCard

        card = SessionCard(self)
        card.focused.connect(self.card_focused)
        card.activated.connect(self.card_activated)
        card.navigate.connect(self.card_navigate)
        card.menu_requested.connect(self.card_menu_requested)
        card.consent_toggled.connect(self.consent_toggled)
        card.start_requested.connect(self.start_requested)
        card.reflect_requested.connect(self.reflect_requested)
        card.decline_requested.connect(self.decline_requested)
        # Cards go above the "Free" label and the stretch at the bottom.
        self._layout.insertWidget(self._layout.count() - 2, card)
        return card

    def _apply_palette(self) -> None:
        quiet = muted_palette(self.palette(), QPalette.ColorRole.AlternateBase)
        for label in (self.busy_label, self.free_label):
            label.setPalette(quiet)
        strong = QPalette(self.palette())
        role = QPalette.ColorRole.Highlight if self.is_today else QPalette.ColorRole.Text
        strong.setColor(QPalette.ColorRole.WindowText, self._readable(self.palette().color(role)))
        self.weekday_label.setPalette(strong)
        self.date_label.setPalette(strong if self.is_today else quiet)

    def _readable(self, colour: QColor) -> QColor:
        # A highlight colour can be too light for text on a light background (or too dark on a dark one).
        background = self.palette().color(QPalette.ColorRole.AlternateBase)
        if abs(colour.lightnessF() - background.lightnessF()) < 0.35:
            return blend(colour, self.palette().color(QPalette.ColorRole.Text), 0.45)
        return colour

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        background = palette.color(QPalette.ColorRole.AlternateBase)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self._drag_over:
            background = blend(background, highlight, 0.18)
        painter.fillPath(path, background)
        if self.is_today or self._drag_over:
            pen = painter.pen()
            pen.setColor(highlight)
            pen.setWidthF(2.0)
            if self._drag_over and not self.is_today:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
        else:
            painter.setPen(blend(palette.color(QPalette.ColorRole.Mid), background, 0.5))
            painter.drawPath(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepts(event.mimeData()):
            event.acceptProposedAction()
            self._drag_over = True
            self.update()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drag_over = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drag_over = False
        self.update()
        if self.drop_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()
