"""The German built-in content: every exercise, reading and safety section translated, with its limits intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from repairplanner.core.guide import read_guide
from repairplanner.core.library import NEVER_LIST, TRANSLATABLE, parse_library
from repairplanner.core.library_files import read_library_files
from repairplanner.paths import resources_dir

EXERCISES = resources_dir() / "exercises"
GUIDE = resources_dir() / "guide"
NIE_LISTE = (
    "Nie Teil einer Übung: Genitalien, Brüste und Brustkorb, Gesäß, Innenseiten der Oberschenkel, Unterbauch, "
    "der Mund; kein Küssen."
)


def _shipped(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.toml"))


@pytest.mark.parametrize("language", ["de"])
def test_every_shipped_exercise_is_translated_completely(language: str) -> None:
    english = {e.id: e for e in parse_library(read_library_files(EXERCISES)).exercises}
    translated = {e.id: e for e in parse_library(read_library_files(EXERCISES, language)).exercises}
    assert sorted(p.name for p in _shipped(EXERCISES / language)) == sorted(p.name for p in _shipped(EXERCISES))
    for ident, exercise in english.items():
        other = translated[ident]
        for field in TRANSLATABLE:
            if getattr(exercise, field):
                assert getattr(other, field) != getattr(exercise, field) or field == "neutral_title", (ident, field)


def test_german_touch_agreements_carry_the_never_list_word_for_word() -> None:
    english = {e.id: e for e in parse_library(read_library_files(EXERCISES)).exercises}
    for exercise in parse_library(read_library_files(EXERCISES, "de")).exercises:
        original = english[exercise.id]
        for field in ("agreement", "harder_agreement"):
            if NEVER_LIST in getattr(original, field):
                assert NIE_LISTE in getattr(exercise, field), (exercise.id, field)
        assert "Stoppsignal" in exercise.ease_out, exercise.id


def test_german_guide_and_safety_are_complete_and_keep_their_shape() -> None:
    files = {p.name: p.read_bytes() for p in _shipped(GUIDE)}
    readings, safety = read_guide(files)
    german = files | {f"de/{p.name}": p.read_bytes() for p in _shipped(GUIDE / "de")}
    de_readings, de_safety = read_guide(german)
    for before, after in zip(readings + safety, de_readings + de_safety, strict=True):
        assert (after.id, after.moment) == (before.id, before.moment)
        assert after.title != before.title
        lists = re.compile(r"^- ", re.MULTILINE)
        assert len(lists.findall(after.body)) == len(lists.findall(before.body)), after.id
        assert len(after.paragraphs()) == len(before.paragraphs()), after.id


#: The German words that would leave the non-sexual scope, or invite a never-list area (PRODUCT.md).
OUT_OF_SCOPE = re.compile(
    r"\b(?:genital\w*|brüste\w*|brust|nackt\w*|entkleid\w*|ausziehen|erreg\w*|orgasm\w*|geschlechtsverkehr|erotisch\w*"
    r"|vorspiel\w*|sexuell\w*|sexy|penis\w*|vagina\w*|vulva\w*|leiste\w*|gesäß\w*|po|innenseite\w*|unterbauch\w*"
    r"|mund\w*|lippe\w*|küss\w*|kuss)\b",
    re.IGNORECASE,
)
#: The sentences that name those words only to rule them out, or to say what to do (as the English ones do).
ALLOWED_SENTENCES = (
    NIE_LISTE,
    "Wenn Erregung auftritt, ist das eine normale Reaktion des Körpers, die nichts verlangt: Macht weiter, werdet "
    "langsamer oder sprecht später darüber.",
    "Macht jemand von euch ein sexuelles Angebot, endet die Übung an dieser Stelle, ohne Scham, und ihr nehmt das "
    "Thema mit zu einer Therapeutin oder einem Therapeuten.",
    "eng in der Brust",  # a feeling in the chest, said in a debrief ("my chest felt tight")
)
UNKIND = re.compile(r"\b(?:betrüger\w*|täter\w*|opfer\w*|fremdgeh\w*|punkte|serie\w*|versag\w*)\b", re.IGNORECASE)


def _german_texts() -> list[tuple[str, str]]:
    found = []
    for exercise in parse_library(read_library_files(EXERCISES, "de")).exercises:
        for field in sorted(TRANSLATABLE):
            value = getattr(exercise, field)
            found += [(f"{exercise.id}.{field}", text) for text in (value if isinstance(value, tuple) else (value,))]
    return found


def test_no_german_exercise_leaves_the_non_sexual_scope() -> None:
    found = []
    for where, text in _german_texts():
        rest = text
        for allowed in ALLOWED_SENTENCES:
            rest = rest.replace(allowed, " ")
        found += [f"{where}: {m.group(0)}" for m in OUT_OF_SCOPE.finditer(rest)]
    assert found == []


def test_no_german_text_uses_labels_scores_or_the_polite_form() -> None:
    # The polite form shows as "Ihnen", or as a capital "Sie"/"Ihr" in the middle of a sentence.
    polite = re.compile(r"\bIhnen\b|(?<=[a-zäöüß,] )(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")
    found = [f"{where}: {m.group(0)}" for where, text in _german_texts() for m in UNKIND.finditer(text)]
    found += [f"{where}: {m.group(0)}" for where, text in _german_texts() for m in polite.finditer(text)]
    assert found == []


def test_every_german_touch_agreement_is_for_this_session_only() -> None:
    for exercise in parse_library(read_library_files(EXERCISES, "de")).exercises:
        if exercise.track.value == "touch":
            assert "Dieses Ja gilt nur für diese Einheit" in exercise.agreement, exercise.id
