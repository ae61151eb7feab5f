"""The shipped Guide and Safety and help texts: they parse, cover what the method needs, and stay in scope and kind."""

from __future__ import annotations

import re

import pytest

from repairplanner.core.guide import Moment, Reading, read_guide, reading_for, search
from repairplanner.paths import resources_dir
from tests.core.test_library import (
    AMERICAN,
    NEVER_AREAS,
    NEVER_LIST,
    NOT_AMERICAN,
    OUT_OF_SCOPE,
    UNKIND,
    without_allowed_sentences,
)

#: The Guide teaches about arousal and sexual bids, so those two words may appear, but only in a sentence that also
#: rules something out or points away from this app; every other out-of-scope word is caught as in the library.
TEACHING = re.compile(r"\b(?:arous\w*|(?<!non-)sexual\w*)", re.IGNORECASE)
BOUNDED = re.compile(
    r"\b(?:no|not|never|nothing|nobody|stops?|stopping|without|therapist|beyond|asks for nothing|strictly)\b"
    r"|non-sexual",
    re.IGNORECASE,
)
#: What the Guide reads like when it cites: titles and authors, no links or numbers that go stale.
PHONE_OR_LINK = re.compile(r"https?://|www\.|\b\d{3,}[\s-]?\d{3,}\b")


@pytest.fixture(scope="module")
def guide() -> tuple[tuple[Reading, ...], tuple[Reading, ...]]:
    folder = resources_dir() / "guide"
    files = {name: (folder / name).read_bytes() for name in ("readings.toml", "safety.toml")}
    return read_guide(files)


def words(reading: Reading) -> int:
    return len(reading.body.split())


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


def scope_problems(readings: tuple[Reading, ...]) -> list[str]:
    problems = []
    for reading in readings:
        text = without_allowed_sentences(f"{reading.title}\n{reading.body}")
        for pattern in (OUT_OF_SCOPE, NEVER_AREAS):
            for match in pattern.finditer(text):
                word = match.group(0)
                if pattern is OUT_OF_SCOPE and TEACHING.fullmatch(word):
                    continue
                problems.append(f"{reading.id}: {word!r}")
        # Titles are labels ("Arousal and sexual bids during touch"); every sentence of a body is checked.
        for sentence in sentences(without_allowed_sentences(reading.body)):
            if TEACHING.search(sentence) and not BOUNDED.search(sentence):
                problems.append(f"{reading.id}: unbounded {sentence!r}")
    return problems


def test_both_files_parse_with_enough_readings_and_sections(guide: tuple[tuple[Reading, ...], ...]) -> None:
    readings, safety = guide
    assert len(readings) >= 10
    assert len(safety) >= 5


def test_each_reading_is_a_few_hundred_words(guide: tuple[tuple[Reading, ...], ...]) -> None:
    readings, safety = guide
    for reading in readings:
        if reading.id != "further-reading":
            assert 200 <= words(reading) <= 600, f"{reading.id}: {words(reading)} words"
    for section in safety:
        assert 100 <= words(section) <= 600, f"{section.id}: {words(section)} words"


def test_exactly_one_reading_for_each_moment(guide: tuple[tuple[Reading, ...], ...]) -> None:
    readings, safety = guide
    for moment in Moment:
        assert len([r for r in readings if r.moment is moment]) == 1, moment
        assert reading_for(readings, moment) is not None
    assert all(section.moment is None for section in safety)


@pytest.mark.parametrize(
    ("query", "reading_id"),
    [
        ("hypervigilance trauma", "betrayal-as-trauma"),
        ("Basson", "responsive-desire"),
        ("safety risk engagement pleasure", "safety-risk-engagement-pleasure"),
        ("arousal", "arousal-during-non-sexual-touch"),
        ("trickle", "trickle-disclosure"),
        ("forgiveness", "forgiveness"),
        ("shame", "the-partner-who-broke-trust"),
        ("avoidance", "avoidance-and-scheduling"),
        ("therapist summary", "with-a-therapist"),
        ("Perel", "further-reading"),
        ("van der Kolk", "further-reading"),
        ("APSATS", "further-reading"),
        ("atone attune attach", "acknowledgment-first"),
    ],
)
def test_every_topic_of_the_guide_is_there_and_found_by_search(
    guide: tuple[tuple[Reading, ...], ...], query: str, reading_id: str
) -> None:
    readings, _ = guide
    assert reading_id in [r.id for r in search(readings, query)]


def test_the_moments_offer_the_right_readings(guide: tuple[tuple[Reading, ...], ...]) -> None:
    readings, _ = guide
    assert reading_for(readings, Moment.SETUP).id == "betrayal-as-trauma"  # type: ignore[union-attr]
    first_touch = reading_for(readings, Moment.FIRST_TOUCH)
    assert first_touch is not None and NEVER_LIST in first_touch.body
    assert "stop signal" in reading_for(readings, Moment.STOP_SIGNAL).body  # type: ignore[union-attr]
    assert "level" in reading_for(readings, Moment.NEW_LEVEL).body  # type: ignore[union-attr]


def test_safety_and_help_covers_what_the_issue_lists(guide: tuple[tuple[Reading, ...], ...]) -> None:
    _, safety = guide
    by_id = {s.id: s for s in safety}
    when_not = by_id["when-not-to-use"].body.casefold()
    for situation in ("affair", "pressure", "afraid", "violence", "addiction", "harming yourself", "trauma"):
        assert situation in when_not, situation
    assert "domestic abuse" in by_id["finding-help"].body
    assert "Settings" in by_id["your-lines"].body and "printed" in by_id["your-lines"].body
    new = by_id["something-new-came-out"].body
    assert "Pause the plan" in new and "level 1" in new and "therapist" in new
    assert NEVER_LIST in by_id["arousal-and-bids"].body


def test_no_phone_numbers_or_links_that_could_go_stale(guide: tuple[tuple[Reading, ...], ...]) -> None:
    found = [r.id for part in guide for r in part if PHONE_OR_LINK.search(r.body)]
    assert found == []


def test_the_guide_stays_in_scope(guide: tuple[tuple[Reading, ...], ...]) -> None:
    readings, safety = guide
    assert scope_problems(readings + safety) == []


def test_the_guide_scope_check_catches_what_it_should() -> None:
    def probe(body: str) -> list[str]:
        return scope_problems((Reading("probe", "A probe", body),))

    assert probe("Arousal is a body response that asks for nothing.") == []
    assert probe(f"{NEVER_LIST} Keep it slow.") == []
    assert probe("Arousal is the goal tonight.") != []
    assert probe("Then kissing, slowly.") != []
    assert probe("Touch the inner thighs.") != []
    assert probe("Undress first.") != []


def test_the_guide_is_kind_and_british(guide: tuple[tuple[Reading, ...], ...]) -> None:
    for part in guide:
        for reading in part:
            # A book title is cited as it is written.
            text = f"{reading.title}\n{reading.body}".replace("The Body Keeps the Score", "")
            assert not UNKIND.search(text), reading.id
            american = [m.group(0) for m in AMERICAN.finditer(text) if m.group(0).lower() not in NOT_AMERICAN]
            assert american == [], reading.id
