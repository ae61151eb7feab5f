"""Tests for the exercise library: the shipped content, its scope and tone, and the schema that guards it."""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import cast

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from repairplanner.core.entities import Exercise, ExerciseSource, Track
from repairplanner.core.errors import LibraryError
from repairplanner.core.library import (
    NEVER_LIST,
    SCHEMA,
    TAGS,
    TECHNIQUES,
    Library,
    parse_library,
)
from repairplanner.core.library_files import library_digest, read_library_files
from repairplanner.paths import resources_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

LEVELS = range(1, 6)

# ---------------------------------------------------------------- a tiny TOML writer for synthetic files


def toml_string(text: str) -> str:
    """A TOML basic string holding exactly `text`."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    """A TOML value for a str, an int or a list of those."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def toml_file(*tables: Mapping[str, object]) -> bytes:
    """A library file holding one [[exercise]] table per mapping."""
    chunks = []
    for table in tables:
        lines = ["[[exercise]]", *(f"{key} = {toml_value(value)}" for key, value in table.items())]
        chunks.append("\n".join(lines))
    return ("\n\n".join(chunks) + "\n").encode()


def valid_table(**overrides: object) -> dict[str, object]:
    """A valid exercise table; keyword arguments replace fields."""
    table: dict[str, object] = {
        "id": "touch-2-probe",
        "title": "A probe exercise",
        "track": "touch",
        "level": 2,
        "minutes": 15,
        "summary": "A short exercise written for the tests.",
        "needs": ["Two chairs", "A timer"],
        "steps": [
            "Sit down facing each other and set the timer.",
            "Rest one hand on the table and notice its warmth.",
            "Afterwards, each say what you noticed in your body first, then how you feel.",
        ],
        "ease_out": "Either of you can use the stop signal at any time.",
        "easier": "Two minutes each, with no touch at all.",
        "harder": "Seven minutes each, still only on the hands.",
        "agreement": "Hands only, clothed. This yes is for this session only.",
        "safety": "If distress rises, stop and breathe out slowly.",
        "technique": ["Sensate focus"],
        "tags": ["daily"],
    }
    table.update(overrides)
    return table


def without(table: Mapping[str, object], key: str) -> dict[str, object]:
    return {k: v for k, v in table.items() if k != key}


def parse_one(table: Mapping[str, object]) -> Exercise:
    library = parse_library({"probe.toml": toml_file(table)})
    assert len(library.exercises) == 1
    return library.exercises[0]


def library_error(files: Mapping[str, bytes]) -> str:
    """The message of the LibraryError that parsing `files` must raise."""
    with pytest.raises(LibraryError) as caught:
        parse_library(files)
    assert caught.value.message == str(caught.value)
    return caught.value.message


# ---------------------------------------------------------------- scanning every text of an exercise

#: Words that put an exercise outside the product's strictly non-sexual scope (PRODUCT.md, "Scope of touch").
OUT_OF_SCOPE = re.compile(
    r"\b(?:genital\w*|breast\w*|nipples?|nud(?:e|es|ity|ism|ist|ists)|naked\w*|undress\w*|arous\w*|orgasm\w*"
    r"|intercourse|erotic\w*|foreplay|(?<!non-)sexual\w*|sexy|penis\w*|penile|vagina\w*|vulva\w*|groin\w*)",
    re.IGNORECASE,
)
#: Labels and scoring words the product's principles rule out ("Words matter", "Stepping back is part of the method").
UNKIND = re.compile(r"\b(?:cheat\w*|betrayers?|victims?|streaks?|scores?|adulter\w*)\b", re.IGNORECASE)
#: The areas that are never part of any exercise, and the mouth and kissing: never invited anywhere (PRODUCT.md).
NEVER_AREAS = re.compile(
    r"\b(?:buttock\w*|bottoms?|inner thighs?|lower bell(?:y|ies)|mouths?|lips?|kiss\w*)\b", re.IGNORECASE
)

#: What to do if arousal happens or a sexual bid is made; every touch exercise at levels 4 and 5 carries both.
AROUSAL_LINE = (
    "If arousal happens, it is a normal body response that asks for nothing:"
    " carry on, slow down, or talk about it later."
)
SEXUAL_BID_LINE = (
    "If either of you makes a sexual bid, the exercise stops there, without shame, and you take it to a therapist."
)
#: The only places the out-of-scope words may appear: these exact sentences, which rule them out.
ALLOWED_SENTENCES = (NEVER_LIST, AROUSAL_LINE, SEXUAL_BID_LINE)
#: The clothing floor, in every agreement that allows lighter clothing.
CLOTHING_FLOOR = "underwear always stays on"
#: American spellings; the library is written in British English.
AMERICAN = re.compile(
    r"\b(?:colors?|colored|honor\w*|behavior\w*|favor\w*|center\w*|\w+iz(?:e|es|ed|ing|ation)|pants|inch(?:es)?"
    r"|gray|mom|practicing|practiced|(?:you|we|to|and|both) practice|toward|counseling|counselor\w*|apologiz\w*)\b",
    re.IGNORECASE,
)
NOT_AMERICAN = {"size", "sizes", "seize", "prize", "prizes"}


def without_allowed_sentences(text: str) -> str:
    """`text` with the sentences that rule out-of-scope touch out removed, so only other mentions are scanned."""
    for sentence in ALLOWED_SENTENCES:
        text = text.replace(sentence, " ")
    return text


def exercise_texts(exercise: Exercise) -> Iterator[tuple[str, str]]:
    """Every text of an exercise as (field, text): each string field and each item of each list field."""
    for field in dataclasses.fields(exercise):
        value = getattr(exercise, field.name)
        if isinstance(value, str):
            yield field.name, str(value.value if isinstance(value, Track | ExerciseSource) else value)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                yield f"{field.name}[{index}]", item


def scan(exercises: tuple[Exercise, ...], pattern: re.Pattern[str]) -> list[str]:
    """One line per match: which exercise, which field, which word."""
    return [
        f"{exercise.id} {field}: {match.group(0)!r}"
        for exercise in exercises
        for field, text in exercise_texts(exercise)
        for match in pattern.finditer(text)
    ]


def scope_scan(exercises: tuple[Exercise, ...]) -> list[str]:
    """Out-of-scope words and never-list areas anywhere but in the sentences that rule them out."""
    return [
        f"{exercise.id} {field}: {match.group(0)!r}"
        for exercise in exercises
        for field, text in exercise_texts(exercise)
        for pattern in (OUT_OF_SCOPE, NEVER_AREAS)
        for match in pattern.finditer(without_allowed_sentences(text))
    ]


# ---------------------------------------------------------------- the shipped library


def test_shipped_library_is_large_enough(builtin_library: Library) -> None:
    """45 exercises before the method's first phase (acknowledgment, regulation, solo work) was added."""
    assert len(builtin_library.exercises) >= 45 + 20


@pytest.mark.parametrize("track", list(Track))
@pytest.mark.parametrize("level", LEVELS)
def test_every_level_of_both_tracks_has_at_least_three_exercises(
    builtin_library: Library, track: Track, level: int
) -> None:
    found = [e.id for e in builtin_library.exercises if e.track is track and e.level == level]
    assert len(found) >= 3, f"{track.value} level {level} has only {found}"


def test_shipped_ids_are_unique_and_follow_track_and_level(builtin_library: Library) -> None:
    ids = [e.id for e in builtin_library.exercises]
    assert len(ids) == len(set(ids))
    for exercise in builtin_library.exercises:
        pattern = rf"{exercise.track.value}-{exercise.level}-[a-z0-9]+(?:-[a-z0-9]+)*"
        assert re.fullmatch(pattern, exercise.id), exercise.id
        assert not exercise.id.startswith("custom-"), exercise.id
        assert exercise.source is ExerciseSource.BUILTIN


def test_every_field_the_product_lists_is_filled_in(builtin_library: Library) -> None:
    texts = ("title", "ease_out", "easier", "harder", "agreement", "safety", "summary")
    lists = ("needs", "steps", "technique")
    for exercise in builtin_library.exercises:
        for name in texts:
            assert getattr(exercise, name).strip(), f"{exercise.id} has an empty {name}"
        for name in lists:
            items = getattr(exercise, name)
            assert items, f"{exercise.id} has no {name}"
            assert all(item.strip() for item in items), f"{exercise.id} has an empty item in {name}"
        assert exercise.track in set(Track)
        assert 1 <= exercise.level <= 5, exercise.id
        assert exercise.minutes > 0, exercise.id


def test_techniques_and_tags_come_from_the_vocabularies(builtin_library: Library) -> None:
    for exercise in builtin_library.exercises:
        assert set(exercise.technique) <= TECHNIQUES, exercise.id
        assert set(exercise.tags) <= TAGS, exercise.id


def test_no_exercise_leaves_the_non_sexual_scope(builtin_library: Library) -> None:
    """Genitals, breasts, nudity, arousal, orgasm and intercourse are out of scope, and the never-list areas, the
    mouth and kissing are never invited (PRODUCT.md): they appear only in the sentences that rule them out."""
    found = scope_scan(builtin_library.exercises)
    assert found == [], "Out-of-scope words in the exercise library:\n" + "\n".join(found)


def test_no_exercise_uses_labels_or_scoring_words(builtin_library: Library) -> None:
    found = scan(builtin_library.exercises, UNKIND)
    assert found == [], "Blaming or scoring words in the exercise library:\n" + "\n".join(found)


def test_every_ease_out_names_the_stop_signal(builtin_library: Library) -> None:
    missing = [e.id for e in builtin_library.exercises if "stop signal" not in e.ease_out.casefold()]
    assert missing == []


def test_every_touch_exercise_ends_with_a_talk_debrief(builtin_library: Library) -> None:
    """PRODUCT.md: every touch session ends with a short talk debrief, so the last step is about saying how it felt."""
    speaking = re.compile(r"\b(?:say|saying|talk|talking|share|sharing|tell|telling)\b", re.IGNORECASE)
    for exercise in builtin_library.exercises:
        if exercise.track is Track.TOUCH:
            last = exercise.steps[-1]
            assert speaking.search(last) and "feel" in last.casefold(), f"{exercise.id} ends with: {last}"


def test_every_touch_agreement_is_for_this_session_only(builtin_library: Library) -> None:
    """A yes from last week is not a yes this week, and withdrawing needs no reason (PRODUCT.md)."""
    for exercise in builtin_library.exercises:
        if exercise.track is Track.TOUCH:
            agreement = exercise.agreement.casefold()
            assert "this session only" in agreement, exercise.id
            assert re.search(r"without (?:giving )?a reason", agreement), exercise.id


def test_every_touch_agreement_carries_the_never_list(builtin_library: Library) -> None:
    missing = [e.id for e in builtin_library.exercises if e.track is Track.TOUCH and NEVER_LIST not in e.agreement]
    assert missing == []


def test_the_vague_swimsuit_line_is_gone(builtin_library: Library) -> None:
    found = [f"{e.id} {f}" for e in builtin_library.exercises for f, t in exercise_texts(e) if "swimsuit" in t.lower()]
    assert found == []


def test_agreements_that_allow_lighter_clothing_keep_the_clothing_floor(builtin_library: Library) -> None:
    lighter = re.compile(r"clothing level|lighter clothing|short sleeves|bare", re.IGNORECASE)
    for exercise in builtin_library.exercises:
        for text in (exercise.agreement, exercise.harder_agreement):
            if lighter.search(text):
                assert CLOTHING_FLOOR in text, f"{exercise.id}: {text}"


@pytest.mark.parametrize("level", [4, 5])
def test_touch_at_levels_four_and_five_says_what_to_do_about_arousal_and_bids(
    builtin_library: Library, level: int
) -> None:
    for exercise in builtin_library.exercises:
        if exercise.track is Track.TOUCH and exercise.level == level:
            assert AROUSAL_LINE in exercise.safety, exercise.id
            assert SEXUAL_BID_LINE in exercise.safety, exercise.id


def test_every_exercise_has_a_line_on_coercion_and_abuse(builtin_library: Library) -> None:
    """Every talk exercise already pointed to help if anyone is unsafe at home; every touch exercise does too."""
    missing = [e.id for e in builtin_library.exercises if "domestic abuse" not in e.safety]
    assert missing == []
    for exercise in builtin_library.exercises:
        if exercise.track is Track.TOUCH:
            assert re.search(r"pressur|owed|coerc", exercise.safety), exercise.id


#: Body areas a harder variant may name; each must be in the exercise's agreement or its harder_agreement.
BODY_AREAS = {
    "hand": r"\bhands?\b",
    "fingers": r"\bfingers?\b",
    "wrist": r"\bwrists?\b",
    "forearm": r"\bforearms?\b",
    "arm": r"\barms?\b",
    "shoulder": r"\bshoulders?\b",
    "back": r"\b(?:lower|upper|middle) backs?\b|\bbacks\b|\bback to back\b",
    "waist": r"\bwaist\w*",
    "neck": r"\bnecks?\b",
    "face": r"\bfaces?\b",
    "head": r"\bheads?\b",
    "scalp": r"\bscalps?\b",
    "hair": r"\bhair\b",
    "ear": r"\bears?\b",
    "temple": r"\btemples?\b",
    "leg": r"\blegs?\b",
    "knee": r"\bknees?\b",
    "foot": r"\bfeet\b|\bfoot\b",
    "ankle": r"\bankles?\b",
    "skin": r"\bskin\b|\bbare\b|\blotion\b",
}
_MINUTES = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty)"
    r" (?:more )?minutes?\b",
    re.IGNORECASE,
)


def areas_named(text: str) -> set[str]:
    return {area for area, pattern in BODY_AREAS.items() if re.search(pattern, text, re.IGNORECASE)}


def test_every_harder_variant_has_an_agreement_it_fits(builtin_library: Library) -> None:
    """A harder variant that names a body area, lighter clothing or a longer time than `agreement` carries its own
    `harder_agreement`, which names them (issue 10: every harder variant stays inside an agreement)."""
    problems = []
    for exercise in builtin_library.exercises:
        agreed = f"{exercise.agreement} {exercise.harder_agreement}"
        extra = areas_named(exercise.harder) - areas_named(agreed)
        if extra:
            problems.append(f"{exercise.id}: the harder variant names {sorted(extra)}, which no agreement covers")
        if exercise.track is Track.TOUCH:
            times = {m.group(1).lower() for m in _MINUTES.finditer(exercise.harder)}
            unagreed = {t for t in times if t not in agreed.lower()}
            if unagreed:
                problems.append(f"{exercise.id}: the harder variant's {sorted(unagreed)} minutes are in no agreement")
    assert problems == []


def test_the_area_check_sees_a_harder_variant_leave_its_agreement() -> None:
    exercise = parse_one(valid_table(harder="Seven minutes each, moving on to the shoulders."))
    assert areas_named(exercise.harder) - areas_named(exercise.agreement) == {"shoulder"}
    widened = parse_one(
        valid_table(
            harder="Seven minutes each, moving on to the shoulders.",
            harder_agreement="For the harder variant: hands and shoulders, clothed, seven minutes each.",
        )
    )
    agreed = f"{widened.agreement} {widened.harder_agreement}"
    assert areas_named(widened.harder) - areas_named(agreed) == set()


def test_asked_for_exercises_are_talks(builtin_library: Library) -> None:
    """The hurt partner's turns, the questions about the affair and forgiveness are asked for, never touch."""
    asked = [e for e in builtin_library.exercises if "asked-for" in e.tags]
    assert len(asked) >= 8
    assert [e.id for e in asked if e.track is not Track.TALK] == []


def test_solo_exercises_are_talk_or_regulation(builtin_library: Library) -> None:
    solo = [e for e in builtin_library.exercises if "solo" in e.tags]
    assert len(solo) >= 5
    assert [e.id for e in solo if e.track is not Track.TALK and "regulation" not in e.tags] == []
    assert {"regulation", "accountability"} <= {tag for e in solo for tag in e.tags}


def test_the_method_s_first_phase_is_in_the_library(builtin_library: Library) -> None:
    """Acknowledgment at talk levels 1-3, regulation from level 1 (together and alone), early safety agreements,
    and desire and closeness in words at talk levels 4-5 (issue 10, part 1)."""
    by_tag: dict[str, list[Exercise]] = {}
    for exercise in builtin_library.exercises:
        for tag in exercise.tags:
            by_tag.setdefault(tag, []).append(exercise)
    assert {e.level for e in by_tag["accountability"]} == {1, 2, 3}
    assert all(e.track is Track.TALK and "asked-for" in e.tags for e in by_tag["accountability"])
    level_one_regulation = [e for e in by_tag["regulation"] if e.level == 1]
    assert any("solo" in e.tags for e in level_one_regulation)
    assert any("solo" not in e.tags for e in level_one_regulation)
    assert by_tag["safety-agreement"] and all(e.level <= 2 for e in by_tag["safety-agreement"])
    closeness = [e for e in builtin_library.exercises if e.track is Track.TALK and e.level >= 4]
    assert len(closeness) >= 10


@pytest.mark.parametrize("exercise_id", ["talk-5-forgiveness", "talk-3-affair-questions"])
def test_forgiveness_and_the_questions_are_asked_for_heavy_and_sensitive(
    builtin_library: Library, exercise_id: str
) -> None:
    exercise = next(e for e in builtin_library.exercises if e.id == exercise_id)
    assert {"asked-for", "heavy", "sensitive"} <= set(exercise.tags)


def test_sensitive_exercises_print_under_a_title_that_tells_a_visitor_nothing(builtin_library: Library) -> None:
    telling = re.compile(r"affair|forgiv|betray|trust|hurt|contact|accountab|sorry|letter|trigger", re.IGNORECASE)
    for exercise in builtin_library.exercises:
        if "sensitive" in exercise.tags:
            assert exercise.neutral_title and not telling.search(exercise.neutral_title), exercise.id


def test_order_is_set_where_it_matters(builtin_library: Library) -> None:
    by_id = {e.id: e for e in builtin_library.exercises}
    for exercise in builtin_library.exercises:
        if exercise.track is Track.TOUCH and exercise.level == 5 and exercise.id != "touch-5-body-maps":
            assert "touch-5-body-maps" in exercise.requires, exercise.id
        for required in exercise.requires:
            assert by_id[required].level <= exercise.level, f"{exercise.id} requires {required}"
    assert "talk-1-trigger-first-aid" in by_id["talk-3-trigger-plan"].requires


def test_the_library_is_written_in_british_english(builtin_library: Library) -> None:
    found = [
        line
        for line in scan(builtin_library.exercises, AMERICAN)
        if line.rsplit(": ", 1)[1].strip("'").lower() not in NOT_AMERICAN
    ]
    assert found == []


# ---------------------------------------------------------------- the scanners themselves


BANNED_EXAMPLES = [
    "genital",
    "genitals",
    "Genitalia",
    "breast",
    "breasts",
    "nipple",
    "nipples",
    "nude",
    "nudity",
    "naked",
    "undress",
    "undressed",
    "undressing",
    "arouse",
    "aroused",
    "arousal",
    "arousing",
    "orgasm",
    "orgasms",
    "intercourse",
    "erotic",
    "eroticism",
    "foreplay",
    "sexual",
    "SEXUAL",
    "sexually",
    "sexuality",
    "sexy",
    "penis",
    "vagina",
    "vaginal",
    "vulva",
    "groin",
]
NEVER_AREA_EXAMPLES = ["buttocks", "inner thigh", "inner thighs", "lower belly", "mouth", "lips", "kiss", "kissing"]


@pytest.mark.parametrize("word", BANNED_EXAMPLES)
@pytest.mark.parametrize("field", ["title", "steps", "agreement", "needs"])
def test_scope_scanner_catches_every_banned_word_in_any_field(word: str, field: str) -> None:
    base = valid_table()
    if field == "title":
        table = valid_table(title=f"With {word} here")
    elif field == "agreement":
        table = valid_table(agreement=f"This touch involves {word}, which must be caught.")
    else:
        items = list(cast(list[str], base[field]))
        items[1] = f"{items[1]} Then {word}."
        table = valid_table(**{field: items})
    found = scan((parse_one(table),), OUT_OF_SCOPE)
    expected_field = field if field in {"title", "agreement"} else f"{field}[1]"
    assert found == [f"touch-2-probe {expected_field}: {word!r}"]


@pytest.mark.parametrize(
    "text",
    [
        "Non-sexual touch only.",
        "This is non-sexual, NON-SEXUAL and Non-Sexual.",
        "Give a gentle nudge, then breathe.",
        "Ride the carousel together.",
        "Breathe out slowly; the arms stay where they are.",
        "Point at a grown tree, then stop at any point.",
        "Use the stop signal; stopping is never a failure.",
    ],
)
def test_scanners_leave_ordinary_words_alone(text: str) -> None:
    exercise = parse_one(valid_table(summary=text))
    assert scan((exercise,), OUT_OF_SCOPE) == []
    assert scan((exercise,), UNKIND) == []


def test_scanner_reads_every_text_field_of_an_exercise() -> None:
    exercise = parse_one(
        valid_table(neutral_title="A quiet evening", harder_agreement="Both hands, on the forearms only, clothed.")
    )
    fields = {name.split("[")[0] for name, _ in exercise_texts(exercise)}
    # `requires` holds exercise ids, not prose; the scanners read the exercises those ids name.
    text_types = {"str", "tuple[str, ...]"}
    string_fields = {f.name for f in dataclasses.fields(Exercise) if f.type in text_types} - {"requires"}
    assert string_fields <= fields
    assert {"title", "summary", "steps", "ease_out", "agreement", "safety", "technique", "needs"} <= fields


@pytest.mark.parametrize("word", NEVER_AREA_EXAMPLES)
def test_scope_scan_catches_the_never_list_areas_outside_the_never_list(word: str) -> None:
    exercise = parse_one(valid_table(steps=["Sit down facing each other.", f"Then the {word}, slowly.", "Say thanks."]))
    assert scope_scan((exercise,)) == [f"touch-2-probe steps[1]: {word!r}"]


def test_the_sentences_that_rule_touch_out_pass_the_scope_scan_and_nothing_hides_behind_them() -> None:
    lines = f"{AROUSAL_LINE} {SEXUAL_BID_LINE}"
    ruled_out = parse_one(valid_table(agreement=f"Hands only. {NEVER_LIST}", safety=lines))
    assert scope_scan((ruled_out,)) == []
    sneaking = parse_one(valid_table(agreement=f"{NEVER_LIST} Kissing is welcome after all."))
    assert scope_scan((sneaking,)) == ["touch-2-probe agreement: 'Kissing'"]
    altered = parse_one(valid_table(agreement=NEVER_LIST.replace("; no kissing", "")))
    assert scope_scan((altered,)) != []


@pytest.mark.parametrize("word", ["cheater", "Betrayers", "victim", "streak", "streaks", "score", "Scores", "cheated"])
def test_unkind_scanner_catches_labels_and_scores(word: str) -> None:
    exercise = parse_one(valid_table(safety=f"Never call anyone a {word} here."))
    assert scan((exercise,), UNKIND) == [f"touch-2-probe safety: {word!r}"]


# ---------------------------------------------------------------- the synthetic-file helper


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_toml_string_helper_round_trips(text: str) -> None:
    assert tomllib.loads(f"x = {toml_string(text)}") == {"x": text}


def test_a_valid_synthetic_table_parses_to_its_values() -> None:
    table = valid_table()
    exercise = parse_one(table)
    assert exercise.id == table["id"]
    assert exercise.track is Track.TOUCH
    assert exercise.level == 2
    assert exercise.minutes == 15
    assert list(exercise.steps) == table["steps"]
    assert list(exercise.technique) == table["technique"]
    assert list(exercise.tags) == table["tags"]
    assert exercise.source is ExerciseSource.BUILTIN


def test_texts_are_stripped() -> None:
    exercise = parse_one(valid_table(title="  Padded title \n", needs=["  Two chairs  "]))
    assert exercise.title == "Padded title"
    assert exercise.needs == ("Two chairs",)


def test_exercises_keep_file_order_and_files_are_read_in_name_order() -> None:
    first = valid_table(id="talk-1-first", track="talk", level=1)
    second = valid_table(id="talk-1-second", track="talk", level=1)
    third = valid_table(id="touch-3-third", level=3)
    library = parse_library({"z.toml": toml_file(third), "a.toml": toml_file(first, second)})
    assert [e.id for e in library.exercises] == ["talk-1-first", "talk-1-second", "touch-3-third"]


# ---------------------------------------------------------------- schema validation


@pytest.mark.parametrize("field", list(SCHEMA))
def test_a_missing_field_is_named_with_file_and_exercise(field: str) -> None:
    broken = without(valid_table(id="touch-2-broken"), field)
    message = library_error({"moves.toml": toml_file(valid_table(), broken)})
    assert "moves.toml" in message
    assert f"'{field}'" in message
    assert "missing" in message
    if field == "id":
        assert "exercise 2" in message
    else:
        assert "touch-2-broken" in message


def test_an_unknown_field_is_rejected() -> None:
    message = library_error({"moves.toml": toml_file(valid_table(mood="calm"))})
    assert "moves.toml" in message
    assert "touch-2-probe" in message
    assert "'mood'" in message


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("level", "1"),
        ("level", 6),
        ("level", 0),
        ("level", True),
        ("minutes", 0),
        ("minutes", -5),
        ("minutes", "15"),
        ("title", ""),
        ("title", "   "),
        ("title", 7),
        ("track", "walks"),
        ("track", 1),
        ("steps", "Sit down and breathe slowly together."),
        ("steps", []),
        ("needs", []),
        ("needs", [1, 2]),
        ("technique", ["Hypnosis"]),
        ("technique", []),
        ("tags", ["streak"]),
        ("tags", "daily"),
        ("agreement", ["Hands only, clothed."]),
    ],
)
def test_a_wrong_value_is_rejected_naming_the_field(field: str, value: object) -> None:
    message = library_error({"moves.toml": toml_file(valid_table(**{field: value}))})
    assert "moves.toml" in message
    assert f"'{field}'" in message


def test_a_float_level_is_rejected() -> None:
    text = toml_file(valid_table()).decode().replace("level = 2", "level = 2.0")
    message = library_error({"moves.toml": text.encode()})
    assert "'level'" in message


@pytest.mark.parametrize("word", ["Hypnosis", "sensate focus"])
def test_an_unknown_technique_is_quoted_back(word: str) -> None:
    message = library_error({"moves.toml": toml_file(valid_table(technique=[word]))})
    assert f"'{word}'" in message


@given(st.integers(min_value=-1000, max_value=1000))
def test_only_levels_one_to_five_exist(level: int) -> None:
    table = valid_table(id=f"talk-{level}-probe", track="talk", level=level)
    if 1 <= level <= 5:
        assert parse_one(table).level == level
    else:
        assert "'level'" in library_error({"moves.toml": toml_file(table)})


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"id": "talk-2-probe"}, "wrong track"),
        ({"id": "touch-3-probe"}, "wrong level"),
        ({"track": "talk"}, "wrong track"),
        ({"level": 4}, "wrong level"),
        ({"id": "Touch-2-Probe"}, "capitals"),
        ({"id": "touch-2-"}, "no name"),
        ({"id": "touch-2-a_b"}, "underscore"),
        ({"id": "touch-2-a--b"}, "double hyphen"),
        ({"id": "touch-2-probe "}, "trailing space"),
        ({"id": "custom-probe"}, "custom prefix"),
    ],
)
def test_an_id_must_match_track_and_level(overrides: dict[str, object], why: str) -> None:
    message = library_error({"moves.toml": toml_file(valid_table(**overrides))})
    assert "moves.toml" in message, why
    assert "'id'" in message, why


def test_duplicate_ids_across_files_name_both_files() -> None:
    message = library_error({"first.toml": toml_file(valid_table()), "second.toml": toml_file(valid_table())})
    assert "first.toml" in message
    assert "second.toml" in message
    assert "touch-2-probe" in message


def test_duplicate_ids_within_one_file_are_rejected() -> None:
    message = library_error({"first.toml": toml_file(valid_table(), valid_table())})
    assert "first.toml" in message
    assert "touch-2-probe" in message


@pytest.mark.parametrize("content", [b"[[exercise]\n", b'[[exercise]]\nid = "unterminated\n', b"= 1\n"])
def test_malformed_toml_names_the_file(content: bytes) -> None:
    message = library_error({"ok.toml": toml_file(valid_table()), "broken.toml": content})
    assert "broken.toml" in message
    assert "malformed" in message


def test_non_utf8_bytes_are_rejected() -> None:
    data = toml_file(valid_table(title="Caf\u00e9 walk")).replace("Caf\u00e9".encode(), "Caf\u00e9".encode("latin-1"))
    message = library_error({"latin.toml": data})
    assert "latin.toml" in message
    assert "UTF-8" in message


@pytest.mark.parametrize(
    "content",
    [b"", b"# only a comment\n", b'title = "Loose"\n', b"[exercise]\nid = 1\n", b"exercise = []\n", b"[other]\n"],
)
def test_a_file_without_exercise_tables_is_rejected(content: bytes) -> None:
    assert "empty.toml" in library_error({"empty.toml": content})


def test_top_level_keys_beside_exercises_are_rejected() -> None:
    content = b"version = 1\n" + toml_file(valid_table())
    assert "extra.toml" in library_error({"extra.toml": content})


@given(st.binary())
def test_junk_bytes_give_a_library_or_a_library_error(data: bytes) -> None:
    try:
        result = parse_library({"junk.toml": data})
    except LibraryError as error:
        assert "junk.toml" in error.message
    else:
        assert isinstance(result, Library)


@given(st.text())
def test_junk_text_gives_a_library_or_a_library_error(text: str) -> None:
    try:
        result = parse_library({"junk.toml": text.encode("utf-8", "surrogatepass")})
    except LibraryError as error:
        assert "junk.toml" in error.message
    else:
        assert isinstance(result, Library)


@pytest.mark.parametrize("content", [b"exercise = [1]\n", b'exercise = ["touch"]\n', b"exercise = [[1]]\n"])
def test_exercise_entries_that_are_not_tables_are_library_errors(content: bytes) -> None:
    assert "odd.toml" in library_error({"odd.toml": content})


def test_deeply_nested_junk_is_a_library_error() -> None:
    assert "deep.toml" in library_error({"deep.toml": b"x = " + b"[" * 5000})


def test_an_id_with_a_trailing_newline_is_rejected() -> None:
    message = library_error({"moves.toml": toml_file(valid_table(id="touch-2-probe\n"))})
    assert "'id'" in message


# ---------------------------------------------------------------- reading the directory


def test_reading_an_empty_directory_is_a_library_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match=re.escape(str(tmp_path))):
        read_library_files(tmp_path)


def test_reading_a_directory_without_toml_files_is_a_library_error(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an exercise")
    with pytest.raises(LibraryError):
        read_library_files(tmp_path)


def test_reading_a_missing_directory_is_a_library_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError):
        read_library_files(tmp_path / "nowhere")


def test_reading_returns_the_bytes_of_every_toml_file(tmp_path: Path) -> None:
    files = {
        "talk.toml": toml_file(valid_table(id="talk-2-probe", track="talk")),
        "touch.toml": toml_file(valid_table()),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "README.txt").write_text("ignored")
    assert read_library_files(tmp_path) == files


# ---------------------------------------------------------------- the digest

file_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=12).map(lambda s: s + ".toml")
library_files = st.dictionaries(file_names, st.binary(min_size=1, max_size=200), min_size=1, max_size=4)


@given(library_files, st.data())
def test_digest_changes_when_any_byte_changes(files: dict[str, bytes], data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(files)))
    content = bytearray(files[name])
    position = data.draw(st.integers(min_value=0, max_value=len(content) - 1))
    content[position] ^= data.draw(st.integers(min_value=1, max_value=255))
    changed = {**files, name: bytes(content)}
    assert library_digest(changed) != library_digest(files)


@given(library_files, file_names, st.data())
def test_digest_changes_when_a_file_is_renamed(files: dict[str, bytes], new_name: str, data: st.DataObject) -> None:
    old_name = data.draw(st.sampled_from(sorted(files)))
    assume(new_name not in files)
    renamed = {(new_name if name == old_name else name): content for name, content in files.items()}
    assert library_digest(renamed) != library_digest(files)


@given(library_files)
def test_digest_does_not_depend_on_dict_order(files: dict[str, bytes]) -> None:
    reordered = dict(reversed(list(files.items())))
    assert library_digest(reordered) == library_digest(files)


@given(library_files, file_names)
def test_digest_changes_when_a_file_is_added(files: dict[str, bytes], extra: str) -> None:
    assume(extra not in files)
    assert library_digest({**files, extra: b"[[exercise]]"}) != library_digest(files)


def test_digest_is_a_crc_with_the_length_and_is_what_parsing_reports(builtin_library: Library) -> None:
    files = read_library_files(resources_dir() / "exercises")
    digest = library_digest(files)
    found = re.fullmatch(r"crc32 (\d+) [0-9a-f]{8}", digest)
    assert found and int(found.group(1)) > sum(len(data) for data in files.values())
    assert builtin_library.digest == digest


# ---------------------------------------------------------------- searching


def test_searchable_text_holds_title_and_steps_casefolded() -> None:
    exercise = parse_one(
        valid_table(title="Straße WALK", steps=["Hold HANDS at the Gate.", "Walk on slowly.", "Say thanks."])
    )
    text = exercise.searchable_text()
    assert "strasse walk" in text
    assert "hold hands at the gate." in text
    assert text == text.casefold()


def test_searchable_text_of_shipped_exercises(builtin_library: Library) -> None:
    for exercise in builtin_library.exercises:
        text = exercise.searchable_text()
        assert exercise.title.casefold() in text
        assert all(step.casefold() in text for step in exercise.steps)
        assert exercise.agreement.casefold() in text


def test_optional_fields_are_read_and_checked() -> None:
    first = valid_table(id="touch-2-first-one")
    second = valid_table(id="touch-2-second-one", requires=["touch-2-first-one"], harder_agreement="x" * 20)
    library = parse_library({"touch.toml": toml_file(first, second)})
    assert library.exercises[1].requires == ("touch-2-first-one",)
    assert library.exercises[1].harder_agreement == "x" * 20
    with pytest.raises(LibraryError, match="'requires' names 'touch-1-nowhere'"):
        parse_library({"touch.toml": toml_file(valid_table(requires=["touch-1-nowhere"]))})
    with pytest.raises(LibraryError, match="needs a 'neutral_title'"):
        parse_library({"touch.toml": toml_file(valid_table(tags=["sensitive"]))})
