"""The couple's thresholds are stored, read back, refused when out of order, and reset to the defaults."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.grading import DEFAULT_GRADING
from repairplanner.services.thresholds import ThresholdError, ThresholdService


def test_thresholds_are_kept_and_reset(sessions: sessionmaker[Session]) -> None:
    service = ThresholdService(sessions)
    assert service.current() == DEFAULT_GRADING
    slower = dataclasses.replace(DEFAULT_GRADING, min_sessions_at_level=5, min_days_at_level=21)
    assert service.save(slower) == slower
    assert ThresholdService(sessions).current() == slower
    assert service.reset() == DEFAULT_GRADING and service.current() == DEFAULT_GRADING


def test_thresholds_out_of_order_are_refused_and_nothing_changes(sessions: sessionmaker[Session]) -> None:
    service = ThresholdService(sessions)
    kept = service.save(dataclasses.replace(DEFAULT_GRADING, stuck_after=3))
    broken = dataclasses.replace(kept, min_felt_safe_to_advance=9)
    object.__setattr__(broken, "step_back_felt_safe", 9)  # past the dataclass's own check, as a bad caller could
    with pytest.raises(ThresholdError, match="gentler"):
        service.save(broken)
    assert service.current() == kept
