"""The exercise editor: every field round-trips, problems are shown next to their field, Save waits for them."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.core.entities import Exercise, ExerciseSource, Track
from repairplanner.core.library import Library
from repairplanner.ui.library.exercise_editor import ExerciseEditor, blank_exercise
from repairplanner.ui.shared.dialogs import DialogService


@pytest.fixture
def ours(builtin_library: Library) -> Exercise:
    touch = next(e for e in builtin_library.exercises if e.track is Track.TOUCH and e.tags)
    return dataclasses.replace(touch, id="custom-abc", source=ExerciseSource.CUSTOM)


def _editor(qtbot: QtBot, exercise: Exercise, title: str = "Change it") -> ExerciseEditor:
    editor = ExerciseEditor(exercise, title)
    qtbot.addWidget(editor)
    return editor


def _check(editor: ExerciseEditor, names: set[str]) -> None:
    for widget in (editor.technique_list, editor.tags_list):
        for row in range(widget.count()):
            item = widget.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)


def test_every_builtin_exercise_round_trips_unchanged(qtbot: QtBot, builtin_library: Library) -> None:
    for exercise in builtin_library.exercises:
        editor = _editor(qtbot, exercise)
        assert editor.exercise() == exercise
        assert editor.problems() == {}


def test_edited_fields_come_back_trimmed_one_item_per_line(qtbot: QtBot, ours: Exercise) -> None:
    editor = _editor(qtbot, ours)
    editor.title_edit.setText("  Palms   together  ")
    editor.track_combo.setCurrentText("Talk")
    editor.level_spin.setValue(2)
    editor.minutes_spin.setValue(12)
    editor.text_edits["needs"].setPlainText("two chairs\n\n  a timer  \n")
    editor.text_edits["steps"].setPlainText("Sit facing each other.\nPress palms together lightly.\n")
    editor.text_edits["easier"].setPlainText("")
    editor.text_edits["agreement"].setPlainText("  Palms only, clothed.  ")
    _check(editor, {"Sensate focus", "Mindful breathing", "daily"})
    result = editor.exercise()
    assert (result.id, result.source) == ("custom-abc", ExerciseSource.CUSTOM)
    assert (result.title, result.track, result.level, result.minutes) == ("Palms together", Track.TALK, 2, 12)
    assert result.needs == ("two chairs", "a timer")
    assert result.steps == ("Sit facing each other.", "Press palms together lightly.")
    assert (result.easier, result.agreement) == ("", "Palms only, clothed.")
    assert result.technique == ("Mindful breathing", "Sensate focus")
    assert result.tags == ("daily",)
    assert editor.problems() == {}


def test_an_empty_exercise_cannot_be_saved_and_says_what_is_missing(qtbot: QtBot) -> None:
    editor = _editor(qtbot, blank_exercise(Track.TALK, 1), "New exercise")
    editor.show()
    qtbot.waitExposed(editor)
    editor.buttons.button(editor.buttons.StandardButton.Save).click()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert set(editor.problems()) == {"title", "summary", "steps", "agreement", "ease_out", "safety"}
    assert editor.problem_labels["agreement"].isVisible()
    assert "What each of you agrees to" in editor.problem_labels["agreement"].text()
    assert not editor.problem_labels["easier"].isVisible()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.setText("Thanks before sleep")
    assert not editor.problem_labels["title"].isVisible()
    assert editor.title_edit.accessibleDescription() == ""
    assert editor.text_edits["safety"].accessibleDescription().startswith("Please fill in")


def test_a_complete_exercise_is_accepted(qtbot: QtBot, ours: Exercise) -> None:
    editor = _editor(qtbot, blank_exercise(Track.TALK, 1))
    editor.title_edit.setText("Thanks before sleep")
    for field in ("summary", "agreement", "ease_out", "safety"):
        editor.text_edits[field].setPlainText(getattr(ours, field))
    editor.text_edits["steps"].setPlainText("Each of you names one thing you were glad of today.")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.exercise().steps == ("Each of you names one thing you were glad of today.",)


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("steps", "\n".join(f"Step number {n}" for n in range(11)), "at most 10 lines"),
        ("steps", "x" * 601, "Line 1 is longer than 600 characters"),
        ("needs", "\n".join(f"thing {n}" for n in range(7)), "at most 6 lines"),
        ("summary", "y" * 1201, "under 1200 characters (it has 1201)"),
    ],
)
def test_limits_follow_the_library_schema(qtbot: QtBot, ours: Exercise, field: str, text: str, expected: str) -> None:
    editor = _editor(qtbot, ours)
    editor.text_edits[field].setPlainText(text)
    assert expected in editor.problems()[field]


def test_at_most_three_techniques(qtbot: QtBot, ours: Exercise) -> None:
    editor = _editor(qtbot, ours)
    _check(editor, {"Sensate focus", "Mindful breathing", "Graded exposure", "Gottman method"})
    assert editor.problems() == {"technique": "Please choose at most 3."}


def test_the_touch_scope_note_shows_for_touch_only(qtbot: QtBot, ours: Exercise) -> None:
    editor = _editor(qtbot, ours)
    assert editor.scope_note.isVisibleTo(editor)
    assert "non-sexual" in editor.scope_note.text()
    editor.track_combo.setCurrentText("Talk")
    assert not editor.scope_note.isVisibleTo(editor)


def test_every_field_has_an_accessible_name(qtbot: QtBot, ours: Exercise) -> None:
    editor = _editor(qtbot, ours)
    fields = [editor.title_edit, editor.track_combo, editor.level_spin, editor.minutes_spin]
    fields += [*editor.text_edits.values(), editor.technique_list, editor.tags_list]
    assert all(widget.accessibleName() for widget in fields)
    assert editor.text_edits["ease_out"].accessibleName() == "Easing out or stopping"


def test_the_dialog_service_returns_the_edited_exercise_or_none(
    qtbot: QtBot, ours: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    def save_with_new_title(editor: ExerciseEditor) -> int:
        qtbot.addWidget(editor)
        editor.title_edit.setText("Renamed")
        return QDialog.DialogCode.Accepted

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(ExerciseEditor, "exec", save_with_new_title)
    assert DialogService().edit_exercise(parent, ours, "Change it") == dataclasses.replace(ours, title="Renamed")
    monkeypatch.setattr(ExerciseEditor, "exec", lambda editor: QDialog.DialogCode.Rejected)
    assert DialogService().edit_exercise(parent, ours, "Change it") is None


def test_on_a_small_laptop_the_editor_fits_with_its_buttons_in_view(
    qtbot: QtBot, ours: Exercise, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QRect

    class Laptop:
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1280, 680)

    monkeypatch.setattr(ExerciseEditor, "screen", lambda self: Laptop())
    editor = _editor(qtbot, ours)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.height() <= 680 - 40
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    bottom = save.mapTo(editor, save.rect().bottomLeft()).y()
    assert save.isVisible() and bottom <= editor.height()
