"""The therapist summary: a calm portrait document of a date range that reads at a glance, in black and white."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from repairplanner.core.dates import day_text, range_text, weekday_day_text
from repairplanner.core.entities import Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.print_options import PrintOptions
from repairplanner.core.printable_summary import SharedNote, SummaryData, SummaryWeek
from repairplanner.printing.charts import decimal_text
from repairplanner.printing.page import PrintDocument
from repairplanner.printing.pdf import neutral_summary_title

if TYPE_CHECKING:
    from repairplanner.printing.charts import ChartSpec

CHART_URL = QUrl("summary-chart:ratings")
#: The chart image's width in pixels: about 200 dpi across the page.
CHART_PIXELS = 1600
#: Each chart's height as a share of its width.
CHART_ASPECT = 0.29
FONT_SIZE = 9.5
DASH = "–"
READING_NOTE = QT_TRANSLATE_NOOP(
    "SummaryPrint",
    "After each session each of us rated, on our own, how safe we felt and the most distress we felt, "
    "from 0 (not at all) to 10 (the most). These are self-ratings, not scores or test results. The figures are "
    "averages over the sessions done in a week (in the charts, over a month when the range is long); a dash "
    "means no rating that week. Only the sessions we practised are counted: what we chose not to do is part "
    "of the practice too, and is never counted. Only notes we chose to share are included.",
)
STYLE = """
h1 { font-size: 17pt; font-weight: 600; margin: 0; }
h2 { font-size: 12pt; font-weight: 600; margin-top: 16px; margin-bottom: 5px; }
p { margin: 0; }
th { font-weight: 600; }
.sub { font-size: 10.5pt; margin-top: 2px; }
.small { font-size: 8.5pt; color: #3d3d3d; }
"""
WEEKS_UNDER_THE_OVERVIEW = 6
WEEKS_SHARING_A_PAGE = 26
SHADE = "#ececec"
WEEK_SHADE = "#dcdcdc"


def build_summary_document(data: SummaryData, options: PrintOptions) -> QTextDocument:
    """The summary as one document for preview, paper and PDF: portrait, on the chosen paper.

    The document's title (DocumentTitle meta information) is neutral unless `options.discreet_title` is off;
    pass it to the printer or PDF writer.
    """
    document = PrintDocument(options.paper, landscape=False, font_size=FONT_SIZE)
    width_pt = document.pageSize().width() / document.device(1.0)
    document.addResource(QTextDocument.ResourceType.ImageResource, CHART_URL, _chart_image(data, width_pt / 72.0))
    document.setDefaultStyleSheet(STYLE)
    chart_height = width_pt * CHART_ASPECT * 2
    document.setHtml(_html(data, document.pt(width_pt), document.pt(chart_height)))
    # Set after setHtml, which clears it; printing takes the PDF's title from here.
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, summary_title(data, options))
    return document


def summary_title(data: SummaryData, options: PrintOptions) -> str:
    """NEUTRAL_SUMMARY_TITLE, or one naming the couple and the range when they chose a non-discreet title."""
    if options.discreet_title:
        return neutral_summary_title()
    title = translate("SummaryPrint", "{first} & {second} — summary, {dates}")
    return title.format(first=data.names[0], second=data.names[1], dates=range_text(data.start, data.end))


# --- the chart -------------------------------------------------------------------------------------------------------


def rating_charts(data: SummaryData) -> list[ChartSpec]:
    """Felt safe and peak distress, one line per partner, by week (or by month over a long range): the Progress
    page's own charts, from the one builder (chart_specs)."""
    from repairplanner.printing.chart_specs import ChartPartner, RatedWeek
    from repairplanner.printing.chart_specs import rating_charts as build

    weeks = [RatedWeek(w.start, w.ratings) for w in data.weeks]
    return build(weeks, [ChartPartner(name) for name in data.names], data.start, data.end)


def _chart_image(data: SummaryData, width_inches: float) -> QImage:
    """The two rating charts, one above the other, painted by the Progress page's own chart painter."""
    from repairplanner.printing.charts import paint_chart

    specs = rating_charts(data)
    height = round(CHART_PIXELS * CHART_ASPECT)
    image = QImage(CHART_PIXELS, height * len(specs), QImage.Format.Format_RGB32)
    # The image's resolution is the one it prints at, so the painter's 9 pt labels print at 9 pt.
    dots_per_metre = round(CHART_PIXELS / width_inches / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    for index, spec in enumerate(specs):
        paint_chart(painter, QRectF(0, index * height, CHART_PIXELS, height), spec, black_and_white=True)
    painter.end()
    return image


# --- the text --------------------------------------------------------------------------------------------------------


def _html(data: SummaryData, chart_width: float, chart_height: float) -> str:
    a, b = (escape(name) for name in data.names)
    heading = escape(translate("SummaryPrint", "Practice summary"))
    sub = translate("SummaryPrint", "{dates} · {first} and {second}").format(
        dates=escape(range_text(data.start, data.end)), first=a, second=b
    )
    prepared = escape(translate("SummaryPrint", "Prepared by the couple with RepairPlanner."))
    charts = escape(translate("SummaryPrint", "How safe we felt, and our peak distress"))
    note = escape(translate("SummaryPrint", READING_NOTE))
    return "".join(
        [
            f"<h1>{heading}</h1>",
            f"<p class='sub'>{sub}</p>",
            f"<p class='small'>{prepared}</p>",
            _glance(data),
            f"<p class='small'>{note}</p>",
            f"<h2>{charts}</h2>",
            f"<p><img src='{CHART_URL.toString()}' width='{chart_width:.0f}' height='{chart_height:.0f}'></p>",
            _levels(data),
            _weeks(data),
            _notes(data),
        ]
    )


def _glance(data: SummaryData) -> str:
    talk = translate("SummaryPrint", "talk {start} → {end}").format(
        start=data.levels_at_start[Track.TALK], end=data.levels_at_end[Track.TALK]
    )
    touch = translate("SummaryPrint", "touch {start} → {end}").format(
        start=data.levels_at_start[Track.TOUCH], end=data.levels_at_end[Track.TOUCH]
    )
    levels = f"{talk}; {touch}"
    done, week_count, changes = data.done, len(data.weeks), len(data.level_changes)
    sessions = (
        translate("SummaryPrint", "<b>{count}</b> session").format(count=done)
        if done == 1
        else translate("SummaryPrint", "<b>{count}</b> sessions").format(count=done)
    )
    weeks = (
        translate("SummaryPrint", "{count} week").format(count=week_count)
        if week_count == 1
        else translate("SummaryPrint", "{count} weeks").format(count=week_count)
    )
    changed = (
        translate("SummaryPrint", "{count} change").format(count=changes)
        if changes == 1
        else translate("SummaryPrint", "{count} changes").format(count=changes)
    )
    practised = translate("SummaryPrint", "{sessions} practised over {weeks}.").format(sessions=sessions, weeks=weeks)
    working = translate(
        "SummaryPrint",
        "Working level (1 to 5) from the start to the end of the range: {levels} ({changes} in between).",
    ).format(levels=escape(levels), changes=changed)
    return f"<p style='margin-top: 10px'>{practised}</p><p style='margin-bottom: 8px'>{working}</p>"


def _levels(data: SummaryData) -> str:
    heading = escape(translate("SummaryPrint", "Level changes"))
    if not data.level_changes:
        nothing = escape(translate("SummaryPrint", "No level changed in this range."))
        return f"<h2>{heading}</h2><p>{nothing}</p>"
    moved_up, stepped_back = translate("SummaryPrint", "moved up"), translate("SummaryPrint", "stepped back")
    rows = "".join(
        f"<tr><td>{escape(day_text(c.day))}</td><td>{escape(c.track.label)}</td>"
        f"<td>{c.from_level} → {c.to_level}</td>"
        f"<td>{escape(moved_up if c.to_level > c.from_level else stepped_back)}</td></tr>"
        for c in data.level_changes
    )
    date, track, level = (
        translate("SummaryPrint", "Date"),
        translate("SummaryPrint", "Track"),
        translate("SummaryPrint", "Level"),
    )
    return (
        f"<h2>{heading}</h2><table cellspacing='0' cellpadding='2'>"
        f"<thead><tr><th align='left' width='110'>{escape(date)}</th><th align='left' width='95'>{escape(track)}</th>"
        f"<th align='left' width='70'>{escape(level)}</th><th></th></tr></thead>{rows}</table>"
    )


def _number(value: float | None) -> str:
    return DASH if value is None else decimal_text(value)


def _week_row(index: int, week: SummaryWeek) -> str:
    counts = [str(week.done) if week.done else DASH]
    ratings = [_number(v) for r in week.ratings for v in (r.felt_safe, r.peak_distress)]
    shade = f" bgcolor='{SHADE}'" if index % 2 else ""
    cells = "".join(f"<td align='center'>{c}</td>" for c in [*counts, *ratings])
    return f"<tr{shade}><td>{escape(day_text(week.start))}</td>{cells}</tr>"


def _weeks(data: SummaryData) -> str:
    a, b = (escape(name) for name in data.names)
    sessions, week_of, practised = (
        escape(translate("SummaryPrint", "Sessions")),
        escape(translate("SummaryPrint", "Week of")),
        escape(translate("SummaryPrint", "Practised")),
    )
    safe, distress = escape(translate("SummaryPrint", "Felt safe")), escape(translate("SummaryPrint", "Peak distress"))
    head = (
        f"<thead><tr><th></th><th>{sessions}</th>"
        f"<th colspan='2'>{a}</th><th colspan='2'>{b}</th></tr>"
        f"<tr><th align='left'>{week_of}</th><th>{practised}</th>"
        f"<th>{safe}</th><th>{distress}</th><th>{safe}</th><th>{distress}</th></tr></thead>"
    )
    rows = "".join(_week_row(i, w) for i, w in enumerate(data.weeks))
    # A long table starts on its own page; a few weeks fit under the overview.
    spacing = "page-break-before: always" if len(data.weeks) > WEEKS_UNDER_THE_OVERVIEW else "margin-top: 18px"
    by_week = escape(translate("SummaryPrint", "Week by week"))
    return (
        f"<h2 style='{spacing}'>{by_week}</h2><table width='100%' cellspacing='0' cellpadding='1'>{head}{rows}</table>"
    )


def _notes(data: SummaryData) -> str:
    heading = escape(translate("SummaryPrint", "Shared notes"))
    if not data.notes:
        nothing = escape(translate("SummaryPrint", "No shared notes in this range."))
        return f"<h2>{heading}</h2><p>{nothing}</p>"
    week_of = translate("SummaryPrint", "Week of {date}")
    # Both partners' notes on the same session sit together, so their two views read side by side.
    weeks: dict[dt.date, dict[tuple[dt.date, str], list[SharedNote]]] = defaultdict(dict)
    for note in data.notes:
        weeks[note.week_start].setdefault((note.day, note.exercise_title), []).append(note)
    rows = []
    for week, sessions in weeks.items():
        title = escape(week_of.format(date=day_text(week)))
        rows.append(f"<tr><td colspan='2' bgcolor='{WEEK_SHADE}'><b>{title}</b></td></tr>")
        for (day, title), notes in sessions.items():
            lines = "".join(f"<br><b>{escape(n.partner_name)}:</b> {escape(n.text)}" for n in notes)
            when = escape(weekday_day_text(day))
            rows.append(f"<tr><td>{when}</td><td><i>{escape(title)}</i>{lines}</td></tr>")
    # After a long table of weeks the notes begin on a page of their own, not as a heading stranded at its foot.
    spacing = "page-break-before: always" if len(data.weeks) > WEEKS_SHARING_A_PAGE else "margin-top: 18px"
    return (
        f"<h2 style='{spacing}'>{heading}</h2>"
        "<table width='100%' cellspacing='0' cellpadding='3'><tr><th width='14%'></th><th></th></tr>"
        f"{''.join(rows)}</table>"
    )
