"""The Settings dialog: filled from the stored couple, edits become a CoupleSetup, OK waits while something is off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.couple import Couple, CoupleSetup, PartnerDraft
from repairplanner.services.couple import CoupleService
from repairplanner.ui.setup.settings_dialog import SettingsDialog
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.language import saved_language
from tests.helpers import FakeDialogs, FlakySessions
from tests.ui.setup.test_setup_wizard import type_text


@pytest.fixture(autouse=True)
def british_locale() -> Iterator[None]:
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved)


@pytest.fixture
def couples(sessions: sessionmaker[Session]) -> CoupleService:
    service = CoupleService(sessions)
    service.create(
        CoupleSetup(
            PartnerDraft("Zoë", "#5b8bd0", frozenset({3})),
            PartnerDraft("李雷", None, frozenset({6, 7})),
            "a raised flat hand",
            week_start=7,
        )
    )
    return service


@pytest.fixture
def couple(couples: CoupleService) -> Couple:
    stored = couples.get()
    assert stored is not None
    return stored


@pytest.fixture
def dialog(qtbot: QtBot, couple: Couple, dialogs: FakeDialogs) -> SettingsDialog:
    dialog = SettingsDialog(couple, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def retype(edit: object, text: str) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    edit.del_()  # type: ignore[attr-defined]
    type_text(edit, text)  # type: ignore[arg-type]


def test_every_field_is_filled_from_the_stored_couple(dialog: SettingsDialog) -> None:
    assert dialog.names.names() == ("Zoë", "李雷")
    assert [c.label.text() for c in dialog.names.colours] == ["Blue", "No colour"]
    assert dialog.stop_signal.text() == "a raised flat hand"
    assert dialog.week.week_start() == 7 and dialog.week.week_start_combo.currentText() == "Sunday"
    assert dialog.week.unavailable() == ({3}, {6, 7})
    assert [b.text() for b in dialog.week.rows[0].boxes][:2] == ["Sun", "Mon"]
    assert dialog.week.row_labels[1].text() == "李雷 is usually unavailable on"
    assert dialog.ok_button.isEnabled()
    assert all(m.isHidden() for m in (dialog.names.message, dialog.stop_signal.message, dialog.week.message))


def test_unchanged_settings_give_back_the_same_details(dialog: SettingsDialog, couple: Couple) -> None:
    first, second = couple.partners
    assert dialog.setup() == CoupleSetup(
        PartnerDraft(first.name, first.color, first.unavailable_weekdays),
        PartnerDraft(second.name, second.color, second.unavailable_weekdays),
        couple.stop_signal,
        couple.week_start,
    )


def test_edits_become_the_new_setup_and_are_stored(
    qtbot: QtBot, dialog: SettingsDialog, dialogs: FakeDialogs, couples: CoupleService
) -> None:
    retype(dialog.names.name_edits[0], " Zoe ")
    retype(dialog.names.name_edits[1], "Lei 🌻")
    qtbot.mouseClick(dialog.names.colours[0].clear_button, Qt.MouseButton.LeftButton)
    dialogs.script("choose_colour", "#d9775b")
    qtbot.mouseClick(dialog.names.colours[1].choose_button, Qt.MouseButton.LeftButton)
    assert dialogs.calls[-1] == ("choose_colour", ("A colour for Lei 🌻", None))
    retype(dialog.stop_signal.edit, "pause")
    dialog.week.week_start_combo.setCurrentIndex(dialog.week.week_start_combo.findData(1))
    dialog.week.rows[0].box_for(3).setChecked(False)
    dialog.week.rows[0].box_for(1).setChecked(True)
    dialog.week.rows[1].box_for(7).setChecked(False)
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    edited = dialog.setup()
    assert edited == CoupleSetup(
        PartnerDraft("Zoe", None, frozenset({1})),
        PartnerDraft("Lei 🌻", "#d9775b", frozenset({6})),
        "pause",
        week_start=1,
    )
    stored = couples.update(edited)
    assert [(p.name, p.color, p.unavailable_weekdays) for p in stored.partners] == [
        ("Zoe", None, {1}),
        ("Lei 🌻", "#d9775b", {6}),
    ]
    assert (stored.stop_signal, stored.week_start) == ("pause", 1)


def test_the_slow_down_signal_is_shown_edited_and_stored_beside_the_stop_signal(
    qtbot: QtBot, dialog: SettingsDialog, couples: CoupleService, dialogs: FakeDialogs
) -> None:
    assert dialog.slow_down_signal.text() == "" and dialog.slow_down_signal.message.isHidden()
    assert dialog.slow_down_signal.edit.placeholderText().startswith("a word like “yellow”")
    type_text(dialog.slow_down_signal.edit, " yellow, a hand  lowered ")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    edited = dialog.setup()
    assert (edited.stop_signal, edited.slow_down_signal) == ("a raised flat hand", "yellow, a hand lowered")
    stored = couples.update(edited)
    assert stored.slow_down_signal == "yellow, a hand lowered"
    again = SettingsDialog(stored, dialogs)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.slow_down_signal.text() == "yellow, a hand lowered"
    retype(again.slow_down_signal.edit, "")
    assert again.ok_button.isEnabled() and again.setup().slow_down_signal == "", "it can be taken away again"


def test_a_slow_down_signal_the_same_as_the_stop_signal_holds_ok_back(dialog: SettingsDialog) -> None:
    retype(dialog.slow_down_signal.edit, "pause")
    assert dialog.ok_button.isEnabled()
    retype(dialog.stop_signal.edit, "Pause")  # changing the stop signal checks the slow-down one again
    assert not dialog.ok_button.isEnabled()
    message = dialog.slow_down_signal.message
    assert message.isVisible() and message.text().startswith("Please choose a slow-down signal that is different")
    retype(dialog.slow_down_signal.edit, "easy")
    assert dialog.ok_button.isEnabled() and message.isHidden()


def test_renaming_updates_the_week_rows_at_once(dialog: SettingsDialog) -> None:
    retype(dialog.names.name_edits[1], "Lei")
    assert dialog.week.row_labels[1].text() == "Lei is usually unavailable on"
    assert dialog.week.rows[1].box_for(6).accessibleName() == "Lei is usually unavailable on Saturday"


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (lambda d: retype(d.names.name_edits[0], ""), "names", "Please enter a name for each of you."),
        (lambda d: retype(d.names.name_edits[0], "李雷"), "names", "Please use two different names"),
        (lambda d: retype(d.names.name_edits[1], "y" * 41), "names", "A name can be at most 40 characters"),
        (lambda d: retype(d.stop_signal.edit, "   "), "stop_signal", "Please write down the stop signal"),
        (
            lambda d: [box.setChecked(True) for box in d.week.rows[0].boxes],
            "week",
            "Please leave at least one day of the week free.",
        ),
    ],
)
def test_ok_is_disabled_while_something_needs_changing(
    dialog: SettingsDialog, change: object, where: str, message: str
) -> None:
    change(dialog)  # type: ignore[operator]
    assert not dialog.ok_button.isEnabled()
    shown = getattr(dialog, where).message
    assert shown.isVisible() and shown.text().startswith(message)


def test_ok_comes_back_once_the_name_is_fixed(dialog: SettingsDialog) -> None:
    retype(dialog.names.name_edits[0], "李雷")
    assert not dialog.ok_button.isEnabled()
    retype(dialog.names.name_edits[0], "Zoë")
    assert dialog.ok_button.isEnabled() and dialog.names.message.isHidden()


def test_escape_cancels_without_an_answer(qtbot: QtBot, dialog: SettingsDialog) -> None:
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog.names.name_edits[0], Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_the_dialog_service_returns_the_edits_or_none_when_cancelled(
    qtbot: QtBot, couple: Couple, monkeypatch: pytest.MonkeyPatch
) -> None:
    def save(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        dialog.stop_signal.edit.setText("red")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", save)
    edited = DialogService().edit_couple(None, couple)
    assert edited is not None and edited.stop_signal == "red" and edited.first.name == "Zoë"

    def cancel(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    assert DialogService().edit_couple(None, couple) is None


def test_the_language_is_saved_for_the_next_start_on_ok_and_cancel_changes_nothing(
    qtbot: QtBot, couple: Couple, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_file = tmp_path / "window.ini"
    service = DialogService(settings_file=settings_file)

    def choose_german_then(button: QDialogButtonBox.StandardButton) -> Callable[[SettingsDialog], int]:
        def run(dialog: SettingsDialog) -> int:
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # the App tab
            combo = dialog.language_combo
            assert combo.isVisible() and combo.currentText() == "Follow the system"
            assert [combo.itemText(i) for i in range(combo.count())] == ["Follow the system", "English", "Deutsch"]
            note = dialog.findChildren(QLabel, options=Qt.FindChildOption.FindChildrenRecursively)
            assert any(label.text() == "The new language is used from the next start." for label in note)
            combo.setCurrentIndex(combo.findText("Deutsch"))
            qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
            return dialog.result()

        return run

    monkeypatch.setattr(SettingsDialog, "exec", choose_german_then(QDialogButtonBox.StandardButton.Cancel))
    assert service.edit_couple(None, couple) is None
    assert saved_language(settings_file) == "", "a cancelled Settings dialog saves no language"

    monkeypatch.setattr(SettingsDialog, "exec", choose_german_then(QDialogButtonBox.StandardButton.Ok))
    assert service.edit_couple(None, couple) is not None
    assert saved_language(settings_file) == "de"

    again = SettingsDialog(couple, FakeDialogs(), settings_file=settings_file)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.language() == "de" and again.language_combo.currentText() == "Deutsch"


def test_without_a_settings_file_there_is_no_language_choice(dialog: SettingsDialog) -> None:
    assert dialog.language_combo.isHidden()


def test_the_pace_tab_shows_explains_saves_refuses_and_resets_the_thresholds(
    qtbot: QtBot, couple: Couple, sessions: sessionmaker[Session]
) -> None:
    from repairplanner.core.grading import DEFAULT_GRADING
    from repairplanner.core.thresholds import THRESHOLDS
    from repairplanner.services.thresholds import ThresholdService

    store = ThresholdService(sessions)
    dialog = SettingsDialog(couple, FakeDialogs(), pace=store)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.tabs.tabText(1) == "&Pace"
    pace = dialog.pace
    assert pace.settings() == DEFAULT_GRADING
    shown = " ".join(label.text() for label in pace.findChildren(QLabel))
    assert "therapist" in shown and all(t.shown_explanation() in shown for t in THRESHOLDS)
    # Out of order: moving up would be allowed at more distress than a step back; OK waits, and says why.
    pace.spins["max_peak_distress_to_advance"].setValue(9)
    assert not dialog.ok_button.isEnabled() and "gentler" in pace.problem_label.text()
    qtbot.mouseClick(pace.reset_button, Qt.MouseButton.LeftButton)
    assert pace.settings() == DEFAULT_GRADING and dialog.ok_button.isEnabled()
    pace.spins["min_days_at_level"].setValue(21)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.current().min_days_at_level == 21


def test_a_failed_save_of_the_thresholds_keeps_the_dialog_open_with_the_numbers(
    qtbot: QtBot, couple: Couple, sessions: sessionmaker[Session]
) -> None:
    from repairplanner.services.thresholds import ThresholdService

    flaky = FlakySessions(sessions)
    store = ThresholdService(flaky)  # type: ignore[arg-type]
    dialog = SettingsDialog(couple, FakeDialogs(), pace=store)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pace.spins["stuck_after"].setValue(4)
    flaky.fail_next = 2  # reading what is kept and keeping the new numbers: both fail, as on a full disk
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert dialog.pace.spins["stuck_after"].value() == 4 and dialog.pace.problem_label.text()
