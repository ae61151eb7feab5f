"""A chart on screen: holds a ChartSpec and paints it with the shared painter in printing/charts.py."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Series are told apart by line style and marker as well as colour, so a chart survives greyscale and colour blindness.
from repairplanner.core.i18n import translate
from repairplanner.printing.charts import ChartSpec, describe_chart, paint_chart


class ChartWidget(QWidget):
    """Shows one chart, following the system palette; its accessible description tells the data in words."""

    def __init__(self, spec: ChartSpec | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec or ChartSpec("", (), (0.0, 1.0))
        self._build_ui()
        self.set_spec(self._spec)

    def _build_ui(self) -> None:
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen-reader users can reach the description
        self.setMinimumSize(260, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_spec(self, spec: ChartSpec, description: str | None = None) -> None:
        """Show `spec`; the description defaults to the spec's own words."""
        self._spec = spec
        self.setAccessibleName(spec.title or translate("ChartWidget", "Chart"))
        self.setAccessibleDescription(description or spec.description or describe_chart(spec))
        self.update()

    def spec(self) -> ChartSpec:
        """The chart shown."""
        return self._spec

    def sizeHint(self) -> QSize:
        return QSize(520, 230)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_chart(painter, QRectF(self.rect()), self._spec, palette=self.palette())
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()
