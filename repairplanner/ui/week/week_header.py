"""The top of the week page: which week it is, the way to other weeks, the intention, and a hint for an empty week."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QAction, QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from repairplanner.core.dates import week_number, week_range_text
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.printing.locale_words import locale_words
from repairplanner.ui.shared.palette import muted_palette
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, fit_side_by_side, set_role, space

INTENTION_MAX = 200
INTENTION_PLACEHOLDER = QT_TRANSLATE_NOOP("WeekHeader", "What we want this week to be about")
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "WeekHeader",
    "Nothing is planned for this week yet. Let the app suggest a week at your levels, drag an exercise from the "
    "Library onto a day, or select one there and choose “Add to week…”.",
)


def week_number_text(start: dt.date, this_week: dt.date) -> str:
    """'Week 48 · this week': the week's number (as printed and exported), and how far it is from now."""
    number = week_number(start)
    weeks = (start - this_week).days // 7
    # Two or more weeks away, so the counted forms are always plural.
    if weeks == 0:
        when = translate("WeekHeader", "this week")
    elif weeks == 1:
        when = translate("WeekHeader", "next week")
    elif weeks == -1:
        when = translate("WeekHeader", "last week")
    elif weeks > 0:
        when = translate("WeekHeader", "in {weeks} weeks").format(weeks=weeks)
    else:
        when = translate("WeekHeader", "{weeks} weeks ago").format(weeks=-weeks)
    return translate("WeekHeader", "Week {number} · {when}").format(number=number, when=when)


class WeekHeader(QWidget):
    """Shows the week's dates and number, buttons for the navigation actions, the intention and the empty-week hint."""

    def __init__(
        self,
        navigation: list[QAction],
        copy_action: QAction,
        suggest_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._navigation = navigation
        self._copy_action = copy_action
        self._suggest_action = suggest_action
        self._build_ui()

    def _build_ui(self) -> None:
        self.range_label = plain_label()
        self.range_label.setAccessibleName(translate("WeekHeader", "Week"))
        set_role(self.range_label, Role.PAGE_TITLE)
        self.number_label = plain_label()
        self.number_label.setPalette(muted_palette(self.palette(), QPalette.ColorRole.Window))

        self.title_part = QHBoxLayout()
        self.title_part.setSpacing(space(3))
        self.title_part.addWidget(self.range_label)
        self.title_part.addWidget(self.number_label, 0, Qt.AlignmentFlag.AlignBaseline)
        self.title_part.addStretch(1)
        self.buttons_part = QHBoxLayout()
        self.buttons_part.addStretch(1)
        self.buttons: list[QToolButton] = []
        for action in self._navigation:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.text().replace("&", ""))
            self.buttons_part.addWidget(button)
            self.buttons.append(button)
        # The dates and the buttons share a row when they fit, and stack on a small screen or in a long language.
        title_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        title_row.setSpacing(space(3))
        title_row.addLayout(self.title_part, 1)
        title_row.addLayout(self.buttons_part)
        self.title_row = title_row

        self.intention_edit = QLineEdit()
        self.intention_edit.setPlaceholderText(translate("WeekHeader", INTENTION_PLACEHOLDER))
        self.intention_edit.setAccessibleName(translate("WeekHeader", "Our intention for this week"))
        self.intention_edit.setMaxLength(INTENTION_MAX)
        self.intention_edit.setClearButtonEnabled(True)
        intention_label = plain_label(translate("WeekHeader", "Our &intention"))
        intention_label.setBuddy(self.intention_edit)
        intention_row = QHBoxLayout()
        intention_row.addWidget(intention_label)
        intention_row.addWidget(self.intention_edit, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(intention_row)
        layout.addWidget(self._build_banner())

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint_label = plain_label(translate("WeekHeader", EMPTY_HINT))
        self.hint_label.setWordWrap(True)
        self.copy_button = QToolButton()
        self.copy_button.setDefaultAction(self._copy_action)
        self.copy_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.copy_button.setAccessibleName(translate("WeekHeader", "Copy last week"))
        self.suggest_button = QToolButton()
        self.suggest_button.setDefaultAction(self._suggest_action)
        self.suggest_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.suggest_button.setAccessibleName(translate("WeekHeader", "Suggest a week"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(10, 6, 10, 6)
        banner_row.addWidget(self.hint_label, 1)
        banner_row.addWidget(self.suggest_button)
        banner_row.addWidget(self.copy_button)
        return self.banner

    def resizeEvent(self, event: QResizeEvent) -> None:
        parts = [self.title_part.minimumSize(), self.buttons_part.minimumSize()]
        fit_side_by_side(self, self.title_row, parts, event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.number_label.setPalette(muted_palette(self.palette(), QPalette.ColorRole.Window))
        super().changeEvent(event)

    def set_week(self, start: dt.date, this_week: dt.date, locale: QLocale) -> None:
        """Show the dates and number of the week starting `start`."""
        self.range_label.setText(week_range_text(start, locale_words(locale)))
        self.number_label.setText(week_number_text(start, this_week))

    def set_empty(self, empty: bool, can_copy: bool) -> None:
        """Show the hint (and the copy button, if last week has sessions) only for an empty week."""
        self.banner.setVisible(empty)
        self.copy_button.setVisible(can_copy)
