"""Built-in content in another language: overlay files that change the words and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.content_overlay import parse_overlay
from repairplanner.core.errors import LibraryError
from repairplanner.core.library import TRANSLATABLE, parse_library
from repairplanner.core.library_files import read_library_files
from repairplanner.paths import resources_dir

EXERCISES = resources_dir() / "exercises"
GUIDE = resources_dir() / "guide"
NIE_LISTE = (
    "Nie Teil einer Übung: Genitalien, Brüste und Brustkorb, Gesäß, Innenseiten der Oberschenkel, Unterbauch, "
    "der Mund; kein Küssen."
)


def _overlay(entries: str) -> bytes:
    return entries.encode()


def test_an_overlay_changes_the_words_and_nothing_else(tmp_path: Path) -> None:
    english = parse_library(read_library_files(EXERCISES))
    first = english.exercises[0]
    (tmp_path / "de").mkdir()
    for file in EXERCISES.glob("*.toml"):
        (tmp_path / file.name).write_bytes(file.read_bytes())
    (tmp_path / "de" / "zz.toml").write_text(
        f'[[exercise]]\nid = "{first.id}"\ntitle = "Ein Titel"\nsummary = "Eine Zusammenfassung, lang genug."\n'
    )
    german = parse_library(read_library_files(tmp_path, "de"))
    changed = next(e for e in german.exercises if e.id == first.id)
    assert (changed.title, changed.summary) == ("Ein Titel", "Eine Zusammenfassung, lang genug.")
    assert (changed.track, changed.level, changed.minutes, changed.steps, changed.tags) == (
        first.track,
        first.level,
        first.minutes,
        first.steps,
        first.tags,
    )
    assert german.digest != english.digest  # so the stored copy is brought up to date in the new language
    assert parse_library(read_library_files(tmp_path)).digest == english.digest


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('id = "touch-1-side-by-side"\nlevel = 3', "may not change"),
        ('id = "touch-1-side-by-side"\nsteps = ["nur einer"]', "items"),
        ('id = "touch-9-nothing"\ntitle = "Nichts"', "cannot translate"),
        ('title = "Ohne Kennung"', "id"),
    ],
)
def test_a_malformed_translation_is_refused_by_name(tmp_path: Path, entry: str, problem: str) -> None:
    for file in EXERCISES.glob("*.toml"):
        (tmp_path / file.name).write_bytes(file.read_bytes())
    (tmp_path / "de").mkdir()
    (tmp_path / "de" / "touch.toml").write_text(f"[[exercise]]\n{entry}\n")
    with pytest.raises(LibraryError, match=problem) as caught:
        parse_library(read_library_files(tmp_path, "de"))
    assert "de/touch.toml" in caught.value.message or "touch-1-side-by-side" in caught.value.message


@given(st.binary(max_size=300))
def test_junk_in_a_translation_file_is_a_library_error_or_nothing(data: bytes) -> None:
    try:
        parse_overlay("de/x.toml", data, "exercise", TRANSLATABLE)
    except LibraryError as error:
        assert "de/x.toml" in error.message
