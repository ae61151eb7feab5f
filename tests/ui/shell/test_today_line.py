"""The status bar's quiet 'today' line: today's sessions by time and neutral title; nothing declined, nothing missed."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from repairplanner.core.entities import SessionDraft, SessionStatus
from repairplanner.ui.shell.today_line import TodayLine
from tests.ui.plan_world import CHECK_IN, TODAY, WALK, Plan


def test_today_shows_the_days_sessions_and_never_a_declined_or_missed_one(qtbot: QtBot, setup: Plan) -> None:
    line = TodayLine(setup.clock)
    qtbot.addWidget(line)
    line.attach(setup.plan, setup.library, setup.life)
    assert line.label.text() == "Nothing planned today"
    morning = setup.plan.add_session(SessionDraft(TODAY, CHECK_IN, 10, dt.time(7, 30)))
    evening = setup.plan.add_session(SessionDraft(TODAY, WALK, 20, dt.time(19, 0)))
    setup.plan.add_session(SessionDraft(TODAY + dt.timedelta(days=1), WALK, 20, dt.time(19, 0)))
    line.refresh()
    check_in, walk = setup.library.get(CHECK_IN).title, setup.library.get(WALK).title
    assert line.label.text() == f"Today: 07:30 {check_in} · 19:00 {walk}"
    setup.life.set_status(evening.id, SessionStatus.SKIPPED)
    setup.life.set_status(morning.id, SessionStatus.DONE)
    line.refresh()
    text = line.label.text()
    assert text == f"Today: 07:30 {check_in} (done)"
    assert "miss" not in text.lower() and walk not in text


def test_while_the_plan_rests_today_says_only_that(qtbot: QtBot, setup: Plan) -> None:
    from repairplanner.services.progress import ProgressService

    setup.plan.add_session(SessionDraft(TODAY, CHECK_IN, 10, dt.time(7, 30)))
    ProgressService(setup.sessions, clock=setup.clock).pause(setup.couple, setup.couple.partners[1].id)  # type: ignore[arg-type]
    line = TodayLine(setup.clock)
    qtbot.addWidget(line)
    line.attach(setup.plan, setup.library, setup.life)
    assert line.label.text() == "Today: the plan is resting"
