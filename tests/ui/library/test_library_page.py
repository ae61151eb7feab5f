"""The library page: search as you type, filters, the details pane, and the couple's own exercises."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QLineEdit, QPushButton, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import Couple, CoupleSetup, PartnerDraft
from repairplanner.core.entities import Exercise, Track
from repairplanner.core.library import Library
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.ui.library.exercise_table_model import EXERCISE_MIME, EXERCISE_ROLE, ExerciseColumn
from repairplanner.ui.library.library_page import BUILTIN_READ_ONLY, LibraryPage
from repairplanner.ui.shared.events import AppEvents
from tests.helpers import FakeDialogs


@pytest.fixture
def library(sessions: sessionmaker[Session], builtin_library: Library, clock: FixedClock) -> LibraryService:
    service = LibraryService(sessions, clock=clock)
    service.sync_builtins(builtin_library)
    return service


@pytest.fixture
def couple(sessions: sessionmaker[Session]) -> Couple:
    return CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def page(qtbot: QtBot, events: AppEvents, dialogs: FakeDialogs, library: LibraryService, couple: Couple) -> LibraryPage:
    widget = LibraryPage(events, dialogs)
    qtbot.addWidget(widget)
    widget.attach(library, couple)
    return widget


@pytest.fixture
def shown_page(qtbot: QtBot, page: LibraryPage) -> LibraryPage:
    page.resize(1100, 700)
    page.show()
    qtbot.waitActive(page)
    return page


def _rows(page: LibraryPage) -> list[Exercise]:
    return [page.proxy.index(row, 0).data(EXERCISE_ROLE) for row in range(page.proxy.rowCount())]


def _select(page: LibraryPage, predicate: object) -> Exercise:
    exercise = next(e for e in _rows(page) if predicate(e))  # type: ignore[operator]
    assert page.select(exercise.id)
    return exercise


def _our_exercise(library: LibraryService, builtin: Exercise, title: str = "Our Sunday walk") -> Exercise:
    return library.create_custom(dataclasses.replace(builtin, title=title))


def test_every_exercise_is_listed_and_the_first_is_shown_in_full(page: LibraryPage, builtin_library: Library) -> None:
    total = len(builtin_library.exercises)
    assert page.proxy.rowCount() == total
    assert page.count_label.text() == f"{total} exercises"
    exercise = page.selected_exercise()
    assert exercise is not None
    text = page.details.toPlainText()
    for part in (exercise.title, exercise.steps[-1], exercise.agreement, exercise.safety, "Comes with RepairPlanner"):
        assert part in text


def test_search_narrows_the_list_as_you_type(qtbot: QtBot, shown_page: LibraryPage) -> None:
    page = shown_page
    total = page.proxy.rowCount()
    counts = []
    for letter in "hand":
        qtbot.keyClicks(page.search_edit, letter)
        counts.append(page.proxy.rowCount())
    assert counts == sorted(counts, reverse=True) and 0 < counts[-1] < total
    assert all("hand" in e.searchable_text() for e in _rows(page))
    assert page.count_label.text() == f"{counts[-1]} of {total} exercises"
    qtbot.waitUntil(lambda: not page.search_pending())  # the order by relevance follows a pause in typing
    selected = page.selected_exercise()
    assert "hand" in selected.searchable_text()
    # The details pane follows once typing pauses.
    qtbot.waitUntil(lambda: selected.steps[0] in page.details.toPlainText())
    qtbot.keyClicks(page.search_edit, " breath")
    assert all("hand" in e.searchable_text() and "breath" in e.searchable_text() for e in _rows(page))
    assert page.proxy.rowCount() < counts[-1]


def test_escape_clears_the_search_and_ctrl_f_comes_back_to_it(qtbot: QtBot, shown_page: LibraryPage) -> None:
    page = shown_page
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.search_edit, "forearm")
    assert page.proxy.rowCount() < total
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert page.search_edit.text() == "" and page.proxy.rowCount() == total
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search_edit.hasFocus)


def test_filters_by_track_level_and_length_and_together(page: LibraryPage) -> None:
    total = page.proxy.rowCount()
    page.track_combo.setCurrentText("Touch")
    assert {e.track for e in _rows(page)} == {Track.TOUCH}
    page.level_combo.setCurrentText("Level 2")
    assert {(e.track, e.level) for e in _rows(page)} == {(Track.TOUCH, 2)}
    page.length_combo.setCurrentText("Up to 10 minutes")
    combined = _rows(page)
    assert combined and all(e.minutes <= 10 for e in combined)
    assert page.count_label.text() == f"{len(combined)} of {total} exercises"
    page.track_combo.setCurrentText("Both tracks")
    page.level_combo.setCurrentText("All levels")
    page.length_combo.setCurrentText("Over 30 minutes")
    assert _rows(page) and all(e.minutes > 30 for e in _rows(page))
    page.clear_button.click()
    assert page.proxy.rowCount() == total and not page.clear_button.isEnabled()


def test_up_to_our_level_follows_the_couple(page: LibraryPage, couple: Couple) -> None:
    page.level_combo.setCurrentText("Up to our level")
    assert {e.level for e in _rows(page)} == {1}
    page.set_couple(dataclasses.replace(couple, levels={Track.TOUCH: 3, Track.TALK: 2}))
    assert {e.level for e in _rows(page) if e.track is Track.TOUCH} == {1, 2, 3}
    assert {e.level for e in _rows(page) if e.track is Track.TALK} == {1, 2}


def test_the_above_level_mark_follows_the_couple(page: LibraryPage, couple: Couple) -> None:
    touch_three = _select(page, lambda e: e.track is Track.TOUCH and e.level == 3)
    proxy_row = page.table.currentIndex().row()
    level = page.proxy.index(proxy_row, ExerciseColumn.LEVEL)
    assert level.data() == "3 ↑"
    assert level.data(Qt.ItemDataRole.ToolTipRole).startswith("Above your current touch level (1).")
    assert "Above your current touch level (1)" in page.details.toPlainText()
    page.set_couple(dataclasses.replace(couple, levels={Track.TOUCH: 3, Track.TALK: 1}))
    assert page.selected_exercise() == touch_three
    assert page.proxy.index(proxy_row, ExerciseColumn.LEVEL).data() == "3"
    assert "Above your current" not in page.details.toPlainText()


def test_nothing_matching_says_so_and_offers_no_actions(qtbot: QtBot, page: LibraryPage) -> None:
    qtbot.keyClicks(page.search_edit, "zzzqqq")
    assert page.proxy.rowCount() == 0
    assert page.count_label.text().startswith("0 of ")
    assert page.selected_exercise() is None
    assert "Nothing matches" in page.details.placeholderText()
    assert not page.add_action.isEnabled() and not page.duplicate_action.isEnabled()
    assert page.new_action.isEnabled()


def test_a_new_exercise_is_stored_listed_and_selected(
    qtbot: QtBot, page: LibraryPage, dialogs: FakeDialogs, library: LibraryService, events: AppEvents
) -> None:
    page.track_combo.setCurrentText("Touch")
    page.search_edit.setText("no such words here")

    def written(blank: Exercise, title: str) -> Exercise:
        assert (blank.id, blank.title, blank.track, title) == ("", "", Track.TOUCH, "New exercise")
        touch = next(e for e in library.list_exercises() if e.track is Track.TOUCH)
        return dataclasses.replace(touch, id="", title="Palms together, slowly")

    dialogs.script("edit_exercise", written)
    with qtbot.waitSignal(events.library_changed):
        page.new_action.trigger()
    stored = [e for e in library.list_exercises() if not e.is_builtin]
    assert [e.title for e in stored] == ["Palms together, slowly"]
    assert page.selected_exercise() == stored[0]
    assert page.search_edit.text() == ""
    assert "Your own exercise" in page.details.toPlainText()
    row = page.table.currentIndex().row()
    assert page.proxy.index(row, ExerciseColumn.TITLE).data() == "Palms together, slowly (ours)"


def test_cancelling_the_new_exercise_stores_nothing(
    page: LibraryPage, dialogs: FakeDialogs, library: LibraryService
) -> None:
    page.new_action.trigger()
    assert dialogs.calls[-1][0] == "edit_exercise"
    assert all(e.is_builtin for e in library.list_exercises(include_archived=True))


def test_ctrl_d_duplicates_a_builtin_into_our_own(
    qtbot: QtBot, shown_page: LibraryPage, library: LibraryService
) -> None:
    original = _select(shown_page, lambda e: e.track is Track.TALK and e.level == 2)
    shown_page.table.setFocus()
    qtbot.waitUntil(shown_page.table.hasFocus)
    qtbot.keyClick(shown_page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = [e for e in library.list_exercises() if not e.is_builtin]
    assert [c.title for c in copies] == [f"{original.title} (our version)"]
    assert shown_page.selected_exercise() == copies[0]
    assert library.get(original.id) == original


def test_our_own_exercise_can_be_edited(
    page: LibraryPage, dialogs: FakeDialogs, library: LibraryService, events: AppEvents
) -> None:
    ours = _our_exercise(library, library.list_exercises()[0])
    events.library_changed.emit()
    assert page.select(ours.id)
    assert page.edit_action.isEnabled()
    dialogs.script("edit_exercise", lambda exercise, _title: dataclasses.replace(exercise, minutes=12, level=2))
    page.edit_action.trigger()
    assert dialogs.calls[-1][1][1] == "Change “Our Sunday walk”"
    stored = library.get(ours.id)
    assert (stored.minutes, stored.level) == (12, 2)
    assert page.selected_exercise() == stored


def test_a_builtin_cannot_be_edited(page: LibraryPage, dialogs: FakeDialogs, library: LibraryService) -> None:
    builtin = page.selected_exercise()
    assert builtin is not None and builtin.is_builtin
    assert not page.edit_action.isEnabled()
    assert page.edit_action.toolTip() == BUILTIN_READ_ONLY
    page.edit_action.trigger()
    assert dialogs.calls == []
    # Even if the action were reachable, the service refuses and the couple is told why.
    page.edit_action.setEnabled(True)
    dialogs.script("edit_exercise", lambda exercise, _title: dataclasses.replace(exercise, title="Changed"))
    page.edit_action.trigger()
    kind, _title, message = dialogs.shown[-1]
    assert kind == "warn" and "duplicate it to make your own" in message
    assert library.get(builtin.id) == builtin


def test_archive_asks_first_then_restore_brings_it_back(
    page: LibraryPage, dialogs: FakeDialogs, library: LibraryService, events: AppEvents
) -> None:
    ours = _our_exercise(library, library.list_exercises()[0])
    events.library_changed.emit()
    total = page.proxy.rowCount()
    page.select(ours.id)
    assert page.archive_action.isEnabled() and not page.restore_action.isEnabled()
    dialogs.script("confirm", False)
    page.archive_action.trigger()
    assert not library.get(ours.id).archived
    dialogs.script("confirm", True)
    page.archive_action.trigger()
    assert library.get(ours.id).archived
    assert ours.id not in {e.id for e in _rows(page)} and page.proxy.rowCount() == total - 1
    assert page.selected_exercise() is not None
    page.archived_check.setChecked(True)
    assert page.select(ours.id)
    assert "Archived" in page.details.toPlainText()
    assert page.restore_action.isEnabled() and not page.add_action.isEnabled()
    assert page.archive_button.defaultAction() is page.restore_action
    page.restore_action.trigger()
    assert not library.get(ours.id).archived
    assert page.selected_exercise().id == ours.id


def test_builtins_cannot_be_archived(page: LibraryPage) -> None:
    assert page.selected_exercise().is_builtin
    assert not page.archive_action.isEnabled() and not page.restore_action.isEnabled()


def test_ctrl_return_asks_to_add_the_selected_exercise_to_the_week(qtbot: QtBot, shown_page: LibraryPage) -> None:
    exercise = _select(shown_page, lambda e: e.level == 2)
    shown_page.table.setFocus()
    qtbot.waitUntil(shown_page.table.hasFocus)
    with qtbot.waitSignal(shown_page.add_to_week_requested) as signal:
        qtbot.keyClick(shown_page.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert signal.args == [exercise.id]


def test_the_table_drags_the_exercise_id(page: LibraryPage) -> None:
    assert page.table.dragEnabled()
    assert page.table.dragDropMode() == QAbstractItemView.DragDropMode.DragOnly
    exercise = _select(page, lambda e: e.track is Track.TALK)
    mime = page.proxy.mimeData([page.table.currentIndex()])
    assert bytes(mime.data(EXERCISE_MIME)).decode("utf-8") == exercise.id


def test_actions_are_offered_in_the_menu_and_on_the_table(page: LibraryPage) -> None:
    actions = page.menu_actions()
    texts = [a.text().replace("&", "") if a else None for a in actions]
    assert texts[:3] == ["Add to week…", None, "New exercise…"]
    assert {"Duplicate", "Edit…", "Archive", "Restore"} <= set(texts)
    context = [a.text().replace("&", "") for a in page.table.actions() if not a.isSeparator()]
    assert context == [t for t in texts if t]


def test_the_page_fits_beside_the_page_list_in_a_narrow_window(page: LibraryPage) -> None:
    assert page.minimumSizeHint().width() <= 520


def test_every_control_has_an_accessible_name(page: LibraryPage) -> None:
    for kind in (QLineEdit, QComboBox, QCheckBox, QPushButton, QToolButton):
        for widget in page.findChildren(kind):
            if widget.isVisibleTo(page) and widget.parent() is not page.search_edit:
                assert widget.accessibleName(), widget
    assert page.table.accessibleName() == "Exercises"
    assert page.details.accessibleName() == "Exercise details"


def test_a_search_orders_matches_by_relevance_and_selects_the_best(qtbot: QtBot, shown_page: LibraryPage) -> None:
    page = shown_page
    before = _rows(page)
    qtbot.keyClicks(page.search_edit, "hug")
    qtbot.waitUntil(lambda: not page.search_pending())  # the order by relevance follows a pause in typing
    rows = _rows(page)
    in_title = ["hug" in e.title.casefold() for e in rows]
    assert any(in_title) and not all(in_title)
    # Every exercise with the word in its title comes before any that only mentions it elsewhere.
    assert in_title == sorted(in_title, reverse=True)
    assert page.selected_exercise() == rows[0]
    # Clearing the search gives the table's own order back.
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)
    assert _rows(page) == before


def test_down_from_the_search_box_moves_into_the_results(qtbot: QtBot, shown_page: LibraryPage) -> None:
    page = shown_page
    page.search_edit.setFocus()
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, "forearm")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # at once, before typing pauses: the best match all the same
    qtbot.waitUntil(page.table.hasFocus)
    best = _rows(page)[0]
    assert page.selected_exercise() == best and "forearm" in best.title.casefold()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_exercise() in (best, *_rows(page)[1:2])


def test_an_asked_for_talk_reads_as_an_invitation_the_right_partner_can_take_up(
    qtbot: QtBot, page: LibraryPage
) -> None:
    from repairplanner.ui.library.exercise_details import ASKED_FOR_INVITATION

    asked = _select(page, lambda e: e.is_asked_for)
    qtbot.waitUntil(lambda: asked.title in page.details.toPlainText())
    assert " ".join(ASKED_FOR_INVITATION.split()) in " ".join(page.details.toPlainText().split())
    plain = _select(page, lambda e: not e.is_asked_for and not e.is_solo)
    qtbot.waitUntil(lambda: plain.title in page.details.toPlainText())
    assert "An invitation, never a task" not in page.details.toPlainText()
