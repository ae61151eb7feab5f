"""The progress page: charts from the history, shared notes by week, and private notes only for their writer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from repairplanner.core.dates import week_range_text
from repairplanner.core.entities import Track
from repairplanner.core.weeks import week_start
from repairplanner.ui.notes.unlock_dialog import UnlockDialog
from repairplanner.ui.progress.progress_page import ProgressPage
from tests.helpers import FakeDialogs
from tests.ui.progress.progress_world import (
    ANA_PASSPHRASE,
    CHECK_IN,
    FOREARM,
    MONDAY,
    SIDE_BY_SIDE,
    TODAY,
    Couple2,
    make_page,
    visible_texts,
)

SECRET = "I did not say it, but I wanted the hug to last longer"


def _values(page: ProgressPage, chart: str) -> dict[str, list[float]]:
    spec = getattr(page.charts_panel, chart).spec()
    return {s.name: [y for _, y in s.points if y is not None] for s in spec.series}


def _private_world(world: Couple2) -> None:
    world.visits.set_passphrase(world.ana, ANA_PASSPHRASE)
    world.done(SIDE_BY_SIDE, MONDAY - dt.timedelta(days=5), notes=(SECRET, "Bo's shared words"), private=(True, False))


def test_charts_show_each_partners_ratings_week_by_week(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.done(SIDE_BY_SIDE, MONDAY - dt.timedelta(days=14), peak=(2, 4), safe=(8, 6), expected=(6, 5))
    world.done(CHECK_IN, MONDAY - dt.timedelta(days=12), peak=(4, 2), safe=(6, 8), expected=(4, 3))
    world.done(FOREARM, MONDAY - dt.timedelta(days=6), peak=(1, 1), safe=(9, 9), expected=(5, 4))
    page = make_page(qtbot, world, dialogs)

    assert _values(page, "safe_chart") == {"Ana": [7.0, 9.0], "Bo": [7.0, 9.0]}
    assert _values(page, "distress_chart") == {"Ana": [3.0, 1.0], "Bo": [3.0, 1.0]}
    assert _values(page, "expectation_chart") == {"Expected beforehand": [4.5, 4.5], "Felt at the time": [3.0, 1.0]}
    assert _values(page, "level_chart") == {"Touch": [1.0, 1.0], "Talk": [1.0, 1.0]}
    assert page.charts_panel.safe_chart.spec().series[0].colour == "#2f7f79", "Ana's own colour"
    assert page.charts_panel.gap_label.text().startswith("On average you expected 4.5 and felt 2.0.")
    assert "Ana" in page.charts_panel.safe_chart.accessibleDescription()
    assert "most recently 9" in page.charts_panel.safe_chart.accessibleDescription()


def test_an_empty_history_is_described_kindly(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    assert page.charts_panel.safe_chart.spec().is_empty
    assert "Your first reflections will appear here." in page.charts_panel.safe_chart.accessibleDescription()
    assert page.charts_panel.gap_label.isHidden()
    assert "appear here" in page.shared_notes.placeholderText()
    assert page.shared_notes.toPlainText() == ""


def test_level_chart_follows_moving_up_together(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    world.move_up(Track.TALK)
    page.set_couple(world.couple)
    assert _values(page, "level_chart")["Talk"][-1] == 2.0
    assert _values(page, "level_chart")["Touch"][-1] == 1.0
    assert "level 2" in page.charts_panel.level_chart.accessibleDescription()


def test_shared_notes_are_listed_by_week_newest_first(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    older, newer = MONDAY - dt.timedelta(days=14), MONDAY - dt.timedelta(days=6)
    world.done(SIDE_BY_SIDE, older, notes=("First week words", ""))
    world.done(FOREARM, newer, notes=("", "Second week words"))
    page = make_page(qtbot, world, dialogs)

    text = page.shared_notes.toPlainText()
    newer_heading, older_heading = (week_range_text(week_start(day)) for day in (newer, older))
    assert text.index(newer_heading) < text.index("Second week words") < text.index(older_heading)
    assert text.index(older_heading) < text.index("First week words")
    assert f"{newer:%A} {newer.day} {newer:%B} · A hand on the forearm · Bo" in text
    assert f"{older:%A} {older.day} {older:%B} · Sitting side by side · Ana" in text


def test_range_selector_leaves_older_weeks_out(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    world.done(SIDE_BY_SIDE, MONDAY - dt.timedelta(days=150), notes=("Long ago", ""))
    world.done(FOREARM, MONDAY - dt.timedelta(days=6), notes=("Lately", ""))
    page = make_page(qtbot, world, dialogs)
    assert "Long ago" not in page.shared_notes.toPlainText()
    assert len(_values(page, "safe_chart")["Ana"]) == 1

    page.range_combo.setCurrentIndex(page.range_combo.findText("Last 6 months"))
    assert "Long ago" in page.shared_notes.toPlainText()
    assert len(_values(page, "safe_chart")["Ana"]) == 2

    page.range_combo.setCurrentIndex(page.range_combo.findText("Everything"))
    assert "Long ago" in page.shared_notes.toPlainText()
    first_week = week_start(MONDAY - dt.timedelta(days=150))
    assert page.range_text.text().startswith(f"{first_week.day} {first_week:%B %Y} to ")
    assert page.charts_panel.level_chart.spec().x_range == (float(first_week.toordinal()), float(TODAY.toordinal()))


def test_private_notes_open_only_with_the_right_passphrase(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    _private_world(world)
    page = make_page(qtbot, world, dialogs)
    assert not any(SECRET in text for text in visible_texts(page))
    assert "Bo's shared words" in page.shared_notes.toPlainText()

    dialogs.script("ask_passphrase", "not the passphrase")
    page.private_notes.unlock_buttons[0].click()
    assert dialogs.calls[-2] == ("ask_passphrase", ("Ana",))
    assert dialogs.calls[-1][0] == "warn" and "doesn't open" in dialogs.calls[-1][1][1]
    assert not page.private_notes.is_unlocked()
    assert not any(SECRET in text for text in visible_texts(page))

    dialogs.script("ask_passphrase", ANA_PASSPHRASE)
    page.private_notes.unlock_buttons[0].click()
    assert page.private_notes.is_unlocked()
    assert SECRET in page.private_notes.notes_view.toPlainText()
    assert SECRET not in page.shared_notes.toPlainText()
    assert page.lock_action.isEnabled()


def test_private_text_never_reaches_tooltips_names_or_descriptions(
    qtbot: QtBot, world: Couple2, dialogs: FakeDialogs
) -> None:
    _private_world(world)
    page = make_page(qtbot, world, dialogs)
    dialogs.script("ask_passphrase", ANA_PASSPHRASE)
    page.private_notes.unlock(0)
    assert page.private_notes.is_unlocked()
    for widget in [page, *page.findChildren(QWidget)]:
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()):
            assert SECRET not in text


def test_private_notes_lock_when_the_page_is_hidden(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    _private_world(world)
    page = make_page(qtbot, world, dialogs)
    page.show()
    dialogs.script("ask_passphrase", ANA_PASSPHRASE)
    page.private_notes.unlock(0)
    assert SECRET in page.private_notes.notes_view.toPlainText()

    page.hide()
    assert not page.private_notes.is_unlocked()
    assert page.private_notes.notes_view.toPlainText() == ""
    assert not any(SECRET in text for text in visible_texts(page))
    assert not page.lock_action.isEnabled()


def test_lock_button_clears_the_notes(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    _private_world(world)
    page = make_page(qtbot, world, dialogs)
    dialogs.script("ask_passphrase", ANA_PASSPHRASE)
    page.private_notes.unlock(0)
    page.private_notes.lock_button.click()
    assert page.private_notes.notes_view.toPlainText() == ""
    assert "locked" in page.private_notes.title_label.text()


def test_a_partner_without_private_notes_is_told_so_without_a_passphrase_prompt(
    qtbot: QtBot, world: Couple2, dialogs: FakeDialogs
) -> None:
    page = make_page(qtbot, world, dialogs)
    page.private_notes.unlock_buttons[1].click()
    assert [method for method, _ in dialogs.calls] == ["inform"]
    assert "no private notes yet, Bo" in dialogs.calls[0][1][1]


def test_menu_opens_private_notes_for_the_chosen_partner(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    _private_world(world)
    page = make_page(qtbot, world, dialogs)
    actions = page.menu_actions()
    assert None in actions and page.show_private_action in actions and page.pause_action in actions
    dialogs.script("choose_partner", 0)
    dialogs.script("ask_passphrase", ANA_PASSPHRASE)
    with qtbot.waitSignal(page.show_requested):
        page.show_private_action.trigger()
    assert SECRET in page.private_notes.notes_view.toPlainText()
    assert dialogs.calls[0] == ("choose_partner", ("Private notes", dialogs.calls[0][1][1], ["Ana", "Bo"]))
    page.lock_action.trigger()
    assert not page.private_notes.is_unlocked()


def test_page_refreshes_when_a_reflection_is_saved(qtbot: QtBot, world: Couple2, dialogs: FakeDialogs) -> None:
    page = make_page(qtbot, world, dialogs)
    page.show()
    world.done(SIDE_BY_SIDE, MONDAY - dt.timedelta(days=3), notes=("Fresh words", ""))
    world.events.reflection_saved.emit()
    assert "Fresh words" in page.shared_notes.toPlainText()

    page.hide()
    world.done(FOREARM, MONDAY - dt.timedelta(days=2), notes=("While away", ""))
    world.events.reflection_saved.emit()
    assert "While away" not in page.shared_notes.toPlainText(), "a hidden page waits until it is shown"
    page.show()
    assert "While away" in page.shared_notes.toPlainText()


def test_unlock_dialog_masks_the_passphrase(qtbot: QtBot) -> None:
    dialog = UnlockDialog("Ana")
    qtbot.addWidget(dialog)
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password
    assert not dialog.open_button.isEnabled()
    dialog.passphrase_edit.setText(" exact Words ")
    assert dialog.open_button.isEnabled()
    assert dialog.passphrase() == " exact Words "
    assert "Ana" in dialog.prompt_label.text()
    assert "Ana" not in dialog.windowTitle(), "window titles show in task bars"


def test_the_history_is_read_only_once_the_page_is_shown(qtbot: QtBot, world: Couple2) -> None:
    reads: list[tuple[dt.date, dt.date]] = []
    original = world.progress.history

    def counting(start: dt.date, end: dt.date):  # type: ignore[no-untyped-def]
        reads.append((start, end))
        return original(start, end)

    world.progress.history = counting  # type: ignore[method-assign]
    page = ProgressPage(world.events, FakeDialogs(), world.clock)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.attach(world.progress, world.visits, world.library, world.couple)
    world.events.plan_changed.emit()
    assert reads == []  # hidden: start-up and edits elsewhere cost nothing here
    page.show()
    assert len(reads) == 1


NO_WORDS = ("declin", "skipped", "withdr", "not today", "not this time", "missed", "refus", "planned")


def test_the_page_shows_what_was_practised_and_never_a_count_of_no_s(
    qtbot: QtBot, world: Couple2, dialogs: FakeDialogs
) -> None:
    from repairplanner.core.entities import SessionDraft, SessionStatus

    world.done(SIDE_BY_SIDE, MONDAY - dt.timedelta(days=12), notes=("We laughed", ""))
    shown_today = world.today.day
    for offset, action in ((10, "decline"), (9, "withdraw"), (8, "skip"), (7, "decline")):
        day = MONDAY - dt.timedelta(days=offset)
        world.today.day = day  # consent is given on or before a session's day (core.session_rules)
        session = world.plan.add_session(SessionDraft(day, CHECK_IN, 15))
        for pid in (world.ana, world.bo):
            world.visits.set_consent(session.id, pid, True)
        if action == "decline":
            world.visits.decline_with_alternative(session.id, world.bo, SIDE_BY_SIDE)
        elif action == "withdraw":
            world.visits.set_consent(session.id, world.ana, False)
        else:
            world.visits.set_status(session.id, SessionStatus.SKIPPED)
    world.today.day = shown_today
    page = make_page(qtbot, world, dialogs)
    page.refresh()
    texts = " ".join(visible_texts(page)).casefold()
    assert "we laughed" in texts  # the page did read the history
    for word in NO_WORDS:
        assert word not in texts, word
    history = world.progress.history(MONDAY - dt.timedelta(days=14), MONDAY)
    assert sum(point.done for point in history.weeks) == 1
