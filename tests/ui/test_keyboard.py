"""Undo and the keyboard do what they say: redo by either key, Enter on a card's link, and no clashing mnemonics in
any menu of the main window or any dialog the dialog service opens."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from repairplanner.app import StartedApp, start
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft, Track
from repairplanner.core.grading import pre_session_advice
from repairplanner.core.print_options import CalendarOptions, PrintOptions
from repairplanner.paths import AppPaths
from repairplanner.ui.shared.dialogs import DialogService
from tests.helpers import FakeDialogs, language_installed

SETUP = CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple")
TALK = "talk-1-stop-signal"
_MNEMONIC = re.compile(r"&(.)")


@pytest.fixture(params=["en", "de"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Every keyboard check in English and in German: German labels bring their own &-letters."""
    if request.param == "en":
        yield "en"
        return
    with language_installed(qapp, request.param, tmp_path_factory.mktemp("qm")):
        yield request.param


@pytest.fixture
def app(
    qtbot: QtBot, dialogs: FakeDialogs, app_paths: AppPaths, clock: FixedClock, language: str
) -> Iterator[StartedApp]:
    dialogs.script("setup_couple", SETUP)
    started = start(app_paths, dialogs, clock=clock)  # type: ignore[arg-type]  # the fake stands in for DialogService
    qtbot.addWidget(started.window)
    with qtbot.waitSignal(started.window.services_attached, timeout=10_000):
        pass
    yield started
    started.window.close()
    started.release()


def mnemonic(text: str) -> str | None:
    """The &-letter of a text, lower-cased ('&&' is a literal ampersand); None when it has none."""
    for match in _MNEMONIC.finditer(text.replace("&&", "")):
        if not match.group(1).isspace():
            return match.group(1).casefold()
    return None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Each &-letter used by more than one of `texts`, with the texts using it."""
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is not None:
            by_letter.setdefault(letter, []).append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def walk_menu(menu: QMenu, where: str) -> Iterator[tuple[str, list[str]]]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    yield where, [a.text() for a in actions]
    for action in actions:
        if action.menu() is not None:
            yield from walk_menu(action.menu(), f"{where} › {action.text()}")  # type: ignore[arg-type]


def panes(widget: QWidget, top: QWidget) -> dict[int, int]:
    """For each stack of pages above `widget` (up to `top`), which page it is on: widgets on different pages of one
    stack are never on screen together, so their mnemonics cannot clash."""
    # Keyed by the C++ object: Qt's own widgets (a tab widget's stack) get a new, short-lived Python wrapper on each
    # call, whose id() can be reused, so id() would make two pages look like one.
    found: dict[int, int] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QStackedWidget):
            found[_address(parent)] = _address(child)
        if isinstance(child, QWizardPage):
            found[_address(top)] = _address(child)
        child, parent = parent, parent.parentWidget()
    return found


def _address(widget: QWidget) -> int:
    address: int = shiboken6.getCppPointer(widget)[0]
    return address


def labelled(dialog: QWidget) -> list[tuple[QWidget, str]]:
    """Every widget of `dialog` whose text can carry a mnemonic, with that text."""
    found: list[tuple[QWidget, str]] = []
    for button in dialog.findChildren(QAbstractButton):
        found.append((button, button.text()))
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None:
            found.append((label, label.text()))
    for box in dialog.findChildren(QGroupBox):
        found.append((box, box.title()))
    for tabs in dialog.findChildren(QTabWidget):
        found.extend((tabs.widget(i), tabs.tabText(i)) for i in range(tabs.count()))
    return found


def dialog_clashes(dialog: QWidget) -> list[tuple[str, str]]:
    """Pairs of texts on screen together in `dialog` that share an &-letter."""
    items = [(w, text, mnemonic(text), panes(w, dialog)) for w, text in labelled(dialog)]
    items = [item for item in items if item[2] is not None]
    found = []
    for i, (_w1, text1, letter1, panes1) in enumerate(items):
        for _w2, text2, letter2, panes2 in items[i + 1 :]:
            together = all(panes1[k] == panes2[k] for k in panes1.keys() & panes2.keys())
            if letter1 == letter2 and together:
                found.append((text1, text2))
    return found


def ambiguous_shortcuts(window: QWidget) -> dict[str, list[str]]:
    """Keys bound to more than one action where both can fire: window-wide keys must be unique in the window, and a
    page's own keys (WidgetWithChildrenShortcut) unique on that page and apart from the window-wide ones."""
    window_wide: dict[str, list[str]] = {}
    by_page: dict[tuple[int, ...], dict[str, list[str]]] = {}
    for action in window.findChildren(QAction):
        context = action.shortcutContext()
        if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            target = window_wide
        else:
            owners = tuple(sorted(id(o) for o in action.associatedObjects() if not isinstance(o, QMenu)))
            target = by_page.setdefault(owners, {})
        for key in action.shortcuts():
            target.setdefault(key.toString(), []).append(action.text())
    found = {k: v for k, v in window_wide.items() if len(v) > 1}
    for keys in by_page.values():
        for key, texts in keys.items():
            if len(texts) > 1 or key in window_wide:
                found[key] = texts + window_wide.get(key, [])
    return found


# --- undo and redo -----------------------------------------------------------------------------------------------


def test_redo_answers_both_ctrl_shift_z_and_ctrl_y_and_no_key_is_bound_twice(
    app: StartedApp, qtbot: QtBot, dialogs: FakeDialogs
) -> None:
    window = app.window
    assert [k.toString() for k in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert ambiguous_shortcuts(window) == {}

    day = window.week_page.current_week()
    dialogs.script("add_session", SessionDraft(day, TALK, 15), SessionDraft(day, TALK, 15))
    window.week_page.add_exercise(TALK)
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()
    window.activateWindow()
    for key in ("Ctrl+Y", "Ctrl+Shift+Z"):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
        assert window.week_page.card_for(1) is None and window.undo_stack.canRedo()
        sequence = QKeySequence(key)[0]
        qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())
        assert window.week_page.card_for(1) is not None, key
        assert not window.undo_stack.canRedo()


def test_enter_on_a_card_s_link_does_what_the_link_says(
    app: StartedApp, qtbot: QtBot, dialogs: FakeDialogs, clock: FixedClock
) -> None:
    window = app.window
    window.show()
    day = clock.today()  # a session still to come: one can say "not this" to it
    dialogs.script("add_session", SessionDraft(day, TALK, 15))
    window.week_page.add_exercise(TALK)
    card = window.week_page.card_for(1)
    assert card is not None and card.decline_button.isVisibleTo(window)
    card.decline_button.setFocus()
    qtbot.keyClick(card.decline_button, Qt.Key.Key_Return)
    assert dialogs.calls[-1][0] == "choose_alternative"
    qtbot.keyClick(card.decline_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert [c[0] for c in dialogs.calls].count("choose_alternative") == 2


# --- mnemonics -----------------------------------------------------------------------------------------------------


def test_no_two_mnemonics_clash_in_any_menu_of_the_main_window(app: StartedApp) -> None:
    window = app.window
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        menu.aboutToShow.emit()  # the Library and Progress menus fill as they open (their pages are built then)
    assert all(m.actions() for m in menus)  # type: ignore[union-attr]
    titles = {m.title() for m in menus}  # type: ignore[union-attr]
    assert titles >= {"&File", "&Edit", "&Week", "&Library", "&View", "&Help"} or titles >= {"&Datei", "&Hilfe"}
    assert clashes([m.title() for m in menus]) == {}  # type: ignore[union-attr]
    walked = [found for menu in menus for found in walk_menu(menu, menu.title())]  # type: ignore[arg-type, union-attr]
    assert {where: clashes(texts) for where, texts in walked if clashes(texts)} == {}
    session_menu = window.week_page.session_menu
    assert clashes([a.text() for a in session_menu.actions() if not a.isSeparator()]) == {}


def opened_dialogs(app: StartedApp, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, QDialog]]:
    """Every dialog of our own that DialogService opens, constructed through the real service and then cancelled."""
    opened: list[QDialog] = []

    def cancel(self: QDialog) -> int:
        opened.append(self)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", cancel)
    monkeypatch.setattr(QWizard, "exec", cancel, raising=False)
    services = app.window._services  # the services the window was given
    assert services is not None
    couple = services.couple.get()
    assert couple is not None
    exercise = services.library.get(TALK)
    day = app.window.week_page.current_week()
    session = services.plan.add_session(SessionDraft(day, TALK, 15))
    from repairplanner.ui.guide.safety_dialog import SafetyRequest
    from repairplanner.ui.session.alternative_dialog import AlternativeRequest
    from repairplanner.ui.session.guided_session import GuidedRequest
    from repairplanner.ui.session.reflection_dialog import ReflectionRequest

    ana, bo = couple.partners
    real = DialogService()
    parent = app.window
    calls: list[tuple[str, Any]] = [
        ("edit_exercise", lambda: real.edit_exercise(parent, exercise, "Edit")),
        ("setup_couple", lambda: real.setup_couple(parent)),
        ("edit_couple", lambda: real.edit_couple(parent, couple, services.thresholds)),
        ("add_session", lambda: real.add_session(parent, exercise, couple, SessionDraft(day, TALK, 15))),
        ("edit_session", lambda: real.edit_session(parent, session, exercise, couple)),
        ("pick_date", lambda: real.pick_date(parent, day, 1)),
        ("answer_ready", lambda: real.answer_ready(parent, "Ana", Track.TALK, 2)),
        ("ask_passphrase", lambda: real.ask_passphrase(parent, "Ana")),
        ("check_in", lambda: real.check_in(parent, couple, exercise, (ana.id, bo.id))),
        ("guided_session", lambda: real.guided_session(parent, GuidedRequest.for_exercise(exercise, 15, "pause"))),
        ("session_advice", lambda: real.session_advice(parent, pre_session_advice([], Track.TALK, 1), exercise, 15)),
        (
            "choose_alternative",
            lambda: real.choose_alternative(
                parent, AlternativeRequest(couple, tuple(services.library.list_exercises()), exercise, 5)
            ),
        ),
        ("reflect", lambda: real.reflect(parent, ReflectionRequest(session.id, ana, bo, exercise.title))),
        ("new_passphrase", lambda: real.new_passphrase(parent, "Ana", "Bo")),
        ("seal_passphrase", lambda: real.seal_passphrase(parent, "Ana")),
        ("print_options", lambda: real.print_options(parent, PrintOptions(), "Print")),
        ("calendar_options", lambda: real.calendar_options(parent, CalendarOptions())),
        ("date_range", lambda: real.date_range(parent, day, day + dt.timedelta(days=30))),
        ("safety_and_help", lambda: real.safety_and_help(parent, SafetyRequest(services.guide.safety(), "Dr Lee"))),
    ]
    found = []
    for name, call in calls:
        before = len(opened)
        call()
        assert len(opened) > before, f"{name} opened no dialog"
        found.extend((name, dialog) for dialog in opened[before:])
    return found


def test_no_two_mnemonics_clash_in_any_dialog_the_dialog_service_opens(
    app: StartedApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs = opened_dialogs(app, monkeypatch)
    assert len({name for name, _ in dialogs}) == 19
    found = {name: dialog_clashes(dialog) for name, dialog in dialogs}
    assert {name: pairs for name, pairs in found.items() if pairs} == {}


def test_the_mnemonic_walker_finds_a_clash_when_there_is_one(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for text in ("&Save", "&Start", "Save &as"):
        layout.addWidget(QPushButton(text))
    stack = QStackedWidget()
    stack.addWidget(QPushButton("&Cancel"))
    stack.addWidget(QPushButton("&Close"))
    layout.addWidget(stack)
    assert dialog_clashes(dialog) == [("&Save", "&Start")]
    assert clashes(["&Undo", "&Redo", "Select &all", "Rock && &roll"]) == {"r": ["&Redo", "Rock && &roll"]}
