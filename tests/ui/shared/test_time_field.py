"""Typing a time over a selected time replaces it; the arrows still step through the sections."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from repairplanner.ui.shared.time_field import TimeField


def _field(qtbot: QtBot) -> TimeField:
    field = TimeField()
    field.setDisplayFormat("HH:mm")
    field.setTime(QTime(18, 0))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    return field


def test_typing_over_the_selected_time_replaces_it(qtbot: QtBot) -> None:
    field = _field(qtbot)
    for typed, expected in (("1930", QTime(19, 30)), ("7", QTime(7, 0)), ("930", QTime(9, 30)), ("8:15", QTime(8, 15))):
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select the whole time
        qtbot.keyClicks(field, typed)
        assert field.time() == expected, typed


def test_a_time_that_is_not_one_leaves_the_last_good_time(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.selectAll()
    qtbot.keyClicks(field, "2")
    qtbot.keyClicks(field, "9")  # "29" is no hour: the field keeps 02:00 rather than jumping
    assert field.time() == QTime(2, 0)


def test_the_arrows_still_step_the_time(qtbot: QtBot) -> None:
    field = _field(qtbot)
    field.lineEdit().setCursorPosition(0)  # in the hours
    field.lineEdit().deselect()
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(19, 0)
