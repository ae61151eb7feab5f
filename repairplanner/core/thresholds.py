"""The decision rules' thresholds as settings a couple can change (with their therapist): names, ranges, words.

PRODUCT.md: "all thresholds are settings". The defaults are GradingSettings'; a stored value outside its range, or a
set that breaks the rules' order (advancing must stay gentler than stepping back), falls back to the defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from repairplanner.core.grading import DEFAULT_GRADING, GradingSettings
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class Threshold:
    """One threshold: its GradingSettings field, its label and explanation (untranslated sources), its range."""

    field: str
    label: str
    explanation: str
    low: int
    high: int

    def shown_label(self) -> str:
        """The label in the interface language."""
        return translate("Thresholds", self.label)

    def shown_explanation(self) -> str:
        """The explanation in the interface language."""
        return translate("Thresholds", self.explanation)


THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        "min_sessions_at_level",
        QT_TRANSLATE_NOOP("Thresholds", "Sessions done at a level"),
        QT_TRANSLATE_NOOP(
            "Thresholds", "How many sessions you complete at a level before the app offers to move up together."
        ),
        1,
        12,
    ),
    Threshold(
        "min_days_at_level",
        QT_TRANSLATE_NOOP("Thresholds", "Days at a level"),
        QT_TRANSLATE_NOOP("Thresholds", "How many days you spend at a level, at least, before moving up is offered."),
        0,
        60,
    ),
    Threshold(
        "recent_window",
        QT_TRANSLATE_NOOP("Thresholds", "Recent sessions looked at"),
        QT_TRANSLATE_NOOP(
            "Thresholds", "How many of your latest sessions at a level must have felt calm and safe to move up."
        ),
        1,
        6,
    ),
    Threshold(
        "max_peak_distress_to_advance",
        QT_TRANSLATE_NOOP("Thresholds", "Highest distress to move up"),
        QT_TRANSLATE_NOOP(
            "Thresholds", "Moving up is offered only when neither of you felt more distress than this (0 to 10)."
        ),
        0,
        9,
    ),
    Threshold(
        "min_felt_safe_to_advance",
        QT_TRANSLATE_NOOP("Thresholds", "Lowest feeling of safety to move up"),
        QT_TRANSLATE_NOOP(
            "Thresholds", "Moving up is offered only when both of you felt at least this safe (0 to 10)."
        ),
        1,
        10,
    ),
    Threshold(
        "step_back_peak_distress",
        QT_TRANSLATE_NOOP("Thresholds", "Distress that suggests a step back"),
        QT_TRANSLATE_NOOP(
            "Thresholds", "When either of you felt this much distress or more, the app suggests going back a level."
        ),
        1,
        10,
    ),
    Threshold(
        "step_back_felt_safe",
        QT_TRANSLATE_NOOP("Thresholds", "Safety that suggests a step back"),
        QT_TRANSLATE_NOOP(
            "Thresholds", "When either of you felt this safe or less, the app suggests going back a level."
        ),
        0,
        9,
    ),
    Threshold(
        "stuck_after",
        QT_TRANSLATE_NOOP("Thresholds", "Hard times before an exercise is split"),
        QT_TRANSLATE_NOOP(
            "Thresholds",
            "After this many holds or steps back in a row on one exercise, the app suggests smaller steps or a talk.",
        ),
        1,
        6,
    ),
)


def thresholds_from(values: Mapping[str, object], defaults: GradingSettings = DEFAULT_GRADING) -> GradingSettings:
    """The settings stored as `values` (field -> int); anything out of range or out of order gives the defaults."""
    known = {t.field: t for t in THRESHOLDS}
    chosen: dict[str, int] = {}
    for name, value in values.items():
        threshold = known.get(name)
        if threshold is None or not isinstance(value, int) or isinstance(value, bool):
            continue
        if threshold.low <= value <= threshold.high:
            chosen[name] = value
    try:
        return replace(defaults, **chosen)
    except ValueError:
        return defaults


def threshold_values(settings: GradingSettings) -> dict[str, int]:
    """The thresholds of `settings` to store, by field."""
    return {t.field: int(getattr(settings, t.field)) for t in THRESHOLDS}


def order_problem(values: Mapping[str, int], defaults: GradingSettings = DEFAULT_GRADING) -> str | None:
    """Why `values` cannot be used together (in the interface language), or None when they can."""
    try:
        replace(defaults, **{k: v for k, v in values.items() if k in {f.name for f in fields(defaults)}})
    except ValueError:
        return translate(
            "Thresholds",
            "Moving up must stay gentler than stepping back: the distress to move up must be below the distress "
            "that suggests a step back, and the safety to move up above the safety that suggests one.",
        )
    return None
