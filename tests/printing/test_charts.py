"""The chart painter: the same drawing on a widget, an image and a PDF page, readable without colour."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPalette, QPdfWriter
from pytestqt.qtbot import QtBot

from repairplanner.printing.charts import (
    LINE_STYLES,
    MARKERS,
    ChartSpec,
    Series,
    describe_chart,
    month_labels,
    paint_chart,
    paint_line_chart,
    paint_step_chart,
)
from repairplanner.ui.progress.chart_widget import ChartWidget

WIDTH, HEIGHT = 600, 300
TICKS = tuple((float(v), str(v)) for v in (0, 5, 10))


def _spec(**changes: object) -> ChartSpec:
    fields: dict[str, object] = {
        "title": "Felt safe",
        "series": (
            Series("Ana", tuple((float(x), 6.0 + x % 3) for x in range(10)), "#2f7f79"),
            Series("Bo", tuple((float(x), 3.0 + x % 2) for x in range(10))),
        ),
        "y_range": (0.0, 10.0),
        "x_range": (0.0, 9.0),
        "x_labels": ((0.0, "Mar"), (5.0, "Apr")),
        "y_ticks": TICKS,
    }
    fields.update(changes)
    return ChartSpec(**fields)  # type: ignore[arg-type]


def _paint(spec: ChartSpec, *, black_and_white: bool = False, step: bool = False) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint = paint_step_chart if step else paint_line_chart
    palette = QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    paint(painter, QRectF(0, 0, WIDTH, HEIGHT), spec, palette=palette, black_and_white=black_and_white)
    painter.end()
    return image


def _pixels(image: QImage, rect: tuple[int, int, int, int]) -> list[QColor]:
    left, top, right, bottom = rect
    return [image.pixelColor(x, y) for x in range(left, right, 2) for y in range(top, bottom, 2)]


PLOT = (80, 90, 560, 260)  # well inside the plot area, below the title and legend


def test_line_chart_draws_its_series_in_the_plot_area(qapp: object) -> None:
    image = _paint(_spec())
    coloured = [c for c in _pixels(image, PLOT) if c.saturation() > 60]
    assert len(coloured) > 50, "both series are drawn in their colours"
    teal = QColor("#2f7f79")
    assert any(abs(c.hue() - teal.hue()) < 8 and c.saturation() > 120 for c in coloured), "the partner's colour is used"


def test_black_and_white_uses_only_greys(qapp: object) -> None:
    image = _paint(_spec(), black_and_white=True)
    every = _pixels(image, (0, 0, WIDTH, HEIGHT))
    assert all(c.red() == c.green() == c.blue() for c in every)
    assert sum(1 for c in _pixels(image, PLOT) if c.value() < 160) > 50, "the lines are still there, in grey"


def test_a_gap_in_a_series_leaves_the_plot_empty_there(qapp: object) -> None:
    spec = _spec(series=(Series("Ana", ((0.0, 5.0), (4.0, None), (9.0, 5.0)), "#cc3333"),), y_ticks=())
    image = _paint(spec)
    red = lambda c: c.red() > 150 and c.green() < 120  # noqa: E731
    # The line at y=5 would cross the middle of the plot; with the gap nothing red is there.
    assert not any(red(c) for c in _pixels(image, (200, 100, 420, 280)))
    joined = _paint(_spec(series=(Series("Ana", ((0.0, 5.0), (9.0, 5.0)), "#cc3333"),), y_ticks=()))
    assert any(red(c) for c in _pixels(joined, (200, 100, 420, 280)))


def test_step_chart_draws_levels_and_keeps_equal_levels_apart(qapp: object) -> None:
    spec = _spec(
        title="Levels",
        series=(
            Series("Touch", ((0.0, 2.0), (9.0, 2.0)), "#ff0000"),
            Series("Talk", ((0.0, 2.0), (9.0, 2.0)), "#0000ff"),
        ),
        y_range=(0.5, 5.5),
        y_ticks=tuple((float(v), str(v)) for v in range(1, 6)),
        step=True,
    )
    image = _paint(spec, step=True)
    column = [image.pixelColor(300, y) for y in range(60, HEIGHT)]
    assert any(c.red() > 200 and c.blue() < 80 for c in column), "touch is visible"
    assert any(c.blue() > 200 and c.red() < 80 for c in column), "talk is visible, though at the same level"


def test_empty_chart_says_so_kindly(qapp: object) -> None:
    spec = _spec(
        series=(Series("Ana", ()), Series("Bo", ((0.0, None),))), empty_text="Your first reflections will appear here."
    )
    assert spec.is_empty
    assert "Your first reflections will appear here." in describe_chart(spec)
    image = _paint(spec)
    assert any(c.value() < 100 for c in _pixels(image, (150, 150, 450, 200))), "the kind words are drawn in the plot"


def test_series_differ_by_line_style_without_colour(qapp: object) -> None:
    flat = (
        Series("Ana", tuple((float(x), 7.5) for x in range(10))),
        Series("Bo", tuple((float(x), 2.5) for x in range(10))),
    )
    image = _paint(_spec(series=flat, y_ticks=(), x_labels=()), black_and_white=True)

    def darkest_row(top: int, bottom: int) -> int:
        return max(sum(1 for x in range(60, 540) if image.pixelColor(x, y).value() < 140) for y in range(top, bottom))

    solid, dashed = darkest_row(70, 170), darkest_row(170, 250)
    assert solid > 400, "the first series is a solid line"
    assert dashed < 0.85 * solid, "the second is dashed, so the two differ even in grey"
    assert len(set(LINE_STYLES)) == len(LINE_STYLES) and len(set(MARKERS)) == len(MARKERS)


def test_chart_paints_onto_a_pdf_page(qapp: object, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setTitle("Summary")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF())
    )
    painter = QPainter(writer)
    page = QRectF(painter.viewport())
    paint_chart(painter, QRectF(0, 0, page.width(), page.height() / 2), _spec(), black_and_white=True)
    paint_chart(
        painter, QRectF(0, page.height() / 2, page.width(), page.height() / 2), _spec(title="Levels", step=True)
    )
    painter.end()
    text = " ".join(pypdf.PdfReader(str(path)).pages[0].extract_text().split())
    for word in ("Felt safe", "Levels", "Ana", "Bo", "Mar"):
        assert word in text


def test_chart_widget_describes_its_data_in_words(qtbot: QtBot) -> None:
    widget = ChartWidget(_spec())
    qtbot.addWidget(widget)
    widget.resize(WIDTH, HEIGHT)
    description = widget.accessibleDescription()
    assert widget.accessibleName() == "Felt safe"
    assert "Ana" in description and "Bo" in description
    assert "between 6 and 8" in description and "most recently 6" in description
    image = widget.grab().toImage()
    assert any(c.saturation() > 60 for c in _pixels(image, PLOT))


def test_step_description_tells_each_change_of_level() -> None:
    spec = _spec(series=(Series("Touch", ((1.0, 1.0), (4.0, 2.0), (9.0, 2.0))),), step=True)
    assert describe_chart(spec) == "Felt safe. Touch: level 1 from 1, level 2 from 4; now level 2."


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 1, 1)), st.integers(1, 15 * 366))
def test_axis_labels_are_distinct_and_long_ranges_name_their_years(start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    labels = month_labels(start, end)
    texts = [text for _, text in labels]
    positions = [x for x, _ in labels]
    assert positions == sorted(positions) and all(start.toordinal() <= x <= end.toordinal() for x in positions)
    if days > 3 * 366:
        assert texts and all(text.isdigit() for text in texts) and len(set(texts)) == len(texts) <= 10
    elif texts:
        assert any(any(ch.isdigit() for ch in text) for text in texts[:1])  # the first label carries its year


def test_a_long_title_wraps_instead_of_being_cut(qapp: object) -> None:
    title = "Working level of each track over the whole of the range you chose, week by week"
    narrow = QImage(260, 300, QImage.Format.Format_ARGB32)
    narrow.fill(QColor("#ffffff"))
    painter = QPainter(narrow)
    paint_line_chart(painter, QRectF(0, 0, 260, 300), _spec(title=title), palette=None, black_and_white=True)
    painter.end()
    # The second line of the title leaves ink below the first line's height (about 20 px at 10.5 pt).
    second_line = [c for c in _pixels(narrow, (8, 26, 250, 40)) if c.lightness() < 128]
    assert second_line
