"""A printout, a summary and a calendar file read one snapshot: an edit made meanwhile is wholly in or wholly out."""

from __future__ import annotations

import datetime as dt

import pytest

from repairplanner.app import build_services
from repairplanner.core.print_options import PrintOptions
from repairplanner.db.engine import make_engine, make_sessions
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.services.storage import snapshot, transaction
from tests.services.conftest import World

MONDAY = dt.date(2026, 11, 23)


def _edit_from_the_window(world: World) -> None:
    """Another connection (the open window) ticks Bo's consent, as if clicked while the export reads."""
    engine = make_engine(world.sessions.kw["bind"].url.database)
    try:
        window = SessionService(make_sessions(engine), clock=world.clock)
        (session,) = world.plan.get_week(MONDAY).sessions
        window.set_consent(session.id, world.b, True)
    finally:
        engine.dispose()


@pytest.mark.parametrize("read_as_one", [True, False])
def test_a_printed_week_is_read_in_one_snapshot(
    world: World, read_as_one: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.today.day = MONDAY
    session = world.book(MONDAY, "talk-1-daily-check-in")
    world.svc.set_consent(session.id, world.a, True)
    services = build_services(world.sessions, clock=world.clock)
    real_get_week = PlanService.get_week
    edited: list[bool] = []

    def get_week_then_click(self: PlanService, start: dt.date):  # type: ignore[no-untyped-def]
        week = real_get_week(self, start)
        if not edited:
            edited.append(True)
            _edit_from_the_window(world)  # between reading the plan and reading its consent
        return week

    monkeypatch.setattr(PlanService, "get_week", get_week_then_click)
    if read_as_one:
        printed = services.printing.week(MONDAY, PrintOptions())
    else:
        # What the old code did: each read its own transaction, so the export saw half of the edit.
        monkeypatch.setattr("repairplanner.services.print_data.snapshot", lambda _sessions: _NoSnapshot())
        printed = services.printing.week(MONDAY, PrintOptions())
    (row,) = printed.sessions
    # The plan was read before the click: with one snapshot, consent is read as of that same moment.
    assert row.consent == ((True, False) if read_as_one else (True, True))
    # And the click was not lost: it is there for the next read.
    assert services.sessions.consents([session.id])[session.id][world.b] is True


class _NoSnapshot:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_exc: object) -> None:
        return None


def test_services_inside_a_snapshot_share_its_transaction(world: World) -> None:
    with snapshot(world.sessions), transaction(world.sessions) as first, transaction(world.sessions) as second:
        assert first is second
    with transaction(world.sessions) as first, transaction(world.sessions) as second:
        assert first is not second
