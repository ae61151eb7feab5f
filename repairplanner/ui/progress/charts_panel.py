"""The Progress page's charts: what the history becomes on screen (and on a therapist's printed summary)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from statistics import mean
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from repairplanner.core.dates import day_text
from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, SCALE_MAX, SCALE_MIN, Track
from repairplanner.printing.charts import (
    MONTHLY_AFTER_DAYS,
    SCALE_TICKS,
    ChartSpec,
    Series,
    describe_chart,
    month_labels,
)
from repairplanner.ui.progress.chart_widget import ChartWidget

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.progress import ProgressHistory, WeekPoint

FIRST_REFLECTIONS = "Your first reflections will appear here."
FIRST_CHECK_INS = "Once you have checked in before a session and reflected after it, you can compare the two here."
LEVEL_TICKS = tuple((float(level), str(level)) for level in range(MIN_LEVEL, MAX_LEVEL + 1))


def _ordinal_text(x: float) -> str:
    return day_text(dt.date.fromordinal(round(x)))


def _by_month(start: dt.date, end: dt.date) -> bool:
    # Over longer ranges weekly points turn into a restless zigzag; monthly averages keep the picture calm.
    return (end - start).days > MONTHLY_AFTER_DAYS


def _buckets(weeks: Sequence[WeekPoint], start: dt.date, end: dt.date) -> list[tuple[float, list[WeekPoint]]]:
    """Weeks grouped for plotting (one per point): each week alone, or the weeks of each month."""

    def clamp(day: dt.date) -> float:
        return float(min(max(day, start), end).toordinal())

    if not _by_month(start, end):
        return [(clamp(w.start + dt.timedelta(days=3)), [w]) for w in weeks]
    months: dict[tuple[int, int], list[WeekPoint]] = {}
    for week in weeks:
        middle = week.start + dt.timedelta(days=3)
        months.setdefault((middle.year, middle.month), []).append(week)
    return [(clamp(dt.date(year, month, 15)), group) for (year, month), group in sorted(months.items())]


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return mean(present) if present else None


def level_chart(history: ProgressHistory, start: dt.date, end: dt.date) -> ChartSpec:
    """Each track's working level over the range, as steps."""
    series = []
    for track in Track:
        steps = sorted((s for s in history.levels if s.track is track), key=lambda s: s.day)
        level = MIN_LEVEL
        for step in steps:
            if step.day <= start:
                level = step.level
        points = [(float(start.toordinal()), float(level))]
        for step in steps:
            if start < step.day <= end:
                points.append((float(step.day.toordinal()), float(step.level)))
                level = step.level
        points.append((float(end.toordinal()), float(level)))
        series.append(Series(track.label, tuple(points)))
    spec = ChartSpec(
        "Working level of each track",
        tuple(series),
        (MIN_LEVEL - 0.5, MAX_LEVEL + 0.5),
        x_range=(float(start.toordinal()), float(end.toordinal())),
        x_labels=month_labels(start, end),
        y_ticks=LEVEL_TICKS,
        step=True,
    )
    return _described(spec)


def rating_chart(
    history: ProgressHistory, couple: Couple, start: dt.date, end: dt.date, *, felt_safe: bool
) -> ChartSpec:
    """Each partner's average felt-safe (or peak distress) rating per week (per month over long ranges), 0–10."""
    series = []
    buckets = _buckets(history.weeks, start, end)
    for partner in couple.partners:
        points = []
        for x, weeks in buckets:
            mine = [p for w in weeks for p in w.partners if p.partner_id == partner.id]
            points.append((x, _mean(p.felt_safe if felt_safe else p.peak_distress for p in mine)))
        series.append(Series(partner.name, tuple(points), partner.color))
    what = "Felt safe" if felt_safe else "Peak distress"
    title = f"{what}, {_period(start, end)}"
    return _described(_weekly_spec(title, series, start, end, FIRST_REFLECTIONS))


def expectation_chart(history: ProgressHistory, start: dt.date, end: dt.date) -> ChartSpec:
    """Distress expected at the check-in against the peak distress felt, per week (or month)."""
    buckets = _buckets(history.weeks, start, end)
    series = [
        Series("Expected beforehand", tuple((x, _mean(w.expected_distress for w in ws)) for x, ws in buckets)),
        Series("Felt at the time", tuple((x, _mean(w.actual_distress for w in ws)) for x, ws in buckets)),
    ]
    title = f"Expected and felt distress, {_period(start, end)}"
    return _described(_weekly_spec(title, series, start, end, FIRST_CHECK_INS))


def _period(start: dt.date, end: dt.date) -> str:
    return "month by month" if _by_month(start, end) else "week by week"


def expectation_summary(history: ProgressHistory) -> str:
    """The gap between expected and felt distress in words, or '' before there is anything to compare."""
    pairs = [
        (w.expected_distress, w.actual_distress)
        for w in history.weeks
        if w.expected_distress is not None and w.actual_distress is not None
    ]
    if not pairs:
        return ""
    expected, felt = mean(e for e, _ in pairs), mean(a for _, a in pairs)
    text = f"On average you expected {expected:.1f} and felt {felt:.1f}."
    if felt < expected - 0.25:
        return f"{text} Most sessions were gentler than you feared; expectations often run high."
    if felt > expected + 0.25:
        return (
            f"{text} Some sessions were harder than you expected. Going gently, or stepping back, is part of the way."
        )
    return f"{text} What you expected and what you felt were close."


def progress_charts(history: ProgressHistory, couple: Couple, start: dt.date, end: dt.date) -> list[ChartSpec]:
    """All four charts of the range, in the order the page and the printed summary show them."""
    return [
        level_chart(history, start, end),
        rating_chart(history, couple, start, end, felt_safe=True),
        rating_chart(history, couple, start, end, felt_safe=False),
        expectation_chart(history, start, end),
    ]


def _weekly_spec(title: str, series: list[Series], start: dt.date, end: dt.date, empty: str) -> ChartSpec:
    return ChartSpec(
        title,
        tuple(series),
        (float(SCALE_MIN), float(SCALE_MAX)),
        x_range=(float(start.toordinal()), float(end.toordinal())),
        x_labels=month_labels(start, end),
        y_ticks=SCALE_TICKS,
        empty_text=empty,
    )


def _described(spec: ChartSpec) -> ChartSpec:
    return dataclasses.replace(spec, description=describe_chart(spec, _ordinal_text))


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
        self.gap_label = QLabel()
        self.gap_label.setWordWrap(True)
        self.gap_label.setAccessibleName("Expected and felt distress, in words")
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
        gap = expectation_summary(history)
        self.gap_label.setText(gap)
        self.gap_label.setVisible(bool(gap))
