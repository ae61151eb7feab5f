"""On the week page a pause rests everything, with a calm banner and its own Pause control (resuming needs both),
and a red light before touch closes the rest of that day to touch: 'Not today', nothing to start."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from repairplanner.core.entities import Light
from repairplanner.core.session_rules import NOT_TODAY, RESTING
from repairplanner.services.progress import ProgressService
from repairplanner.ui.week.week_page import WeekPage
from tests.helpers import FakeDialogs
from tests.ui.plan_world import CHECK_IN, TODAY, WALK, Plan, shown

#: Nothing on screen blames, counts, or says whose click or whose light it was.
FAILURE_WORDS = ("fail", "declined", "refused", "Ana", "Bo", "red")


def attached(qtbot: QtBot, setup: Plan, dialogs: FakeDialogs) -> WeekPage:
    page = WeekPage(setup.events, dialogs, setup.stack, setup.clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1200, 760)
    progress = ProgressService(setup.sessions, clock=setup.clock)  # type: ignore[arg-type]
    page.attach(setup.plan, setup.library, setup.life, setup.couple, progress=progress)
    return page


def test_pausing_from_the_week_page_rests_every_card_and_resuming_needs_both(
    qtbot: QtBot, setup: Plan, dialogs: FakeDialogs
) -> None:
    ready, fresh = setup.book(WALK, TODAY), setup.book(CHECK_IN, TODAY)
    setup.agree(ready.id)
    page = shown(qtbot, attached(qtbot, setup, dialogs))
    assert not page.pause_banner.isVisibleTo(page)
    assert page.card_for(ready.id).start_button.isVisibleTo(page)  # type: ignore[union-attr]

    dialogs.script("choose_partner", 1)
    page.week_actions.pause_plan.trigger()

    assert page.pause_banner.isVisibleTo(page)
    banner = page.pause_banner.message_label.text()
    assert banner.startswith("The plan is resting") and not any(w in banner for w in FAILURE_WORDS)
    assert not page.week_actions.pause_plan.isEnabled()
    for session in (ready, fresh):
        card = page.card_for(session.id)
        assert card is not None
        assert card.status_label.text() == RESTING
        assert not card.start_button.isVisibleTo(page) and not card.decline_button.isVisibleTo(page)
        # Nobody can tick while the plan rests; a tick already given can always be taken back in one click.
        assert [box.isEnabled() for box in card.consent.boxes.values()] == [session is ready, session is ready]
    page.select_session(ready.id)
    assert not page.week_actions.start_session.isEnabled()
    assert not page.week_actions.decline_session.isEnabled()

    fresh_card = page.card_for(fresh.id)
    assert fresh_card is not None
    fresh_card.consent.boxes[setup.ana].click()
    assert setup.life.consents([fresh.id])[fresh.id][setup.ana] is False
    ready_card = page.card_for(ready.id)
    assert ready_card is not None
    ready_card.consent.boxes[setup.bo].click()
    assert setup.life.consents([ready.id])[ready.id] == {setup.ana: True, setup.bo: False}

    first, second = page.pause_banner.resume_buttons
    first.click()
    assert page.pause_banner.isVisibleTo(page), "one partner alone does not resume"
    assert page.card_for(ready.id).status_label.text() == RESTING  # type: ignore[union-attr]
    # Working above level 1, the couple is offered to restart one level lower after the rest: they keep their levels.
    dialogs.script("confirm", False)
    second.click()
    assert not page.pause_banner.isVisibleTo(page)
    setup.agree(ready.id, setup.bo)  # Bo ticks again now the plan has resumed
    setup.events.consent_changed.emit()
    card = page.card_for(ready.id)
    assert card is not None and card.start_button.isVisibleTo(page) and card.status_label.text() == ""


def test_after_a_red_light_before_touch_other_touch_sessions_that_day_say_not_today(
    qtbot: QtBot, setup: Plan, dialogs: FakeDialogs
) -> None:
    # Two touch sessions at levels the couple can book before any accountability talk (core.method).
    walk, hug = setup.book(WALK, TODAY), setup.book("touch-1-hand-on-forearm", TODAY)
    talk = setup.book(CHECK_IN, TODAY)
    for session in (walk, hug, talk):
        setup.agree(session.id)
    page = shown(qtbot, attached(qtbot, setup, dialogs))
    setup.life.check_in(walk.id, setup.ana, Light.GREEN, 2)
    setup.life.check_in(walk.id, setup.bo, Light.RED, 7)
    setup.events.plan_changed.emit()

    for session in (walk, hug):
        card = page.card_for(session.id)
        assert card is not None
        assert card.status_label.text() == NOT_TODAY
        assert not card.start_button.isVisibleTo(page)
        page.select_session(session.id)
        assert not page.week_actions.start_session.isEnabled()
    talk_card = page.card_for(talk.id)
    assert talk_card is not None and talk_card.start_button.isVisibleTo(page) and talk_card.status_label.text() == ""
    every_text = " ".join(c.accessibleDescription() for c in (page.card_for(walk.id), page.card_for(hug.id)) if c)
    assert " red" not in every_text.lower() and "missed" not in every_text.lower()
