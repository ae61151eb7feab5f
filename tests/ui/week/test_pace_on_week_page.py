"""The week page keeps the pace and the asked-for promise in every booking path: the form, a drop, a copy."""

from __future__ import annotations

import dataclasses
import datetime as dt

from repairplanner.core.entities import SessionDraft, Track
from repairplanner.core.pace import ASKED_FOR_QUESTION
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import CHECK_IN, HUG, MONDAY, WALK, Plan, card_titles, drop, exercise_mime

THURSDAY = MONDAY + dt.timedelta(days=3)
FACE = "touch-4-face"  # above the page's working touch level (3)


def asked_for(setup: Plan) -> str:
    shipped = setup.library.get("talk-1-stop-signal")
    custom = setup.library.create_custom(
        dataclasses.replace(shipped, title="Questions about what happened", tags=("asked-for",))
    )
    setup.events.library_changed.emit()
    return custom.id


def test_add_to_the_week_above_the_working_level_is_refused_kindly_before_any_form(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    page.add_exercise(FACE)
    assert [c[0] for c in dialogs.calls] == ["warn"]
    (_, _title, text) = dialogs.shown[-1]
    assert "level 4 touch" in text and "Ready for the next level" in text and "Progress page" in text
    assert setup.ids() == [] and setup.stack.count() == 0


def test_dropping_an_exercise_above_the_working_level_says_the_same_and_books_nothing(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    page.add_exercise(FACE)
    by_the_form = dialogs.shown[-1][2]
    drop(page.columns[3], exercise_mime(FACE))
    assert dialogs.shown[-1][0] == "warn" and dialogs.shown[-1][2] == by_the_form
    assert setup.ids() == [] and card_titles(page, 3) == []
    # At the working level (and after an accountability talk, which touch level 3 waits for) the same drop books it.
    setup.accountability_done()
    assert drop(page.columns[3], exercise_mime(HUG))
    assert [s.exercise_id for s in setup.plan.get_week(MONDAY).sessions] == [HUG]


def test_an_asked_for_talk_dropped_on_a_day_asks_who_is_asking_and_that_partner_invites(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    talk = asked_for(setup)
    dialogs.script("choose_partner", 1)
    drop(page.columns[3], exercise_mime(talk))
    method, args = dialogs.calls[-1]
    assert method == "choose_partner" and args[1] == ASKED_FOR_QUESTION
    (session,) = setup.plan.get_week(MONDAY).sessions
    assert (session.exercise_id, session.inviter_id) == (talk, setup.bo)


def test_an_asked_for_talk_nobody_asks_for_is_not_booked(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    talk = asked_for(setup)
    drop(page.columns[3], exercise_mime(talk))  # choose_partner cancelled
    page.add_exercise(talk)
    assert [c[0] for c in dialogs.calls] == ["choose_partner", "choose_partner"]
    assert setup.ids() == []


def test_add_to_the_week_for_an_asked_for_talk_proposes_the_asking_partner(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    talk = asked_for(setup)
    dialogs.script("choose_partner", 0)
    dialogs.script("add_session", lambda _exercise, _couple, proposal: proposal)
    page.add_exercise(talk)
    (session,) = setup.plan.get_week(MONDAY).sessions
    assert session.inviter_id == setup.ana


def test_copy_last_week_leaves_out_asked_for_talks_and_says_so_kindly(
    page: WeekPage, setup: Plan, dialogs: FakeDialogs
) -> None:
    talk = asked_for(setup)
    last_monday = MONDAY - dt.timedelta(weeks=1)
    setup.plan.add_session(SessionDraft(last_monday, talk, 15, inviter_id=setup.ana))
    setup.book(CHECK_IN, last_monday + dt.timedelta(days=1))
    setup.book(WALK, last_monday + dt.timedelta(days=2))
    setup.events.plan_changed.emit()
    page.week_actions.copy_last_week.trigger()
    assert sorted(s.exercise_id for s in setup.plan.get_week(MONDAY).sessions) == sorted([CHECK_IN, WALK])
    method, _title, text = dialogs.shown[-1]
    assert method == "inform" and "left out" in text and "asked-for talks wait" in text
    assert not any(ch.isdigit() for ch in text)


def test_the_pace_follows_the_couple_after_they_step_back(page: WeekPage, setup: Plan, dialogs: FakeDialogs) -> None:
    from repairplanner.services.progress import ProgressService

    ProgressService(setup.sessions, clock=setup.clock).choose_lower_level(setup.couple, setup.bo, Track.TALK, 1)  # type: ignore[arg-type]
    couple = setup.couples.get()
    assert couple is not None and couple.levels == {Track.TALK: 1, Track.TOUCH: 2}
    page.set_couple(couple)
    page.add_exercise(HUG)
    assert dialogs.shown[-1][0] == "warn" and "touch level 2" in dialogs.shown[-1][2]
    assert setup.ids() == []
