"""The built-in exercise library: its schema, and parsing and validating its TOML files."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from repairplanner.core.content_overlay import ENGLISH, merged_fields, overlay_name, parse_overlay, split_overlays
from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Exercise, ExerciseSource, Track
from repairplanner.core.errors import LibraryError

#: Bump when the meaning of a field changes, so stored copies of the library are refreshed.
LIBRARY_FORMAT = 2

TECHNIQUES = frozenset(
    {
        "Sensate focus",
        "Graded exposure",
        "Mindful breathing",
        "Emotionally focused therapy",
        "Gottman method",
        "Attachment-based couples work",
        "Co-regulation",
        "PREP speaker–listener",
        "Imago dialogue",
        "Satir temperature reading",
        "Aron's closeness questions",
        "Gottman atone–attune–attach",
        "Trauma-informed affair recovery",
        "Nonviolent communication",
    }
)
#: Tags: "asked-for" (a partner asks for it; never suggested, copied or scheduled by the app), "heavy" (a hard talk:
#: never the gentle talk offered on a red day, never followed by touch the same evening), "sensitive" (printed on
#: the week under `neutral_title`), "solo" (one partner alone), "accountability" (the acknowledgment and
#: accountability work that touch level 3 waits for), "regulation" (calming a flooded body), "safety-agreement".
TAGS = frozenset(
    {
        "daily",
        "ritual",
        "weekly-meeting",
        "debrief",
        "repair",
        "review",
        "asked-for",
        "heavy",
        "sensitive",
        "solo",
        "accountability",
        "regulation",
        "safety-agreement",
    }
)
CUSTOM_ID_PREFIX = "custom-"
#: What is never part of any exercise (PRODUCT.md); every built-in touch agreement carries this sentence word for word,
#: and the guided session and the printed cards show it for every touch exercise, the couple's own included.
NEVER_LIST = (
    "Never part of any exercise: genitals, breasts and chest, buttocks, inner thighs, lower belly, the mouth;"
    " no kissing."
)
_ID = re.compile(r"(touch|talk)-([1-5])-[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class TextRule:
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class IntRule:
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class ListRule:
    low: int
    high: int
    item: TextRule
    vocabulary: frozenset[str] | None = None


_LONG = TextRule(10, 1200)

#: The schema every exercise table must satisfy: each key is required, and no other key is allowed.
SCHEMA: dict[str, TextRule | IntRule | ListRule] = {
    "id": TextRule(3, 60),
    "title": TextRule(3, 60),
    "track": TextRule(4, 5),
    "level": IntRule(MIN_LEVEL, MAX_LEVEL),
    "minutes": IntRule(3, 120),
    "summary": _LONG,
    "needs": ListRule(1, 6, TextRule(2, 200)),
    "steps": ListRule(3, 10, TextRule(10, 600)),
    "ease_out": _LONG,
    "easier": _LONG,
    "harder": _LONG,
    "agreement": _LONG,
    "safety": _LONG,
    "technique": ListRule(1, 3, TextRule(3, 60), TECHNIQUES),
    "tags": ListRule(0, 6, TextRule(3, 30), TAGS),
}

#: Fields an exercise table may leave out, with their defaults.
OPTIONAL: dict[str, TextRule | ListRule] = {
    "requires": ListRule(0, 6, TextRule(3, 60)),
    "neutral_title": TextRule(3, 60),
    "harder_agreement": _LONG,
}


@dataclass(frozen=True, slots=True)
class Library:
    """The parsed built-in exercises and a digest of the files they came from."""

    exercises: tuple[Exercise, ...]
    digest: str


def library_digest(files: Mapping[str, bytes]) -> str:
    """A stable digest of the library files, used to skip re-reading an unchanged library."""
    h = hashlib.sha256(f"format {LIBRARY_FORMAT}\n".encode())
    for name in sorted(files):
        h.update(name.encode() + b"\0" + files[name] + b"\0")
    return h.hexdigest()


#: The text fields a translation may replace (the rest of an exercise comes from the English file).
TRANSLATABLE = frozenset(
    {"title", "neutral_title", "summary", "needs", "steps", "ease_out", "easier", "harder", "agreement"}
    | {"harder_agreement", "safety"}
)


def read_library_files(directory: Path, language: str = ENGLISH) -> dict[str, bytes]:
    """The bytes of every `*.toml` file in the library directory, and of its translation into `language`."""
    try:
        files = {p.name: p.read_bytes() for p in sorted(directory.glob("*.toml"))}
        if language != ENGLISH:
            files |= {
                overlay_name(language, p.name): p.read_bytes() for p in sorted((directory / language).glob("*.toml"))
            }
    except OSError as exc:
        raise LibraryError(f"The exercise library in {directory} could not be read: {exc.strerror}.") from exc
    if not files:
        raise LibraryError(f"The exercise library is missing: no exercise files were found in {directory}.")
    return files


def parse_library(files: Mapping[str, bytes]) -> Library:
    """Parse and validate library files; raise LibraryError naming the file, the exercise and the field."""
    english, overlays = split_overlays(files)
    exercises: list[Exercise] = []
    seen: dict[str, str] = {}
    for name in sorted(english):
        for exercise in _parse_file(name, english[name]):
            if exercise.id in seen:
                raise LibraryError(
                    f"The exercise library file '{name}' repeats the id '{exercise.id}', "
                    f"already used in '{seen[exercise.id]}'."
                )
            seen[exercise.id] = name
            exercises.append(exercise)
    for exercise in exercises:
        for required in exercise.requires:
            if required not in seen or required == exercise.id:
                raise LibraryError(
                    f"The exercise library file '{seen[exercise.id]}' ('{exercise.id}'): the field 'requires' "
                    f"names '{required}', which is not another exercise of the library."
                )
    return Library(_translated(exercises, overlays), library_digest(files))


def _translated(exercises: list[Exercise], overlays: Mapping[str, bytes]) -> tuple[Exercise, ...]:
    """The exercises with the words of their translation, where one is shipped."""
    words: dict[str, dict[str, Any]] = {}
    for name in sorted(overlays):
        for ident, texts in parse_overlay(name, overlays[name], "exercise", TRANSLATABLE).items():
            if ident in words or ident not in {e.id for e in exercises}:
                raise LibraryError(f"The translation file '{name}' names '{ident}', which it cannot translate.")
            words[ident] = texts
    return tuple(
        replace(e, **merged_fields(asdict_shallow(e), words[e.id], f"The translation of '{e.id}'"))
        if e.id in words
        else e
        for e in exercises
    )


def asdict_shallow(exercise: Exercise) -> dict[str, Any]:
    """An exercise's fields by name, without copying them."""
    return {f.name: getattr(exercise, f.name) for f in fields(exercise)}


def _parse_file(name: str, data: bytes) -> Iterable[Exercise]:
    # Imported here: start-up skips parsing when the database already holds this library.
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    try:
        document = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise LibraryError(f"The exercise library file '{name}' is not UTF-8 text.") from None
    except tomllib.TOMLDecodeError as exc:
        raise LibraryError(f"The exercise library file '{name}' is malformed: {exc}.") from None
    except RecursionError:
        raise LibraryError(f"The exercise library file '{name}' is malformed: it nests too deeply.") from None
    extra = set(document) - {"exercise"}
    tables = document.get("exercise")
    if extra or not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        raise LibraryError(f"The exercise library file '{name}' must hold only [[exercise]] tables.")
    for index, table in enumerate(tables, start=1):
        yield _exercise_from_table(table, f"The exercise library file '{name}', exercise {index}")


def _exercise_from_table(table: dict[str, Any], where: str) -> Exercise:
    if isinstance(table.get("id"), str):
        where = f"{where} ('{table['id']}')"
    missing = [key for key in SCHEMA if key not in table]
    unknown = sorted(set(table) - set(SCHEMA) - set(OPTIONAL))
    if missing:
        raise LibraryError(f"{where} is missing the field '{missing[0]}'.")
    if unknown:
        raise LibraryError(f"{where} has an unknown field '{unknown[0]}'.")
    for key, rule in SCHEMA.items():
        problem = _check(table[key], rule)
        if problem:
            raise LibraryError(f"{where}: the field '{key}' {problem}.")
    for key, optional in OPTIONAL.items():
        problem = _check(table[key], optional) if key in table else None
        if problem:
            raise LibraryError(f"{where}: the field '{key}' {problem}.")
    if "sensitive" in table["tags"] and "neutral_title" not in table:
        raise LibraryError(f"{where}: an exercise tagged 'sensitive' needs a 'neutral_title' for the printed week.")
    match = _ID.fullmatch(table["id"])
    if table["track"] not in {t.value for t in Track}:
        raise LibraryError(f"{where}: the field 'track' must be 'touch' or 'talk'.")
    if match is None or match.group(1) != table["track"] or int(match.group(2)) != table["level"]:
        raise LibraryError(
            f"{where}: the field 'id' must look like '{table['track']}-{table['level']}-short-name' "
            "(lower-case letters, digits and hyphens) and match the exercise's track and level."
        )
    return Exercise(
        id=table["id"],
        source=ExerciseSource.BUILTIN,
        title=table["title"].strip(),
        track=Track(table["track"]),
        level=table["level"],
        minutes=table["minutes"],
        summary=table["summary"].strip(),
        needs=tuple(s.strip() for s in table["needs"]),
        steps=tuple(s.strip() for s in table["steps"]),
        ease_out=table["ease_out"].strip(),
        easier=table["easier"].strip(),
        harder=table["harder"].strip(),
        agreement=table["agreement"].strip(),
        safety=table["safety"].strip(),
        technique=tuple(table["technique"]),
        tags=tuple(table["tags"]),
        requires=tuple(table.get("requires", ())),
        neutral_title=table.get("neutral_title", "").strip(),
        harder_agreement=table.get("harder_agreement", "").strip(),
    )


def _check(value: object, rule: TextRule | IntRule | ListRule) -> str | None:
    """Why `value` breaks `rule`, or None when it fits."""
    if isinstance(rule, IntRule):
        if isinstance(value, bool) or not isinstance(value, int) or not rule.low <= value <= rule.high:
            return f"must be a whole number from {rule.low} to {rule.high}"
        return None
    if isinstance(rule, TextRule):
        if not isinstance(value, str) or not rule.low <= len(value.strip()) <= rule.high:
            return f"must be a text of {rule.low} to {rule.high} characters"
        return None
    if not isinstance(value, list) or not rule.low <= len(value) <= rule.high:
        return f"must be a list of {rule.low} to {rule.high} texts"
    for item in value:
        if _check(item, rule.item) is not None:
            return f"must hold texts of {rule.item.low} to {rule.item.high} characters"
        if rule.vocabulary is not None and item not in rule.vocabulary:
            return f"has '{item}', which is not one of: {', '.join(sorted(rule.vocabulary))}"
    return None


# --- the couple's own exercises ---------------------------------------------------------------------------------------

#: (field, label, required) for a custom exercise's texts, in the order of the editor's form. Maxima come from
#: SCHEMA; a couple's own exercise may be simpler than a built-in one, so only what consent and safety need is required.
CUSTOM_TEXTS: tuple[tuple[str, str, bool], ...] = (
    ("summary", "What it is", True),
    ("needs", "What you need", False),
    ("steps", "Steps", True),
    ("agreement", "What each of you agrees to", True),
    ("ease_out", "Easing out or stopping", True),
    ("easier", "An easier version", False),
    ("harder", "A step further, same level", False),
    ("safety", "Safety", True),
)
CUSTOM_LINES = ("needs", "steps")
CUSTOM_LIST_MIN = {"needs": 0, "steps": 1}


def custom_exercise_problems(exercise: Exercise) -> dict[str, str]:
    """What keeps a couple's own exercise from being saved, by field in the order of the form, in kind words.

    The one check: `LibraryService` refuses what it finds, and the editor shows it beside each field.
    """
    found: dict[str, str] = {}
    title = SCHEMA["title"]
    if not title.low <= len(exercise.title.strip()) <= title.high:
        found["title"] = f"Please give it a name of {title.low} to {title.high} characters."
    if exercise.track not in Track:
        found["track"] = "Please choose touch or talk."
    level = SCHEMA["level"]
    if not level.low <= exercise.level <= level.high:
        found["level"] = f"Please choose a level from {level.low} to {level.high}."
    minutes = SCHEMA["minutes"]
    if not minutes.low <= exercise.minutes <= minutes.high:
        found["minutes"] = f"Please choose from {minutes.low} to {minutes.high} minutes."
    for field, label, required in CUSTOM_TEXTS:
        problem = _custom_text_problem(field, label, getattr(exercise, field), required)
        if problem:
            found[field] = problem
    for field in ("technique", "tags"):
        rule = SCHEMA[field]
        assert isinstance(rule, ListRule)
        chosen = getattr(exercise, field)
        if len(chosen) > rule.high:
            found[field] = f"Please choose at most {rule.high}."
        elif rule.vocabulary is not None and any(item not in rule.vocabulary for item in chosen):
            found[field] = "Please choose from the list."
    return found


def _custom_text_problem(field: str, label: str, value: str | tuple[str, ...], required: bool) -> str | None:
    rule = SCHEMA[field]
    if field in CUSTOM_LINES:
        assert isinstance(rule, ListRule)
        items = tuple(item for item in value if item.strip())
        if len(items) < CUSTOM_LIST_MIN[field]:
            return f"Please add at least {CUSTOM_LIST_MIN[field]} line under \u201c{label}\u201d."
        if len(items) > rule.high:
            return f"Please keep \u201c{label}\u201d to at most {rule.high} lines."
        long = next((n for n, item in enumerate(items, start=1) if len(item) > rule.item.high), None)
        if long is not None:
            return f"Line {long} is longer than {rule.item.high} characters; could it be two lines?"
        return None
    assert isinstance(value, str) and not isinstance(rule, IntRule)
    text = value.strip()
    if required and not text:
        return f"Please fill in \u201c{label}\u201d: it is part of what you both agree to."
    if len(text) > rule.high:
        return f"Please keep this under {rule.high} characters (it has {len(text)})."
    return None
