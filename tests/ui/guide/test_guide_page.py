"""The Guide page on real widgets: lazy loading, search as you type, plain text, keyboard, print and PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repairplanner.services.bundle import Services
from repairplanner.ui.guide.guide_page import NOT_INSTALLED, NOTHING_FOUND, GuidePage
from repairplanner.ui.guide.reading_list_model import ID_ROLE, ReadingListModel
from repairplanner.ui.shell.main_window import GUIDE_PAGE, MainWindow
from tests.helpers import FakeDialogs


def titles(page: GuidePage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_the_readings_are_read_when_the_page_is_first_shown(window: MainWindow, services: Services) -> None:
    assert not services.guide.loaded  # not at start-up
    window.show_page(GUIDE_PAGE)
    assert services.guide.loaded
    page = window.guide_page
    assert page is not None
    assert titles(page)[0] == "Betrayal as a trauma"
    assert len(titles(page)) == 5


def test_f2_and_ctrl_4_open_the_guide_from_any_page(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.pages.currentIndex() == GUIDE_PAGE
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == GUIDE_PAGE
    assert window.guide_page is not None and window.guide_page.list_view.hasFocus()
    qtbot.keyClick(window.guide_page.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.guide_page.search_edit.hasFocus()


def test_search_filters_as_you_type_and_says_when_nothing_matches(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(GUIDE_PAGE)
    page = window.guide_page
    assert page is not None
    qtbot.keyClicks(page.search_edit, "deadline")
    assert titles(page) == ["Forgiveness is not forgetting"]
    assert "There is no deadline." in page.reading_view.toPlainText()
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "nothing like this")
    assert titles(page) == []
    assert page.message_label.text() == NOTHING_FOUND and page.message_label.isVisibleTo(page)
    assert page.reading_view.toPlainText() == ""
    assert not page.print_button.isEnabled()


def test_reading_text_is_plain_never_markup(window: MainWindow) -> None:
    window.show_page(GUIDE_PAGE)
    page = window.guide_page
    assert page is not None
    text = page.reading_view.toPlainText()
    assert "<b>angle brackets</b> & an ampersand" in text
    assert "going slowly" in text and "- going slowly" not in text  # a list item, its dash made a bullet
    assert page.reading_view.document().toHtml().count("<b>angle") == 0  # escaped, never markup


def test_the_list_and_the_reading_work_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(GUIDE_PAGE, focus=True)
    page = window.guide_page
    assert page is not None
    qtbot.waitActive(window)
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    assert page.current_reading() is not None and page.current_reading().id == "before-touch"  # type: ignore[union-attr]
    assert "Before your first touch session" in page.reading_view.toPlainText()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Tab)
    assert page.reading_view.hasFocus()
    page.reading_view.resize(200, 60)  # small enough to scroll
    bar = page.reading_view.verticalScrollBar()
    before = bar.value()
    qtbot.keyClick(page.reading_view, Qt.Key.Key_PageDown)
    assert bar.maximum() == 0 or bar.value() > before


def test_a_reading_exports_as_a_pdf_with_its_text(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    window.show_page(GUIDE_PAGE)
    page = window.guide_page
    assert page is not None
    target = tmp_path / "reading.pdf"
    dialogs.script("choose_save_path", target)
    page.pdf_button.click()
    reader = PdfReader(str(target))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Betrayal as a trauma" in text and "Hypervigilance fades with safety." in text
    assert reader.metadata is not None and reader.metadata.title == "A reading"
    assert ("inform", "Export the reading as PDF", f"Saved the reading to {target}.") in dialogs.shown


def test_printing_a_reading_previews_it_in_portrait(window: MainWindow, dialogs: FakeDialogs) -> None:
    window.show_page(GUIDE_PAGE)
    page = window.guide_page
    assert page is not None
    page.print_button.click()
    name, args = dialogs.calls[-1]
    assert name == "print_preview"
    document, title, _paper, landscape = args
    assert title == "A reading" and landscape is False
    assert "Betrayal as a trauma" in document.toPlainText()


def test_a_guide_not_installed_says_so(qtbot: QtBot, dialogs: FakeDialogs, sessions: object, tmp_path: Path) -> None:

    from repairplanner.services.guide import GuideService

    page = GuidePage(dialogs)
    qtbot.addWidget(page)
    page.attach(GuideService(sessions, tmp_path / "none"))
    page.show()
    assert titles(page) == []
    assert page.message_label.text() == NOT_INSTALLED


def test_the_reading_list_model_is_a_sound_model(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = ReadingListModel()
    model.set_rows(services.guide.readings())
    qtmodeltester.check(model)
    assert model.index(4, 0).data(ID_ROLE) == "forgiveness"
    assert model.row_of("forgiveness") == 4 and model.row_of("nope") == -1
