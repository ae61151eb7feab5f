"""The week page's actions, with their words, shortcuts and tips, for its buttons, its card menu and a "Week" menu."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from repairplanner.core.entities import PlannedSession, SessionStatus
from repairplanner.core.i18n import translate
from repairplanner.ui.week.card_state import CardState, can_decline, can_reflect, can_start


def _chevron(colour: QColor, pointing_left: bool) -> QIcon:
    """A small arrow-head icon in `colour`."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, 3.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    tip, back = (11.0, 20.0) if pointing_left else (21.0, 12.0)
    painter.drawPolyline([QPointF(back, 7), QPointF(tip, 16), QPointF(back, 25)])
    painter.end()
    return QIcon(pixmap)


class WeekActions(QObject):
    """Navigation works anywhere in the window; session actions only where the cards are (see `install`)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.previous_week = QAction(translate("WeekActions", "&Previous week"), self)
        self.previous_week.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.next_week = QAction(translate("WeekActions", "&Next week"), self)
        self.next_week.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.this_week = QAction(translate("WeekActions", "&This week"), self)
        self.this_week.setShortcut(QKeySequence("Ctrl+T"))
        self.go_to_date = QAction(translate("WeekActions", "&Go to date…"), self)
        self.go_to_date.setShortcut(QKeySequence("Ctrl+G"))
        self.copy_last_week = QAction(translate("WeekActions", "&Copy last week"), self)
        self.suggest_week = QAction(translate("WeekActions", "S&uggest a week"), self)
        self.pause_plan = QAction(translate("WeekActions", "Pause our p&lan…"), self)
        self.start_session = QAction(translate("WeekActions", "&Start…"), self)
        self.reflect_session = QAction(translate("WeekActions", "Re&flect…"), self)
        self.decline_session = QAction(translate("WeekActions", "Not this — &how about…?"), self)
        self.skip_session = QAction(translate("WeekActions", "Skip this ti&me"), self)
        self.rest_session = QAction(translate("WeekActions", "Rest &instead"), self)
        self.replan_session = QAction(translate("WeekActions", "Plan it &again"), self)
        self.edit_session = QAction(translate("WeekActions", "&Edit session…"), self)
        self.edit_session.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.move_previous_day = QAction(translate("WeekActions", "Move to pre&vious day"), self)
        self.move_previous_day.setShortcut(QKeySequence("Ctrl+Left"))
        self.move_next_day = QAction(translate("WeekActions", "Move to ne&xt day"), self)
        self.move_next_day.setShortcut(QKeySequence("Ctrl+Right"))
        self.remove_session = QAction(translate("WeekActions", "&Remove session"), self)
        self.remove_session.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        tips = {
            self.previous_week: translate("WeekActions", "Show the week before (Ctrl+Page Up)"),
            self.next_week: translate("WeekActions", "Show the week after (Ctrl+Page Down)"),
            self.this_week: translate("WeekActions", "Back to the week you are in (Ctrl+T)"),
            self.go_to_date: translate("WeekActions", "Pick a day on a calendar and show its week (Ctrl+G)"),
            self.copy_last_week: translate(
                "WeekActions", "Plan the same sessions as last week, on the same days and at the same times"
            ),
            self.pause_plan: translate(
                "WeekActions", "Either of you can pause the whole plan at any time, no reason needed; both resume it"
            ),
            self.suggest_week: translate(
                "WeekActions", "Fill this empty week with a suggestion at your current levels, then change it together"
            ),
            self.start_session: translate("WeekActions", "Check in together, then begin (once you have both ticked)"),
            self.reflect_session: translate("WeekActions", "Each of you notes how it went, shared or private"),
            self.decline_session: translate(
                "WeekActions", "Say no to this one, no reason needed, and suggest another exercise"
            ),
            self.skip_session: translate(
                "WeekActions", "Let this session go; nothing is missed and nothing counts against anyone"
            ),
            self.rest_session: translate("WeekActions", "Rest instead of this session; resting is part of the plan"),
            self.replan_session: translate("WeekActions", "Put this session back in the plan"),
            self.edit_session: translate(
                "WeekActions", "Change the day, time, length, who invites or the note (Enter)"
            ),
            self.move_previous_day: translate("WeekActions", "Move the selected session one day earlier (Ctrl+Left)"),
            self.move_next_day: translate("WeekActions", "Move the selected session one day later (Ctrl+Right)"),
            self.remove_session: translate(
                "WeekActions", "Take the selected session off the plan; Undo brings it back (Delete)"
            ),
        }
        for action, tip in tips.items():
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.paint_icons(parent.palette())

    def paint_icons(self, palette: QPalette) -> None:
        """Draw the week arrows in the palette's button text colour, so they read in light and dark."""
        colour = palette.color(QPalette.ColorRole.ButtonText)
        self.previous_week.setIcon(_chevron(colour, pointing_left=True))
        self.next_week.setIcon(_chevron(colour, pointing_left=False))

    def navigation(self) -> list[QAction]:
        """Moving between weeks, copying last week and suggesting a week."""
        return [
            self.previous_week,
            self.next_week,
            self.this_week,
            self.go_to_date,
            self.copy_last_week,
            self.suggest_week,
        ]

    def session(self) -> list[QAction]:
        """What can be done to the selected session."""
        return [self.edit_session, self.move_previous_day, self.move_next_day, self.remove_session]

    def together(self) -> list[QAction]:
        """A session's life: starting, reflecting, declining with an alternative."""
        return [self.start_session, self.reflect_session, self.decline_session]

    def status(self) -> list[QAction]:
        """Letting a session go, resting instead, or planning it again."""
        return [self.skip_session, self.rest_session, self.replan_session]

    def menu(self) -> list[QAction | None]:
        """Everything, in menu order; None is a separator."""
        return [
            self.previous_week,
            self.next_week,
            self.this_week,
            self.go_to_date,
            None,
            self.copy_last_week,
            self.suggest_week,
            None,
            self.pause_plan,
            None,
            *self.together(),
            None,
            *self.session(),
            None,
            *self.status(),
        ]

    def update_session_life(
        self, selected: PlannedSession | None, state: CardState, today: dt.date, *, attached: bool
    ) -> None:
        """Enable what can be done now in the selected session's life (start, reflect, decline, status)."""
        if selected is None or not attached:
            for action in (*self.together(), *self.status()):
                action.setEnabled(False)
            self.reflect_session.setText(translate("WeekActions", "Re&flect…"))
            return
        self.start_session.setEnabled(can_start(selected, state))
        self.reflect_session.setEnabled(can_reflect(selected, state, today))
        self.reflect_session.setText(
            translate("WeekActions", "Finish and re&flect…")
            if state.under_way
            else translate("WeekActions", "Re&flect…")
        )
        self.decline_session.setEnabled(can_decline(selected, state))
        planned = selected.status is SessionStatus.PLANNED
        self.skip_session.setEnabled(planned)
        self.rest_session.setEnabled(planned)
        self.replan_session.setEnabled(not planned)

    def install(self, page: QWidget, cards_area: QWidget) -> None:
        """Make the shortcuts work: navigation anywhere in `page`'s window, session keys only among the cards."""
        # Keeping Enter, Delete and Ctrl+arrows to the cards leaves them to text fields and other pages.
        for action in self.navigation():
            page.addAction(action)
        for action in self.session():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            cards_area.addAction(action)

    def session_menu(self, parent: QWidget) -> QMenu:
        """The context menu of a card."""
        menu = QMenu(parent)
        for action in self.together():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.edit_session)
        menu.addSeparator()
        menu.addAction(self.move_previous_day)
        menu.addAction(self.move_next_day)
        menu.addSeparator()
        for action in self.status():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.remove_session)
        return menu
