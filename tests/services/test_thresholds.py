"""The couple's thresholds are stored, read back, refused when out of order, and reset to the defaults."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import Track
from repairplanner.core.grading import DEFAULT_GRADING, Decision
from repairplanner.core.library import Library
from repairplanner.services.couple import CoupleService
from repairplanner.services.demo import generate_demo
from repairplanner.services.library import LibraryService
from repairplanner.services.progress import ProgressService
from repairplanner.services.thresholds import ThresholdError, ThresholdService
from tests.helpers import TEST_NOW


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


def test_the_progress_offers_follow_the_couples_thresholds(
    sessions: sessionmaker[Session], builtin_library: Library
) -> None:
    """The demo couple's calm last weeks earn an offer to move talk up; asking for six sessions without any
    distress withdraws it, and the defaults bring it back."""
    clock = FixedClock.at_local(TEST_NOW.date(), dt.time(18, 0))
    library = LibraryService(sessions, clock=clock)
    library.sync_builtins(builtin_library)
    generate_demo(sessions, library.list_exercises(), clock=clock, years=2)
    couple = CoupleService(sessions).get()
    assert couple is not None
    progress = ProgressService(sessions, clock=clock)
    assert progress.assessments(couple, clock.today())[Track.TALK].decision is Decision.OFFER_MOVE_UP
    stricter = dataclasses.replace(DEFAULT_GRADING, recent_window=6, max_peak_distress_to_advance=0)
    ThresholdService(sessions).save(stricter)
    assert progress.assessments(couple, clock.today())[Track.TALK].decision is not Decision.OFFER_MOVE_UP
    ThresholdService(sessions).reset()
    assert progress.assessments(couple, clock.today())[Track.TALK].decision is Decision.OFFER_MOVE_UP
