"""Fixtures for these UI tests."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from repairplanner.core.clock import FixedClock
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import Plan, make_page, make_plan


@pytest.fixture
def setup(qtbot: QtBot, sessions: object, builtin_library: object, clock: FixedClock) -> Plan:
    return make_plan(sessions, builtin_library, clock)


@pytest.fixture
def page(qtbot: QtBot, setup: Plan, dialogs: FakeDialogs) -> WeekPage:
    return make_page(qtbot, setup, dialogs)
