"""The decision thresholds as settings: any stored value gives a usable set, and a valid choice is kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.grading import DEFAULT_GRADING, GradingSettings
from repairplanner.core.thresholds import THRESHOLDS, order_problem, threshold_values, thresholds_from

FIELDS = [t.field for t in THRESHOLDS]


@given(st.dictionaries(st.sampled_from([*FIELDS, "other"]), st.one_of(st.integers(-5, 20), st.text(), st.booleans())))
def test_any_stored_value_gives_a_set_the_rules_can_use(values: dict[str, object]) -> None:
    chosen = thresholds_from(values)
    assert isinstance(chosen, GradingSettings)  # constructing it checked the rules' order
    for threshold in THRESHOLDS:
        assert threshold.low <= getattr(chosen, threshold.field) <= threshold.high


@given(st.fixed_dictionaries({t.field: st.integers(t.low, t.high) for t in THRESHOLDS}))
def test_a_choice_in_range_and_in_order_is_kept_exactly(values: dict[str, int]) -> None:
    chosen = thresholds_from(values)
    if order_problem(values) is None:
        assert threshold_values(chosen) == values
    else:
        assert chosen == DEFAULT_GRADING


def test_moving_up_must_stay_gentler_than_stepping_back() -> None:
    assert order_problem({"max_peak_distress_to_advance": 8, "step_back_peak_distress": 8})
    assert order_problem({"min_felt_safe_to_advance": 4, "step_back_felt_safe": 4})
    assert order_problem(threshold_values(DEFAULT_GRADING)) is None


def test_every_threshold_has_words_and_a_range_holding_its_default() -> None:
    for threshold in THRESHOLDS:
        assert threshold.shown_label() and threshold.shown_explanation().endswith(".")
        assert threshold.low <= getattr(DEFAULT_GRADING, threshold.field) <= threshold.high
