"""The couple rules: names, stop signal, colours, days, and the working level set by the slower partner."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from repairplanner.core.couple import (
    NAME_MAX,
    STOP_SIGNAL_MAX,
    CoupleSetup,
    PartnerDraft,
    SetupError,
    clean_name,
    clean_setup,
    clean_slow_down_signal,
    clean_stop_signal,
    working_levels,
)
from repairplanner.core.entities import MIN_LEVEL, LevelChoice, Track

CONTROL = ("Cc", "Cf", "Zl", "Zp")
JOINERS_AND_MARKS = "\u200c\u200d\u200e\u200f"
name_chars = st.characters(blacklist_categories=(*CONTROL, "Cs"))
whitespace = st.text(alphabet=st.sampled_from(" \t\n\r\u00a0\u2003\u3000"), max_size=3)
EMPTY = "Please enter a name for each of you."
SAME = "Please use two different names, so the plan can tell you apart."


def setup(
    first: str | PartnerDraft = "Ana",
    second: str | PartnerDraft = "Bo",
    stop_signal: str = "pause",
    week_start: int = 1,
) -> CoupleSetup:
    drafts = (p if isinstance(p, PartnerDraft) else PartnerDraft(p) for p in (first, second))
    return CoupleSetup(*drafts, stop_signal=stop_signal, week_start=week_start)


def nfc_trimmed(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


@given(before=whitespace, core=st.text(alphabet=name_chars, min_size=1, max_size=NAME_MAX), after=whitespace)
def test_clean_name_accepts_any_unicode_name_and_trims_it(before: str, core: str, after: str) -> None:
    expected = nfc_trimmed(before + core + after)
    assume(1 <= len(expected) <= NAME_MAX)
    assert clean_name(before + core + after) == expected


@pytest.mark.parametrize("name", ["Zoë", "李雷", "Ana María", "O'Neill-Smith", "🌻", "Ζωή", "محمد", "A & B"])
def test_clean_name_keeps_real_names_as_written(name: str) -> None:
    assert clean_name(f"  {name} ") == name


@pytest.mark.parametrize("name", ["Ali\u200cReza", "👩\u200d🦰", "\u200fسارا"])
def test_clean_name_keeps_joiners_and_direction_marks_that_real_names_need(name: str) -> None:
    assert clean_name(name) == name


def test_clean_name_composes_accents_so_one_name_is_stored_one_way() -> None:
    assert clean_name("Zoe\u0308") == "Zoë"


@given(whitespace)
def test_clean_name_refuses_an_empty_or_blank_name(blank: str) -> None:
    with pytest.raises(SetupError, match=EMPTY):
        clean_name(blank)


@given(st.text(alphabet=name_chars, min_size=NAME_MAX + 1, max_size=NAME_MAX + 30))
def test_clean_name_refuses_more_than_forty_characters(name: str) -> None:
    assume(len(nfc_trimmed(name)) > NAME_MAX)
    with pytest.raises(SetupError, match=f"at most {NAME_MAX} characters"):
        clean_name(name)


def test_clean_name_accepts_exactly_forty_characters_even_emoji() -> None:
    assert clean_name("🌻" * NAME_MAX) == "🌻" * NAME_MAX


@given(st.characters(whitelist_categories=CONTROL).filter(lambda ch: ch not in JOINERS_AND_MARKS))
def test_clean_name_refuses_control_characters_inside_a_name(control: str) -> None:
    with pytest.raises(SetupError, match="control characters"):
        clean_name(f"An{control}a")


@given(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=NAME_MAX))
def test_names_that_differ_only_in_case_are_the_same_name(name: str) -> None:
    other = name.swapcase()
    assume(len(nfc_trimmed(other)) <= NAME_MAX and nfc_trimmed(other).casefold() == nfc_trimmed(name).casefold())
    with pytest.raises(SetupError, match=SAME):
        clean_setup(setup(name, f" {other} "))


def test_clean_setup_trims_both_names_and_the_stop_signal() -> None:
    cleaned = clean_setup(setup(" Zoë ", "李雷\t", stop_signal="  a raised   flat hand "))
    assert (cleaned.first.name, cleaned.second.name, cleaned.stop_signal) == ("Zoë", "李雷", "a raised flat hand")


@pytest.mark.parametrize(("first", "second"), [("", "Bo"), ("Ana", "   "), ("Ana", "x" * 41)])
def test_clean_setup_checks_each_name(first: str, second: str) -> None:
    with pytest.raises(SetupError):
        clean_setup(setup(first, second))


@given(st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True))
def test_a_colour_is_kept_as_lower_case_rrggbb(color: str) -> None:
    assert clean_setup(setup(first=PartnerDraft("Ana", color))).first.color == color.lower()


@pytest.mark.parametrize("color", ["red", "#fff", "#12345", "#1234567", "#gggggg", "123456", "rgb(1,2,3)"])
def test_anything_but_rrggbb_is_refused_as_a_colour(color: str) -> None:
    with pytest.raises(SetupError, match="is not a colour"):
        clean_setup(setup(first=PartnerDraft("Ana", color)))


@pytest.mark.parametrize("color", [None, ""])
def test_no_colour_is_allowed(color: str | None) -> None:
    assert clean_setup(setup(second=PartnerDraft("Bo", color))).second.color is None


def test_unavailable_days_are_weekdays_and_leave_one_free() -> None:
    kept = clean_setup(setup(first=PartnerDraft("Ana", None, frozenset({1, 7}))))
    assert kept.first.unavailable_weekdays == {1, 7}
    with pytest.raises(SetupError, match="at least one day"):
        clean_setup(setup(first=PartnerDraft("Ana", None, frozenset(range(1, 8)))))
    for day in (0, 8):
        with pytest.raises(SetupError, match="Monday to Sunday"):
            clean_setup(setup(second=PartnerDraft("Bo", None, frozenset({day}))))


@pytest.mark.parametrize("week_start", [0, 8, -1])
def test_the_week_starts_on_a_weekday(week_start: int) -> None:
    with pytest.raises(SetupError, match="Monday to Sunday"):
        clean_setup(setup(week_start=week_start))


def test_stop_signal_is_required_and_short() -> None:
    assert clean_stop_signal("pause") == "pause"
    assert clean_stop_signal("x" * STOP_SIGNAL_MAX) == "x" * STOP_SIGNAL_MAX
    for bad in ("", "   \n "):
        with pytest.raises(SetupError, match="stop signal you agreed on"):
            clean_stop_signal(bad)
    with pytest.raises(SetupError, match="keep the stop signal short"):
        clean_stop_signal("x" * (STOP_SIGNAL_MAX + 1))


def test_the_slow_down_signal_is_optional_trimmed_and_short() -> None:
    assert clean_slow_down_signal("") == "" and clean_slow_down_signal("  \n ") == ""
    assert clean_slow_down_signal("  yellow,   a hand  lowered ") == "yellow, a hand lowered"
    assert clean_slow_down_signal("x" * STOP_SIGNAL_MAX) == "x" * STOP_SIGNAL_MAX
    with pytest.raises(SetupError, match="keep the slow-down signal short"):
        clean_slow_down_signal("x" * (STOP_SIGNAL_MAX + 1))
    assert clean_setup(setup()).slow_down_signal == ""
    with pytest.raises(SetupError, match="different from your stop signal"):
        clean_slow_down_signal("PAUSE", "Pause")
    assert clean_setup(
        CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause", 1, " yellow ")
    ).slow_down_signal == ("yellow")


@given(st.text(alphabet=name_chars, min_size=1, max_size=STOP_SIGNAL_MAX).filter(str.strip), whitespace, whitespace)
def test_the_slow_down_signal_cannot_be_the_stop_signal(signal: str, before: str, after: str) -> None:
    stop = " ".join(unicodedata.normalize("NFC", signal).split())
    with pytest.raises(SetupError, match="different from your stop signal"):
        clean_slow_down_signal(f"{before}{signal}{after}", stop)
    with pytest.raises(SetupError, match="different from your stop signal"):
        clean_setup(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), signal, slow_down_signal=f" {signal} "))


START = dt.datetime(2025, 1, 1, 9, 0)
PARTNERS = (11, 22)
choice_specs = st.lists(
    st.tuples(st.sampled_from(PARTNERS), st.sampled_from(list(Track)), st.integers(1, 5)), max_size=12
)


def choices_in_order(specs: list[tuple[int, Track, int]]) -> list[LevelChoice]:
    return [LevelChoice(p, track, level, START + dt.timedelta(hours=i)) for i, (p, track, level) in enumerate(specs)]


def test_every_track_is_at_level_one_before_anyone_chooses() -> None:
    assert working_levels([], PARTNERS) == dict.fromkeys(Track, MIN_LEVEL)


@given(choice_specs, st.randoms())
def test_the_working_level_is_the_lower_of_both_partners_latest_choice(
    specs: list[tuple[int, Track, int]], rnd: random.Random
) -> None:
    choices = choices_in_order(specs)
    latest = {(c.partner_id, c.track): c.level for c in choices}  # in time order, so the last one wins
    shuffled = list(choices)
    rnd.shuffle(shuffled)
    levels = working_levels(shuffled, PARTNERS)
    for track in Track:
        mine = [latest[(p, track)] for p in PARTNERS if (p, track) in latest]
        assert levels[track] == (min(mine) if len(mine) == 2 else MIN_LEVEL)


def test_one_partner_moving_up_alone_changes_nothing() -> None:
    choices = choices_in_order([(11, Track.TOUCH, 3)])
    assert working_levels(choices, PARTNERS)[Track.TOUCH] == MIN_LEVEL


def test_stepping_back_lowers_the_working_level_straight_away() -> None:
    choices = choices_in_order([(11, Track.TALK, 3), (22, Track.TALK, 3), (22, Track.TALK, 2)])
    assert working_levels(choices, PARTNERS) == {Track.TALK: 2, Track.TOUCH: MIN_LEVEL}
