"""The library page: search and filter every exercise, read all of one, and write your own."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.entities import MIN_LEVEL, Exercise, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.library.exercise_details import exercise_html
from repairplanner.ui.library.exercise_editor import blank_exercise
from repairplanner.ui.library.exercise_filter_model import ExerciseFilterModel
from repairplanner.ui.library.exercise_table_model import EXERCISE_ROLE, ExerciseColumn, ExerciseTableModel
from repairplanner.ui.library.exercise_table_view import NARROW_COLUMNS, exercise_table
from repairplanner.ui.library.library_filters import build_filters
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.events import AppEvents

if TYPE_CHECKING:
    from repairplanner.core.couple import Couple
    from repairplanner.services.library import LibraryService

#: While the couple types, the details pane follows once they pause; the list itself follows every key.
DETAILS_DELAY_MS = 150
BUILTIN_READ_ONLY = QT_TRANSLATE_NOOP(
    "LibraryPage", "Built-in exercises can't be changed; duplicate one to make your own"
)


class LibraryPage(QWidget):
    """Browse, search and filter the exercises; the details pane shows everything the couple agrees to."""

    add_to_week_requested = Signal(str)

    def __init__(self, events: AppEvents, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._library: LibraryService | None = None
        self._shown: tuple[Exercise, int] | None = None
        self._typing = False
        self._build_ui()
        self._connect_signals()
        self._update_actions()

    def _build_ui(self) -> None:
        self.model = ExerciseTableModel(self)
        self.proxy = ExerciseFilterModel(self.model, self)
        filters = self._build_filters()
        self._build_actions()
        buttons = QHBoxLayout()
        for action in (self.add_action, self.new_action, self.duplicate_action, self.edit_action):
            buttons.addWidget(self._button(action))
        # One button for both, showing whichever fits the selection, so the page fits a narrow window.
        self.archive_button = self._button(self.archive_action)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archived_check)
        self.table = self._build_table()
        self.setFocusProxy(self.table)  # switching to the page puts the keyboard in the list
        table_pane = QWidget()
        table_column = QVBoxLayout(table_pane)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.addWidget(self.table, 1)
        table_column.addWidget(self.count_label)

        self.details = QTextBrowser()
        self.details.setAccessibleName(translate("LibraryPage", "Exercise details"))
        self.details.setOpenLinks(False)
        self.details.setPlaceholderText(translate("LibraryPage", "Loading the exercise library…"))
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(DETAILS_DELAY_MS)
        # While typing, each key only narrows the list; the order by relevance and the best match follow once
        # typing pauses (reordering and reselecting made every key miss the frame).
        self._order_timer = QTimer(self)
        self._order_timer.setSingleShot(True)
        self._order_timer.setInterval(DETAILS_DELAY_MS)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table_pane)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def _build_filters(self) -> QHBoxLayout:
        built = build_filters()
        self.search_edit = built.search_edit
        self.track_combo = built.track_combo
        self.level_combo = built.level_combo
        self.length_combo = built.length_combo
        self.archived_check = built.archived_check
        self.clear_button = built.clear_button
        self.count_label = built.count_label
        return built.row

    def _build_table(self) -> QTableView:
        return exercise_table(self.proxy, [action or self._separator() for action in self.menu_actions()])

    def _build_actions(self) -> None:
        def action(text: str, *shortcuts: QKeySequence | QKeySequence.StandardKey) -> QAction:
            made = QAction(text, self)
            made.setShortcuts([QKeySequence(s) for s in shortcuts])
            # Only while the library has focus, so other pages may use the same keys for their own things.
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(made)
            return made

        self.find_action = action(translate("LibraryPage", "&Search exercises"), QKeySequence.StandardKey.Find)
        self.add_action = action(
            translate("LibraryPage", "&Add to week…"), QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")
        )
        self.new_action = action(translate("LibraryPage", "&New exercise…"), QKeySequence.StandardKey.New)
        self.duplicate_action = action(translate("LibraryPage", "&Duplicate"), QKeySequence("Ctrl+D"))
        self.edit_action = action(translate("LibraryPage", "&Edit…"))
        self.archive_action = action(translate("LibraryPage", "A&rchive"), QKeySequence.StandardKey.Delete)
        self.restore_action = action(translate("LibraryPage", "Res&tore"))
        self.clear_search_action = QAction(translate("LibraryPage", "Clear search"), self.search_edit)
        self.clear_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_edit.addAction(self.clear_search_action)
        # Down (or Page Down) from the search box moves into the results, onto the selected (best) match.
        self.into_results_action = QAction(translate("LibraryPage", "Go to the results"), self.search_edit)
        self.into_results_action.setShortcuts([QKeySequence(Qt.Key.Key_Down), QKeySequence(Qt.Key.Key_PageDown)])
        self.into_results_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_edit.addAction(self.into_results_action)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        return button

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def _connect_signals(self) -> None:
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self._events.library_changed.connect(self.refresh)
        self._details_timer.timeout.connect(self._show_details)
        self._order_timer.timeout.connect(self.settle_search)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.track_combo.currentIndexChanged.connect(self._on_track_combo_current_index_changed)
        self.level_combo.currentIndexChanged.connect(self._on_level_combo_current_index_changed)
        self.length_combo.currentIndexChanged.connect(self._on_length_combo_current_index_changed)
        self.archived_check.toggled.connect(self._on_archived_check_toggled)
        self.clear_button.clicked.connect(self.clear_filters)
        self.clear_search_action.triggered.connect(self.search_edit.clear)
        self.into_results_action.triggered.connect(self._on_search_edit_return_pressed)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.duplicate_action.triggered.connect(self._on_duplicate_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.archive_action.triggered.connect(self._on_archive_action_triggered)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)

    def attach(self, library: LibraryService, couple: Couple | None) -> None:
        """Start showing the library from `library`, marking levels above `couple`'s."""
        self._library = library
        self.model.set_levels(couple.levels if couple else dict.fromkeys(Track, MIN_LEVEL))
        self.refresh()

    def set_couple(self, couple: Couple | None) -> None:
        """Follow the couple's working levels (after setup or a level change)."""
        self.model.set_levels(couple.levels if couple else dict.fromkeys(Track, MIN_LEVEL))
        self.table.resizeColumnToContents(ExerciseColumn.LEVEL)
        self.proxy.levels_changed()
        self._after_filter()

    def refresh(self) -> None:
        """Reload the exercises, keeping the selected one selected."""
        if self._library is None:
            return
        selected = self.selected_exercise()
        self.model.set_rows(self._library.list_exercises(include_archived=True))
        for column in NARROW_COLUMNS:
            self.table.resizeColumnToContents(column)
        self.details.setPlaceholderText(translate("LibraryPage", "Choose an exercise to read all of it here."))
        self.select(selected.id if selected else None)
        self._after_filter()

    def selected_exercise(self) -> Exercise | None:
        """The exercise selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(EXERCISE_ROLE) if rows else None

    def select(self, exercise_id: str | None) -> bool:
        """Select the exercise with `exercise_id` (or the first row with None); False if it is not shown."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, ExerciseColumn.TITLE)
            if exercise_id is None or index.data(EXERCISE_ROLE).id == exercise_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return True
        return False

    def menu_actions(self) -> list[QAction | None]:
        """The actions for the main window's Library menu, None where a separator goes."""
        return [
            self.add_action,
            None,
            self.new_action,
            self.duplicate_action,
            self.edit_action,
            None,
            self.archive_action,
            self.restore_action,
            None,
            self.find_action,
        ]

    def clear_filters(self) -> None:
        """Show every exercise again: no search words, no filters."""
        for combo in (self.track_combo, self.level_combo, self.length_combo):
            combo.setCurrentIndex(0)
        self.search_edit.clear()

    def _after_filter(self) -> None:
        """Keep a visible exercise selected, and the count and actions true to what is shown."""
        if self.selected_exercise() is None and self.proxy.rowCount():
            self.select(None)
        shown, total = self.proxy.rowCount(), self.proxy.total_count()
        self.count_label.setText(self._count_text(shown, total))
        self.clear_button.setEnabled(self.proxy.is_filtered())
        if not shown and self._library is not None:
            self.details.setPlaceholderText(
                translate("LibraryPage", "Nothing matches. Try fewer words, or Clear to see every exercise.")
            )
        self._selection_moved()

    def _count_text(self, shown: int, total: int) -> str:
        """How many exercises the list shows (of how many, while filtered): a singular and a plural sentence, one and
        other as in English and German (see ui/exports/print_actions.py on why not a `%n` numerus message)."""
        if self.proxy.is_filtered():
            if total == 1:
                return translate("LibraryPage", "{shown} of {count} exercise").format(shown=shown, count=total)
            return translate("LibraryPage", "{shown} of {count} exercises").format(shown=shown, count=total)
        if total == 1:
            return translate("LibraryPage", "{count} exercise").format(count=total)
        return translate("LibraryPage", "{count} exercises").format(count=total)

    def _selection_moved(self) -> None:
        self._update_actions()
        # Laying out a long exercise takes most of a frame, so while typing it waits for a pause.
        if self._typing:
            self._details_timer.start()
        else:
            self._show_details()

    def _show_details(self) -> None:
        self._details_timer.stop()
        exercise = self.selected_exercise()
        key = (exercise, self.model.level_for(exercise.track)) if exercise else None
        if key != self._shown:
            self._shown = key
            self.details.setHtml(exercise_html(*key) if key else "")

    def _chosen_track(self) -> Track | None:
        # Kept as the plain value: a str-based enum comes back from QVariant as a bare string.
        value = self.track_combo.currentData()
        return Track(value) if value else None

    def _update_actions(self) -> None:
        exercise = self.selected_exercise()
        attached = self._library is not None
        custom = exercise is not None and not exercise.is_builtin
        self.new_action.setEnabled(attached)
        self.add_action.setEnabled(exercise is not None and not exercise.archived)
        self.duplicate_action.setEnabled(exercise is not None)
        self.edit_action.setEnabled(custom)
        self.edit_action.setToolTip(
            translate("LibraryPage", BUILTIN_READ_ONLY)
            if exercise and exercise.is_builtin
            else translate("LibraryPage", "Change this exercise")
        )
        self.archive_action.setEnabled(exercise is not None and custom and not exercise.archived)
        self.restore_action.setEnabled(exercise is not None and custom and exercise.archived)
        shown = self.restore_action if exercise is not None and exercise.archived else self.archive_action
        if self.archive_button.defaultAction() is not shown:
            self.archive_button.setDefaultAction(shown)
            self.archive_button.setAccessibleName(shown.text().replace("&", ""))

    def _set_archived(self, exercise: Exercise, archived: bool) -> str | None:
        assert self._library is not None
        self._library.set_archived([exercise.id], archived)
        # An archived exercise leaves the list unless archived ones are shown; then keep the place instead.
        return exercise.id if self.archived_check.isChecked() or not archived else None

    def _write_exercise(self, exercise: Exercise, title: str, save: Callable[[Exercise], Exercise]) -> None:
        """Edit and save a custom exercise; a failed save (a full disk, say) opens the editor again with every word
        that was typed, to try again or cancel."""
        saved_id: str | None = None
        while saved_id is None:
            edited = self._dialogs.edit_exercise(self, exercise, title)
            if edited is None:
                return
            try:
                saved_id = save(edited).id
            except UserFacingError as exc:
                self._dialogs.warn(self, translate("LibraryPage", "Couldn't save the exercise"), exc.message)
                exercise = edited
        chosen = saved_id
        self._run(translate("LibraryPage", "Couldn't save the exercise"), lambda: chosen)

    def _run(self, title: str, change: Callable[[], str | None]) -> None:
        """Run a library change, then refresh and select its exercise (or keep the place); warn if it fails."""
        row = self.table.currentIndex().row()
        try:
            exercise_id = change()
        except UserFacingError as exc:
            self._dialogs.warn(self, title, exc.message)
            return
        self._events.library_changed.emit()
        if exercise_id is None:
            self.table.selectRow(min(max(row, 0), self.proxy.rowCount() - 1))
        elif not self.select(exercise_id):
            self.clear_filters()
            self.select(exercise_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._selection_moved()

    def _on_search_edit_text_changed(self, text: str) -> None:
        self._typing = True
        try:
            self.proxy.set_search(text, order=False)
            self._after_filter()
        finally:
            self._typing = False
        if text.strip():
            self._order_timer.start()
        else:
            self._order_timer.stop()

    def search_pending(self) -> bool:
        """Whether typing has not paused yet: the matches are not yet in order of relevance."""
        return self._order_timer.isActive()

    def settle_search(self) -> None:
        """Once typing pauses (or Enter or Down asks for the results): the matches in order of relevance, the best
        one selected."""
        self._order_timer.stop()
        if not self.search_edit.text().strip():
            return
        self.proxy.order_by_relevance()
        self.select(None)  # the best match, which relevance puts first
        self._after_filter()

    def _on_search_edit_return_pressed(self) -> None:
        if self._order_timer.isActive():
            self.settle_search()
        if self.selected_exercise() is None:
            self.select(None)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_track_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_track(self._chosen_track())
        self._after_filter()

    def _on_level_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_level(*self.level_combo.currentData())
        self._after_filter()

    def _on_length_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_length(self.length_combo.currentData())
        self._after_filter()

    def _on_archived_check_toggled(self, checked: bool) -> None:
        self.proxy.set_show_archived(checked)
        self._after_filter()

    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_add_action_triggered(self) -> None:
        if self._order_timer.isActive():
            self.settle_search()  # "Add to week…" right after typing takes the best match, as Enter does
        exercise = self.selected_exercise()
        if exercise is not None and not exercise.archived:
            self.add_to_week_requested.emit(exercise.id)

    def _on_new_action_triggered(self) -> None:
        track = self._chosen_track() or Track.TALK
        level = self.model.level_for(track)
        if self._library is not None:
            title = translate("LibraryPage", "New exercise")
            self._write_exercise(blank_exercise(track, level), title, self._library.create_custom)

    def _on_duplicate_action_triggered(self) -> None:
        exercise = self.selected_exercise()
        library = self._library
        if exercise is not None and library is not None:
            self._run(
                translate("LibraryPage", "Couldn't duplicate the exercise"), lambda: library.duplicate(exercise.id).id
            )

    def _on_edit_action_triggered(self) -> None:
        exercise, library = self.selected_exercise(), self._library
        if exercise is None or library is None:
            return
        title = translate("LibraryPage", "Change “{title}”").format(title=exercise.title)
        self._write_exercise(exercise, title, library.update_custom)

    def _on_archive_action_triggered(self) -> None:
        exercise = self.selected_exercise()
        if exercise is None or self._library is None:
            return
        question = translate(
            "LibraryPage",
            "“{title}” will leave the library list. Sessions already planned with it stay as they are, "
            "and you can bring it back any time with Show archived, then Restore.",
        ).format(title=exercise.title)
        if self._dialogs.confirm(self, translate("LibraryPage", "Archive this exercise?"), question):
            self._run(
                translate("LibraryPage", "Couldn't archive the exercise"), lambda: self._set_archived(exercise, True)
            )

    def _on_restore_action_triggered(self) -> None:
        exercise = self.selected_exercise()
        if exercise is not None and self._library is not None:
            self._run(
                translate("LibraryPage", "Couldn't restore the exercise"), lambda: self._set_archived(exercise, False)
            )
