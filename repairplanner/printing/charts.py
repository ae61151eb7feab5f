"""Calm line and step charts painted with QPainter onto any paint device: a widget, an image or a printed page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from statistics import mean

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from repairplanner.core.dates import month_text
from repairplanner.core.i18n import translate

#: Series are told apart by line style and marker as well as colour, so a chart survives greyscale and colour blindness.
LINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine)
DEFAULT_COLOURS = ("#3d7ea6", "#b0654a", "#6a5d9e", "#5f7f3a")
GREYS = ("#000000", "#505050", "#2a2a2a", "#6e6e6e")
MAX_MARKERS = 26
#: Beyond this many days, weekly points are averaged by month so the lines stay calm.
MONTHLY_AFTER_DAYS = 200
SCALE_TICKS = tuple((float(value), str(value)) for value in (0, 2, 4, 6, 8, 10))


class Marker(Enum):
    """The marker shape of a series, by its position in the chart."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"


MARKERS = tuple(Marker)


@dataclass(frozen=True, slots=True)
class Series:
    """One named line: (x, y) points in order of x; a y of None leaves a gap."""

    name: str
    points: tuple[tuple[float, float | None], ...]
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """Everything one chart shows, so a widget and a printed page draw exactly the same thing."""

    title: str
    series: tuple[Series, ...]
    y_range: tuple[float, float]
    x_range: tuple[float, float] | None = None
    x_labels: tuple[tuple[float, str], ...] = ()
    y_ticks: tuple[tuple[float, str], ...] = ()
    step: bool = False
    #: What an empty chart says; "" for the general "Nothing to show yet." in the interface language.
    empty_text: str = ""
    description: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(y is not None for series in self.series for _, y in series.points)


@dataclass(frozen=True, slots=True)
class _Look:
    background: QColor
    text: QColor
    grid: QColor
    colours: tuple[QColor, ...]


def paint_line_chart(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    *,
    palette: QPalette | None = None,
    black_and_white: bool = False,
    background: bool = True,
) -> None:
    """Paint `spec` as lines through its points."""
    _paint(painter, rect, spec, step=False, palette=palette, black_and_white=black_and_white, background=background)


def paint_step_chart(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    *,
    palette: QPalette | None = None,
    black_and_white: bool = False,
    background: bool = True,
) -> None:
    """Paint `spec` as steps: each point's value holds until the next point (levels over time)."""
    _paint(painter, rect, spec, step=True, palette=palette, black_and_white=black_and_white, background=background)


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    *,
    palette: QPalette | None = None,
    black_and_white: bool = False,
    background: bool = True,
) -> None:
    """Paint `spec` as steps or lines, as its `step` flag says."""
    _paint(painter, rect, spec, step=spec.step, palette=palette, black_and_white=black_and_white, background=background)


def _look(palette: QPalette | None, black_and_white: bool, series: Sequence[Series]) -> _Look:
    if black_and_white:
        colours = tuple(QColor(GREYS[i % len(GREYS)]) for i in range(len(series)))
        return _Look(QColor("#ffffff"), QColor("#000000"), QColor("#c8c8c8"), colours)
    palette = palette or QPalette()
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    grid = QColor(text)
    grid.setAlphaF(0.18)
    colours = tuple(
        QColor(s.colour) if s.colour else QColor(DEFAULT_COLOURS[i % len(DEFAULT_COLOURS)])
        for i, s in enumerate(series)
    )
    return _Look(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base), text, grid, colours)


def _paint(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    *,
    step: bool,
    palette: QPalette | None,
    black_and_white: bool,
    background: bool,
) -> None:
    device = painter.device()
    # Pens and gaps are sized for a 96 dpi screen and scaled, so a 1200 dpi PDF page looks like the screen.
    unit = max(1.0, device.logicalDpiX() / 96.0) if device is not None else 1.0
    look = _look(palette, black_and_white, spec.series)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if background:
        painter.fillRect(rect, look.background)
    font = QFont(painter.font())
    font.setPointSizeF(9.0)
    if black_and_white:
        font.setStyleStrategy(QFont.StyleStrategy.NoSubpixelAntialias)
    title_font = QFont(font)
    title_font.setPointSizeF(10.5)
    title_font.setBold(True)
    pad = 8 * unit
    inner = rect.adjusted(pad, pad, -pad, -pad)
    painter.setPen(look.text)
    painter.setFont(title_font)
    title_metrics = QFontMetricsF(title_font, device)
    # A long title (a long language, a narrow chart) wraps onto a second line rather than being cut.
    wrap = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    title_box = QRectF(inner.left(), inner.top(), inner.width(), inner.height() / 3)
    title_height = title_metrics.boundingRect(title_box, wrap, spec.title).height() if spec.title else 0.0
    if spec.title:
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height), wrap, spec.title)
    painter.setFont(font)
    metrics = QFontMetricsF(font, device)
    legend_top = inner.top() + title_height + (4 * unit if spec.title else 0)
    legend_height = _paint_legend(painter, QRectF(inner.left(), legend_top, inner.width(), 0), spec, look, unit)
    label_width = max((metrics.horizontalAdvance(text) for _, text in spec.y_ticks), default=0.0)
    plot = QRectF(inner)
    plot.setTop(legend_top + legend_height + 8 * unit)
    plot.setLeft(inner.left() + label_width + 6 * unit)
    plot.setBottom(inner.bottom() - metrics.height() - 4 * unit)
    plot.setRight(inner.right() - 4 * unit)
    if plot.width() > 4 * unit and plot.height() > 4 * unit:
        canvas = _Canvas(painter, plot, spec, spec.x_range or _x_extent(spec), look, unit)
        _paint_axes(canvas, metrics)
        if spec.is_empty:
            painter.setPen(look.text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, _empty_text(spec))
        else:
            painter.setClipRect(plot.adjusted(-6 * unit, -6 * unit, 6 * unit, 6 * unit))
            for index, series in enumerate(spec.series):
                _paint_series(canvas, index, series, step=step)
    painter.restore()


def _x_extent(spec: ChartSpec) -> tuple[float, float]:
    xs = [x for series in spec.series for x, _ in series.points]
    if not xs:
        return (0.0, 1.0)
    low, high = min(xs), max(xs)
    return (low, high) if high > low else (low - 1.0, high + 1.0)


@dataclass(frozen=True, slots=True)
class _Canvas:
    painter: QPainter
    plot: QRectF
    spec: ChartSpec
    x_range: tuple[float, float]
    look: _Look
    unit: float

    def point(self, x: float, y: float) -> QPointF:
        """Where data point (x, y) falls in the plot area."""
        (x0, x1), (y0, y1) = self.x_range, self.spec.y_range
        plot = self.plot
        return QPointF(
            plot.left() + (x - x0) / ((x1 - x0) or 1.0) * plot.width(),
            plot.bottom() - (y - y0) / ((y1 - y0) or 1.0) * plot.height(),
        )


def _paint_legend(painter: QPainter, area: QRectF, spec: ChartSpec, look: _Look, unit: float) -> float:
    metrics = QFontMetricsF(painter.font(), painter.device())
    row_height = metrics.height()
    sample = 26 * unit
    x, y = area.left(), area.top()
    for index, series in enumerate(spec.series):
        width = sample + 5 * unit + metrics.horizontalAdvance(series.name)
        if x > area.left() and x + width > area.right():
            x, y = area.left(), y + row_height + 2 * unit
        middle = y + row_height / 2
        painter.setPen(_series_pen(look, index, unit))
        painter.drawLine(QLineF(x, middle, x + sample, middle))
        _paint_marker(painter, QPointF(x + sample / 2, middle), index, look, unit)
        painter.setPen(look.text)
        painter.drawText(QRectF(x + sample + 5 * unit, y, width, row_height), series.name)
        x += width + 16 * unit
    return (y - area.top()) + row_height if spec.series else 0.0


def _paint_axes(canvas: _Canvas, metrics: QFontMetricsF) -> None:
    painter, plot, spec, look, unit = canvas.painter, canvas.plot, canvas.spec, canvas.look, canvas.unit
    grid_pen = QPen(look.grid, 1 * unit)
    for value, text in spec.y_ticks:
        y = canvas.point(canvas.x_range[0], value).y()
        painter.setPen(grid_pen)
        painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(look.text)
        width = metrics.horizontalAdvance(text) + 1
        box = QRectF(plot.left() - 6 * unit - width, y - metrics.height() / 2, width, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
    axis_pen = QPen(look.text, 1 * unit)
    painter.setPen(axis_pen)
    painter.drawLine(QLineF(plot.bottomLeft(), plot.bottomRight()))
    last_right = -1e9
    for value, text in spec.x_labels:
        x = canvas.point(value, spec.y_range[0]).x()
        if not plot.left() - 1 <= x <= plot.right() + 1:
            continue
        width = metrics.horizontalAdvance(text)
        left = min(max(x - width / 2, plot.left()), plot.right() - width)
        if left < last_right + 6 * unit:
            continue  # labels never overlap; the ones left out are implied by their neighbours
        painter.setPen(axis_pen)
        painter.drawLine(QLineF(x, plot.bottom(), x, plot.bottom() + 3 * unit))
        painter.setPen(look.text)
        painter.drawText(QRectF(left, plot.bottom() + 4 * unit, width + 1, metrics.height()), text)
        last_right = left + width


def _series_pen(look: _Look, index: int, unit: float) -> QPen:
    pen = QPen(look.colours[index % len(look.colours)], 2.2 * unit)
    pen.setStyle(LINE_STYLES[index % len(LINE_STYLES)])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _paint_series(canvas: _Canvas, index: int, series: Series, *, step: bool) -> None:
    painter, spec, look, unit = canvas.painter, canvas.spec, canvas.look, canvas.unit
    # Step lines at the same level would hide each other, so each series sits a hair above or below.
    nudge = (index - (len(spec.series) - 1) / 2) * 3 * unit if step else 0.0
    segments: list[list[QPointF]] = [[]]
    for x, y in series.points:
        if y is None:
            segments.append([])
            continue
        point = canvas.point(x, y) + QPointF(0, nudge)
        current = segments[-1]
        if step and current:
            current.append(QPointF(point.x(), current[-1].y()))
        current.append(point)
    painter.setPen(_series_pen(look, index, unit))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for segment in segments:
        if len(segment) > 1:
            path = QPainterPath(segment[0])
            for point in segment[1:]:
                path.lineTo(point)
            painter.drawPath(path)
    marked = [p for segment in segments for p in segment]
    if step:
        marked = [p for i, p in enumerate(marked) if i == 0 or p.y() != marked[i - 1].y()]
    # Thinned so a long range stays calm; a lone point between gaps has no line, so it always keeps its marker.
    every = max(1, -(-len(marked) // MAX_MARKERS))
    lone = [segment[0] for segment in segments if len(segment) == 1]
    for point in [*marked[::every], *lone]:
        _paint_marker(painter, point, index, look, unit)


def _paint_marker(painter: QPainter, centre: QPointF, index: int, look: _Look, unit: float) -> None:
    colour = look.colours[index % len(look.colours)]
    painter.save()
    painter.setPen(QPen(look.background, 1 * unit))
    painter.setBrush(colour)
    r = 3.6 * unit
    shape = MARKERS[index % len(MARKERS)]
    if shape is Marker.CIRCLE:
        painter.drawEllipse(centre, r, r)
    elif shape is Marker.SQUARE:
        painter.drawRect(QRectF(centre.x() - r * 0.9, centre.y() - r * 0.9, r * 1.8, r * 1.8))
    elif shape is Marker.TRIANGLE:
        painter.drawPolygon(
            QPolygonF(
                [
                    centre + QPointF(0, -r * 1.15),
                    centre + QPointF(r * 1.1, r * 0.8),
                    centre + QPointF(-r * 1.1, r * 0.8),
                ]
            )
        )
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    centre + QPointF(0, -r * 1.2),
                    centre + QPointF(r, 0),
                    centre + QPointF(0, r * 1.2),
                    centre + QPointF(-r, 0),
                ]
            )
        )
    painter.restore()


def _empty_text(spec: ChartSpec) -> str:
    return spec.empty_text or translate("Charts", "Nothing to show yet.")


def decimal_text(value: float) -> str:
    """A number with one decimal, in the interface language's way: '3.5' ('3,5' in German)."""
    return f"{value:.1f}".replace(".", translate("Charts", ".", "decimal point"))


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0").replace(".", translate("Charts", ".", "decimal point"))


def describe_chart(spec: ChartSpec, x_text: Callable[[float], str] = _number) -> str:
    """The chart in words, for screen readers and anyone who would rather read than look."""
    if spec.is_empty:
        return f"{spec.title}. {_empty_text(spec)}"
    parts = [f"{spec.title}."]
    for series in spec.series:
        points = [(x, y) for x, y in series.points if y is not None]
        if not points:
            parts.append(translate("Charts", "{name}: nothing yet.").format(name=series.name))
        elif spec.step:
            changes = [p for i, p in enumerate(points) if i == 0 or p[1] != points[i - 1][1]]
            step_text = translate("Charts", "level {level} from {day}")
            steps = ", ".join(step_text.format(level=_number(y), day=x_text(x)) for x, y in changes)
            text = translate("Charts", "{name}: {steps}; now level {level}.")
            parts.append(text.format(name=series.name, steps=steps, level=_number(points[-1][1])))
        else:
            values = [y for _, y in points]
            count = len(values)
            if count == 1:
                text = translate(
                    "Charts",
                    "{name}: {count} value from {first} to {last}, between {low} and {high}, on average {mean}, "
                    "most recently {latest}.",
                )
            else:
                text = translate(
                    "Charts",
                    "{name}: {count} values from {first} to {last}, between {low} and {high}, on average {mean}, "
                    "most recently {latest}.",
                )
            parts.append(
                text.format(
                    name=series.name,
                    count=count,
                    first=x_text(points[0][0]),
                    last=x_text(points[-1][0]),
                    low=_number(min(values)),
                    high=_number(max(values)),
                    mean=_number(mean(values)),
                    latest=_number(values[-1]),
                )
            )
    return " ".join(parts)


#: Ranges longer than this are labelled by year, at most this many labels.
LONG_RANGE_DAYS = 3 * 366
MAX_YEAR_LABELS = 10


def month_labels(start: dt.date, end: dt.date) -> tuple[tuple[float, str], ...]:
    """Month starts between `start` and `end`, thinned to fit, as x-axis labels ('Mar', or 'Jan 2026'); past three
    years, the years themselves ('2019'), so a long range never reads 'Jul, Jul, Jul'."""
    span = (end - start).days
    if span > LONG_RANGE_DAYS:
        years = [y for y in range(start.year, end.year + 1) if start <= dt.date(y, 1, 1) <= end]
        every = max(1, -(-len(years) // MAX_YEAR_LABELS))
        return tuple((float(dt.date(y, 1, 1).toordinal()), str(y)) for y in years[::every])
    every = 1 if span <= 200 else 2 if span <= 400 else 3 if span <= 800 else 6
    labels: list[tuple[float, str]] = []
    month = dt.date(start.year, start.month, 1)
    while month <= end:
        if month >= start and (month.month - 1) % every == 0:
            with_year = month.month == 1 or not labels
            labels.append((float(month.toordinal()), month_text(month, with_year=with_year)))
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return tuple(labels)
