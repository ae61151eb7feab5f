"""The built-in exercise library: its schema, and parsing and validating its TOML files."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from repairplanner.core.content_overlay import merged_fields, parse_overlay, split_overlays
from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Exercise, ExerciseSource, Track
from repairplanner.core.errors import LibraryError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.library_files import library_digest

#: The techniques an exercise may draw on: stored in English, shown through `technique_name` (context "Techniques").
TECHNIQUES = frozenset(
    {
        QT_TRANSLATE_NOOP("Techniques", "Sensate focus"),
        QT_TRANSLATE_NOOP("Techniques", "Graded exposure"),
        QT_TRANSLATE_NOOP("Techniques", "Mindful breathing"),
        QT_TRANSLATE_NOOP("Techniques", "Emotionally focused therapy"),
        QT_TRANSLATE_NOOP("Techniques", "Gottman method"),
        QT_TRANSLATE_NOOP("Techniques", "Attachment-based couples work"),
        QT_TRANSLATE_NOOP("Techniques", "Co-regulation"),
        QT_TRANSLATE_NOOP("Techniques", "PREP speaker–listener"),
        QT_TRANSLATE_NOOP("Techniques", "Imago dialogue"),
        QT_TRANSLATE_NOOP("Techniques", "Satir temperature reading"),
        QT_TRANSLATE_NOOP("Techniques", "Aron's closeness questions"),
        QT_TRANSLATE_NOOP("Techniques", "Gottman atone–attune–attach"),
        QT_TRANSLATE_NOOP("Techniques", "Trauma-informed affair recovery"),
        QT_TRANSLATE_NOOP("Techniques", "Nonviolent communication"),
    }
)
#: Tags: "asked-for" (a partner asks for it; never suggested, copied or scheduled by the app), "heavy" (a hard talk:
#: never the gentle talk offered on a red day, never followed by touch the same evening), "sensitive" (printed on
#: the week under `neutral_title`), "solo" (one partner alone), "accountability" (the acknowledgment and
#: accountability work that touch level 3 waits for), "regulation" (calming a flooded body), "safety-agreement".
TAGS = frozenset(
    {
        QT_TRANSLATE_NOOP("Tags", "daily"),
        QT_TRANSLATE_NOOP("Tags", "ritual"),
        QT_TRANSLATE_NOOP("Tags", "weekly-meeting"),
        QT_TRANSLATE_NOOP("Tags", "debrief"),
        QT_TRANSLATE_NOOP("Tags", "repair"),
        QT_TRANSLATE_NOOP("Tags", "review"),
        QT_TRANSLATE_NOOP("Tags", "asked-for"),
        QT_TRANSLATE_NOOP("Tags", "heavy"),
        QT_TRANSLATE_NOOP("Tags", "sensitive"),
        QT_TRANSLATE_NOOP("Tags", "solo"),
        QT_TRANSLATE_NOOP("Tags", "accountability"),
        QT_TRANSLATE_NOOP("Tags", "regulation"),
        QT_TRANSLATE_NOOP("Tags", "safety-agreement"),
    }
)
CUSTOM_ID_PREFIX = "custom-"
#: What is never part of any exercise (PRODUCT.md); every built-in touch agreement carries this sentence word for word,
#: and the guided session and the printed cards show it for every touch exercise, the couple's own included.
NEVER_LIST = QT_TRANSLATE_NOOP(
    "Library",
    "Never part of any exercise: genitals, breasts and chest, buttocks, inner thighs, lower belly, the mouth;"
    " no kissing.",
)


def never_list() -> str:
    """The never-list sentence in the interface language (NEVER_LIST is the English one the library carries)."""
    return translate("Library", NEVER_LIST)


def technique_name(technique: str) -> str:
    """A technique's display name in the interface language; the stored value stays the English one."""
    return translate("Techniques", technique)


def tag_name(tag: str) -> str:
    """A tag's display name in the interface language; the stored value stays the English one."""
    return translate("Tags", tag)


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


#: The text fields a translation may replace (the rest of an exercise comes from the English file).
TRANSLATABLE = frozenset(
    {"title", "neutral_title", "summary", "needs", "steps", "ease_out", "easier", "harder", "agreement"}
    | {"harder_agreement", "safety"}
)


def parse_library(files: Mapping[str, bytes]) -> Library:
    """Parse and validate library files; raise LibraryError naming the file, the exercise and the field."""
    english, overlays = split_overlays(files)
    exercises: list[Exercise] = []
    seen: dict[str, str] = {}
    for name in sorted(english):
        for exercise in _parse_file(name, english[name]):
            if exercise.id in seen:
                message = translate(
                    "Library", "The exercise library file '{file}' repeats the id '{id}', already used in '{other}'."
                )
                raise LibraryError(message.format(file=name, id=exercise.id, other=seen[exercise.id]))
            seen[exercise.id] = name
            exercises.append(exercise)
    for exercise in exercises:
        for required in exercise.requires:
            if required not in seen or required == exercise.id:
                message = translate(
                    "Library",
                    "The exercise library file '{file}' ('{id}'): the field 'requires' "
                    "names '{required}', which is not another exercise of the library.",
                )
                raise LibraryError(message.format(file=seen[exercise.id], id=exercise.id, required=required))
    return Library(_translated(exercises, overlays), library_digest(files))


def _translated(exercises: list[Exercise], overlays: Mapping[str, bytes]) -> tuple[Exercise, ...]:
    """The exercises with the words of their translation, where one is shipped."""
    words: dict[str, dict[str, Any]] = {}
    for name in sorted(overlays):
        for ident, texts in parse_overlay(name, overlays[name], "exercise", TRANSLATABLE).items():
            if ident in words or ident not in {e.id for e in exercises}:
                raise LibraryError(
                    translate(
                        "Library", "The translation file '{file}' names '{id}', which it cannot translate."
                    ).format(file=name, id=ident)
                )
            words[ident] = texts
    return tuple(
        replace(
            e,
            **merged_fields(
                asdict_shallow(e), words[e.id], translate("Library", "The translation of '{id}'").format(id=e.id)
            ),
        )
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
        message = translate("Library", "The exercise library file '{file}' is not UTF-8 text.")
        raise LibraryError(message.format(file=name)) from None
    except tomllib.TOMLDecodeError as exc:
        message = translate("Library", "The exercise library file '{file}' is malformed: {error}.")
        raise LibraryError(message.format(file=name, error=exc)) from None
    except RecursionError:
        message = translate("Library", "The exercise library file '{file}' is malformed: it nests too deeply.")
        raise LibraryError(message.format(file=name)) from None
    extra = set(document) - {"exercise"}
    tables = document.get("exercise")
    if extra or not isinstance(tables, list) or not tables or not all(isinstance(t, dict) for t in tables):
        message = translate("Library", "The exercise library file '{file}' must hold only [[exercise]] tables.")
        raise LibraryError(message.format(file=name))
    for index, table in enumerate(tables, start=1):
        where = translate("Library", "The exercise library file '{file}', exercise {number}")
        yield _exercise_from_table(table, where.format(file=name, number=index))


def _exercise_from_table(table: dict[str, Any], where: str) -> Exercise:
    if isinstance(table.get("id"), str):
        where = f"{where} ('{table['id']}')"
    missing = [key for key in SCHEMA if key not in table]
    unknown = sorted(set(table) - set(SCHEMA) - set(OPTIONAL))
    if missing:
        message = translate("Library", "{where} is missing the field '{field}'.")
        raise LibraryError(message.format(where=where, field=missing[0]))
    if unknown:
        message = translate("Library", "{where} has an unknown field '{field}'.")
        raise LibraryError(message.format(where=where, field=unknown[0]))
    for key, rule in SCHEMA.items():
        problem = _check(table[key], rule, key)
        if problem:
            raise LibraryError(_at(where, problem))
    for key, optional in OPTIONAL.items():
        problem = _check(table[key], optional, key) if key in table else None
        if problem:
            raise LibraryError(_at(where, problem))
    if "sensitive" in table["tags"] and "neutral_title" not in table:
        problem = translate("Library", "an exercise tagged 'sensitive' needs a 'neutral_title' for the printed week")
        raise LibraryError(_at(where, problem))
    match = _ID.fullmatch(table["id"])
    if table["track"] not in {t.value for t in Track}:
        raise LibraryError(_at(where, translate("Library", "the field 'track' must be 'touch' or 'talk'")))
    if match is None or match.group(1) != table["track"] or int(match.group(2)) != table["level"]:
        problem = translate(
            "Library",
            "the field 'id' must look like '{track}-{level}-short-name' "
            "(lower-case letters, digits and hyphens) and match the exercise's track and level",
        )
        raise LibraryError(_at(where, problem.format(track=table["track"], level=table["level"])))
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


def _at(where: str, problem: str) -> str:
    """'The exercise library file 'x.toml', exercise 2: the field 'level' must be …'."""
    return translate("Library", "{where}: {problem}.").format(where=where, problem=problem)


def _check(value: object, rule: TextRule | IntRule | ListRule, field: str) -> str | None:
    """Why `value` of `field` breaks `rule` ("the field 'level' must be …"), or None when it fits."""
    if isinstance(rule, IntRule):
        if isinstance(value, bool) or not isinstance(value, int) or not rule.low <= value <= rule.high:
            text = translate("Library", "the field '{field}' must be a whole number from {low} to {high}")
            return text.format(field=field, low=rule.low, high=rule.high)
        return None
    if isinstance(rule, TextRule):
        if not isinstance(value, str) or not rule.low <= len(value.strip()) <= rule.high:
            text = translate("Library", "the field '{field}' must be a text of {low} to {high} characters")
            return text.format(field=field, low=rule.low, high=rule.high)
        return None
    if not isinstance(value, list) or not rule.low <= len(value) <= rule.high:
        text = translate("Library", "the field '{field}' must be a list of {low} to {high} texts")
        return text.format(field=field, low=rule.low, high=rule.high)
    for item in value:
        if _check(item, rule.item, field) is not None:
            text = translate("Library", "the field '{field}' must hold texts of {low} to {high} characters")
            return text.format(field=field, low=rule.item.low, high=rule.item.high)
        if rule.vocabulary is not None and item not in rule.vocabulary:
            text = translate("Library", "the field '{field}' has '{item}', which is not one of: {allowed}")
            return text.format(field=field, item=item, allowed=", ".join(sorted(rule.vocabulary)))
    return None


# --- the couple's own exercises ---------------------------------------------------------------------------------------

#: (field, label, required) for a custom exercise's texts, in the order of the editor's form. Maxima come from
#: SCHEMA; a couple's own exercise may be simpler than a built-in one, so only what consent and safety need is required.
#: The labels are marked in context "ExerciseFields"; `field_label` translates them.
CUSTOM_TEXTS: tuple[tuple[str, str, bool], ...] = (
    ("summary", QT_TRANSLATE_NOOP("ExerciseFields", "What it is"), True),
    ("needs", QT_TRANSLATE_NOOP("ExerciseFields", "What you need"), False),
    ("steps", QT_TRANSLATE_NOOP("ExerciseFields", "Steps"), True),
    ("agreement", QT_TRANSLATE_NOOP("ExerciseFields", "What each of you agrees to"), True),
    ("ease_out", QT_TRANSLATE_NOOP("ExerciseFields", "Easing out or stopping"), True),
    ("easier", QT_TRANSLATE_NOOP("ExerciseFields", "An easier version"), False),
    ("harder", QT_TRANSLATE_NOOP("ExerciseFields", "A step further, same level"), False),
    ("safety", QT_TRANSLATE_NOOP("ExerciseFields", "Safety"), True),
)
CUSTOM_LINES = ("needs", "steps")
CUSTOM_LIST_MIN = {"needs": 0, "steps": 1}


def field_label(field: str) -> str:
    """The label of a custom exercise's text field (as in CUSTOM_TEXTS) in the interface language; '' if none."""
    label = next((label for name, label, _required in CUSTOM_TEXTS if name == field), "")
    return translate("ExerciseFields", label) if label else ""


def custom_exercise_problems(exercise: Exercise) -> dict[str, str]:
    """What keeps a couple's own exercise from being saved, by field in the order of the form, in kind words.

    The one check: `LibraryService` refuses what it finds, and the editor shows it beside each field.
    """
    found: dict[str, str] = {}
    title = SCHEMA["title"]
    if not title.low <= len(exercise.title.strip()) <= title.high:
        text = translate("ExerciseFields", "Please give it a name of {low} to {high} characters.")
        found["title"] = text.format(low=title.low, high=title.high)
    if exercise.track not in Track:
        found["track"] = translate("ExerciseFields", "Please choose touch or talk.")
    level = SCHEMA["level"]
    if not level.low <= exercise.level <= level.high:
        text = translate("ExerciseFields", "Please choose a level from {low} to {high}.")
        found["level"] = text.format(low=level.low, high=level.high)
    minutes = SCHEMA["minutes"]
    if not minutes.low <= exercise.minutes <= minutes.high:
        text = translate("ExerciseFields", "Please choose from {low} to {high} minutes.")
        found["minutes"] = text.format(low=minutes.low, high=minutes.high)
    for field, label, required in CUSTOM_TEXTS:
        problem = _custom_text_problem(field, translate("ExerciseFields", label), getattr(exercise, field), required)
        if problem:
            found[field] = problem
    for field in ("technique", "tags"):
        rule = SCHEMA[field]
        assert isinstance(rule, ListRule)
        chosen = getattr(exercise, field)
        if len(chosen) > rule.high:
            found[field] = translate("ExerciseFields", "Please choose at most {count}.").format(count=rule.high)
        elif rule.vocabulary is not None and any(item not in rule.vocabulary for item in chosen):
            found[field] = translate("ExerciseFields", "Please choose from the list.")
    return found


def _custom_text_problem(field: str, label: str, value: str | tuple[str, ...], required: bool) -> str | None:
    rule = SCHEMA[field]
    if field in CUSTOM_LINES:
        assert isinstance(rule, ListRule)
        items = tuple(item for item in value if item.strip())
        if len(items) < CUSTOM_LIST_MIN[field]:
            text = translate("ExerciseFields", "Please add at least {count} line under “{label}”.")
            return text.format(count=CUSTOM_LIST_MIN[field], label=label)
        if len(items) > rule.high:
            text = translate("ExerciseFields", "Please keep “{label}” to at most {count} lines.")
            return text.format(label=label, count=rule.high)
        long = next((n for n, item in enumerate(items, start=1) if len(item) > rule.item.high), None)
        if long is not None:
            text = translate("ExerciseFields", "Line {line} is longer than {count} characters; could it be two lines?")
            return text.format(line=long, count=rule.item.high)
        return None
    assert isinstance(value, str) and not isinstance(rule, IntRule)
    text = value.strip()
    if required and not text:
        message = translate("ExerciseFields", "Please fill in “{label}”: it is part of what you both agree to.")
        return message.format(label=label)
    if len(text) > rule.high:
        message = translate("ExerciseFields", "Please keep this under {count} characters (it has {length}).")
        return message.format(count=rule.high, length=len(text))
    return None
