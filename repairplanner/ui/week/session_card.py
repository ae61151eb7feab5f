"""One planned session as a card: time, exercise, track and level, who invites, the note, and each partner's consent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QMimeData, QObject, QPoint, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, Partner, PlannedSession, SessionStatus
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.mime import SESSION_MIME
from repairplanner.ui.shared.palette import blend, muted_palette
from repairplanner.ui.shared.plain_text import plain_label, wrapped
from repairplanner.ui.shared.readiness import hold, is_held
from repairplanner.ui.shared.style import Role, consent_palette, role_font, set_role
from repairplanner.ui.week.card_state import (
    CardState,
    can_consent,
    can_decline,
    can_start,
    can_withdraw,
    reflected_text,
    status_text,
)
from repairplanner.ui.week.consent_boxes import ConsentBoxes
from repairplanner.ui.week.session_words import level_note

ANY_TIME = QT_TRANSLATE_NOOP("SessionCard", "Any time")
DECLINE_TEXT = QT_TRANSLATE_NOOP("SessionCard", "Not this — how about…?")
STRIPE = 5
RADIUS = 6.0
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


def time_text(start_time: dt.time | None) -> str:
    """The session's time in the locale's short format, or 'Any time'."""
    if start_time is None:
        return translate("SessionCard", ANY_TIME)
    return QLocale().toString(QTime(start_time.hour, start_time.minute), QLocale.FormatType.ShortFormat)


def inviter_of(session: PlannedSession, couple: Couple) -> Partner | None:
    """The partner who invites to `session`, if one was chosen."""
    return next((p for p in couple.partners if p.id == session.inviter_id), None)


def solo_partner(session: PlannedSession, couple: Couple) -> Partner | None:
    """The partner a solo session is for, or None for a session done together."""
    return next((p for p in couple.partners if p.id == session.solo_partner_id), None)


def inviter_text(session: PlannedSession, couple: Couple) -> str:
    """'Ana invites', 'For Ana, on their own' for a solo session, or 'Either of you invites' when nobody was chosen."""
    alone = solo_partner(session, couple)
    if alone is not None:
        return translate("SessionCard", "For {name}, on their own").format(name=alone.name)
    inviter = inviter_of(session, couple)
    if inviter is None:
        return translate("SessionCard", "Either of you invites")
    return translate("SessionCard", "{name} invites").format(name=inviter.name)


class SessionCard(QFrame):
    """A focusable, draggable card with consent boxes; the week page decides what its keys, buttons and menu do."""

    focused = Signal(int)
    activated = Signal(int)
    navigate = Signal(int, int, int)
    menu_requested = Signal(int, QPoint)
    consent_toggled = Signal(int, int, bool)
    start_requested = Signal(int)
    reflect_requested = Signal(int)
    decline_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: PlannedSession | None = None
        self.exercise: Exercise | None = None
        self.state = CardState()
        self._accent: QColor | None = None
        self._selected = False
        self._drag_from: QPoint | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.time_label = plain_label()
        self.title_label = plain_label()
        self.detail_label = plain_label()
        self.inviter_label = plain_label()
        self.note_label = plain_label()
        self.level_label = plain_label()
        self.status_label = plain_label()
        set_role(self.title_label, Role.EMPHASIS)
        italic = self.note_label.font()
        italic.setItalic(True)
        self.note_label.setFont(italic)
        self.reflected_label = plain_label()
        self.consent = ConsentBoxes()
        self.start_button = QPushButton(translate("SessionCard", "Start…"))
        self.finish_button = QPushButton(translate("SessionCard", "Finish and reflect…"))
        self.decline_button = QToolButton()
        self.decline_button.setText(translate("SessionCard", DECLINE_TEXT))
        self._set_up_button(self.start_button, translate("SessionCard", "Start: check in together first"))
        self._set_up_button(self.finish_button, translate("SessionCard", "Finish and reflect on this session"))
        self._set_up_button(self.decline_button, translate("SessionCard", "Not this — suggest another exercise"))
        self.decline_button.setAutoRaise(True)
        self.decline_button.setFont(role_font(Role.NOTE))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(STRIPE + 7, 6, 6, 7)
        layout.setSpacing(1)
        for label in self._labels():
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
            if label is self.level_label:
                layout.addWidget(self.consent)
        for button in self.buttons():
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self._apply_palette()

    def _set_up_button(self, button: QAbstractButton, name: str) -> None:
        button.setAccessibleName(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setVisible(False)

    def _connect_signals(self) -> None:
        self.consent.toggled.connect(self._on_consent_toggled)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.decline_button.clicked.connect(self._on_decline_button_clicked)
        for child in self.focus_chain():
            child.installEventFilter(self)

    def buttons(self) -> tuple[QAbstractButton, ...]:
        """The card's small action buttons (shown only when they apply)."""
        return (self.start_button, self.finish_button, self.decline_button)

    def focus_chain(self) -> list[QWidget]:
        """The card's own focusable controls in tab order, after the card itself."""
        return [*self.consent.focus_chain(), *self.buttons()]

    def _labels(self) -> tuple[QLabel, ...]:
        return (
            self.time_label,
            self.title_label,
            self.detail_label,
            self.inviter_label,
            self.note_label,
            self.level_label,
            self.status_label,
            self.reflected_label,
        )

    def set_session(
        self, session: PlannedSession, exercise: Exercise | None, couple: Couple, state: CardState | None = None
    ) -> None:
        """Show `session` (of `exercise`) for `couple`, with its consent and progress in `state`."""
        self.session = session
        self.exercise = exercise
        self.state = state = state or CardState()
        title = exercise.title if exercise else translate("SessionCard", "An exercise no longer in the library")
        # No-break spaces keep "for 40 min" and "level 2" whole, so a narrow column breaks only after the time.
        when = time_text(session.start_time).replace(" ", "\u00a0")
        self.time_label.setText(
            translate("SessionCard", "{time} for\u00a0{minutes}\u00a0min").format(time=when, minutes=session.minutes)
        )
        self.title_label.setText(title)
        detail = translate("SessionCard", "{track} · level\u00a0{level}")
        self.detail_label.setText(detail.format(track=exercise.track.label, level=exercise.level) if exercise else "")
        self.detail_label.setVisible(exercise is not None)
        self.inviter_label.setText(inviter_text(session, couple))
        self.note_label.setText(session.note)
        self.note_label.setVisible(bool(session.note))
        above = level_note(exercise, couple) if exercise else ""
        self.level_label.setText(translate("SessionCard", "↑ Above your current level") if above else "")
        self.level_label.setVisible(bool(above))
        status = status_text(session, state)
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        reflected = reflected_text(state, couple)
        self.reflected_label.setText(reflected)
        self.reflected_label.setVisible(bool(reflected))
        self._show_consent(session, state, couple)
        inviter = inviter_of(session, couple)
        self._accent = QColor(inviter.color) if inviter and inviter.color else None
        agreed = translate("SessionCard", "Agreed") if state.agreed else ""
        parts = [title, self.time_label.text(), self.detail_label.text(), self.inviter_label.text()]
        parts += [text for text in (session.note, above, agreed, status, reflected) if text]
        self.setAccessibleName(
            translate("SessionCard", "{title}, {time}").format(title=title, time=time_text(session.start_time))
        )
        self.setAccessibleDescription(". ".join(parts))
        self.setToolTip(
            "\n".join(parts)
            + "\n\n"
            + translate(
                "SessionCard",
                "Enter to change, Delete to remove, Ctrl+Left or Ctrl+Right to move a day; or drag it to another day.",
            )
        )
        self.update()

    def _show_consent(self, session: PlannedSession, state: CardState, couple: Couple) -> None:
        alone = solo_partner(session, couple)
        # A solo session shows one box: only its partner consents.
        self.consent.set_partners((alone,) if alone is not None else couple.partners)
        still_to_come = session.status is SessionStatus.PLANNED
        self.consent.set_consents(
            state.consents,
            can_consent(session, state),
            still_to_come=still_to_come,
            withdrawable=can_withdraw(session, state),
        )
        self.start_button.setVisible(can_start(session, state))
        self.finish_button.setVisible(state.under_way)
        self.decline_button.setVisible(can_decline(session, state))
        # While the app opens, the boxes and buttons show as they will be, not ready until the services are there.
        for widget in self.focus_chain():
            if not state.ready or is_held(widget):
                hold(widget, state.ready, widget.isEnabled() or widget in self.buttons())

    def set_selected(self, selected: bool) -> None:
        """Mark the card as the one the Week menu's session actions apply to."""
        if selected != self._selected:
            self._selected = selected
            self.update()

    def mime_data(self) -> QMimeData:
        """What dragging this card carries: the session id."""
        mime = QMimeData()
        assert self.session is not None
        mime.setData(SESSION_MIME, str(self.session.id).encode("utf-8"))
        mime.setText(self.title_label.text())
        return mime

    def _on_start_button_clicked(self) -> None:
        if self.session is not None:
            self.start_requested.emit(self.session.id)

    def _on_finish_button_clicked(self) -> None:
        if self.session is not None:
            self.reflect_requested.emit(self.session.id)

    def _on_decline_button_clicked(self) -> None:
        if self.session is not None:
            self.decline_requested.emit(self.session.id)

    def _on_consent_toggled(self, partner_id: int, given: bool) -> None:
        if self.session is not None:
            self.consent_toggled.emit(self.session.id, partner_id, given)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter on a card's link does what the link says: buttons outside a dialog answer only Space by default,
        # and the page's Enter shortcut (Edit session) would take the key first, so the button claims it.
        if (
            event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QAbstractButton)
            and watched in self.buttons()
        ):
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                watched.click()
            return True
        # A box or button taking focus selects its card, so the Week menu acts on this session.
        if event.type() == QEvent.Type.FocusIn and self.session is not None:
            self.focused.emit(self.session.id)
            self.update()
        elif event.type() == QEvent.Type.FocusOut:
            self.update()
        return super().eventFilter(watched, event)

    def _apply_palette(self) -> None:
        quiet = muted_palette(self.palette(), QPalette.ColorRole.Base)
        for label in (self.detail_label, self.note_label, self.status_label, self.reflected_label):
            label.setPalette(quiet)
        plain = QPalette(self.palette())
        plain.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.Text))
        self.consent.setPalette(consent_palette(self.palette()))
        link = QPalette(plain)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):  # disabled stays greyed
            link.setColor(group, QPalette.ColorRole.ButtonText, self.palette().color(QPalette.ColorRole.Link))
        self.decline_button.setPalette(link)
        for label in (self.time_label, self.title_label, self.inviter_label, self.level_label):
            plain = QPalette(self.palette())
            plain.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.Text))
            label.setPalette(plain)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A box layout sizes a card from its labels' one-line hints; at the real width a long title wraps to
        # more lines, so each wrapped label claims the height it needs there, or its last line is cut off.
        for label in self._labels():
            label.setMinimumHeight(label.heightForWidth(label.width()) if label.text() else 0)
        # In a narrow column the offer breaks onto more lines rather than being cut to "Not this… about…?".
        room = event.size().width() - STRIPE - 24
        decline = translate("SessionCard", DECLINE_TEXT)
        self.decline_button.setText(wrapped(decline, self.decline_button.fontMetrics(), room))
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        path = QPainterPath()
        path.addRoundedRect(rect, RADIUS, RADIUS)
        base = palette.color(QPalette.ColorRole.Base)
        if self.underMouse():
            base = blend(base, palette.color(QPalette.ColorRole.Highlight), 0.06)
        painter.fillPath(path, base)
        painter.save()
        painter.setClipPath(path)
        stripe = self._accent or blend(palette.color(QPalette.ColorRole.Mid), base, 0.3)
        band = QPainterPath()  # a path, not fillRect, whose first call costs milliseconds at start-up
        band.addRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()))
        painter.fillPath(band, stripe)
        painter.restore()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if self.hasFocus():
            pen_colour, width = highlight, 2.0
        elif self._selected:
            pen_colour, width = blend(highlight, base, 0.35), 1.5
        else:
            pen_colour, width = blend(palette.color(QPalette.ColorRole.Mid), base, 0.35), 1.0
        painter.setPen(pen_colour)
        pen = painter.pen()
        pen.setWidthF(width)
        painter.setPen(pen)
        painter.drawPath(path)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.session is not None:
            self.focused.emit(self.session.id)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _ARROWS.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier and self.session is not None:
            self.navigate.emit(self.session.id, *step)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._drag_from is not None
            and event.buttons() & Qt.MouseButton.LeftButton
            and (event.position().toPoint() - self._drag_from).manhattanLength() >= QApplication.startDragDistance()
            and self.session is not None
        ):
            self._drag_from = None
            drag = QDrag(self)
            drag.setMimeData(self.mime_data())
            drag.setPixmap(self.grab())
            drag.setHotSpot(event.position().toPoint())
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.session is not None:
            self.activated.emit(self.session.id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.session is not None:
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            self.focused.emit(self.session.id)
            self.menu_requested.emit(self.session.id, event.globalPos())
