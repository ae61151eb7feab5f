"""Progress on a real database: outcomes, the engine's offers, private readiness, pausing, history, suggested weeks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repairplanner.app import build_services
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, NoteVisibility, SessionStatus, Track
from repairplanner.core.grading import Decision
from repairplanner.core.passphrase import WrongPassphraseError
from repairplanner.core.print_options import PrintOptions
from repairplanner.core.readiness import PauseState, ReadyReveal, ReadyState
from repairplanner.core.weeks import week_start
from repairplanner.crypto.sealing import DamagedNoteError
from repairplanner.db.schema import LevelChoiceRow, PauseRow, PlannedSessionRow, ReadyAnswerRow
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanError
from repairplanner.services.progress import NoteEntry, PartnerWeek, ProgressError, ProgressService
from repairplanner.services.sessions import SessionError
from tests.helpers import pinned_clock
from tests.services.conftest import GREEN, PASS_A, PASS_B, YELLOW, World, count, rows

D0 = dt.date(2026, 10, 5)  # a Monday
TALK, TOUCH = Track.TALK, Track.TOUCH
PRIVATE = NoteVisibility.PRIVATE
SECRET = "only-mine: the porch light 3310"


def both_ready(world: World, track: Track, week: dt.date) -> ReadyReveal:
    world.progress.answer_ready(world.refresh(), world.a, track, week, True)
    return world.progress.answer_ready(world.couple, world.b, track, week, True)


def move_up(world: World, track: Track, week: dt.date = D0) -> int:
    both_ready(world, track, week)
    level = world.progress.confirm_move_up(world.couple, track, week)
    world.refresh()
    return level


# --- outcomes --------------------------------------------------------------------------------------------------------


def test_outcomes_come_from_sessions_check_ins_and_reflections_without_any_note(keyed: World) -> None:
    keyed.at_levels(talk=1, touch=2)
    done = keyed.book(D0, "touch-2-exploring-hands", 15)
    keyed.agree(done.id)
    keyed.check_in(done.id, (GREEN, YELLOW), (4, 6))
    keyed.reflect(done.id, keyed.a, peak=5, safe=7, note="a shared line")
    keyed.reflect(done.id, keyed.b, peak=3, safe=9, stop=True, visibility=PRIVATE, note=SECRET, passphrase=PASS_B)
    skipped = keyed.book(D0 + dt.timedelta(days=1), "talk-1-stop-signal", 15)
    keyed.svc.set_status(skipped.id, SessionStatus.SKIPPED)
    removed = keyed.book(D0 + dt.timedelta(days=1))
    keyed.plan.remove_sessions([removed.id])
    later = keyed.book(D0 + dt.timedelta(days=5))

    outcomes = keyed.progress.outcomes(D0 + dt.timedelta(days=4))
    assert [o.session_id for o in outcomes] == [done.id, skipped.id]
    first, second = outcomes
    assert (first.exercise_id, first.track, first.level, first.day, first.status) == (
        "touch-2-exploring-hands",
        TOUCH,
        2,
        D0,
        SessionStatus.DONE,
    )
    assert sorted((c.partner_id, c.light, c.expected_distress) for c in first.check_ins) == [
        (keyed.a, GREEN, 4),
        (keyed.b, YELLOW, 6),
    ]
    assert sorted((r.partner_id, r.peak_distress, r.felt_safe) for r in first.reflections) == [
        (keyed.a, 5, 7),
        (keyed.b, 3, 9),
    ]
    # The engine never sees a note, shared or private.
    assert all(r.note is None for r in first.reflections)
    assert SECRET not in repr(outcomes)
    assert first.used_stop_signal and not first.repair_talk_followed
    assert second.status is SessionStatus.SKIPPED and second.reflections == () and second.check_ins == ()
    assert later.id in {o.session_id for o in keyed.progress.outcomes(D0 + dt.timedelta(days=5))}


def test_a_done_repair_talk_within_a_week_follows_a_session(world: World) -> None:
    hard = world.done(D0, "touch-1-hand-on-forearm", stops=(True, False))
    world.done(D0 + dt.timedelta(days=7), "talk-1-repair-after-stop")
    by_id = {o.session_id: o for o in world.progress.outcomes(D0 + dt.timedelta(days=10))}
    assert by_id[hard.id].repair_talk_followed
    late = world.done(D0 + dt.timedelta(days=20), "touch-1-hand-on-forearm", stops=(True, False))
    world.done(D0 + dt.timedelta(days=28), "talk-1-repair-after-stop")
    assert not {o.session_id: o for o in world.progress.outcomes(D0 + dt.timedelta(days=30))}[
        late.id
    ].repair_talk_followed


# --- the engine's offers ---------------------------------------------------------------------------------------------


def calm_talks(world: World, offsets: tuple[int, ...] = (0, 5, 10)) -> None:
    for offset in offsets:
        world.done(D0 + dt.timedelta(days=offset), "talk-1-daily-check-in")


def test_three_calm_sessions_over_ten_days_offer_to_move_up_but_change_nothing(world: World) -> None:
    calm_talks(world)
    found = world.progress.assessments(world.couple, D0 + dt.timedelta(days=11))
    assert found[TALK].decision is Decision.OFFER_MOVE_UP and found[TALK].offered_level == 2
    assert found[TOUCH].decision is Decision.KEEP_GOING
    assert not any("Ana" in r or "Bo" in r for r in found[TALK].reasons)
    # It is only an offer: no level moved and nothing was written.
    assert world.refresh().levels == {TOUCH: 1, TALK: 1}
    assert count(world.sessions, LevelChoiceRow) == 0


@pytest.mark.parametrize("offsets", [(0, 10), (0, 4, 9), (0, 1, 2, 3)], ids=["two", "nine-days", "four-in-a-row"])
def test_too_few_sessions_or_days_keep_going(world: World, offsets: tuple[int, ...]) -> None:
    calm_talks(world, offsets)
    assert world.progress.assessments(world.couple, D0 + dt.timedelta(days=12))[TALK].decision is Decision.KEEP_GOING


def test_missed_and_declined_sessions_change_nothing_but_the_plan(world: World) -> None:
    calm_talks(world)
    skipped = world.book(D0 + dt.timedelta(days=10), "talk-1-daily-check-in")
    world.svc.set_status(skipped.id, SessionStatus.SKIPPED)
    declined = world.book(D0 + dt.timedelta(days=11), "talk-1-daily-check-in")
    world.svc.decline_with_alternative(declined.id, world.b, "talk-1-stop-signal")
    paused = world.book(D0 + dt.timedelta(days=11), "talk-1-stop-signal")
    world.svc.set_status(paused.id, SessionStatus.PAUSED)
    found = world.progress.assessments(world.couple, D0 + dt.timedelta(days=12))
    assert found[TALK].decision is Decision.OFFER_MOVE_UP


def test_each_partner_must_have_reflected_on_the_last_sessions(world: World) -> None:
    calm_talks(world, (0, 5))
    last = world.book(D0 + dt.timedelta(days=10), "talk-1-daily-check-in")
    world.agree(last.id)
    world.check_in(last.id)
    world.reflect(last.id, world.a)
    assert world.progress.assessments(world.couple, D0 + dt.timedelta(days=11))[TALK].decision is Decision.KEEP_GOING


@pytest.mark.parametrize(("peaks", "safes"), [((6, 2), (8, 8)), ((2, 7), (8, 9)), ((2, 2), (5, 8)), ((3, 3), (9, 6))])
def test_a_hard_last_session_holds_the_level_varying_one_detail(
    world: World, peaks: tuple[int, int], safes: tuple[int, int]
) -> None:
    calm_talks(world, (0, 5))
    world.done(D0 + dt.timedelta(days=10), "talk-1-daily-check-in", peaks=peaks, safes=safes)
    found = world.progress.assessments(world.couple, D0 + dt.timedelta(days=11))[TALK]
    assert found.decision is Decision.HOLD and found.offered_level is None
    assert found.variation is not None and "vary one detail" in found.variation


def test_a_stop_signal_steps_back_to_the_last_green_exercise_with_a_repair_talk(world: World) -> None:
    world.done(D0, "touch-1-side-by-side")
    world.done(D0 + dt.timedelta(days=2), "touch-1-breathing-same-room", lights=(GREEN, YELLOW))
    world.done(D0 + dt.timedelta(days=3), "touch-1-hand-on-forearm", stops=(False, True))
    found = world.progress.assessments(world.couple, D0 + dt.timedelta(days=4))[TOUCH]
    assert found.decision is Decision.STEP_BACK and found.repair_talk
    assert found.gentler_exercise_id == "touch-1-side-by-side"
    assert any("stop signal" in reason for reason in found.reasons)
    # Once the repair talk happened, the step back stands but no second repair talk is asked for.
    world.done(D0 + dt.timedelta(days=5), "talk-1-repair-after-stop")
    after = world.progress.assessments(world.couple, D0 + dt.timedelta(days=6))[TOUCH]
    assert after.decision is Decision.STEP_BACK and not after.repair_talk
    assert world.refresh().levels == {TOUCH: 1, TALK: 1}


@pytest.mark.parametrize(("peaks", "safes"), [((8, 2), (8, 8)), ((2, 10), (8, 8)), ((2, 2), (8, 4)), ((1, 1), (0, 9))])
def test_very_high_distress_or_feeling_unsafe_steps_back(
    world: World, peaks: tuple[int, int], safes: tuple[int, int]
) -> None:
    calm_talks(world, (0, 5))
    world.done(D0 + dt.timedelta(days=10), "talk-1-daily-check-in", peaks=peaks, safes=safes)
    found = world.progress.assessments(world.couple, D0 + dt.timedelta(days=11))[TALK]
    assert found.decision is Decision.STEP_BACK and found.repair_talk


def test_two_hard_sessions_running_on_one_exercise_are_stuck(world: World) -> None:
    world.done(D0, "touch-1-hand-on-forearm", peaks=(6, 2))
    assert world.progress.stuck(D0 + dt.timedelta(days=1)) == []
    world.done(D0 + dt.timedelta(days=2), "touch-1-hand-on-forearm", safes=(8, 3))
    (stuck,) = world.progress.stuck(D0 + dt.timedelta(days=3))
    assert (stuck.exercise_id, stuck.track, stuck.level) == ("touch-1-hand-on-forearm", TOUCH, 1)
    assert "smaller steps" in stuck.message and "more clothing" in stuck.suggestions


def test_a_level_chosen_together_starts_a_fresh_stretch(world: World) -> None:
    today = world.clock.today()
    for back in (20, 15, 10):
        world.done(today - dt.timedelta(days=back), "talk-1-daily-check-in")
    assert world.progress.assessments(world.couple, today)[TALK].decision is Decision.OFFER_MOVE_UP
    assert move_up(world, TALK, week_start(today)) == 2
    found = world.progress.assessments(world.couple, today)[TALK]
    assert found.level == 2 and found.decision is Decision.KEEP_GOING


def test_touch_is_not_offered_above_one_level_over_talk(world: World) -> None:
    today = world.clock.today()
    assert move_up(world, TOUCH, week_start(today)) == 2
    for ahead in (0, 5, 10):
        world.done(today + dt.timedelta(days=ahead), "touch-2-exploring-hands")
    found = world.progress.assessments(world.couple, today + dt.timedelta(days=11))[TOUCH]
    assert found.level == 2 and found.decision is Decision.KEEP_GOING
    assert any("Talk is at level 1" in reason for reason in found.reasons)


# --- readiness, levels -----------------------------------------------------------------------------------------------


def test_readiness_stays_private_until_both_answered_and_a_not_yet_is_not_this_week(world: World) -> None:
    assert {f.name for f in dataclasses.fields(ReadyReveal)} == {"track", "target_level", "state", "message"}
    first = world.progress.answer_ready(world.couple, world.a, TALK, D0, True)
    assert first.state is ReadyState.WAITING and first.target_level == 2
    assert world.progress.reveal(world.couple, TALK, D0) == first
    with pytest.raises(ProgressError, match="both of you"):
        world.progress.confirm_move_up(world.couple, TALK, D0)

    second = world.progress.answer_ready(world.couple, world.b, TALK, D0, False)
    assert second.state is ReadyState.NOT_THIS_WEEK
    assert "Not this week" in second.message
    assert "Ana" not in second.message and "Bo" not in second.message
    # The other order gives the same words: nobody can tell whose "not yet" it was.
    world.progress.answer_ready(world.couple, world.a, TOUCH, D0, False)
    mirrored = world.progress.answer_ready(world.couple, world.b, TOUCH, D0, True)
    assert mirrored.state is ReadyState.NOT_THIS_WEEK
    assert mirrored.message.replace("touch", "talk") == second.message

    with pytest.raises(ProgressError):
        world.progress.confirm_move_up(world.couple, TALK, D0)
    assert world.refresh().levels == {TOUCH: 1, TALK: 1}
    assert count(world.sessions, LevelChoiceRow) == 0


def test_both_ready_then_confirmed_raises_the_level_for_both(world: World) -> None:
    world.progress.answer_ready(world.couple, world.a, TALK, D0, False)
    world.progress.answer_ready(world.couple, world.b, TALK, D0, True)
    revealed = world.progress.answer_ready(world.couple, world.a, TALK, D0, True)  # an answer can change
    assert revealed.state is ReadyState.BOTH_READY and "confirm it together" in revealed.message
    assert count(world.sessions, ReadyAnswerRow) == 2
    # Both ready is still not a move: nothing changes until they confirm.
    assert world.refresh().levels[TALK] == 1
    assert world.progress.confirm_move_up(world.couple, TALK, D0) == 2
    assert world.refresh().levels == {TOUCH: 1, TALK: 2}
    choices = rows(world.sessions, LevelChoiceRow, order=[LevelChoiceRow.id])
    assert sorted((c.partner_id, c.track, c.level) for c in choices) == [(world.a, "talk", 2), (world.b, "talk", 2)]
    assert world.progress.level_steps()[-1].track is TALK and world.progress.level_steps()[-1].level == 2
    # The next round is a new question for level 3, and last week's answers do not carry into the next week.
    assert world.progress.reveal(world.couple, TALK, D0).target_level == 3
    assert world.progress.reveal(world.couple, TALK, D0).state is ReadyState.WAITING
    assert world.progress.reveal(world.couple, TALK, D0 + dt.timedelta(weeks=1)).state is ReadyState.WAITING


def test_answers_in_different_weeks_never_add_up(world: World) -> None:
    world.progress.answer_ready(world.couple, world.a, TALK, D0, True)
    later = world.progress.answer_ready(world.couple, world.b, TALK, D0 + dt.timedelta(weeks=1), True)
    assert later.state is ReadyState.WAITING
    with pytest.raises(ProgressError):
        world.progress.confirm_move_up(world.couple, TALK, D0 + dt.timedelta(weeks=1))


def test_touch_never_moves_more_than_one_level_above_talk(world: World) -> None:
    world.accountability_done(D0)
    assert move_up(world, TOUCH) == 2
    assert both_ready(world, TOUCH, D0).state is ReadyState.BOTH_READY
    with pytest.raises(ProgressError, match="within one level of talk"):
        world.progress.confirm_move_up(world.couple, TOUCH, D0)
    assert world.refresh().levels == {TOUCH: 2, TALK: 1}
    assert move_up(world, TALK) == 2
    assert move_up(world, TOUCH) == 3
    assert world.couple.levels == {TOUCH: 3, TALK: 2}


def test_the_top_of_a_ladder_has_no_readiness_round(world: World) -> None:
    for _ in range(MAX_LEVEL - MIN_LEVEL):
        move_up(world, TALK)
    assert world.couple.levels[TALK] == MAX_LEVEL
    with pytest.raises(ProgressError, match="top"):
        world.progress.answer_ready(world.couple, world.a, TALK, D0, True)


def test_either_partner_can_lower_a_level_and_the_lower_choice_is_the_working_level(world: World) -> None:
    move_up(world, TALK)
    move_up(world, TALK)
    assert world.couple.levels[TALK] == 3
    assert world.progress.choose_lower_level(world.couple, world.b, TALK, 2) == 2
    assert world.refresh().levels[TALK] == 2
    # Ana's own choice stays at 3, yet the slower partner sets the pace.
    latest = {c.partner_id: c.level for c in rows(world.sessions, LevelChoiceRow, order=[LevelChoiceRow.id])}
    assert latest == {world.a: 3, world.b: 2}
    assert world.progress.choose_lower_level(world.couple, world.a, TALK, 1) == 1
    assert world.refresh().levels[TALK] == 1
    for level in (0, 2, 6):
        with pytest.raises(ProgressError, match="moving up is something you decide together"):
            world.progress.choose_lower_level(world.couple, world.a, TALK, level)
    assert world.refresh().levels[TALK] == 1
    # Moving up again is done together, for both.
    assert move_up(world, TALK) == 2
    assert [s.level for s in world.progress.level_steps() if s.track is TALK][-4:] == [3, 2, 1, 2]


def test_lowering_talk_keeps_touch_within_one_level_of_it(world: World) -> None:
    world.accountability_done(D0)
    move_up(world, TALK)
    move_up(world, TOUCH)
    move_up(world, TOUCH)
    assert world.couple.levels == {TOUCH: 3, TALK: 2}
    world.progress.choose_lower_level(world.couple, world.a, TALK, 1)
    levels = world.refresh().levels
    assert levels[TALK] == 1
    assert levels[TOUCH] <= levels[TALK] + 1
    assert [s.level for s in world.progress.level_steps() if s.track is TOUCH][-1] <= 2


# --- pause -----------------------------------------------------------------------------------------------------------


def test_either_partner_pauses_and_resuming_needs_both(world: World) -> None:
    assert not world.progress.pause_state(world.couple).paused
    assert world.progress.pause(world.couple, world.b).paused
    assert world.progress.pause(world.couple, world.a).paused  # pausing twice is one pause
    assert count(world.sessions, PauseRow) == 1
    waiting = world.progress.request_resume(world.couple, world.b)
    assert waiting.paused and waiting.resume_requested_by == {world.b}
    assert world.progress.pause_state(world.couple) == waiting
    resumed = world.progress.request_resume(world.couple, world.a)
    assert not resumed.paused and not world.progress.pause_state(world.couple).paused
    (pause,) = rows(world.sessions, PauseRow)
    assert pause.ended_at is not None and pause.started_by_id == world.b
    # Asking to resume a running plan changes nothing.
    assert not world.progress.request_resume(world.couple, world.a).paused
    assert count(world.sessions, PauseRow) == 1


def test_pausing_again_withdraws_ones_own_request_to_resume(world: World) -> None:
    world.progress.pause(world.couple, world.a)
    world.progress.request_resume(world.couple, world.a)
    again = world.progress.pause(world.couple, world.a)
    assert again.paused and again.resume_requested_by == frozenset()
    assert world.progress.pause_state(world.couple) == again
    assert world.progress.request_resume(world.couple, world.b).paused


# Each example resumes the plan first and books its own agreed, green session.
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.tuples(st.sampled_from(("pause", "resume")), st.sampled_from((0, 1))), max_size=10))
def test_the_plan_is_paused_exactly_as_the_rule_says(world: World, actions: list[tuple[str, int]]) -> None:
    for pid in (world.a, world.b):
        world.progress.request_resume(world.couple, pid)
    session = world.book(D0)
    world.agree(session.id)
    world.check_in(session.id)
    ids = (world.a, world.b)
    model = PauseState(ids)
    started = False
    for action, seat in actions:
        pid = ids[seat]
        if action == "pause":
            model = model.pause(pid)
            state = world.progress.pause(world.couple, pid)
        else:
            model = model.request_resume(pid)
            state = world.progress.request_resume(world.couple, pid)
        assert state == model == world.progress.pause_state(world.couple)
        if model.paused:
            with pytest.raises(SessionError, match="paused"):
                world.svc.start(session.id)
        elif started:
            with pytest.raises(SessionError, match="already under way"):
                world.svc.start(session.id)
        else:
            world.svc.start(session.id)
            started = True


# --- history ---------------------------------------------------------------------------------------------------------


def test_history_counts_weeks_rates_each_partner_and_shows_only_shared_notes(keyed: World) -> None:
    today = keyed.clock.today()
    first = week_start(today) - dt.timedelta(weeks=1)
    second = first + dt.timedelta(weeks=1)
    end = second + dt.timedelta(days=6)
    w = keyed
    titles = {e.id: e.title for e in LibraryService(w.sessions, clock=w.clock).list_exercises()}

    # Week one: one done session, one declined with an alternative, one withdrawn, one skipped.
    done = w.book(first + dt.timedelta(days=1), "talk-1-daily-check-in")
    w.agree(done.id)
    w.check_in(done.id, (GREEN, GREEN), (6, 4))
    w.reflect(done.id, w.a, peak=3, safe=7, note="We laughed at the kettle.")
    w.reflect(done.id, w.b, peak=2, safe=9, visibility=PRIVATE, note=SECRET, passphrase=PASS_B)
    declined = w.book(first + dt.timedelta(days=3), "touch-1-side-by-side")
    w.svc.decline_with_alternative(declined.id, w.a, "talk-1-stop-signal")
    withdrawn = w.book(first + dt.timedelta(days=5), "talk-1-stop-signal")
    w.svc.set_consent(withdrawn.id, w.b, True)
    w.svc.set_consent(withdrawn.id, w.b, False)
    skipped = w.book(first + dt.timedelta(days=6), "touch-1-side-by-side")
    w.svc.set_status(skipped.id, SessionStatus.SKIPPED)
    # Week two: one done with check-ins, one reflected on without any check-in.
    w.done(second, "touch-1-hand-on-forearm", peaks=(4, 6), safes=(8, 6), expected=(5, 5))
    unchecked = w.book(second + dt.timedelta(days=2), "talk-1-stop-signal")
    w.agree(unchecked.id)
    w.reflect(unchecked.id, w.a, peak=9, safe=3)
    # Outside the range, or removed: never counted.
    w.book(first - dt.timedelta(days=1))
    gone = w.book(second + dt.timedelta(days=3))
    w.plan.remove_sessions([gone.id])
    move_up(w, TALK, second)

    history = w.progress.history(first, end)
    one, two = history.weeks
    assert (one.start, one.done) == (first, 1)
    assert one.partners == (PartnerWeek(w.a, 7, 3), PartnerWeek(w.b, 9, 2))
    assert (one.expected_distress, one.actual_distress) == (5, 2.5)
    assert (two.start, two.done) == (second, 2)
    assert two.partners == (PartnerWeek(w.a, 5.5, 6.5), PartnerWeek(w.b, 6, 6))
    assert (two.expected_distress, two.actual_distress) == (5, 5)

    assert history.shared_notes == (
        NoteEntry(first, done.day, w.a, titles["talk-1-daily-check-in"], "We laughed at the kettle."),
    )
    assert (
        history.levels[-1].track is TALK and history.levels[-1].level == 2 and history.levels[-1].day == w.clock.today()
    )
    assert SECRET not in repr(history)

    # Private notes: only with their owner's key.
    key_a, key_b = w.svc.unlock(w.a, PASS_A), w.svc.unlock(w.b, PASS_B)
    assert w.progress.private_notes(w.b, key_b, first, end) == [
        NoteEntry(first, done.day, w.b, titles["talk-1-daily-check-in"], SECRET)
    ]
    assert w.progress.private_notes(w.a, key_a, first, end) == []
    assert w.progress.private_notes(w.b, key_b, second, end) == []
    with pytest.raises(DamagedNoteError):
        w.progress.private_notes(w.b, key_a, first, end)
    with pytest.raises(WrongPassphraseError):
        w.svc.unlock(w.b, PASS_A)


def test_an_empty_stretch_has_empty_weeks(world: World) -> None:
    history = world.progress.history(D0 + dt.timedelta(days=2), D0 + dt.timedelta(days=15))
    assert [p.start for p in history.weeks] == [D0, D0 + dt.timedelta(weeks=1), D0 + dt.timedelta(weeks=2)]
    assert all(
        (p.done, p.partners, p.expected_distress, p.actual_distress) == (0, (), None, None) for p in history.weeks
    )
    assert history.levels == () and history.shared_notes == ()


# --- suggest a week --------------------------------------------------------------------------------------------------

NOT_SCHEDULED = {"repair", "debrief", "review"}


def check_suggestion(world: World, start: dt.date, levels: dict[Track, int], blocked: set[int]) -> None:
    exercises = {e.id: e for e in LibraryService(world.sessions, clock=world.clock).list_exercises()}
    booked = world.plan.get_week(start).sessions
    assert booked, "a suggestion books something"
    assert all(start <= s.day < start + dt.timedelta(days=7) and s.day.isoweekday() not in blocked for s in booked)
    assert all(s.start_time is not None and s.status is SessionStatus.PLANNED for s in booked)
    assert max(Counter(s.exercise_id for s in booked).values()) <= 2
    assert 7 - len({s.day for s in booked}) >= 2  # rest days, counting the days someone is busy
    ordered = [s for s in sorted(booked, key=lambda s: (s.day, s.start_time)) if s.solo_partner_id is None]
    assert all(x.inviter_id != y.inviter_id for x, y in itertools.pairwise(ordered))
    assert {s.inviter_id for s in booked} <= {world.a, world.b}
    touch_cap = min(levels[TOUCH], levels[TALK] + 1)
    if any("accountability" in e.tags for e in exercises.values()):
        touch_cap = min(touch_cap, 2)  # touch level 3 waits for the accountability work (core.method)
    for s in booked:
        exercise = exercises[s.exercise_id]
        assert exercise.level <= (levels[TALK] if exercise.track is TALK else touch_cap)
        assert not NOT_SCHEDULED & set(exercise.tags)
    assert sum("weekly-meeting" in exercises[s.exercise_id].tags for s in booked) == 1
    # Nobody has agreed to anything yet.
    assert all(not any(v.values()) for v in world.svc.consents([s.id for s in booked]).values())


def test_suggest_fills_an_empty_week_at_the_working_levels(world: World) -> None:
    move_up(world, TALK)
    exercises = LibraryService(world.sessions, clock=world.clock).list_exercises()
    start = D0 + dt.timedelta(weeks=1)
    suggested = world.plan.suggest_week(start, world.couple, exercises, seed=3)
    assert list(world.plan.get_week(start).sessions) == suggested
    check_suggestion(world, start, world.couple.levels, set())
    by_id = {e.id: e for e in exercises}
    talks = [by_id[s.exercise_id] for s in suggested if by_id[s.exercise_id].track is TALK]
    assert max(e.level for e in talks) == 2


def test_suggest_never_fills_a_week_that_has_sessions(world: World) -> None:
    exercises = LibraryService(world.sessions, clock=world.clock).list_exercises()
    mine = world.book(D0 + dt.timedelta(days=2))
    with pytest.raises(PlanError, match="only fills an empty week"):
        world.plan.suggest_week(D0, world.couple, exercises, seed=1)
    assert [s.id for s in world.plan.get_week(D0).sessions] == [mine.id]
    # Undoing the suggestion (removing what it booked) leaves the week empty again.
    world.plan.remove_sessions([mine.id])
    booked = world.plan.suggest_week(D0, world.couple, exercises, seed=1)
    world.plan.remove_sessions([s.id for s in booked])
    assert not world.plan.has_sessions(D0)


def test_suggest_respects_the_days_either_partner_is_busy(world: World) -> None:
    world.couples.update(
        CoupleSetup(
            PartnerDraft("Ana", unavailable_weekdays=frozenset({3})),
            PartnerDraft("Bo", unavailable_weekdays=frozenset({6, 1})),
            "pause",
        )
    )
    couple = world.refresh()
    exercises = LibraryService(world.sessions, clock=world.clock).list_exercises()
    for seed in range(5):
        start = D0 + dt.timedelta(weeks=seed)
        world.plan.suggest_week(start, couple, exercises, seed=seed)
        check_suggestion(world, start, couple.levels, {1, 3, 6})


def test_a_week_with_no_free_day_gets_no_suggestion(world: World) -> None:
    world.couples.update(
        CoupleSetup(
            PartnerDraft("Ana", unavailable_weekdays=frozenset({1, 2, 3, 4})),
            PartnerDraft("Bo", unavailable_weekdays=frozenset({5, 6, 7})),
            "pause",
        )
    )
    with pytest.raises(PlanError, match="usually busy"):
        world.plan.suggest_week(
            D0, world.refresh(), LibraryService(world.sessions, clock=world.clock).list_exercises(), seed=0
        )
    assert count(world.sessions, PlannedSessionRow) == 0


# Each example fills a week and removes what it booked, so sharing the fixture is safe.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    talk=st.integers(MIN_LEVEL, MAX_LEVEL),
    touch=st.integers(MIN_LEVEL, MAX_LEVEL),
    seed=st.integers(0, 2**16),
)
def test_suggested_weeks_stay_within_the_levels(world: World, talk: int, touch: int, seed: int) -> None:
    levels = {TOUCH: touch, TALK: talk}
    couple = dataclasses.replace(world.couple, levels=levels)
    exercises = LibraryService(world.sessions, clock=world.clock).list_exercises()
    booked = world.plan.suggest_week(D0, couple, exercises, seed=seed)
    check_suggestion(world, D0, levels, set())
    world.plan.remove_sessions([s.id for s in booked])


def test_a_level_change_made_in_the_evening_in_new_york_is_dated_that_day(world: World) -> None:
    # 21:00 on Wednesday 25 November in New York is already 02:00 on the 26th in UTC, as it is stored.
    new_york = ZoneInfo("America/New_York")
    clock = pinned_clock(dt.datetime(2026, 11, 25, 21, 0, tzinfo=new_york), new_york)
    progress = ProgressService(world.sessions, clock=clock)
    week = week_start(clock.today())
    for pid in (world.a, world.b):
        progress.answer_ready(world.couple, pid, TALK, week, True)
    progress.confirm_move_up(world.couple, TALK, week)

    (step,) = [s for s in progress.level_steps() if s.level == 2]
    assert step.day == dt.date(2026, 11, 25)
    assert progress.history(week, week + dt.timedelta(days=6)).levels[-1].day == dt.date(2026, 11, 25)
    summary = build_services(world.sessions, clock=clock).summaries.gather(
        week, week + dt.timedelta(days=6), PrintOptions()
    )
    assert [(c.day, c.track, c.to_level) for c in summary.level_changes] == [(dt.date(2026, 11, 25), TALK, 2)]
