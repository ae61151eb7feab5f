"""User text (a name, a stop signal, a title, a note) is shown as typed: never read as rich text.

A QLabel guesses rich text by default, so "<b>Ana</b>" as a name would show as a bold "Ana". Every label that
can hold something the couple typed goes through `plain_label` or `set_plain`; HTML documents built for a text
browser or for print take user text through `html_text`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that shows `text` literally, whatever characters it holds."""
    label = QLabel(parent)
    set_plain(label, text)
    label.setWordWrap(wrap)
    return label


def set_plain(label: QLabel, text: str) -> None:
    """Show `text` on `label` literally."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def html_text(text: str) -> str:
    """`text` escaped for an HTML document, its line breaks kept."""
    import html  # here: the week's first paint shows no HTML (start-up time)

    return html.escape(text).replace("\n", "<br>")


def wrapped(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` broken into lines at spaces so each fits `width` pixels (for a button, which cannot wrap itself)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)
