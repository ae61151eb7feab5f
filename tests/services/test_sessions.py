"""One session's life over a real database: consent per partner, check-in and start, reflections and private notes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repairplanner.core.entities import (
    Light,
    NoteVisibility,
    ReflectionDraft,
    SessionDraft,
    SessionStatus,
    YellowChoice,
)
from repairplanner.core.errors import UserFacingError
from repairplanner.core.grading import Advice, Alternative
from repairplanner.core.passphrase import DamagedKeyError, WeakPassphraseError, WrongPassphraseError
from repairplanner.crypto.keys import CURRENT_KDF, KdfParams, unlock
from repairplanner.crypto.sealing import DamagedNoteError
from repairplanner.db.schema import (
    CheckInRow,
    ConsentEventRow,
    PartnerKeyRow,
    PlannedSessionRow,
    ReflectionRow,
)
from repairplanner.services.sessions import SessionError, SessionService
from tests.services.conftest import GREEN, PASS_A, PASS_B, RED, YELLOW, World, count, rows

MONDAY = dt.date(2026, 11, 23)
PRIVATE = NoteVisibility.PRIVATE
SHARED = NoteVisibility.SHARED


def consent_log(world: World, session_id: int) -> list[ConsentEventRow]:
    return rows(world.sessions, ConsentEventRow, ConsentEventRow.session_id == session_id, order=[ConsentEventRow.id])


def reflection_row(world: World, session_id: int, partner_id: int) -> ReflectionRow:
    found = rows(
        world.sessions, ReflectionRow, ReflectionRow.session_id == session_id, ReflectionRow.partner_id == partner_id
    )
    assert len(found) == 1
    return found[0]


def status_of(world: World, session_id: int) -> SessionStatus:
    (row,) = rows(world.sessions, PlannedSessionRow, PlannedSessionRow.id == session_id)
    return SessionStatus(row.status)


# --- consent ---------------------------------------------------------------------------------------------------------


def test_a_new_session_starts_unticked_for_both(world: World) -> None:
    session = world.book(MONDAY)
    assert world.svc.consents([session.id]) == {session.id: {world.a: False, world.b: False}}
    assert consent_log(world, session.id) == []


def test_consent_is_per_partner_and_each_change_is_logged_once_with_its_time(world: World) -> None:
    session = world.book(MONDAY)
    assert world.svc.set_consent(session.id, world.a, True) == {world.a: True, world.b: False}
    (event,) = consent_log(world, session.id)
    assert (event.partner_id, event.given, event.proposed_exercise_id) == (world.a, True, None)
    assert event.at == world.clock.stamp()  # naive UTC, from the one clock

    # Ticking again changes nothing, so nothing is logged.
    assert world.svc.set_consent(session.id, world.a, True) == {world.a: True, world.b: False}
    assert len(consent_log(world, session.id)) == 1

    assert world.svc.set_consent(session.id, world.b, True) == {world.a: True, world.b: True}
    # Withdrawing is one call, with no reason asked.
    assert world.svc.set_consent(session.id, world.a, False) == {world.a: False, world.b: True}
    assert world.svc.set_consent(session.id, world.a, False) == {world.a: False, world.b: True}
    log = consent_log(world, session.id)
    assert [(e.partner_id, e.given) for e in log] == [(world.a, True), (world.b, True), (world.a, False)]
    assert all(e.at is not None for e in log)
    assert [e.at for e in log] == sorted(e.at for e in log)


def test_only_a_session_both_agreed_to_can_be_checked_in_and_started(world: World) -> None:
    session = world.book(MONDAY)
    world.svc.set_consent(session.id, world.a, True)
    with pytest.raises(SessionError, match="both of you have ticked"):
        world.svc.check_in(session.id, world.a, GREEN, 2)
    with pytest.raises(SessionError, match="both of you have ticked"):
        world.svc.start(session.id)
    world.svc.set_consent(session.id, world.b, True)
    world.check_in(session.id)
    # A withdrawal after checking in still stops the session: one click, no questions.
    world.svc.set_consent(session.id, world.b, False)
    with pytest.raises(SessionError, match="both of you have ticked"):
        world.svc.start(session.id)
    assert rows(world.sessions, PlannedSessionRow, PlannedSessionRow.id == session.id)[0].started_at is None
    world.svc.set_consent(session.id, world.b, True)
    assert world.svc.start(session.id).id == session.id


def test_consent_never_carries_over_to_a_copied_week(world: World) -> None:
    last = MONDAY - dt.timedelta(weeks=1)
    first = world.book(last)
    second = world.book(last + dt.timedelta(days=2), "talk-1-stop-signal", 15)
    world.agree(first.id)
    world.agree(second.id)
    copies = world.plan.copy_week(last, MONDAY)
    ids = [c.id for c in copies]
    assert world.svc.consents(ids) == {sid: {world.a: False, world.b: False} for sid in ids}
    assert all(consent_log(world, sid) == [] for sid in ids)
    # The earlier week keeps its own yes.
    assert world.svc.consents([first.id, second.id]) == {
        sid: {world.a: True, world.b: True} for sid in (first.id, second.id)
    }


def test_a_yes_to_one_session_is_not_a_yes_to_another_of_the_same_exercise(world: World) -> None:
    today = world.book(MONDAY)
    tomorrow = world.book(MONDAY + dt.timedelta(days=1))
    same_day = world.book(MONDAY)
    world.agree(today.id)
    assert world.svc.consents([today.id, tomorrow.id, same_day.id]) == {
        today.id: {world.a: True, world.b: True},
        tomorrow.id: {world.a: False, world.b: False},
        same_day.id: {world.a: False, world.b: False},
    }
    with pytest.raises(SessionError):
        world.svc.check_in(tomorrow.id, world.a, GREEN, 1)


def test_consent_is_given_only_to_sessions_still_to_come(world: World) -> None:
    session = world.book(MONDAY)
    world.svc.set_status(session.id, SessionStatus.SKIPPED)
    with pytest.raises(SessionError, match="already behind you"):
        world.svc.set_consent(session.id, world.a, True)
    assert consent_log(world, session.id) == []


def test_a_removed_session_takes_no_consent(world: World) -> None:
    session = world.book(MONDAY)
    world.plan.remove_sessions([session.id])
    with pytest.raises(SessionError, match="no longer in the plan"):
        world.svc.set_consent(session.id, world.a, True)


def test_declining_with_an_alternative_logs_the_decline_and_puts_the_proposal_in_its_place(world: World) -> None:
    draft = SessionDraft(MONDAY + dt.timedelta(days=2), "touch-1-side-by-side", 10, start_time=dt.time(19, 30))
    session = world.plan.add_session(draft)
    world.svc.set_consent(session.id, world.b, True)
    world.svc.set_consent(session.id, world.a, True)
    world.clock.advance(dt.timedelta(minutes=3))
    proposal = world.svc.decline_with_alternative(session.id, world.a, "talk-1-stop-signal")

    # The decline is one event with the proposal's exercise, and the original is no longer agreed.
    log = consent_log(world, session.id)
    assert len(log) == 3
    assert (log[-1].partner_id, log[-1].given, log[-1].proposed_exercise_id) == (world.a, False, "talk-1-stop-signal")
    assert log[-1].at == world.clock.stamp() > log[0].at
    assert world.svc.consents([session.id])[session.id] == {world.a: False, world.b: True}

    # The proposal sits beside it: same day and time, the exercise's own length, the proposer inviting.
    assert proposal.id != session.id
    assert (proposal.day, proposal.start_time) == (session.day, dt.time(19, 30))
    assert proposal.exercise_id == "talk-1-stop-signal" and proposal.minutes == 15
    assert proposal.inviter_id == world.a and proposal.status is SessionStatus.PLANNED
    assert proposal.week_start == MONDAY
    # One session in the slot: the proposal. The declined one lives on only in the consent log.
    assert world.plan.get_week(MONDAY).sessions == (proposal,)
    assert proposal.position == session.position
    # Only the proposer has said yes to it; the other partner decides like on any other session.
    assert world.svc.consents([proposal.id])[proposal.id] == {world.a: True, world.b: False}
    (given,) = consent_log(world, proposal.id)
    assert (given.partner_id, given.given) == (world.a, True)
    world.svc.set_consent(proposal.id, world.b, True)
    world.check_in(proposal.id)
    assert world.svc.start(proposal.id).id == proposal.id


@pytest.mark.parametrize(
    ("exercise_id", "message"),
    [("touch-1-side-by-side", "different exercise"), ("touch-9-nothing", "no longer in the library")],
)
def test_a_proposal_must_be_another_exercise_from_the_library(world: World, exercise_id: str, message: str) -> None:
    session = world.book(MONDAY)
    with pytest.raises(SessionError, match=message):
        world.svc.decline_with_alternative(session.id, world.b, exercise_id)
    assert consent_log(world, session.id) == []
    assert [s.id for s in world.plan.get_week(MONDAY).sessions] == [session.id]


# Sessions are added per example, so sharing the function-scoped fixture is safe.
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(toggles=st.lists(st.tuples(st.sampled_from((0, 1)), st.booleans()), max_size=20))
def test_consent_is_the_last_toggle_and_only_changes_are_logged(world: World, toggles: list[tuple[int, bool]]) -> None:
    session = world.book(MONDAY)
    partners = (world.a, world.b)
    state = {world.a: False, world.b: False}
    changes = 0
    for seat, tick in toggles:
        pid = partners[seat]
        changes += state[pid] != tick
        state[pid] = tick
        assert world.svc.set_consent(session.id, pid, tick) == state
    assert world.svc.consents([session.id]) == {session.id: state}
    log = consent_log(world, session.id)
    assert len(log) == changes
    # Each logged event is a real change for its partner.
    last: dict[int, bool] = {world.a: False, world.b: False}
    for event in log:
        assert event.given != last[event.partner_id]
        last[event.partner_id] = event.given


# --- check-in, advice and start --------------------------------------------------------------------------------------


def agreed(world: World, exercise_id: str = "touch-2-exploring-hands", minutes: int = 15) -> int:
    world.at_levels(talk=2, touch=3)
    session = world.book(MONDAY, exercise_id, minutes)
    world.agree(session.id)
    return session.id


def test_a_check_in_is_a_light_and_an_expected_distress_and_can_be_replaced(world: World) -> None:
    sid = agreed(world)
    first = world.svc.check_in(sid, world.a, YELLOW, 6)
    assert (first.session_id, first.partner_id, first.light, first.expected_distress) == (sid, world.a, YELLOW, 6)
    world.svc.check_in(sid, world.a, GREEN, 3)
    (only,) = world.svc.check_ins(sid)
    assert (only.light, only.expected_distress) == (GREEN, 3)
    assert count(world.sessions, CheckInRow) == 1
    for bad in (-1, 11):
        with pytest.raises(SessionError, match="0 \\(none\\) to 10"):
            world.svc.check_in(sid, world.b, GREEN, bad)
    assert count(world.sessions, CheckInRow) == 1


def test_advice_waits_for_both_check_ins(world: World) -> None:
    sid = agreed(world)
    assert world.svc.advice(sid).kind is Advice.WAITING
    world.svc.check_in(sid, world.a, RED, 9)
    advice = world.svc.advice(sid)
    # One red light alone gives nothing away before the other has checked in.
    assert advice.kind is Advice.WAITING and advice.alternatives == ()
    with pytest.raises(SessionError, match="Each of you checks in first"):
        world.svc.start(sid)


def test_both_green_means_go(world: World) -> None:
    sid = agreed(world)
    world.check_in(sid, (GREEN, GREEN))
    advice = world.svc.advice(sid)
    assert advice.kind is Advice.GO and advice.alternatives == ()


@pytest.mark.parametrize("lights", [(YELLOW, GREEN), (GREEN, YELLOW), (YELLOW, YELLOW)])
def test_yellow_before_touch_offers_shorter_the_previous_level_or_talk(
    world: World, lights: tuple[Light, Light]
) -> None:
    sid = agreed(world, "touch-2-exploring-hands")
    world.check_in(sid, lights)
    advice = world.svc.advice(sid)
    assert advice.kind is Advice.OFFER_LIGHTER
    assert advice.alternatives == (Alternative.SHORTER, Alternative.PREVIOUS_LEVEL, Alternative.TALK)
    assert "lighter" in advice.message and "Ana" not in advice.message and "Bo" not in advice.message


def test_yellow_before_a_level_one_talk_offers_a_shorter_version(world: World) -> None:
    sid = agreed(world, "talk-1-stop-signal")
    world.check_in(sid, (GREEN, YELLOW))
    advice = world.svc.advice(sid)
    assert advice.kind is Advice.OFFER_LIGHTER and advice.alternatives == (Alternative.SHORTER,)


@pytest.mark.parametrize("lights", [(RED, GREEN), (GREEN, RED), (RED, YELLOW)])
def test_red_before_touch_means_no_touch_today_and_no_start(world: World, lights: tuple[Light, Light]) -> None:
    sid = agreed(world, "touch-2-exploring-hands")
    world.check_in(sid, lights)
    advice = world.svc.advice(sid)
    assert advice.kind is Advice.NO_TOUCH_TODAY
    assert advice.alternatives == (Alternative.TALK, Alternative.REST)
    assert "No touch today" in advice.message and "Nothing is missed" in advice.message
    with pytest.raises(SessionError, match="No touch today"):
        world.svc.start(sid)
    assert rows(world.sessions, PlannedSessionRow, PlannedSessionRow.id == sid)[0].started_at is None


def test_red_before_a_talk_offers_rest_or_a_gentler_talk(world: World) -> None:
    sid = agreed(world, "talk-2-speaker-listener", 20)
    world.check_in(sid, (GREEN, RED))
    advice = world.svc.advice(sid)
    assert advice.kind is Advice.REST_OR_GENTLER_TALK
    assert advice.alternatives == (Alternative.REST, Alternative.GENTLER_TALK)
    with pytest.raises(SessionError, match="go gently"):
        world.svc.start(sid)


def test_starting_after_both_green_marks_the_start_once(world: World) -> None:
    sid = agreed(world)
    world.check_in(sid, (GREEN, GREEN))
    world.clock.advance(dt.timedelta(minutes=2))
    started = world.svc.start(sid)
    assert started.id == sid and started.status is SessionStatus.PLANNED
    (row,) = rows(world.sessions, PlannedSessionRow, PlannedSessionRow.id == sid)
    assert row.started_at == world.clock.stamp()
    with pytest.raises(SessionError, match="already under way"):
        world.svc.start(sid)
    assert rows(world.sessions, PlannedSessionRow, PlannedSessionRow.id == sid)[0].started_at == row.started_at


def test_yellow_starts_as_planned_only_when_the_yellow_partner_chose_it(world: World) -> None:
    sid = agreed(world)
    world.check_in(sid, (YELLOW, GREEN))
    with pytest.raises(SessionError, match="something lighter"):
        world.svc.start(sid)
    assert world.svc.start(sid, lighter=True).id == sid, "the lighter version the couple chose may start"
    other = agreed(world)
    world.svc.check_in(other, world.a, YELLOW, 4, YellowChoice.AS_PLANNED)
    world.svc.check_in(other, world.b, GREEN, 2)
    assert world.svc.advice(other).kind is Advice.GO
    assert world.svc.start(other).id == other


def test_nothing_starts_while_the_plan_is_paused(world: World) -> None:
    sid = agreed(world)
    world.check_in(sid, (GREEN, GREEN))
    world.progress.pause(world.couple, world.b)
    with pytest.raises(SessionError, match="paused"):
        world.svc.start(sid)
    world.progress.request_resume(world.couple, world.a)
    with pytest.raises(SessionError, match="paused"):
        world.svc.start(sid)
    world.progress.request_resume(world.couple, world.b)
    assert world.svc.start(sid).id == sid


@pytest.mark.parametrize("status", [SessionStatus.SKIPPED, SessionStatus.PAUSED, SessionStatus.DONE])
def test_a_session_can_be_marked_skipped_paused_or_done_without_a_note(world: World, status: SessionStatus) -> None:
    session = world.book(MONDAY)
    assert world.svc.set_status(session.id, status).status is status
    assert world.plan.get_week(MONDAY).sessions[0].status is status
    assert count(world.sessions, ReflectionRow) == 0
    assert world.svc.set_status(session.id, SessionStatus.PLANNED).status is SessionStatus.PLANNED


# --- reflections -----------------------------------------------------------------------------------------------------


def draft(world: World, sid: int, pid: int, **changes: object) -> ReflectionDraft:
    values: dict[str, object] = {
        "peak_distress": 3,
        "felt_safe": 8,
        "felt_close": 6,
        "used_stop_signal": False,
        "would_repeat": True,
        "visibility": SHARED,
        "note": "",
    }
    values.update(changes)
    return ReflectionDraft(sid, pid, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "bad",
    [{"peak_distress": -1}, {"peak_distress": 11}, {"felt_safe": 11}, {"felt_safe": -1}, {"felt_close": 12}],
)
def test_ratings_go_from_zero_to_ten(world: World, bad: dict[str, int]) -> None:
    session = world.book(MONDAY)
    world.agree(session.id)
    with pytest.raises(SessionError, match="0 to 10"):
        world.svc.save_reflection(draft(world, session.id, world.a, **bad))
    assert count(world.sessions, ReflectionRow) == 0
    assert status_of(world, session.id) is SessionStatus.PLANNED


def test_the_edges_of_the_scales_are_allowed_and_notes_have_a_limit(world: World) -> None:
    session = world.book(MONDAY)
    world.agree(session.id)
    saved = world.svc.save_reflection(draft(world, session.id, world.a, peak_distress=10, felt_safe=0, felt_close=0))
    assert (saved.peak_distress, saved.felt_safe, saved.felt_close) == (10, 0, 0)
    with pytest.raises(SessionError, match="under 4000"):
        world.svc.save_reflection(draft(world, session.id, world.b, note="x" * 4001))


def test_a_shared_note_is_stored_as_text_and_marks_the_session_done(world: World) -> None:
    session = world.book(MONDAY)
    world.agree(session.id)
    saved = world.svc.save_reflection(draft(world, session.id, world.a, note="  My shoulders dropped.  "))
    assert saved.note == "My shoulders dropped." and saved.visibility is SHARED
    row = reflection_row(world, session.id, world.a)
    assert (row.note, row.sealed_note, row.visibility) == ("My shoulders dropped.", None, "shared")
    assert status_of(world, session.id) is SessionStatus.DONE
    (read,) = world.svc.reflections(session.id)
    assert read.note == "My shoulders dropped."


def test_a_private_note_needs_a_passphrase_set_first(world: World) -> None:
    session = world.book(MONDAY)
    world.agree(session.id)
    assert not world.svc.has_passphrase(world.a)
    with pytest.raises(SessionError, match="Set a passphrase first"):
        world.svc.save_reflection(draft(world, session.id, world.a, visibility=PRIVATE, note="mine"), passphrase="x")
    assert count(world.sessions, ReflectionRow) == 0
    assert status_of(world, session.id) is SessionStatus.PLANNED


def test_a_private_note_without_the_passphrase_is_refused(keyed: World) -> None:
    session = keyed.book(MONDAY)
    keyed.agree(session.id)
    with pytest.raises(SessionError, match="passphrase is needed"):
        keyed.svc.save_reflection(draft(keyed, session.id, keyed.a, visibility=PRIVATE, note="mine"))
    assert count(keyed.sessions, ReflectionRow) == 0


def test_a_private_reflection_with_no_note_needs_no_passphrase(world: World) -> None:
    session = world.book(MONDAY)
    world.agree(session.id)
    saved = world.svc.save_reflection(draft(world, session.id, world.a, visibility=PRIVATE))
    assert saved.note == ""
    row = reflection_row(world, session.id, world.a)
    assert (row.note, row.sealed_note, row.visibility) == (None, None, "private")


def test_a_private_note_is_stored_only_sealed(keyed: World) -> None:
    session = keyed.book(MONDAY)
    keyed.agree(session.id)
    text = "I was scared my hands would shake — they didn’t."
    saved = keyed.svc.save_reflection(
        draft(keyed, session.id, keyed.a, visibility=PRIVATE, note=text), passphrase=PASS_A
    )
    assert saved.note == text  # the writer sees what they just wrote
    row = reflection_row(keyed, session.id, keyed.a)
    assert row.note is None and row.visibility == "private"
    assert row.sealed_note is not None
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert text.encode(encoding) not in row.sealed_note
        assert "scared my".encode(encoding) not in row.sealed_note


def test_a_private_note_opens_only_with_its_owners_key(keyed: World) -> None:
    session = keyed.book(MONDAY)
    keyed.agree(session.id)
    keyed.svc.save_reflection(
        draft(keyed, session.id, keyed.a, visibility=PRIVATE, note="Ana's secret"), passphrase=PASS_A
    )
    keyed.svc.save_reflection(
        draft(keyed, session.id, keyed.b, visibility=PRIVATE, note="Bo's secret"), passphrase=PASS_B
    )
    key_a, key_b = keyed.svc.unlock(keyed.a, PASS_A), keyed.svc.unlock(keyed.b, PASS_B)

    locked = {r.partner_id: r.note for r in keyed.svc.reflections(session.id)}
    assert locked == {keyed.a: None, keyed.b: None}
    mine = {r.partner_id: r.note for r in keyed.svc.reflections(session.id, {keyed.a: key_a})}
    assert mine == {keyed.a: "Ana's secret", keyed.b: None}
    both = {r.partner_id: r.note for r in keyed.svc.reflections(session.id, {keyed.a: key_a, keyed.b: key_b})}
    assert both == {keyed.a: "Ana's secret", keyed.b: "Bo's secret"}
    # The other partner's key cannot open it: the note is bound to its owner.
    with pytest.raises(DamagedNoteError):
        keyed.svc.reflections(session.id, {keyed.a: key_b})
    # Nor can one partner's passphrase unlock the other's key.
    with pytest.raises(WrongPassphraseError):
        keyed.svc.unlock(keyed.a, PASS_B)


def test_a_wrong_passphrase_stores_and_changes_nothing(keyed: World) -> None:
    session = keyed.book(MONDAY)
    keyed.agree(session.id)
    with pytest.raises(WrongPassphraseError) as raised:
        keyed.svc.save_reflection(
            draft(keyed, session.id, keyed.a, visibility=PRIVATE, note="first words"), passphrase=PASS_A.upper()
        )
    assert "first words" not in str(raised.value)
    assert count(keyed.sessions, ReflectionRow) == 0
    assert status_of(keyed, session.id) is SessionStatus.PLANNED

    keyed.svc.save_reflection(
        draft(keyed, session.id, keyed.a, visibility=PRIVATE, note="first words"), passphrase=PASS_A
    )
    before = reflection_row(keyed, session.id, keyed.a)
    with pytest.raises(WrongPassphraseError):
        keyed.svc.save_reflection(
            draft(keyed, session.id, keyed.a, peak_distress=9, visibility=PRIVATE, note="second words"),
            passphrase="not the passphrase",
        )
    after = reflection_row(keyed, session.id, keyed.a)
    assert (after.peak_distress, after.sealed_note, after.updated_at) == (3, before.sealed_note, before.updated_at)
    key = keyed.svc.unlock(keyed.a, PASS_A)
    assert keyed.svc.reflections(session.id, {keyed.a: key})[0].note == "first words"


def test_a_wrong_passphrase_is_told_apart_from_a_damaged_record_or_note(keyed: World) -> None:
    session = keyed.book(MONDAY)
    keyed.agree(session.id)
    keyed.svc.save_reflection(
        draft(keyed, session.id, keyed.a, visibility=PRIVATE, note="kept safe"), passphrase=PASS_A
    )
    key = keyed.svc.unlock(keyed.a, PASS_A)
    with keyed.sessions.begin() as s:
        row = s.get(ReflectionRow, reflection_row(keyed, session.id, keyed.a).id)
        assert row is not None and row.sealed_note is not None
        row.sealed_note = row.sealed_note[:-1] + bytes([row.sealed_note[-1] ^ 1])
    with pytest.raises(DamagedNoteError) as damaged:
        keyed.svc.reflections(session.id, {keyed.a: key})
    assert "passphrase is fine" in damaged.value.message
    with keyed.sessions.begin() as s:
        record = s.get(PartnerKeyRow, keyed.b)
        assert record is not None
        record.verifier = record.verifier[:5] + bytes([record.verifier[5] ^ 1]) + record.verifier[6:]
    with pytest.raises(DamagedKeyError) as broken:
        keyed.svc.unlock(keyed.b, PASS_B)
    assert "not the problem" in broken.value.message


def test_passphrases_are_set_once_and_must_be_long_enough(world: World) -> None:
    with pytest.raises(WeakPassphraseError) as weak:
        world.svc.set_passphrase(world.a, "short")
    assert "cannot be recovered" in weak.value.message
    assert not world.svc.has_passphrase(world.a)
    world.svc.set_passphrase(world.a, PASS_A)
    assert world.svc.has_passphrase(world.a) and not world.svc.has_passphrase(world.b)
    with pytest.raises(SessionError, match="already set"):
        world.svc.set_passphrase(world.a, "another long passphrase")
    assert len(world.svc.unlock(world.a, PASS_A)) == 32


def test_changing_a_passphrase_reseals_every_private_note_of_that_partner(keyed: World) -> None:
    first, second, third = (keyed.book(MONDAY + dt.timedelta(days=i)) for i in range(3))
    for each in (first, second, third):
        keyed.agree(each.id)
    for sid, text in ((first.id, "one"), (second.id, "two")):
        keyed.svc.save_reflection(draft(keyed, sid, keyed.a, visibility=PRIVATE, note=text), passphrase=PASS_A)
    keyed.svc.save_reflection(draft(keyed, third.id, keyed.a, note="shared three"))
    keyed.svc.save_reflection(draft(keyed, first.id, keyed.b, visibility=PRIVATE, note="Bo's"), passphrase=PASS_B)
    sealed_before = {r.session_id: r.sealed_note for r in rows(keyed.sessions, ReflectionRow)}
    bos_before = reflection_row(keyed, first.id, keyed.b).sealed_note

    new = "a brand new passphrase"
    assert keyed.svc.change_passphrase(keyed.a, PASS_A, new) == 2

    with pytest.raises(WrongPassphraseError):
        keyed.svc.unlock(keyed.a, PASS_A)
    key = keyed.svc.unlock(keyed.a, new)
    notes = {sid: keyed.svc.reflections(sid, {keyed.a: key}) for sid in (first.id, second.id, third.id)}
    assert {sid: [r.note for r in found if r.partner_id == keyed.a] for sid, found in notes.items()} == {
        first.id: ["one"],
        second.id: ["two"],
        third.id: ["shared three"],
    }
    for sid in (first.id, second.id):
        assert reflection_row(keyed, sid, keyed.a).sealed_note != sealed_before[sid]
    # The other partner's notes and key are untouched.
    assert reflection_row(keyed, first.id, keyed.b).sealed_note == bos_before
    key_b = keyed.svc.unlock(keyed.b, PASS_B)
    assert [r.note for r in keyed.svc.reflections(first.id, {keyed.b: key_b}) if r.partner_id == keyed.b] == ["Bo's"]


def test_a_passphrase_change_is_all_or_nothing(keyed: World) -> None:
    first, second = keyed.book(MONDAY), keyed.book(MONDAY + dt.timedelta(days=1))
    for sid in (first.id, second.id):
        keyed.agree(sid)
        keyed.svc.save_reflection(draft(keyed, sid, keyed.a, visibility=PRIVATE, note="words"), passphrase=PASS_A)
    # A damaged second note stops the change half-way: nothing of it may be kept.
    with keyed.sessions.begin() as s:
        row = s.get(ReflectionRow, reflection_row(keyed, second.id, keyed.a).id)
        assert row is not None and row.sealed_note is not None
        row.sealed_note = row.sealed_note[:-1] + bytes([row.sealed_note[-1] ^ 1])
    before = {r.id: r.sealed_note for r in rows(keyed.sessions, ReflectionRow)}
    (record_before,) = rows(keyed.sessions, PartnerKeyRow, PartnerKeyRow.partner_id == keyed.a)
    with pytest.raises(DamagedNoteError):
        keyed.svc.change_passphrase(keyed.a, PASS_A, "a brand new passphrase")
    assert {r.id: r.sealed_note for r in rows(keyed.sessions, ReflectionRow)} == before
    (record_after,) = rows(keyed.sessions, PartnerKeyRow, PartnerKeyRow.partner_id == keyed.a)
    assert (record_after.salt, record_after.verifier) == (record_before.salt, record_before.verifier)
    key = keyed.svc.unlock(keyed.a, PASS_A)
    assert [r.note for r in keyed.svc.reflections(first.id, {keyed.a: key})] == ["words"]


def test_a_passphrase_change_needs_the_old_one_and_a_strong_new_one(keyed: World) -> None:
    with pytest.raises(WrongPassphraseError):
        keyed.svc.change_passphrase(keyed.a, "not it at all", "a brand new passphrase")
    with pytest.raises(WeakPassphraseError):
        keyed.svc.change_passphrase(keyed.a, PASS_A, "short")
    keyed.svc.unlock(keyed.a, PASS_A)
    with keyed.sessions.begin() as s:
        s.delete(s.get(PartnerKeyRow, keyed.b))
    with pytest.raises(SessionError, match="no passphrase to change"):
        keyed.svc.change_passphrase(keyed.b, PASS_B, "a brand new passphrase")


def test_the_real_key_derivation_is_the_current_argon2id_version(world: World) -> None:
    service = SessionService(world.sessions, clock=world.clock)  # the default, as the app builds it
    service.set_passphrase(world.a, PASS_A)
    (record,) = rows(world.sessions, PartnerKeyRow, PartnerKeyRow.partner_id == world.a)
    assert (record.kdf, record.kdf_version) == ("argon2id", CURRENT_KDF.version)
    assert KdfParams.from_dict(record.kdf, record.kdf_version, record.params) == CURRENT_KDF
    assert record.params["memory_cost"] >= 64 * 1024 and len(record.salt) >= 16
    session = world.book(MONDAY)
    world.agree(session.id)
    service.save_reflection(
        draft(world, session.id, world.a, visibility=PRIVATE, note="slow to derive"), passphrase=PASS_A
    )
    key = service.unlock(world.a, PASS_A)
    assert service.reflections(session.id, {world.a: key})[0].note == "slow to derive"


def test_every_service_error_speaks_to_the_couple(world: World) -> None:
    for error in (SessionError("x"), WrongPassphraseError(), WeakPassphraseError(), DamagedNoteError()):
        assert isinstance(error, UserFacingError) and error.message


def test_unlock_is_the_same_key_the_crypto_layer_gives(keyed: World) -> None:
    from repairplanner.crypto.keys import PartnerKey

    (record,) = rows(keyed.sessions, PartnerKeyRow, PartnerKeyRow.partner_id == keyed.a)
    raw = PartnerKey(
        record.partner_id, record.kdf, record.kdf_version, dict(record.params), record.salt, record.verifier
    )
    assert unlock(raw, PASS_A) == keyed.svc.unlock(keyed.a, PASS_A)


# --- the session rules bind the service, not only the week page ----------------------------------------------------


def test_consent_to_a_session_whose_day_has_passed_is_refused_but_withdrawing_is_not(world: World) -> None:
    session = world.book(MONDAY)
    world.svc.set_consent(session.id, world.a, True)
    world.today.day = MONDAY + dt.timedelta(days=1)
    with pytest.raises(SessionError, match="day has passed"):
        world.svc.set_consent(session.id, world.b, True)
    assert world.svc.set_consent(session.id, world.a, False) == {world.a: False, world.b: False}


def test_while_the_plan_rests_nothing_can_be_consented_checked_in_started_or_declined(world: World) -> None:
    ready = world.book(MONDAY)
    world.agree(ready.id)
    fresh = world.book(MONDAY)
    world.progress.pause(world.couple, world.a)
    for attempt in (
        lambda: world.svc.set_consent(fresh.id, world.b, True),
        lambda: world.svc.check_in(ready.id, world.a, GREEN, 2),
        lambda: world.svc.start(ready.id),
        lambda: world.svc.decline_with_alternative(fresh.id, world.b, "talk-1-daily-check-in"),
    ):
        with pytest.raises(SessionError, match="paused") as refused:
            attempt()
        assert "Ana" not in refused.value.message and "Bo" not in refused.value.message
    assert world.svc.facts([ready.id])[ready.id].paused
    assert count(world.sessions, CheckInRow) == 0


def test_a_red_light_before_touch_closes_the_day_to_every_other_touch_session_but_not_to_talk(world: World) -> None:
    first, second = world.book(MONDAY), world.book(MONDAY, "touch-1-hand-on-forearm")
    talk = world.book(MONDAY, "talk-1-daily-check-in")
    tomorrow = world.book(MONDAY + dt.timedelta(days=1))
    for sid in (first.id, second.id, talk.id):
        world.agree(sid)
    world.today.day = MONDAY
    world.svc.check_in(first.id, world.a, GREEN, 2)
    assert not world.svc.facts([first.id])[first.id].red_touch_day  # the round is not complete yet
    world.svc.check_in(first.id, world.b, RED, 6)
    facts = world.svc.facts([first.id, second.id, talk.id, tomorrow.id])
    assert facts[first.id].red_touch_day and facts[second.id].red_touch_day
    assert not facts[talk.id].red_touch_day and not facts[tomorrow.id].red_touch_day
    with pytest.raises(SessionError, match="Not today"):
        world.svc.check_in(second.id, world.a, GREEN, 1)
    with pytest.raises(SessionError, match="Not today"):
        world.svc.check_in(first.id, world.b, GREEN, 1)  # nobody checks in again to undo a red light
    world.check_in(talk.id)
    assert world.svc.start(talk.id).id == talk.id
