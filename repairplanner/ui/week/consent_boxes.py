"""One consent box per partner for a session, and 'Agreed' in words once both are ticked."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QVBoxLayout, QWidget

from repairplanner.core.entities import Partner
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label

AGREED = QT_TRANSLATE_NOOP("ConsentBoxes", "✓ Agreed")


def consent_name(partner: Partner) -> str:
    """The accessible name of a partner's box: 'Ana agrees to this session'."""
    return translate("ConsentBoxes", "{name} agrees to this session").format(name=partner.name)


class ConsentBoxes(QWidget):
    """Real check-boxes, one per partner: a click gives or withdraws consent at once, with nothing asked."""

    toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[int, QCheckBox] = {}
        self._partners: tuple[Partner, ...] = ()
        self._build_ui()

    def _build_ui(self) -> None:
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(10)
        self.agreed_label = plain_label(translate("ConsentBoxes", AGREED))
        self.agreed_label.setAccessibleName(translate("ConsentBoxes", "Both of you agree to this session"))
        self.agreed_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(self._row)
        layout.addWidget(self.agreed_label)

    def set_partners(self, partners: tuple[Partner, ...]) -> None:
        """Make one box per partner, labelled with their name (kept when the names are the same)."""
        if tuple((p.id, p.name) for p in partners) == tuple((p.id, p.name) for p in self._partners):
            return
        for box in self.boxes.values():
            self._row.removeWidget(box)
            box.deleteLater()
        self.boxes = {}
        self._partners = partners
        for partner in partners:
            box = QCheckBox(partner.name)
            box.setAccessibleName(consent_name(partner))
            box.setCursor(Qt.CursorShape.PointingHandCursor)
            # `clicked` comes only from the couple (mouse or Space), never from showing a stored state.
            box.clicked.connect(lambda checked, pid=partner.id: self.toggled.emit(pid, checked))
            self._row.addWidget(box)
            self.boxes[partner.id] = box
        self._row.addStretch(1)
        self._arrange(self.width())

    def set_consents(
        self,
        consents: Mapping[int, bool],
        editable: bool,
        *,
        still_to_come: bool = True,
        withdrawable: bool = False,
    ) -> None:
        """Show each partner's current consent; read-only boxes for sessions already behind the couple, where
        'Agreed' is no longer news. With `withdrawable`, a ticked box stays live so it can be unticked (withdrawing
        is always one click) even when ticking is closed, as while the plan rests."""
        for partner_id, box in self.boxes.items():
            given = bool(consents.get(partner_id, False))
            box.setChecked(given)
            box.setEnabled(editable or (withdrawable and given))
        self.agreed_label.setVisible(still_to_come and self.agreed())

    def agreed(self) -> bool:
        """Whether every partner's box is ticked."""
        return bool(self.boxes) and all(box.isChecked() for box in self.boxes.values())

    def focus_chain(self) -> list[QWidget]:
        """The boxes in tab order."""
        return list(self.boxes.values())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        # Side by side when both names fit in the column, one under the other when they do not.
        needed = sum(box.sizeHint().width() for box in self.boxes.values()) + self._row.spacing() * len(self.boxes)
        wanted = QBoxLayout.Direction.LeftToRight if needed <= width else QBoxLayout.Direction.TopToBottom
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)
