"""The app lock and the quick hide.

When locked, the window shows only a neutral screen: no menus, no pages, no status line, and a neutral title, so
nothing of the plan is visible, nor in the window switcher's thumbnail. Either partner's passphrase opens it, or a
passphrase the couple set for the lock (View › Set the lock passphrase…, asked for when neither has one).
The lock comes on after a chosen idle time (if turned on), or at once with View › Lock now. The quick hide blanks
the window the same way and minimises it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.ui.lock.idle import DEFAULT_IDLE_MINUTES
from repairplanner.ui.shared.dialogs import DialogService
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.style import Role, set_role

if TYPE_CHECKING:
    from repairplanner.services.lock import LockService

#: What a locked or hidden window is called in the title bar and the window switcher.
LOCKED_TITLE = QT_TRANSLATE_NOOP("PrivacyLock", "Weekly planner")
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockScreen(QWidget):
    """A neutral screen: a passphrase field and a button, nothing else. `hidden_only` shows just a button."""

    unlock_requested = Signal(str)
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.heading = plain_label(translate("LockScreen", "Locked"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.heading, Role.PAGE_TITLE)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(translate("LockScreen", "Passphrase"))
        self.passphrase_edit.setAccessibleName(translate("LockScreen", "Passphrase"))
        self.passphrase_edit.setMaximumWidth(320)
        self.unlock_button = QPushButton(translate("LockScreen", "&Unlock"))
        self.show_button = QPushButton(translate("LockScreen", "&Show"))
        self.problem_label = plain_label()
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.heading, self.passphrase_edit, self.unlock_button, self.show_button, self.problem_label):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.passphrase_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.show_button.clicked.connect(self.show_requested)

    def prepare(self, *, needs_passphrase: bool) -> None:
        """Locked (a passphrase opens it) or only hidden (a button shows the plan again)."""
        self.heading.setText(
            translate("LockScreen", "Locked") if needs_passphrase else translate("LockScreen", "Hidden")
        )
        self.passphrase_edit.clear()
        self.problem_label.clear()
        for widget in (self.passphrase_edit, self.unlock_button):
            widget.setVisible(needs_passphrase)
        self.show_button.setVisible(not needs_passphrase)

    def _on_unlock_button_clicked(self) -> None:
        self.unlock_requested.emit(self.passphrase_edit.text())


class PrivacyLock(QObject):
    """The lock, the quick hide and the idle timer for one main window."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        dialogs: DialogService,
        settings: QSettings,
        restore_title: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._dialogs = dialogs
        self._settings = settings
        self._restore_title = restore_title
        self._lock: LockService | None = None
        self._covered: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self.screen = LockScreen(window)
        self.screen.hide()
        self.screen.unlock_requested.connect(self.try_unlock)
        self.screen.show_requested.connect(self._uncover)
        self.locked = False
        self.hidden = False
        self.idle_timer = QTimer(self, singleShot=True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)
        self.lock_action = QAction(translate("PrivacyLock", "&Lock now"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.hide_action = QAction(translate("PrivacyLock", "&Quick hide"), self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.hide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.hide_action.triggered.connect(self.quick_hide)
        self.idle_action = QAction(translate("PrivacyLock", "Lock when &idle…"), self, checkable=True)
        self.idle_action.triggered.connect(self._on_idle_action_triggered)
        self.passphrase_action = QAction(translate("PrivacyLock", "Set the lock &passphrase…"), self)
        self.passphrase_action.triggered.connect(self.set_lock_passphrase)
        for action in (self.lock_action, self.hide_action):
            window.addAction(action)  # their shortcuts work even while the menus are hidden
        self.idle_action.setChecked(bool(self._settings.value("privacy/lock_when_idle", False, type=bool)))
        self._watching = False

    def actions(self) -> list[QAction]:
        return [self.lock_action, self.idle_action, self.hide_action, self.passphrase_action]

    def attach(self, lock: LockService | None) -> None:
        self._lock = lock
        if not self._watching:
            # Watching every event starts with the services, after the first paint: an application-wide filter in
            # Python makes Qt look up a Python type for every object that gets an event, which loads nearly every
            # Qt class (tens of milliseconds). Nothing can lock before then anyway.
            self._watching = True
            QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
            self._restart_idle_timer()

    @property
    def idle_minutes(self) -> int:
        minutes = self._settings.value("privacy/lock_idle_minutes", DEFAULT_IDLE_MINUTES, type=int)
        return max(1, int(minutes))  # type: ignore[call-overload,no-any-return]  # PySide6's stub says object

    # --- locking -----------------------------------------------------------------------------------------------------

    def can_lock(self) -> bool:
        """Whether some passphrase can open the lock (the couple's lock passphrase, or a partner's)."""
        return self._lock is not None and self._lock.can_lock()

    def set_lock_passphrase(self) -> bool:
        """Ask the couple for a lock passphrase and store it; True if one was set."""
        if self._lock is None:
            return False
        passphrase = self._dialogs.new_lock_passphrase(self._window)
        if passphrase is None:
            return False
        try:
            self._lock.set_couple_passphrase(passphrase)
        except UserFacingError as error:
            self._dialogs.warn(self._window, translate("PrivacyLock", "Lock passphrase"), error.message)
            return False
        return True

    def lock(self) -> bool:
        """Cover the plan with the lock screen; with no passphrase to open it yet, one is asked for first."""
        if self.locked:
            return True
        if self._lock is None or (not self.can_lock() and not self.set_lock_passphrase()):
            return False
        self.locked = True
        self._cover(needs_passphrase=True)
        self.locked_changed.emit(True)
        return True

    def quick_hide(self) -> None:
        """Blank the window at once and minimise it; it comes back locked when the lock can be used."""
        if self.can_lock():
            self.locked = True
            self._cover(needs_passphrase=True)
            self.locked_changed.emit(True)
        elif not self.locked:
            self.hidden = True
            self._cover(needs_passphrase=False)
        self.screen.repaint()  # painted before minimising, so the switcher's thumbnail shows nothing of the plan
        self._window.showMinimized()

    def try_unlock(self, passphrase: str) -> bool:
        """Open the lock with the couple's lock passphrase or either partner's (which one is never shown)."""
        if not self.locked or self._lock is None:
            return False
        if self._lock.opens(passphrase):
            self.locked = False
            self._uncover()
            self.locked_changed.emit(False)
            return True
        self.screen.passphrase_edit.clear()
        self.screen.problem_label.setText(
            translate("PrivacyLock", "That passphrase did not open it. Passphrases are case-sensitive.")
        )
        return False

    def _cover(self, *, needs_passphrase: bool) -> None:
        window = self._window
        if not self._covered:
            parts = (window.centralWidget(), window.menuBar(), window.statusBar())
            self._covered = [w for w in parts if w is not None and w.isVisible()]
            for widget in self._covered:
                widget.hide()
            self._disabled_actions = [
                a for a in window.findChildren(QAction) if a.isEnabled() and a not in (self.hide_action,)
            ]
            for action in self._disabled_actions:
                action.setEnabled(False)
        window.setWindowTitle(translate("PrivacyLock", LOCKED_TITLE))
        self.screen.prepare(needs_passphrase=needs_passphrase)
        self.screen.setGeometry(window.rect())
        self.screen.show()
        self.screen.raise_()
        (self.screen.passphrase_edit if needs_passphrase else self.screen.show_button).setFocus()

    def _uncover(self) -> None:
        if self.locked:
            return
        self.hidden = False
        self.screen.hide()
        for widget in self._covered:
            widget.show()
        for action in self._disabled_actions:
            action.setEnabled(True)
        self._covered, self._disabled_actions = [], []
        self._restore_title()
        self._restart_idle_timer()

    def resize_screen(self) -> None:
        if self.screen.isVisible():
            self.screen.setGeometry(self._window.rect())

    # --- idle --------------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self._restart_idle_timer()
        return False

    def _restart_idle_timer(self) -> None:
        if self.idle_action.isChecked():
            self.idle_timer.start(self.idle_minutes * 60_000)
        else:
            self.idle_timer.stop()

    def _on_idle_timer_timeout(self) -> None:
        if self.idle_action.isChecked() and not self.locked and self.can_lock():
            self.lock()

    def _on_idle_action_triggered(self, checked: bool) -> None:
        if checked:
            if not self.can_lock() and not self.set_lock_passphrase():
                self.idle_action.setChecked(False)
                return
            minutes = self._dialogs.choose_idle_minutes(self._window, self.idle_minutes)
            if minutes is None:
                self.idle_action.setChecked(False)
                return
            self._settings.setValue("privacy/lock_idle_minutes", minutes)
        self._settings.setValue("privacy/lock_when_idle", checked)
        self._restart_idle_timer()
