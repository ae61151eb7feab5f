"""Help › How to use RepairPlanner: F1 opens the manual at the page's topic; its search finds and shows the words; its
files are complete in every language, with every picture they name, and nothing remote."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QImageReader, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from repairplanner.core.i18n import install_translator, untranslated
from repairplanner.ui.help import topics
from repairplanner.ui.help.help_actions import MANUAL_KEY
from repairplanner.ui.help.manual_window import ManualWindow, search_words
from repairplanner.ui.help.topics import TOPICS, manual_dir, read_topics, topic_title
from repairplanner.ui.shell.main_window import (
    GUIDE_PAGE,
    LIBRARY_PAGE,
    PAGE_TOPICS,
    PROGRESS_PAGE,
    WEEK_PAGE,
    MainWindow,
)
from tests.ui.test_keyboard import ambiguous_shortcuts, clashes, dialog_clashes

LANGUAGES = ("en", "de")
PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
#: The pictures of every language together stay small enough to ship.
MAX_PICTURE_BYTES = 3 * 1024 * 1024


def activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    widget.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def write_topics(folder: Path, texts: dict[str, str]) -> Path:
    """A manual folder with `texts` as the English topics (by id)."""
    (folder / "en").mkdir(parents=True)
    for topic_id, text in texts.items():
        (folder / "en" / f"{topic_id}.md").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def small_manual(qtbot: QtBot, tmp_path: Path) -> ManualWindow:
    folder = write_topics(
        tmp_path,
        {
            topics.GETTING_STARTED: "# Getting started\n\nSit down together. The plan is yours.\n",
            topics.WEEK: "# The week\n\nSeven days, and a box for each of you.\n\nSee [pausing](pause.md).\n",
            topics.PAUSE: "# Pausing the plan\n\nEither of you can pause. Marmalade helps.\n\nMore marmalade later.\n",
            topics.KEYBOARD: "# Keyboard shortcuts\n\nMarmalade is not a key.\n",
        },
    )
    manual = ManualWindow(read_topics("en", folder))
    qtbot.addWidget(manual)
    manual.show()
    return manual


# --- F1 ----------------------------------------------------------------------------------------------------------


def test_f1_on_each_page_opens_the_manual_at_that_page_s_topic(window: MainWindow, qtbot: QtBot) -> None:
    assert window.help.manual_action.shortcuts()[0].toString() == MANUAL_KEY
    pages = {WEEK_PAGE: topics.WEEK, LIBRARY_PAGE: topics.LIBRARY, PROGRESS_PAGE: topics.PROGRESS}
    pages[GUIDE_PAGE] = topics.GUIDE
    assert pages == PAGE_TOPICS
    english = {topic.id: topic.title for topic in read_topics("en")}
    for page, topic_id in PAGE_TOPICS.items():
        window.show_page(page, focus=True)
        activate(qtbot, window)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        manual = window.help.manual
        assert manual is not None
        qtbot.waitUntil(manual.isVisible)
        assert manual.current_topic() == topic_id
        current = manual.topic_list.currentItem()
        assert current is not None and current.text() == english[topic_id]
        assert manual.view.toPlainText().startswith(english[topic_id])
        assert manual.view.verticalScrollBar().value() == 0  # from the topic's top


def test_f1_is_bound_once_and_the_help_menu_has_no_clashing_letters(window: MainWindow) -> None:
    assert ambiguous_shortcuts(window) == {}
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]
    assert texts[0] == "&How to use RepairPlanner"
    assert "&Report a problem…" in texts
    assert clashes(texts) == {}


def test_the_manual_window_has_no_clashing_letters_and_its_search_keys_stay_inside_it(window: MainWindow) -> None:
    manual = window.help.open_manual()
    assert dialog_clashes(manual) == []
    assert manual.find_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert manual.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert ambiguous_shortcuts(window) == {}  # Ctrl+F in the manual does not take the library's or the Guide's


def test_locking_or_hiding_the_window_puts_the_manual_out_of_sight(window: MainWindow, qtbot: QtBot) -> None:
    manual = window.help.open_manual()
    assert manual.isVisible()
    window.privacy.quick_hide()  # no passphrase yet: the window is only hidden
    qtbot.waitUntil(lambda: not manual.isVisible())
    assert window.privacy.hidden


# --- the manual window ---------------------------------------------------------------------------------------------


def test_search_finds_a_topic_by_a_word_only_in_its_body_and_shows_the_match(small_manual: ManualWindow) -> None:
    manual = small_manual
    assert manual.topic_ids() == [topics.GETTING_STARTED, topics.WEEK, topics.PAUSE, topics.KEYBOARD]
    manual.search("MARMALADE helps")
    # Only the topic whose text holds every word is listed, and it is shown with the whole phrase selected.
    assert manual.topic_ids() == [topics.PAUSE]
    assert manual.current_topic() == topics.PAUSE
    cursor = manual.view.textCursor()
    assert cursor.selectedText() == "Marmalade helps"
    marked = [s.cursor.selectedText().lower() for s in manual.view.extraSelections()]
    assert sorted(marked) == ["helps", "marmalade", "marmalade"]
    view = manual.view.viewport().rect()
    assert QRect(view).contains(manual.view.cursorRect())
    assert manual.result_label.text() == ""


def test_a_search_with_no_match_says_so_and_clearing_it_lists_every_topic(small_manual: ManualWindow) -> None:
    small_manual.search("quince")
    assert small_manual.topic_ids() == []
    assert "No topic mentions that" in small_manual.result_label.text()
    assert small_manual.view.extraSelections() == []
    small_manual.search("")
    assert len(small_manual.topic_ids()) == 4
    assert small_manual.result_label.text() == ""


def test_enter_selects_the_next_match_then_the_next_topic_that_has_one(
    small_manual: ManualWindow, qtbot: QtBot
) -> None:
    manual = small_manual
    manual.search("marmalade")
    assert manual.topic_ids() == [topics.PAUSE, topics.KEYBOARD]
    first = manual.view.textCursor().selectionStart()
    qtbot.keyClick(manual.search_edit, Qt.Key.Key_Return)
    assert manual.current_topic() == topics.PAUSE
    assert manual.view.textCursor().selectionStart() > first
    qtbot.keyClick(manual.search_edit, Qt.Key.Key_Return)
    assert manual.current_topic() == topics.KEYBOARD
    assert manual.view.textCursor().selectedText() == "Marmalade"


def test_ctrl_f_goes_to_the_search_field_and_esc_closes(small_manual: ManualWindow, qtbot: QtBot) -> None:
    activate(qtbot, small_manual)
    small_manual.view.setFocus()
    qtbot.keyClick(small_manual.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert small_manual.search_edit.hasFocus()
    qtbot.keyClick(small_manual.search_edit, Qt.Key.Key_Escape)
    assert not small_manual.isVisible()


def test_a_link_to_another_topic_opens_it(small_manual: ManualWindow) -> None:
    small_manual.show_topic(topics.WEEK)
    small_manual.view.anchorClicked.emit(QUrl("pause.md"))
    assert small_manual.current_topic() == topics.PAUSE
    small_manual.view.anchorClicked.emit(QUrl("https://example.org/week.md"))
    assert small_manual.current_topic() == topics.PAUSE  # nothing outside the manual is followed


def test_showing_a_topic_clears_a_search_that_hides_it(small_manual: ManualWindow) -> None:
    small_manual.search("marmalade")
    assert small_manual.show_topic(topics.WEEK)
    assert small_manual.search_edit.text() == ""
    assert small_manual.current_topic() == topics.WEEK
    assert not small_manual.show_topic("no-such-topic")


def test_search_words_are_lower_cased_and_each_kept_once() -> None:
    assert search_words("  Stop SIGNAL stop  ") == ["stop", "signal"]


def test_pictures_are_shrunk_to_the_view_never_enlarged(qtbot: QtBot) -> None:
    manual = ManualWindow(read_topics("en"))
    qtbot.addWidget(manual)
    manual.resize(700, 600)
    manual.show()
    manual.show_topic(topics.WEEK)
    widths = _picture_widths(manual)
    assert widths and all(0 < width <= manual.view.width() for width in widths)
    manual.resize(1800, 900)
    qtbot.waitUntil(lambda: max(_picture_widths(manual)) > max(widths))
    natural = QImageReader(str(manual_dir() / "images" / "en" / "week.png")).size().width()
    assert max(_picture_widths(manual)) <= natural


# --- the files -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_topic_with_a_title(language: str) -> None:
    folder = manual_dir() / language
    assert sorted(p.stem for p in folder.glob("*.md")) == sorted(TOPICS)
    for topic in read_topics(language):
        assert topic.folder == folder, topic.id
        assert topic.title != topic.id and topic.markdown.startswith(f"# {topic.title}\n"), topic.id


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_a_topic_shows_exists_in_its_language(language: str) -> None:
    for topic in read_topics(language):
        pictures = PICTURE.findall(topic.markdown)
        for name in pictures:
            assert name.startswith(f"../images/{language}/") and name.endswith(".png"), (topic.id, name)
            path = (topic.folder / name).resolve()
            assert path.is_file(), (topic.id, name)
            assert QImageReader(str(path)).size().width() > 0, (topic.id, name)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_picture_is_shown_somewhere_and_every_link_leads_to_a_topic(language: str) -> None:
    texts = [topic.markdown for topic in read_topics(language)]
    shown = {Path(name).name for text in texts for name in PICTURE.findall(text)}
    assert {p.name for p in (manual_dir() / "images" / language).glob("*.png")} == shown
    for text in texts:
        for target in LINK.findall(text):
            assert target.removesuffix(".md") in TOPICS, target


def test_the_languages_show_the_same_pictures_and_ship_small() -> None:
    english = {p.name for p in (manual_dir() / "images" / "en").glob("*.png")}
    german = {p.name for p in (manual_dir() / "images" / "de").glob("*.png")}
    assert english == german
    assert sum(p.stat().st_size for p in (manual_dir() / "images").rglob("*.png")) < MAX_PICTURE_BYTES


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_in_the_manual_is_fetched_from_outside(language: str) -> None:
    for topic in read_topics(language):
        assert not re.search(r"\]\((https?|ftp|file):", topic.markdown), topic.id
        assert "<img" not in topic.markdown and "<iframe" not in topic.markdown, topic.id


def test_each_page_has_a_topic_and_the_german_titles_are_german() -> None:
    english = {t.id: t.title for t in read_topics("en")}
    german = {t.id: t.title for t in read_topics("de")}
    assert set(PAGE_TOPICS.values()) <= set(english)
    assert all(german[topic_id] != english[topic_id] for topic_id in TOPICS)


def test_a_language_without_a_file_reads_the_topic_in_english(tmp_path: Path) -> None:
    folder = write_topics(tmp_path, {topics.WEEK: "# The week\n\nSeven days.\n", topics.PAUSE: "# Pausing\n"})
    (folder / "de").mkdir()
    (folder / "de" / "week.md").write_text("# Die Woche\n\nSieben Tage.\n", encoding="utf-8")
    read = read_topics("de", folder)
    assert [(t.id, t.title, t.folder.name) for t in read] == [
        (topics.WEEK, "Die Woche", "de"),
        (topics.PAUSE, "Pausing", "en"),
    ]
    assert topic_title("No heading here", "fallback") == "fallback"


@pytest.fixture
def german() -> Iterator[None]:
    previous = install_translator(untranslated, "de")
    yield
    install_translator(*previous)


@pytest.mark.usefixtures("german")
def test_the_manual_opens_in_the_interface_language(window: MainWindow) -> None:
    manual = window.help.open_manual(topics.PAUSE)
    german = {t.id: t.title for t in read_topics("de")}
    assert manual.current_topic() == topics.PAUSE
    assert manual.view.toPlainText().startswith(german[topics.PAUSE])


def _picture_widths(manual: ManualWindow) -> list[float]:
    document = manual.view.document()
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                widths.append(fragment.charFormat().toImageFormat().width())
            iterator += 1
        block = block.next()
    return widths
