"""The Guide at the right moment: a quiet banner offering one reading ("Read it now" or "Later"), never blocking.

Offered after setup, before the couple's first touch session, when a track moves up a level, and after a session
in which the stop signal was used. Each offer is remembered (GuideService), so it is made once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from repairplanner.core.errors import UserFacingError
from repairplanner.core.guide import Moment, Reading
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.services.guide import GuideService

#: Each moment's offer, whole, with the reading's title as {title}.
LEAD = {
    Moment.SETUP: QT_TRANSLATE_NOOP("GuideBanner", "Before you begin: a short reading, “{title}”."),
    Moment.FIRST_TOUCH: QT_TRANSLATE_NOOP(
        "GuideBanner", "Before your first touch session: a short reading, “{title}”."
    ),
    Moment.NEW_LEVEL: QT_TRANSLATE_NOOP("GuideBanner", "For your new level: a short reading, “{title}”."),
    Moment.STOP_SIGNAL: QT_TRANSLATE_NOOP("GuideBanner", "After a stop: a short reading, “{title}”."),
}


class GuideBanner(QFrame):
    """A slim, non-modal offer of one reading at the top of the window."""

    read_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reading_id = ""
        self.moment: Moment | None = None
        self._build_ui()
        self._connect_signals()
        self.setVisible(False)

    def _build_ui(self) -> None:
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("GuideBanner", "A short reading for this moment"))
        self.text_label = plain_label()
        self.text_label.setWordWrap(True)
        self.read_button = QPushButton(translate("GuideBanner", "&Read it now"))
        self.later_button = QPushButton(translate("GuideBanner", "L&ater"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.read_button)
        layout.addWidget(self.later_button)

    def _connect_signals(self) -> None:
        self.read_button.clicked.connect(self._on_read_button_clicked)
        self.later_button.clicked.connect(self._on_later_button_clicked)

    def show_offer(self, moment: Moment, reading: Reading) -> None:
        """Offer `reading` for `moment`, replacing any earlier offer."""
        self._reading_id = reading.id
        self.moment = moment
        self.text_label.setText(translate("GuideBanner", LEAD[moment]).format(title=reading.title))
        self.read_button.setAccessibleName(translate("GuideBanner", "Read “{title}” now").format(title=reading.title))
        self.setVisible(True)

    def reading_id(self) -> str:
        parent = self.parentWidget()
        shown = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self._reading_id if shown else ""

    def _on_read_button_clicked(self) -> None:
        reading_id = self._reading_id
        self.setVisible(False)
        self.read_requested.emit(reading_id)

    def _on_later_button_clicked(self) -> None:
        self.setVisible(False)


class GuideMoments:
    """Decides whether a moment's reading is offered: the Guide has one, and it was not offered before."""

    def __init__(self, banner: GuideBanner) -> None:
        self._banner = banner
        self._guide: GuideService | None = None

    def attach(self, guide: GuideService) -> None:
        self._guide = guide

    def offer(self, moment: Moment, detail: str = "") -> bool:
        """Offer the reading for `moment` (`detail` tells apart repeated moments, like each new level)."""
        if self._guide is None:
            return False
        try:
            if self._guide.was_offered(moment, detail):
                return False
            reading = self._guide.reading_for(moment)
            if reading is None:
                return False
            self._guide.mark_offered(moment, detail)
        except UserFacingError:
            return False  # a reading is never worth an interruption; the Guide page says what is wrong
        self._banner.show_offer(moment, reading)
        return True

    def was_offered(self, moment: Moment, detail: str = "") -> bool:
        if self._guide is None:
            return True
        try:
            return self._guide.was_offered(moment, detail)
        except UserFacingError:
            return True

    def mark_offered(self, moment: Moment, detail: str = "") -> None:
        """Remember a moment as passed without offering anything (a couple who already did touch sessions)."""
        if self._guide is not None:
            try:
                self._guide.mark_offered(moment, detail)
            except UserFacingError:
                return
