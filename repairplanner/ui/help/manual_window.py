"""The manual: a list of topics beside the topic itself, searchable by every word of every topic, offline."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QImageReader,
    QKeySequence,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.i18n import translate
from repairplanner.ui.help.topics import Topic
from repairplanner.ui.shared.geometry import fit_to_screen
from repairplanner.ui.shared.plain_text import plain_label

TOPIC_ROLE = Qt.ItemDataRole.UserRole
# The soft yellow of a highlighter pen behind every match; the current match is the selection.
MATCH_COLOUR = "#fff0a0"


def search_words(query: str) -> list[str]:
    """The words of a search, lower-cased, each once, in order."""
    words: list[str] = []
    for word in query.lower().split():
        if word not in words:
            words.append(word)
    return words


def plain_text(topic: Topic) -> str:
    """What a topic reads as on screen, without its markup: the text a search looks through."""
    document = QTextDocument()
    document.setMarkdown(topic.markdown)
    return document.toPlainText()


class ManualWindow(QDialog):
    """Topics on the left, the chosen one on the right; Ctrl+F searches them all, Enter jumps to the next match."""

    def __init__(self, topics: Sequence[Topic], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._topics = {topic.id: topic for topic in topics}
        self._texts = {topic.id: plain_text(topic).lower() for topic in topics}
        self._shown: str | None = None
        self._build_ui()
        self._connect_signals()
        for topic in topics:
            item = QListWidgetItem(topic.title)
            item.setData(TOPIC_ROLE, topic.id)
            self.topic_list.addItem(item)
        if topics:
            self.topic_list.setCurrentRow(0)

    def _build_ui(self) -> None:
        # A window of its own, beside the app, not a dialog over it; Esc still closes it.
        self.setWindowFlags(Qt.WindowType.Window)
        # A neutral title: the window switcher and the task bar say nothing about what the plan is for.
        self.setWindowTitle(translate("ManualWindow", "Help"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(translate("ManualWindow", "Search the manual"))
        self.search_edit.setAccessibleName(translate("ManualWindow", "Search the manual"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = plain_label(translate("ManualWindow", "&Search"))
        search_label.setBuddy(self.search_edit)
        self.result_label = plain_label()
        self.result_label.setAccessibleName(translate("ManualWindow", "Search result"))
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.result_label)

        self.topic_list = QListWidget()
        self.topic_list.setAccessibleName(translate("ManualWindow", "Topics"))
        self.topic_list.setMinimumWidth(200)
        # Long titles wrap onto a second line rather than hiding behind a scroll bar.
        self.topic_list.setWordWrap(True)
        self.topic_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.topic_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topic_list.setSpacing(2)
        self.view = QTextBrowser()
        self.view.setAccessibleName(translate("ManualWindow", "Topic"))
        self.view.setOpenLinks(False)  # links between topics are followed here; nothing is fetched from outside
        self.view.viewport().installEventFilter(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.topic_list)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])

        self.find_action = QAction(translate("ManualWindow", "Search the manual"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        # Only inside this window: the pages of the main window keep Ctrl+F for their own search.
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)

        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        fit_to_screen(self, 1000, 700)

    def _connect_signals(self) -> None:
        self.topic_list.currentItemChanged.connect(self._on_topic_list_current_item_changed)
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self.next_match)
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.view.anchorClicked.connect(self._on_view_anchor_clicked)

    # ------------------------------------------------------------------ public

    def topic_ids(self) -> list[str]:
        """The topics listed now (a search hides those it does not find), in order."""
        return [
            str(item.data(TOPIC_ROLE))
            for row in range(self.topic_list.count())
            if (item := self.topic_list.item(row)) is not None and not item.isHidden()
        ]

    def current_topic(self) -> str | None:
        """The id of the topic on the right."""
        return self._shown

    def show_topic(self, topic_id: str) -> bool:
        """Show `topic_id` from its top (a search that hides it is cleared); False if there is no such topic."""
        if topic_id not in self._topics:
            return False
        if topic_id not in self.topic_ids():
            self.search_edit.clear()
        item = self._item(topic_id)
        if item is not None:
            self.topic_list.setCurrentItem(item)
        if self._shown != topic_id:
            self._show(topic_id)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)
        self.view.ensureCursorVisible()
        return True

    def search(self, query: str) -> None:
        """Search every topic for `query`, as if it had been typed."""
        self.search_edit.setText(query)

    def next_match(self) -> None:
        """Select the next match in this topic, or the first one of the next topic that has one."""
        words = search_words(self.search_edit.text())
        if not words or self._shown is None:
            return
        if self._select_match(words, self.view.textCursor()):
            return
        listed = self.topic_ids()
        if self._shown in listed:
            following = listed[listed.index(self._shown) + 1 :] + listed[: listed.index(self._shown) + 1]
        else:
            following = listed
        for topic_id in following:
            item = self._item(topic_id)
            if item is not None:
                self.topic_list.setCurrentItem(item)  # shows the topic, highlighted, at its first match
                return

    # ------------------------------------------------------------------ showing

    def _item(self, topic_id: str) -> QListWidgetItem | None:
        for row in range(self.topic_list.count()):
            item = self.topic_list.item(row)
            if item is not None and item.data(TOPIC_ROLE) == topic_id:
                return item
        return None

    def _show(self, topic_id: str) -> None:
        topic = self._topics[topic_id]
        self._shown = topic_id
        self.view.setSearchPaths([str(topic.folder)])
        self.view.setMarkdown(topic.markdown)
        self._fit_pictures()
        self._highlight()

    def _highlight(self) -> None:
        """Mark every match of every searched word, and select the first match of the search."""
        words = search_words(self.search_edit.text())
        marked = QTextCharFormat()
        marked.setBackground(QColor(MATCH_COLOUR))
        marked.setForeground(QColor("black"))
        selections = []
        document = self.view.document()
        for word in words:
            cursor = document.find(word)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marked
                selections.append(selection)
                cursor = document.find(word, cursor)
        self.view.setExtraSelections(selections)
        if words:
            start = QTextCursor(document)
            if not self._select_match(words, start):
                self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def _select_match(self, words: list[str], after: QTextCursor) -> bool:
        """Select the next match of the whole search (or else of its first word) after `after`; False if none."""
        document = self.view.document()
        for needle in (" ".join(words), words[0]):
            found = document.find(needle, after)
            if not found.isNull():
                self.view.setTextCursor(found)
                self._scroll_to_cursor()
                return True
        return False

    def _scroll_to_cursor(self) -> None:
        """Bring the selected match to the upper third of the view, with the text before it for context."""
        self.view.ensureCursorVisible()
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + self.view.cursorRect().top() - self.view.viewport().height() // 3)

    def _fit_pictures(self) -> None:
        """Shrink every picture to the width of the view (never enlarge it), keeping its proportions."""
        topic = self._topics.get(self._shown or "")
        if topic is None:
            return
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = max(120, self.view.width() - scroll_bar - 2 * int(self.view.document().documentMargin()) - 8)
        document = self.view.document()
        changes: list[tuple[int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    size = QImageReader(str(_picture_path(topic.folder, image.name()))).size()
                    if size.isValid() and size.width() > 0:
                        width = min(size.width(), room)
                        image.setWidth(width)
                        image.setHeight(size.height() * width / size.width())
                        changes.append((fragment.position(), image))
                iterator += 1
            block = block.next()
        for position, image in changes:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    # ------------------------------------------------------------------ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QResizeEvent)
            and watched is self.view.viewport()
            and event.oldSize().width() != event.size().width()
        ):
            self._fit_pictures()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ slots

    def _on_topic_list_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._show(str(current.data(TOPIC_ROLE)))

    def _on_search_edit_text_changed(self, query: str) -> None:
        words = search_words(query)
        found = 0
        for row in range(self.topic_list.count()):
            item = self.topic_list.item(row)
            if item is None:
                continue
            text = self._texts.get(str(item.data(TOPIC_ROLE)), "")
            matches = all(word in text for word in words)
            item.setHidden(not matches)
            found += matches
        if words and not found:
            self.result_label.setText(translate("ManualWindow", "No topic mentions that. Try other words."))
        else:
            self.result_label.setText("")
        listed = self.topic_ids()
        if self._shown in listed:
            self._highlight()
        elif listed:
            first = self._item(listed[0])
            if first is not None:
                self.topic_list.setCurrentItem(first)
        else:
            self.view.setExtraSelections([])

    def _on_find_action_triggered(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _on_view_anchor_clicked(self, url: QUrl) -> None:
        # Only links to other topics ("week.md") are followed; the manual never opens anything outside itself.
        name = Path(url.path()).name
        if not url.scheme() and name.endswith(".md"):
            self.show_topic(name.removesuffix(".md"))


def _picture_path(folder: Path, name: str) -> Path:
    """Where a picture a topic names (relative to the topic's folder) is on disk."""
    return (folder / QUrl(name).path()).resolve()
