"""The Progress page's charts: the history handed to the one chart builder (printing.chart_specs) and shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from repairplanner.core.i18n import translate
from repairplanner.core.printable_summary import PartnerRatings
from repairplanner.printing import chart_specs
from repairplanner.printing.chart_specs import ChartPartner, LevelPoint, RatedWeek
from repairplanner.printing.charts import ChartSpec
from repairplanner.ui.progress.chart_widget import ChartWidget
from repairplanner.ui.shared.plain_text import plain_label

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.progress import ProgressHistory


def rated_weeks(history: ProgressHistory, couple: Couple) -> list[RatedWeek]:
    """The history's weeks as the one chart builder (printing.chart_specs) takes them, partners in seat order."""
    weeks = []
    for point in history.weeks:
        by_partner = {p.partner_id: p for p in point.partners}
        ratings = tuple(
            PartnerRatings(by_partner[p.id].felt_safe, by_partner[p.id].peak_distress)
            if p.id in by_partner
            else PartnerRatings()
            for p in couple.partners
        )
        weeks.append(RatedWeek(point.start, ratings, point.expected_distress, point.actual_distress))
    return weeks


def chart_partners(couple: Couple) -> list[ChartPartner]:
    """The partners as the charts name and colour them."""
    return [ChartPartner(p.name, p.color) for p in couple.partners]


def progress_charts(history: ProgressHistory, couple: Couple, start: dt.date, end: dt.date) -> list[ChartSpec]:
    """All four charts of the range, from the one builder the therapist summary uses too."""
    levels = [LevelPoint(step.day, step.track, step.level) for step in history.levels]
    return chart_specs.progress_charts(rated_weeks(history, couple), levels, chart_partners(couple), start, end)


class ChartsPanel(QWidget):
    """The four charts and the expected-against-felt gap in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()

    def _build_ui(self) -> None:
        self.level_chart = ChartWidget()
        self.safe_chart = ChartWidget()
        self.distress_chart = ChartWidget()
        self.expectation_chart = ChartWidget()
        self.gap_label = plain_label()
        self.gap_label.setWordWrap(True)
        self.gap_label.setAccessibleName(translate("ChartsPanel", "Expected and felt distress, in words"))
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.level_chart, 0, 0)
        grid.addWidget(self.expectation_chart, 0, 1)
        grid.addWidget(self.safe_chart, 1, 0)
        grid.addWidget(self.distress_chart, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gap_label)
        layout.addLayout(grid)

    def charts(self) -> list[ChartWidget]:
        """The chart widgets in the order of `progress_charts`."""
        return [self.level_chart, self.safe_chart, self.distress_chart, self.expectation_chart]

    def show_history(self, history: ProgressHistory, couple: Couple, start: dt.date, end: dt.date) -> None:
        """Draw the range's history."""
        for widget, spec in zip(self.charts(), progress_charts(history, couple, start, end), strict=True):
            widget.set_spec(spec)
        gap = chart_specs.expectation_summary(rated_weeks(history, couple))
        self.gap_label.setText(gap)
        self.gap_label.setVisible(bool(gap))
