"""The first-run setup wizard, driven through its real widgets page by page, and by keyboard alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.ui.setup.setup_wizard import SetupWizard
from repairplanner.ui.shared.dialogs import DialogService
from tests.helpers import FakeDialogs

EMPTY = "Please enter a name for each of you."
SAME = "Please use two different names, so the plan can tell you apart."


@pytest.fixture(autouse=True)
def british_locale() -> Iterator[None]:
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def wizard(qtbot: QtBot, dialogs: FakeDialogs) -> SetupWizard:
    wizard = SetupWizard(dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_enabled(wizard: SetupWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def type_text(widget: QWidget, text: str) -> None:
    """Type `text` as key presses; unlike qtbot.keyClicks, this takes any Unicode (QTest knows only ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_names(qtbot: QtBot, wizard: SetupWizard, first: str, second: str) -> None:
    for edit, text in zip(wizard.names.name_edits, (first, second), strict=True):
        edit.clear()
        type_text(edit, text)


def go_to(wizard: SetupWizard, page_id: int) -> None:
    while wizard.currentId() != page_id:
        assert next_enabled(wizard), f"stuck on page {wizard.currentId()}"
        wizard.next()


def fill_until_about(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "Bo")
    wizard.next()
    qtbot.keyClicks(wizard.stop_signal.edit, "pause")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == wizard.about_id


def test_the_wizard_opens_on_a_warm_welcome_with_nothing_to_fill(wizard: SetupWizard) -> None:
    assert wizard.currentId() == wizard.welcome_id
    assert wizard.currentPage().title() == "Let's set up your plan together"
    assert next_enabled(wizard)


def test_next_waits_for_both_names_without_scolding_before_typing(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    assert wizard.currentId() == wizard.names_id
    assert not next_enabled(wizard)
    assert wizard.names.message.isHidden()  # nothing typed yet: nothing to say
    qtbot.keyClicks(wizard.names.name_edits[0], "Ana")
    assert not next_enabled(wizard) and wizard.names.message.isHidden()
    qtbot.keyClicks(wizard.names.name_edits[1], "Bo")
    assert next_enabled(wizard)


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        ("Ana", "  ", EMPTY),
        ("Ana", "ana", SAME),
        (" Bo", "BO ", SAME),
        ("Ana", "x" * 41, "A name can be at most 40 characters; 'xxxxxxxxxxxx…' is longer."),
        ("Ana\u200bMaria", "Bo", "A name cannot contain line breaks or invisible control characters."),
    ],
)
def test_next_stays_disabled_and_says_why(
    qtbot: QtBot, wizard: SetupWizard, first: str, second: str, message: str
) -> None:
    wizard.next()
    type_names(qtbot, wizard, first, second)
    assert not next_enabled(wizard)
    assert wizard.names.message.isVisible() and wizard.names.message.text() == message
    assert wizard.names.name_edits[1].accessibleDescription() == message
    wizard.next()
    assert wizard.currentId() == wizard.names_id


def test_a_cleared_name_is_asked_for_and_the_message_goes_once_fixed(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "Bo")
    wizard.names.name_edits[1].selectAll()
    qtbot.keyClick(wizard.names.name_edits[1], Qt.Key.Key_Backspace)
    assert wizard.names.message.text() == EMPTY and not next_enabled(wizard)
    qtbot.keyClicks(wizard.names.name_edits[1], "Sam")
    assert wizard.names.message.isHidden() and next_enabled(wizard)


def test_the_stop_signal_is_needed_before_going_on(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "Bo")
    wizard.next()
    assert wizard.currentId() == wizard.stop_signal_id and not next_enabled(wizard)
    qtbot.keyClicks(wizard.stop_signal.edit, "  ")
    assert wizard.stop_signal.message.text().startswith("Please write down the stop signal")
    qtbot.keyClicks(wizard.stop_signal.edit, "red")
    assert next_enabled(wizard) and wizard.stop_signal.message.isHidden()


def test_the_slow_down_signal_sits_beside_the_stop_signal_and_may_stay_empty(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "Bo")
    wizard.next()
    assert wizard.slow_down_signal.isVisible() and wizard.slow_down_signal.edit.placeholderText()
    qtbot.keyClicks(wizard.stop_signal.edit, "red")
    assert next_enabled(wizard), "the slow-down signal is optional"
    qtbot.keyClicks(wizard.slow_down_signal.edit, "RED")
    assert not next_enabled(wizard)
    assert wizard.slow_down_signal.message.text().startswith("Please choose a slow-down signal that is different")
    wizard.slow_down_signal.edit.clear()
    qtbot.keyClicks(wizard.slow_down_signal.edit, " yellow ")
    assert next_enabled(wizard) and wizard.slow_down_signal.message.isHidden()
    go_to(wizard, wizard.about_id)
    assert wizard.setup() == CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "red", 1, slow_down_signal="yellow")


def test_the_week_page_speaks_to_each_partner_by_name(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, " Zoë ", "李雷")
    go_to(wizard, wizard.stop_signal_id)
    qtbot.keyClicks(wizard.stop_signal.edit, "pause")
    go_to(wizard, wizard.week_id)
    assert [label.text() for label in wizard.week.row_labels] == [
        "Zoë is usually unavailable on",
        "李雷 is usually unavailable on",
    ]
    assert wizard.week.rows[1].box_for(3).accessibleName() == "李雷 is usually unavailable on Wednesday"


def test_the_week_starts_on_the_locale_first_day_and_can_change(qtbot: QtBot, wizard: SetupWizard) -> None:
    row = wizard.week.rows[0]
    assert wizard.week.week_start() == 1 and [b.text() for b in row.boxes][:2] == ["Mon", "Tue"]
    row.box_for(7).setChecked(True)
    wizard.week.week_start_combo.setCurrentIndex(wizard.week.week_start_combo.findData(7))
    assert [b.text() for b in row.boxes] == ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    assert row.boxes[0].isChecked() and row.days() == {7}  # the tick stays on Sunday


def test_an_american_locale_starts_the_week_on_sunday(qtbot: QtBot, dialogs: FakeDialogs) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    wizard = SetupWizard(dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    assert wizard.week.week_start() == 7
    assert wizard.week.rows[0].boxes[0].text() == "Sun"


def test_every_day_unavailable_holds_next_back(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "Bo")
    go_to(wizard, wizard.stop_signal_id)
    qtbot.keyClicks(wizard.stop_signal.edit, "pause")
    go_to(wizard, wizard.week_id)
    for box in wizard.week.rows[1].boxes:
        box.setChecked(True)
    assert not next_enabled(wizard)
    assert wizard.week.message.text() == "Please leave at least one day of the week free."
    wizard.week.rows[1].boxes[0].setChecked(False)
    assert next_enabled(wizard)


def test_no_shared_free_day_is_mentioned_gently_but_allowed(wizard: SetupWizard) -> None:
    for day in (1, 2, 3):
        wizard.week.rows[0].box_for(day).setChecked(True)
    for day in (4, 5, 6, 7):
        wizard.week.rows[1].box_for(day).setChecked(True)
    assert wizard.week.error() is None
    assert wizard.week.message.text().startswith("There is no day you are both usually free.")


def test_start_needs_both_partners_to_tick_that_they_have_read(qtbot: QtBot, wizard: SetupWizard) -> None:
    fill_until_about(qtbot, wizard)
    first, second = wizard.about_page.read_boxes
    assert (first.text(), second.text()) == ("Ana has read this", "Bo has read this")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Start" and not finish.isEnabled()
    first.setChecked(True)
    assert not finish.isEnabled()
    second.setChecked(True)
    assert finish.isEnabled()
    first.setChecked(False)
    assert not finish.isEnabled()


def test_an_ampersand_in_a_name_is_shown_not_turned_into_a_shortcut(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "B&B")
    go_to(wizard, wizard.stop_signal_id)
    qtbot.keyClicks(wizard.stop_signal.edit, "pause")
    go_to(wizard, wizard.about_id)
    assert wizard.about_page.read_boxes[1].text() == "B&&B has read this"
    assert wizard.about_page.read_boxes[1].accessibleName() == "B&B has read this"


def test_colours_are_picked_through_the_dialog_service_and_named_in_words(
    qtbot: QtBot, wizard: SetupWizard, dialogs: FakeDialogs
) -> None:
    wizard.next()
    type_names(qtbot, wizard, "Ana", "Bo")
    colour = wizard.names.colours[0]
    assert colour.label.text() == "No colour" and not colour.clear_button.isEnabled()
    dialogs.script("choose_colour", "#5b8bd0")
    qtbot.mouseClick(colour.choose_button, Qt.MouseButton.LeftButton)
    assert dialogs.calls[-1] == ("choose_colour", ("A colour for Ana", None))
    assert colour.color() == "#5b8bd0" and colour.label.text() == "Blue"
    assert colour.choose_button.accessibleName() == "Choose a colour for Ana"
    qtbot.mouseClick(colour.choose_button, Qt.MouseButton.LeftButton)  # cancelled: the colour stays
    assert colour.color() == "#5b8bd0"
    qtbot.mouseClick(colour.clear_button, Qt.MouseButton.LeftButton)
    assert colour.color() is None and colour.label.text() == "No colour"


def test_the_finished_wizard_returns_the_cleaned_setup(qtbot: QtBot, wizard: SetupWizard, dialogs: FakeDialogs) -> None:
    wizard.next()
    type_names(qtbot, wizard, "  Zoë ", "李雷 🌻")
    dialogs.script("choose_colour", "#D9775B")
    qtbot.mouseClick(wizard.names.colours[1].choose_button, Qt.MouseButton.LeftButton)
    wizard.next()
    qtbot.keyClicks(wizard.stop_signal.edit, " a raised  flat hand ")
    wizard.next()
    wizard.week.rows[0].box_for(3).setChecked(True)
    wizard.week.rows[1].box_for(6).setChecked(True)
    wizard.week.rows[1].box_for(7).setChecked(True)
    wizard.next()
    for box in wizard.about_page.read_boxes:
        box.setChecked(True)
    wizard.accept()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.setup() == CoupleSetup(
        PartnerDraft("Zoë", None, frozenset({3})),
        PartnerDraft("李雷 🌻", "#d9775b", frozenset({6, 7})),
        "a raised flat hand",
        week_start=1,
    )


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def tab_to(qtbot: QtBot, target: QWidget) -> None:
    for _ in range(30):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}")


def test_the_whole_setup_can_be_done_by_keyboard_alone(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.names_id
    assert focused() is wizard.names.name_edits[0]
    qtbot.keyClicks(focused(), "Ana")
    tab_to(qtbot, wizard.names.name_edits[1])
    qtbot.keyClicks(focused(), "Bo")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.stop_signal_id
    assert focused() is wizard.stop_signal.edit
    qtbot.keyClicks(focused(), "pause")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.week_id
    tab_to(qtbot, wizard.week.rows[1].box_for(6))
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentId() == wizard.about_id
    press(qtbot, Qt.Key.Key_Return)  # not yet: nobody has ticked
    assert wizard.isVisible()
    for box in wizard.about_page.read_boxes:
        tab_to(qtbot, box)
        press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.setup() == CoupleSetup(
        PartnerDraft("Ana"), PartnerDraft("Bo", None, frozenset({6})), "pause", week_start=1
    )


def test_the_dialog_service_returns_the_setup_or_none_when_cancelled(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def finish(wizard: SetupWizard) -> int:
        qtbot.addWidget(wizard)
        wizard.names.name_edits[0].setText("Ana")
        wizard.names.name_edits[1].setText("Bo")
        wizard.stop_signal.edit.setText("pause")
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", finish)
    assert DialogService().setup_couple(None) == CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause", 1)

    def cancel(wizard: SetupWizard) -> int:
        qtbot.addWidget(wizard)
        return QWizard.DialogCode.Rejected

    monkeypatch.setattr(SetupWizard, "exec", cancel)
    assert DialogService().setup_couple(None) is None
