"""Slow work (a passphrase's key derivation takes a third of a second or more) off the GUI thread, with a sign of it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressBar, QVBoxLayout, QWidget

from repairplanner.ui.shared.plain_text import plain_label

T = TypeVar("T")

#: Work that ends sooner shows no indicator at all, so a fast machine sees no flicker.
SHOW_AFTER_MS = 150


class _Finished(QObject):
    """Carries "the work is done" from the worker thread to the GUI thread's event loop."""

    done = Signal()


class BusyIndicator(QWidget):
    """A small, calm "working" note over the window: a moving bar and what is happening."""

    def __init__(self, parent: QWidget | None, message: str) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        layout = QVBoxLayout(self)
        self.label = plain_label(message)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no known end: the bar moves to show the app is alive
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(message)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)


def run_off_gui_thread(parent: QWidget | None, message: str, work: Callable[[], T]) -> T:
    """Run `work` on a worker thread and return its result (or raise its error), keeping the window painted.

    The window is disabled meanwhile, so no click starts something else; after SHOW_AFTER_MS a small indicator
    says what is happening. `work` must not touch widgets: it calls services, which open their own transaction.
    """
    outcome: list[T] = []
    failure: list[BaseException] = []
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def target() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # handed to the GUI thread and raised there
            failure.append(error)
        finally:
            finished.done.emit()

    window = parent.window() if parent is not None else None
    indicator = BusyIndicator(window, message)
    if window is not None:
        window.setEnabled(False)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
    timer.timeout.connect(lambda: _show_over(indicator, window))
    worker = threading.Thread(target=target, name="repairplanner-work", daemon=True)
    try:
        timer.start()
        worker.start()
        loop.exec()
        worker.join()
    finally:
        timer.stop()
        indicator.close()
        indicator.deleteLater()
        QApplication.restoreOverrideCursor()
        if window is not None:
            window.setEnabled(True)
    if failure:
        raise failure[0]
    return outcome[0]


def _show_over(indicator: BusyIndicator, window: QWidget | None) -> None:
    indicator.adjustSize()
    if window is not None:
        centre = window.mapToGlobal(window.rect().center())
        indicator.move(centre.x() - indicator.width() // 2, centre.y() - indicator.height() // 2)
    indicator.show()
