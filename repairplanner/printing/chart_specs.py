"""The one builder of the rating charts: what a history becomes as ChartSpecs, for the Progress page and the
therapist summary alike (the painter is charts.py). Plain data in, specs out; no widgets, no services."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import mean

from repairplanner.core import dates
from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, SCALE_MAX, SCALE_MIN, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.printable_summary import PartnerRatings
from repairplanner.printing.charts import (
    MONTHLY_AFTER_DAYS,
    SCALE_TICKS,
    ChartSpec,
    Series,
    decimal_text,
    describe_chart,
    month_labels,
)

NO_RATINGS = QT_TRANSLATE_NOOP("Charts", "Your first reflections will appear here.")
NO_CHECK_INS = QT_TRANSLATE_NOOP(
    "Charts", "Once you have checked in before a session and reflected after it, you can compare the two here."
)
LEVEL_TICKS = tuple((float(level), str(level)) for level in range(MIN_LEVEL, MAX_LEVEL + 1))


@dataclass(frozen=True, slots=True)
class RatedWeek:
    """A week's averages over its done sessions: each partner's ratings (in the partners' order), and the
    distress expected at the check-ins against the peak distress felt."""

    start: dt.date
    ratings: tuple[PartnerRatings, ...]
    expected_distress: float | None = None
    actual_distress: float | None = None


@dataclass(frozen=True, slots=True)
class ChartPartner:
    """A partner as a chart names them (their name or initials) and colours their line."""

    name: str
    color: str | None = None


@dataclass(frozen=True, slots=True)
class LevelPoint:
    """A track's working level from `day` on."""

    day: dt.date
    track: Track
    level: int


def day_text(day: dt.date) -> str:
    """A day as '3 Mar 2025' ('3. März 2025' in German): core.dates' words, never strftime's."""
    return dates.day_text(day)


def by_month(start: dt.date, end: dt.date) -> bool:
    """Over longer ranges weekly points turn into a restless zigzag; monthly averages keep the picture calm."""
    return (end - start).days > MONTHLY_AFTER_DAYS


def _titled(start: dt.date, end: dt.date, by_week: str, by_months: str) -> str:
    """The title for the range: its week-by-week or month-by-month form (each translated whole)."""
    return by_months if by_month(start, end) else by_week


def level_chart(levels: Iterable[LevelPoint], start: dt.date, end: dt.date) -> ChartSpec:
    """Each track's working level over the range, as steps."""
    series = []
    for track in Track:
        steps = sorted((s for s in levels if s.track is track), key=lambda s: s.day)
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
        translate("Charts", "Working level of each track"),
        tuple(series),
        (MIN_LEVEL - 0.5, MAX_LEVEL + 0.5),
        x_range=(float(start.toordinal()), float(end.toordinal())),
        x_labels=month_labels(start, end),
        y_ticks=LEVEL_TICKS,
        step=True,
    )
    return _described(spec)


def rating_charts(
    weeks: Sequence[RatedWeek], partners: Sequence[ChartPartner], start: dt.date, end: dt.date
) -> list[ChartSpec]:
    """Felt safe, then peak distress: each partner's average per week (per month over long ranges), 0 to 10."""
    buckets = _buckets(weeks, start, end)
    specs = []
    titles = (
        _titled(
            start, end, translate("Charts", "Felt safe, week by week"), translate("Charts", "Felt safe, month by month")
        ),
        _titled(
            start,
            end,
            translate("Charts", "Peak distress, week by week"),
            translate("Charts", "Peak distress, month by month"),
        ),
    )
    for felt_safe, title in zip((True, False), titles, strict=True):
        series = []
        for seat, partner in enumerate(partners):
            points = []
            for x, group in buckets:
                rated = [w.ratings[seat] for w in group if seat < len(w.ratings)]
                points.append((x, _mean(r.felt_safe if felt_safe else r.peak_distress for r in rated)))
            series.append(Series(partner.name, tuple(points), partner.color))
        specs.append(_described(_weekly_spec(title, series, weeks, start, end)))
    return specs


def expectation_chart(weeks: Sequence[RatedWeek], start: dt.date, end: dt.date) -> ChartSpec:
    """Distress expected at the check-in against the peak distress felt, per week (or month)."""
    buckets = _buckets(weeks, start, end)
    series = [
        Series(
            translate("Charts", "Expected beforehand"),
            tuple((x, _mean(w.expected_distress for w in ws)) for x, ws in buckets),
        ),
        Series(
            translate("Charts", "Felt at the time"),
            tuple((x, _mean(w.actual_distress for w in ws)) for x, ws in buckets),
        ),
    ]
    title = _titled(
        start,
        end,
        translate("Charts", "Expected and felt distress, week by week"),
        translate("Charts", "Expected and felt distress, month by month"),
    )
    spec = _weekly_spec(title, series, weeks, start, end)
    return _described(dataclasses.replace(spec, empty_text=translate("Charts", NO_CHECK_INS)))


def expectation_summary(weeks: Sequence[RatedWeek]) -> str:
    """The gap between expected and felt distress in words, or '' before there is anything to compare."""
    pairs = [
        (w.expected_distress, w.actual_distress)
        for w in weeks
        if w.expected_distress is not None and w.actual_distress is not None
    ]
    if not pairs:
        return ""
    expected, felt = mean(e for e, _ in pairs), mean(a for _, a in pairs)
    text = translate("Charts", "On average you expected {expected} and felt {felt}.").format(
        expected=decimal_text(expected), felt=decimal_text(felt)
    )
    if felt < expected - 0.25:
        gentler = translate("Charts", "Most sessions were gentler than you feared; expectations often run high.")
        return f"{text} {gentler}"
    if felt > expected + 0.25:
        harder = translate(
            "Charts", "Some sessions were harder than you expected. Going gently, or stepping back, is part of the way."
        )
        return f"{text} {harder}"
    close = translate("Charts", "What you expected and what you felt were close.")
    return f"{text} {close}"


def progress_charts(
    weeks: Sequence[RatedWeek],
    levels: Iterable[LevelPoint],
    partners: Sequence[ChartPartner],
    start: dt.date,
    end: dt.date,
) -> list[ChartSpec]:
    """All four charts of the range, in the order the page shows them: levels, felt safe, peak distress, and
    expected against felt distress (the summary prints the two rating charts, built by the same function)."""
    safe, distress = rating_charts(weeks, partners, start, end)
    return [level_chart(levels, start, end), safe, distress, expectation_chart(weeks, start, end)]


def _buckets(weeks: Sequence[RatedWeek], start: dt.date, end: dt.date) -> list[tuple[float, list[RatedWeek]]]:
    """Weeks grouped for plotting (one per point): each week alone, or the weeks of each month."""
    if not by_month(start, end):
        return [(_x(w.start + dt.timedelta(days=3), start, end), [w]) for w in weeks]
    months: dict[tuple[int, int], list[RatedWeek]] = {}
    for week in weeks:
        middle = week.start + dt.timedelta(days=3)
        months.setdefault((middle.year, middle.month), []).append(week)
    return [(_x(dt.date(year, month, 15), start, end), group) for (year, month), group in sorted(months.items())]


def _x(day: dt.date, start: dt.date, end: dt.date) -> float:
    return float(min(max(day, start), end).toordinal())


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return mean(present) if present else None


def _weekly_spec(
    title: str, series: list[Series], weeks: Sequence[RatedWeek], start: dt.date, end: dt.date
) -> ChartSpec:
    labels = month_labels(start, end)
    if len(labels) < 2:  # a range of a few weeks: label the weeks instead
        labels = tuple((_x(w.start, start, end), dates.short_day_text(w.start)) for w in weeks if w.start >= start)
    return ChartSpec(
        title,
        tuple(series),
        (float(SCALE_MIN), float(SCALE_MAX)),
        x_range=(float(start.toordinal()), float(end.toordinal())),
        x_labels=labels,
        y_ticks=SCALE_TICKS,
        empty_text=translate("Charts", NO_RATINGS),
    )


def _described(spec: ChartSpec) -> ChartSpec:
    return dataclasses.replace(spec, description=describe_chart(spec, _ordinal_text))


def _ordinal_text(x: float) -> str:
    return day_text(dt.date.fromordinal(round(x)))
