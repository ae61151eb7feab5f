"""The one builder of the rating charts: what a history becomes as ChartSpecs, for the Progress page and the
therapist summary alike (the painter is charts.py). Plain data in, specs out; no widgets, no services."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import mean

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, SCALE_MAX, SCALE_MIN, Track
from repairplanner.core.printable_summary import PartnerRatings
from repairplanner.printing.charts import (
    MONTHLY_AFTER_DAYS,
    SCALE_TICKS,
    ChartSpec,
    Series,
    describe_chart,
    month_labels,
)

NO_RATINGS = "Your first reflections will appear here."
NO_CHECK_INS = "Once you have checked in before a session and reflected after it, you can compare the two here."
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
    """A day as '3 Mar 2025'."""
    return f"{day.day} {day:%b %Y}"


def by_month(start: dt.date, end: dt.date) -> bool:
    """Over longer ranges weekly points turn into a restless zigzag; monthly averages keep the picture calm."""
    return (end - start).days > MONTHLY_AFTER_DAYS


def period_text(start: dt.date, end: dt.date) -> str:
    return "month by month" if by_month(start, end) else "week by week"


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
        "Working level of each track",
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
    for felt_safe, what in ((True, "Felt safe"), (False, "Peak distress")):
        series = []
        for seat, partner in enumerate(partners):
            points = []
            for x, group in buckets:
                rated = [w.ratings[seat] for w in group if seat < len(w.ratings)]
                points.append((x, _mean(r.felt_safe if felt_safe else r.peak_distress for r in rated)))
            series.append(Series(partner.name, tuple(points), partner.color))
        specs.append(_described(_weekly_spec(f"{what}, {period_text(start, end)}", series, weeks, start, end)))
    return specs


def expectation_chart(weeks: Sequence[RatedWeek], start: dt.date, end: dt.date) -> ChartSpec:
    """Distress expected at the check-in against the peak distress felt, per week (or month)."""
    buckets = _buckets(weeks, start, end)
    series = [
        Series("Expected beforehand", tuple((x, _mean(w.expected_distress for w in ws)) for x, ws in buckets)),
        Series("Felt at the time", tuple((x, _mean(w.actual_distress for w in ws)) for x, ws in buckets)),
    ]
    title = f"Expected and felt distress, {period_text(start, end)}"
    spec = _weekly_spec(title, series, weeks, start, end)
    return _described(dataclasses.replace(spec, empty_text=NO_CHECK_INS))


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
    text = f"On average you expected {expected:.1f} and felt {felt:.1f}."
    if felt < expected - 0.25:
        return f"{text} Most sessions were gentler than you feared; expectations often run high."
    if felt > expected + 0.25:
        return (
            f"{text} Some sessions were harder than you expected. Going gently, or stepping back, is part of the way."
        )
    return f"{text} What you expected and what you felt were close."


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
        labels = tuple((_x(w.start, start, end), f"{w.start.day} {w.start:%b}") for w in weeks if w.start >= start)
    return ChartSpec(
        title,
        tuple(series),
        (float(SCALE_MIN), float(SCALE_MAX)),
        x_range=(float(start.toordinal()), float(end.toordinal())),
        x_labels=labels,
        y_ticks=SCALE_TICKS,
        empty_text=NO_RATINGS,
    )


def _described(spec: ChartSpec) -> ChartSpec:
    return dataclasses.replace(spec, description=describe_chart(spec, _ordinal_text))


def _ordinal_text(x: float) -> str:
    return day_text(dt.date.fromordinal(round(x)))
