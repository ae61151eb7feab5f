"""The passphrase dialogs: a clear warning, typed twice, the rules, masked entry, nothing kept afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from repairplanner.core.passphrase import MIN_PASSPHRASE_LENGTH
from repairplanner.ui.notes.passphrase_dialogs import (
    MISMATCH,
    TOO_SHORT,
    NewPassphraseDialog,
    SealPassphraseDialog,
)
from repairplanner.ui.shared.dialogs import DialogService

GOOD = "tea on the balcony at dawn"


def new_dialog(qtbot: QtBot) -> NewPassphraseDialog:
    dialog = NewPassphraseDialog("Ana", "Bo")
    qtbot.addWidget(dialog)
    return dialog


def test_setting_a_passphrase_warns_clearly_that_it_cannot_be_recovered(qtbot: QtBot) -> None:
    dialog = new_dialog(qtbot)
    assert "cannot be recovered" in dialog.warning_label.text()
    assert "cannot be recovered" in dialog.understood_check.text()
    assert "Bo can't read them" in " ".join(w.text() for w in dialog.findChildren(type(dialog.warning_label)))
    assert dialog.windowTitle() == "Private notes", "a neutral title: window titles show in task bars"
    for field in (dialog.first_edit, dialog.second_edit):
        assert field.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.ok_button.isEnabled()
    assert not dialog.message_label.isVisibleTo(dialog), "nothing is said before anything is typed"


def test_a_new_passphrase_must_meet_the_rules_match_and_be_acknowledged(qtbot: QtBot) -> None:
    dialog = new_dialog(qtbot)
    dialog.first_edit.setText("x" * (MIN_PASSPHRASE_LENGTH - 1))
    assert dialog.message_label.text() == TOO_SHORT and dialog.passphrase() is None
    dialog.first_edit.setText(GOOD)
    assert not dialog.message_label.isVisibleTo(dialog), "a mismatch is not pointed out before the second is typed"
    dialog.second_edit.setText(GOOD[:-1])
    assert dialog.message_label.text() == MISMATCH
    dialog.second_edit.setText(GOOD)
    assert dialog.problem() == "" and dialog.passphrase() is None and not dialog.ok_button.isEnabled()
    dialog.understood_check.setChecked(True)
    assert dialog.passphrase() == GOOD and dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_accept_is_refused_while_something_is_missing(qtbot: QtBot) -> None:
    dialog = new_dialog(qtbot)
    dialog.first_edit.setText(GOOD)
    dialog.second_edit.setText(GOOD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_spaces_alone_are_not_a_passphrase(qtbot: QtBot) -> None:
    dialog = new_dialog(qtbot)
    dialog.first_edit.setText(" " * 12)
    dialog.second_edit.setText(" " * 12)
    dialog.understood_check.setChecked(True)
    assert dialog.passphrase() is None and dialog.message_label.text() == TOO_SHORT


def test_the_seal_dialog_is_masked_and_needs_something_typed(qtbot: QtBot) -> None:
    dialog = SealPassphraseDialog("Ana")
    qtbot.addWidget(dialog)
    assert dialog.passphrase_edit.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.passphrase_edit.accessibleName() == "Ana's passphrase"
    assert dialog.windowTitle() == "Private note"
    assert not dialog.ok_button.isEnabled()
    dialog.passphrase_edit.setText(GOOD)
    assert dialog.ok_button.isEnabled()


@pytest.mark.parametrize("accepted", [True, False])
def test_the_dialog_service_returns_the_passphrase_and_clears_the_fields(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, accepted: bool
) -> None:
    executed: list[QDialog] = []

    def execute(dialog: QDialog) -> QDialog.DialogCode:
        for field in dialog.findChildren(QLineEdit):
            field.setText(GOOD)
        if isinstance(dialog, NewPassphraseDialog):
            dialog.understood_check.setChecked(True)
        executed.append(dialog)
        return QDialog.DialogCode.Accepted if accepted else QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", execute)
    service = DialogService()
    new = service.new_passphrase(None, "Ana", "Bo")
    sealed = service.seal_passphrase(None, "Ana")
    assert (new, sealed) == ((GOOD, GOOD) if accepted else (None, None))
    assert len(executed) == 2
    left_behind = [field.text() for dialog in executed for field in dialog.findChildren(QLineEdit) if field.text()]
    assert left_behind == [], "the typed passphrase is not kept in the dialog"
