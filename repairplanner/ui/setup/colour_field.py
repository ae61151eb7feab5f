"""A partner's optional colour: picked through the dialog service, shown as a swatch and named in words."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.shared.plain_text import plain_label


class ColourChooser(Protocol):
    """The one prompt the setup fields need from the dialog service (which opens the setup, so is not imported)."""

    def choose_colour(self, parent: QWidget | None, title: str, initial: str | None) -> str | None: ...


_HUES = ((10, "red"), (40, "orange"), (65, "yellow"), (165, "green"), (190, "teal"), (255, "blue"), (315, "purple"))

#: Every name `colour_name` can give, whole, so each language can word (and order) it its own way.
_NAMES = {
    "White": QT_TRANSLATE_NOOP("ColourField", "White"),
    "Black": QT_TRANSLATE_NOOP("ColourField", "Black"),
    "Brown": QT_TRANSLATE_NOOP("ColourField", "Brown"),
    "Grey": QT_TRANSLATE_NOOP("ColourField", "Grey"),
    "Light grey": QT_TRANSLATE_NOOP("ColourField", "Light grey"),
    "Dark grey": QT_TRANSLATE_NOOP("ColourField", "Dark grey"),
    "Red": QT_TRANSLATE_NOOP("ColourField", "Red"),
    "Light red": QT_TRANSLATE_NOOP("ColourField", "Light red"),
    "Orange": QT_TRANSLATE_NOOP("ColourField", "Orange"),
    "Light orange": QT_TRANSLATE_NOOP("ColourField", "Light orange"),
    "Yellow": QT_TRANSLATE_NOOP("ColourField", "Yellow"),
    "Light yellow": QT_TRANSLATE_NOOP("ColourField", "Light yellow"),
    "Dark yellow": QT_TRANSLATE_NOOP("ColourField", "Dark yellow"),
    "Green": QT_TRANSLATE_NOOP("ColourField", "Green"),
    "Light green": QT_TRANSLATE_NOOP("ColourField", "Light green"),
    "Dark green": QT_TRANSLATE_NOOP("ColourField", "Dark green"),
    "Teal": QT_TRANSLATE_NOOP("ColourField", "Teal"),
    "Light teal": QT_TRANSLATE_NOOP("ColourField", "Light teal"),
    "Dark teal": QT_TRANSLATE_NOOP("ColourField", "Dark teal"),
    "Blue": QT_TRANSLATE_NOOP("ColourField", "Blue"),
    "Light blue": QT_TRANSLATE_NOOP("ColourField", "Light blue"),
    "Dark blue": QT_TRANSLATE_NOOP("ColourField", "Dark blue"),
    "Purple": QT_TRANSLATE_NOOP("ColourField", "Purple"),
    "Light purple": QT_TRANSLATE_NOOP("ColourField", "Light purple"),
    "Dark purple": QT_TRANSLATE_NOOP("ColourField", "Dark purple"),
    "Pink": QT_TRANSLATE_NOOP("ColourField", "Pink"),
    "Light pink": QT_TRANSLATE_NOOP("ColourField", "Light pink"),
    "Dark pink": QT_TRANSLATE_NOOP("ColourField", "Dark pink"),
}


def colour_name(color: str) -> str:
    """A plain name for `color` (#rrggbb), so the choice is not told by colour alone."""
    c = QColor(color)
    hue, saturation, lightness = c.hslHue(), c.hslSaturationF(), c.lightnessF()
    if lightness > 0.94:
        name = "White"
    elif lightness < 0.08:
        name = "Black"
    else:
        if saturation < 0.15 or hue < 0:
            base = "grey"
        else:
            base = next((name for limit, name in _HUES if hue < limit), "pink" if hue < 345 else "red")
            if base in ("red", "orange") and lightness < 0.35:
                base = "brown"
        shade = "light " if lightness > 0.72 else "dark " if lightness < 0.3 and base != "brown" else ""
        name = (shade + base).capitalize()
    return translate("ColourField", _NAMES[name])


class ColourField(QWidget):
    """One partner's optional colour: a swatch and its name in words, a picker button and a remove button."""

    changed = Signal()

    def __init__(self, dialogs: ColourChooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._color: str | None = None
        self._owner = ""
        self._build_ui()
        self._connect_signals()
        self.set_owner(translate("ColourField", "this partner"))

    def _build_ui(self) -> None:
        self.swatch = plain_label()
        self.label = plain_label()
        widest = max((translate("ColourField", name) for name in _NAMES.values()), key=len)
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance(widest + " "))
        self.choose_button = QPushButton(translate("ColourField", "Choose…"))
        self.clear_button = QPushButton(translate("ColourField", "Remove"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.swatch)
        layout.addWidget(self.label)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self._show_color()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def color(self) -> str | None:
        return self._color

    def set_color(self, color: str | None) -> None:
        """Show `color` (#rrggbb) or no colour."""
        self._color = color
        self._show_color()
        self.changed.emit()

    def set_owner(self, name: str) -> None:
        """Name the partner whose colour this is, for the accessible names."""
        self._owner = name
        self.choose_button.setAccessibleName(translate("ColourField", "Choose a colour for {name}").format(name=name))
        self.clear_button.setAccessibleName(translate("ColourField", "Remove the colour for {name}").format(name=name))

    def _show_color(self) -> None:
        size = self.fontMetrics().height()
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        if self._color:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.setBrush(QColor(self._color))
            painter.drawRoundedRect(0, 0, size - 1, size - 1, 3, 3)
        painter.end()
        self.swatch.setPixmap(pixmap)
        name = colour_name(self._color) if self._color else translate("ColourField", "No colour")
        self.label.setText(name)
        self.label.setToolTip(self._color or "")
        self.choose_button.setAccessibleDescription(
            translate("ColourField", "Now: {colour}").format(colour=name.lower())
        )
        self.clear_button.setEnabled(self._color is not None)

    def _on_choose_button_clicked(self) -> None:
        title = translate("ColourField", "A colour for {name}").format(name=self._owner)
        chosen = self._dialogs.choose_colour(self, title, self._color)
        if chosen is not None:
            self.set_color(chosen)

    def _on_clear_button_clicked(self) -> None:
        self.set_color(None)
        self.choose_button.setFocus()
