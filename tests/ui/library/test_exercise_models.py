"""The exercise table model and its search-and-filter proxy, over the real library."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from repairplanner.core.entities import Exercise, ExerciseSource, Track
from repairplanner.core.library import Library
from repairplanner.ui.library.exercise_filter_model import ExerciseFilterModel, LengthFilter, LevelFilter
from repairplanner.ui.library.exercise_table_model import (
    EXERCISE_MIME,
    EXERCISE_ROLE,
    ExerciseColumn,
    ExerciseTableModel,
)


def _custom(base: Exercise, number: int, **changes: object) -> Exercise:
    return dataclasses.replace(base, id=f"custom-{number:04d}", source=ExerciseSource.CUSTOM, **changes)


@pytest.fixture
def exercises(builtin_library: Library) -> list[Exercise]:
    """The built-in library plus two custom exercises, one of them archived."""
    first = builtin_library.exercises[0]
    return [
        *builtin_library.exercises,
        _custom(first, 1, title="Our walk to the café", summary="A slow walk to the corner café, arm in arm."),
        _custom(first, 2, title="Our archived one", archived=True),
    ]


@pytest.fixture
def model(qapp: object, exercises: list[Exercise]) -> ExerciseTableModel:
    table = ExerciseTableModel()
    table.set_rows(exercises)
    return table


@pytest.fixture
def proxy(model: ExerciseTableModel) -> ExerciseFilterModel:
    return ExerciseFilterModel(model)


def _shown(proxy: ExerciseFilterModel) -> list[Exercise]:
    return [proxy.index(row, 0).data(EXERCISE_ROLE) for row in range(proxy.rowCount())]


def _display(model: ExerciseTableModel, exercise_id: str, column: ExerciseColumn) -> object:
    row = model.row_of(exercise_id)
    assert row is not None
    return model.index(row, column).data()


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.category(c) != "Mn")


def test_the_table_model_passes_the_model_tester(qtmodeltester: ModelTester, model: ExerciseTableModel) -> None:
    qtmodeltester.check(model)
    # The tester stays attached, so it also checks the signals of a level change and a reset.
    model.set_levels({Track.TOUCH: 3, Track.TALK: 2})
    model.set_rows([model.exercise_at(row) for row in range(5)])
    assert model.rowCount() == 5


def test_the_filter_proxy_passes_the_model_tester(qtmodeltester: ModelTester, proxy: ExerciseFilterModel) -> None:
    proxy.set_search("hand")
    proxy.set_track(Track.TOUCH)
    qtmodeltester.check(proxy)
    proxy.set_search("")
    proxy.set_length(LengthFilter.UP_TO_20)
    proxy.sort(ExerciseColumn.MINUTES)
    assert proxy.rowCount() > 0


def test_custom_exercises_are_marked_as_ours(model: ExerciseTableModel) -> None:
    assert _display(model, "custom-0001", ExerciseColumn.TITLE) == "Our walk to the café (ours)"
    assert _display(model, "custom-0002", ExerciseColumn.TITLE) == "Our archived one (ours, archived)"
    builtin = model.exercise_at(0)
    assert _display(model, builtin.id, ExerciseColumn.TITLE) == builtin.title


def test_the_above_level_marker_follows_the_working_levels(
    model: ExerciseTableModel, exercises: list[Exercise]
) -> None:
    talk_three = next(e for e in exercises if e.track is Track.TALK and e.level == 3)
    index = model.index(model.row_of(talk_three.id), ExerciseColumn.LEVEL)
    assert index.data() == "3 ↑"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == (
        "Above your current talk level (1). Levels are a guide; you decide together."
    )
    assert "above your current level" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    model.set_levels({Track.TOUCH: 1, Track.TALK: 3})
    assert index.data() == "3"
    assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert (
        model.index(model.row_of(talk_three.id), ExerciseColumn.LEVEL).data(Qt.ItemDataRole.AccessibleDescriptionRole)
        is None
    )


def test_drag_carries_the_exercise_id(model: ExerciseTableModel, proxy: ExerciseFilterModel) -> None:
    assert model.mimeTypes() == [EXERCISE_MIME]
    proxy.set_search("forearm")
    index = proxy.index(0, ExerciseColumn.MINUTES)
    assert proxy.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    mime = proxy.mimeData([index])
    assert bytes(mime.data(EXERCISE_MIME)).decode() == index.data(EXERCISE_ROLE).id
    archived = model.index(model.row_of("custom-0002"), 0)
    assert not model.flags(archived) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.mimeData([QModelIndex()]) is None


def test_every_word_of_the_search_must_appear(proxy: ExerciseFilterModel, exercises: list[Exercise]) -> None:
    proxy.set_search("hand")
    hand = _shown(proxy)
    proxy.set_search("  Hand   BREATH ")
    both = _shown(proxy)
    assert 0 < len(both) < len(hand)
    assert all("hand" in e.searchable_text() and "breath" in e.searchable_text() for e in both)
    proxy.set_search("hand zzzzqx")
    assert proxy.rowCount() == 0


def test_search_ignores_accents_both_ways(proxy: ExerciseFilterModel) -> None:
    proxy.set_search("cafe corner")
    assert [e.id for e in _shown(proxy)] == ["custom-0001"]
    proxy.set_search("CAFÉ arm")
    assert [e.id for e in _shown(proxy)] == ["custom-0001"]


def test_track_level_and_length_filters(proxy: ExerciseFilterModel, model: ExerciseTableModel) -> None:
    everything = proxy.rowCount()
    proxy.set_track(Track.TOUCH)
    assert 0 < proxy.rowCount() < everything and {e.track for e in _shown(proxy)} == {Track.TOUCH}
    proxy.set_track(None)
    proxy.set_level(LevelFilter.ONE, 3)
    assert proxy.rowCount() and {e.level for e in _shown(proxy)} == {3}
    model.set_levels({Track.TOUCH: 2, Track.TALK: 4})
    proxy.set_level(LevelFilter.UP_TO_OURS)
    shown = _shown(proxy)
    assert {e.level for e in shown if e.track is Track.TOUCH} == {1, 2}
    assert {e.level for e in shown if e.track is Track.TALK} == {1, 2, 3, 4}
    model.set_levels({Track.TOUCH: 1, Track.TALK: 1})
    proxy.levels_changed()
    assert {e.level for e in _shown(proxy)} == {1}
    proxy.set_level(LevelFilter.ALL)
    for length, check in (
        (LengthFilter.UP_TO_10, lambda m: m <= 10),
        (LengthFilter.UP_TO_20, lambda m: m <= 20),
        (LengthFilter.UP_TO_30, lambda m: m <= 30),
        (LengthFilter.LONGER, lambda m: m > 30),
    ):
        proxy.set_length(length)
        minutes = [e.minutes for e in _shown(proxy)]
        assert minutes and all(check(m) for m in minutes), length
    proxy.set_length(LengthFilter.ANY)
    assert proxy.rowCount() == everything


def test_filters_combine(proxy: ExerciseFilterModel, exercises: list[Exercise]) -> None:
    proxy.set_search("talk")
    proxy.set_track(Track.TALK)
    proxy.set_level(LevelFilter.ONE, 2)
    proxy.set_length(LengthFilter.UP_TO_20)
    expected = {
        e.id
        for e in exercises
        if not e.archived
        and "talk" in e.searchable_text()
        and e.track is Track.TALK
        and e.level == 2
        and e.minutes <= 20
    }
    assert expected and {e.id for e in _shown(proxy)} == expected
    assert proxy.is_filtered()


def test_archived_custom_exercises_show_only_when_asked(proxy: ExerciseFilterModel, exercises: list[Exercise]) -> None:
    listed = len([e for e in exercises if not e.archived])
    assert proxy.rowCount() == proxy.total_count() == listed
    proxy.set_show_archived(True)
    assert "custom-0002" in {e.id for e in _shown(proxy)}
    assert proxy.total_count() == listed + 1
    assert not proxy.is_filtered()


def test_archived_builtins_never_come_back(qapp: object, builtin_library: Library) -> None:
    gone = dataclasses.replace(builtin_library.exercises[0], archived=True)
    model = ExerciseTableModel()
    model.set_rows([gone, *builtin_library.exercises[1:]])
    proxy = ExerciseFilterModel(model)
    proxy.set_show_archived(True)
    assert gone.id not in {e.id for e in _shown(proxy)}


def test_sorting_by_a_column_orders_the_rows(proxy: ExerciseFilterModel) -> None:
    proxy.sort(ExerciseColumn.MINUTES, Qt.SortOrder.AscendingOrder)
    minutes = [e.minutes for e in _shown(proxy)]
    assert minutes == sorted(minutes)
    proxy.sort(ExerciseColumn.TITLE, Qt.SortOrder.DescendingOrder)
    titles = [e.title.casefold() for e in _shown(proxy)]
    assert titles == sorted(titles, reverse=True)


def test_every_word_must_match_over_the_real_library(qapp: object, builtin_library: Library) -> None:
    exercises = list(builtin_library.exercises)
    model = ExerciseTableModel()
    model.set_rows(exercises)
    proxy = ExerciseFilterModel(model)
    vocabulary = sorted({w for e in exercises for w in re.findall(r"\w+", e.searchable_text())})
    word = st.sampled_from(vocabulary)
    fragment = st.tuples(word, st.integers(0, 4), st.integers(1, 6)).map(lambda t: t[0][t[1] : t[1] + t[2]] or t[0])
    noise = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=3)
    shout = st.booleans()
    query_words = st.lists(st.tuples(st.one_of(word, fragment, noise), shout), max_size=4)

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(query_words, st.sampled_from([" ", "  ", "\t", " \n "]))
    def check(words: list[tuple[str, bool]], gap: str) -> None:
        typed = [w.upper() if loud else w for w, loud in words]
        proxy.set_search(gap.join(typed))
        shown = {e.id for e in _shown(proxy)}
        wanted = {e.id for e in exercises if all(_unaccented(w) in _unaccented(e.searchable_text()) for w in typed)}
        assert shown == wanted

    check()
