"""Fixtures for these UI tests."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.library import Library
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.shared.events import AppEvents
from tests.helpers import Today
from tests.ui.progress.progress_world import TODAY, Couple2


@pytest.fixture
def world(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> Couple2:
    library = LibraryService(sessions, clock=clock)
    library.sync_builtins(builtin_library)
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana", "#2f7f79"), PartnerDraft("Bo"), "pause"))
    today = Today(TODAY)
    return Couple2(
        sessions,
        library,
        PlanService(sessions, clock=clock),
        couples,
        SessionService(sessions, clock=today, kdf=TEST_KDF),
        ProgressService(sessions, clock=today),
        couple,
        AppEvents(),
        today,
        today,
    )
