"""The main window: a thin shell of menus, a page list, the pages, and a status bar."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from repairplanner import APP_NAME, __version__
from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple, CoupleSetup
from repairplanner.core.entities import Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.opening import OpeningWeek
from repairplanner.ui.help import topics
from repairplanner.ui.help.last_error import LastError
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.geometry import fit_to_screen
from repairplanner.ui.shared.plain_text import plain_label
from repairplanner.ui.shared.readiness import getting_ready, hold
from repairplanner.ui.shared.style import follow_palette, space
from repairplanner.ui.week.week_page import WeekPage

if TYPE_CHECKING:
    from repairplanner.services.bundle import Services
    from repairplanner.ui.guide.guide_page import GuidePage
    from repairplanner.ui.library.library_page import LibraryPage
    from repairplanner.ui.progress.progress_page import ProgressPage
    from repairplanner.ui.shared.dialogs import DialogService

WEEK_PAGE, LIBRARY_PAGE, PROGRESS_PAGE, GUIDE_PAGE = 0, 1, 2, 3
#: The manual's topic for each page: F1 opens it there.
PAGE_TOPICS = {
    WEEK_PAGE: topics.WEEK,
    LIBRARY_PAGE: topics.LIBRARY,
    PROGRESS_PAGE: topics.PROGRESS,
    GUIDE_PAGE: topics.GUIDE,
}
#: The status bar while the plan rests: never whose click it was.
PAUSED_STATUS = QT_TRANSLATE_NOOP("MainWindow", "the plan is paused, resting until you both resume")
#: Safety and help, one keystroke away on every page (F1 opens the manual).
SAFETY_SHORTCUT = "Ctrl+Shift+H"
#: The Guide, besides Ctrl+4 (its place in the page list).
GUIDE_SHORTCUT = "F2"
#: A title that says nothing about what the plan is for, for a screen others can see.
DISCREET_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Weekly planner")
#: Redo by either common key (each bound once, so neither is ambiguous).
REDO_KEYS = [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]

#: With `{app}` and `{version}` filled in where it is shown.
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>{app} {version}</h3>"
    "<p>A place for two people to plan a calm, graded week of non-sexual touch and honest talk, "
    "together, at their own pace.</p>"
    "<p>RepairPlanner is not therapy. A couples therapist can walk this road with you. "
    "If anyone is unsafe at home, please contact local emergency services or a domestic abuse helpline.</p>"
    "<p>Everything stays on this computer.</p>",
)


#: The page list's icons (resources/icons/pages/), in the order of the pages.
PAGE_ICONS = ("week", "library", "progress", "guide")


class MainWindow(QMainWindow):
    """Assembles the pages; owns nothing but layout, menus, the undo stack and remembered geometry."""

    first_painted = Signal()
    services_attached = Signal()

    def __init__(
        self,
        events: AppEvents,
        dialogs: DialogService,
        settings: QSettings,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._events = events
        self._dialogs = dialogs
        self._settings = settings
        self._clock = clock
        self._services: Services | None = None
        self._couple: Couple | None = None
        self._opening_paused = False
        self._painted = False
        self._finished = False
        # The kind of the last unexpected error, filled by app.py's error hook (Help › Report a problem shows it).
        self.last_error = LastError()
        self.undo_stack = QUndoStack(self)
        self._build_ui()
        self._connect_signals()
        self._restore_state()

    def _build_ui(self) -> None:
        """What the first paint shows: the pages, the page list, the status line and the menu bar's titles.

        The menus' contents, help, printing, backups, the privacy lock, the Guide's banner and the today line are
        built by `finish`, right after the first paint (start-up time); nothing of theirs is on screen before.
        """
        self.setWindowTitle(translate("MainWindow", DISCREET_TITLE) if self._saved_discreet() else APP_NAME)
        self.week_page = WeekPage(self._events, self._dialogs, self.undo_stack, self._clock)
        # The Library, Progress and Guide pages are built the first time they are wanted (start-up time).
        self._library_page: LibraryPage | None = None
        self._progress_page: ProgressPage | None = None
        self._guide_page: GuidePage | None = None
        self.pages = QStackedWidget()
        self.page_list = QListWidget()
        self.page_list.setObjectName("pageList")  # the stylesheet's page list (ui/shared/style.py)
        self.page_list.setAccessibleName(translate("MainWindow", "Pages"))
        self.page_list.setIconSize(QSize(20, 20))
        placeholders = (
            (translate("MainWindow", "Library"), QWidget()),
            (translate("MainWindow", "Progress"), QWidget()),
            (translate("MainWindow", "Guide"), QWidget()),
        )
        for title, page in ((translate("MainWindow", "Week"), self.week_page), *placeholders):
            self.pages.addWidget(page)
            self.page_list.addItem(title)
        for row, icon in enumerate(PAGE_ICONS):
            self.page_list.item(row).setData(Qt.ItemDataRole.UserRole, icon)  # restyle() draws it again after dark
            self.page_list.item(row).setSizeHint(QSize(0, space(9)))
        # As wide as the longest page name in this language, with room for the icon and the padding.
        widest = max(self.page_list.fontMetrics().horizontalAdvance(self.page_list.item(r).text()) for r in range(4))
        self.page_list.setFixedWidth(widest + 20 + space(10))
        central = QWidget()
        self._outer = QVBoxLayout(central)
        self._outer.setContentsMargins(6, 6, 6, 0)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_list)
        layout.addWidget(self.pages, 1)
        self._outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        follow_palette(self)  # the page list's look and icons, now that it is in the window
        self.status_label = plain_label(translate("MainWindow", "Opening your plan…"))
        self.statusBar().addWidget(self.status_label, 1)
        self.setEnabled(False)  # until the services are attached and the couple is known
        self._build_menu_bar()

    def _build_menu_bar(self) -> None:
        """Every menu in its place, so the menu bar never moves; Edit and Week are filled now, the rest by `finish`."""
        self._file_menu = self._add_menu(translate("MainWindow", "&File"), [])
        edit_menu = self._add_menu(translate("MainWindow", "&Edit"), [])
        self.undo_action = self.undo_stack.createUndoAction(self, translate("MainWindow", "&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, translate("MainWindow", "&Redo"))
        # Both common redo keys, each once: the platform's Redo key is one of these two, and a key bound twice is
        # ambiguous to Qt and does nothing.
        self.redo_action.setShortcuts(REDO_KEYS)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self._add_menu(translate("MainWindow", "&Week"), self.week_page.menu_actions())
        self._add_page_menus()
        self._view_menu = self._add_menu(translate("MainWindow", "&View"), [])
        self._help_menu = self._add_menu(translate("MainWindow", "&Help"), [])
        for waiting in (self._file_menu, self._view_menu, self._help_menu):
            waiting.aboutToShow.connect(self.finish)  # filled already, unless opened in the instant before

    def finish(self) -> None:
        """Build what the first paint does not show: the menus' contents, help, printing, backups, the privacy lock,
        the Guide's banner and the today line. Runs once, right after the first paint, or at `attach` if sooner."""
        if self._finished:
            return
        self._finished = True
        from repairplanner.ui.guide.moments import GuideBanner, GuideMoments
        from repairplanner.ui.help.help_actions import HelpActions
        from repairplanner.ui.shell.guide_offers import GuideOffers
        from repairplanner.ui.shell.today_line import TodayLine

        self.guide_banner = GuideBanner()  # hidden until the Guide offers a reading: nothing moves now
        self.guide_moments = GuideMoments(self.guide_banner)
        self.guide_offers = GuideOffers(self.guide_moments, self._clock)
        self._outer.insertWidget(0, self.guide_banner)
        self.today_line = TodayLine(self._clock)  # empty until the services are attached
        self.statusBar().addPermanentWidget(self.today_line)
        self.help = HelpActions(self._dialogs, self, self._page_topic, self.last_error)
        self._fill_file_menu()
        self._fill_view_menu()
        self._fill_help_menu()
        self._connect_finished_signals()
        self.discreet_title_action.setChecked(self._saved_discreet())
        if self._services is None and self._couple is not None:  # the opening week is shown: not ready yet
            for action in self._waiting_actions():
                hold(action, False)

    def _fill_file_menu(self) -> None:
        from repairplanner.ui.backups.backup_actions import BackupActions
        from repairplanner.ui.exports.print_actions import PrintActions

        file_menu = self._file_menu
        self.settings_action = QAction(translate("MainWindow", "Se&ttings…"), self)
        self.settings_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")])
        self.quit_action = QAction(translate("MainWindow", "&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.passphrase_action = QAction(translate("MainWindow", "C&hange a passphrase…"), self)
        self.print_actions = PrintActions(self._dialogs, self._settings, self._clock, self)
        for action in self.print_actions.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.backup_actions = BackupActions(self._dialogs, self._events, self.undo_stack, self)
        for action in self.backup_actions.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

    def _fill_view_menu(self) -> None:
        from repairplanner.ui.lock.privacy_lock import PrivacyLock

        view_menu = self._view_menu
        self.page_actions: list[QAction] = []
        for number in range(self.page_list.count()):
            item = self.page_list.item(number)
            action = QAction(item.text() if item is not None else "", self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.show_page(n, focus=True))
            view_menu.addAction(action)
            self.page_actions.append(action)
        self.page_actions[GUIDE_PAGE].setShortcuts(
            [QKeySequence(f"Ctrl+{GUIDE_PAGE + 1}"), QKeySequence(GUIDE_SHORTCUT)]
        )
        view_menu.addSeparator()
        self.discreet_title_action = QAction(translate("MainWindow", "&Discreet window title"), self, checkable=True)
        self.discreet_title_action.setToolTip(
            translate(
                "MainWindow",
                "Show \u201c{discreet}\u201d instead of \u201c{app}\u201d, and keep levels and the stop "
                "signal out of the status bar",
            ).format(discreet=translate("MainWindow", DISCREET_TITLE), app=APP_NAME)
        )
        view_menu.addAction(self.discreet_title_action)
        view_menu.addSeparator()
        self.privacy = PrivacyLock(self, self._dialogs, self._settings, self._show_chosen_title)
        for action in self.privacy.actions():
            view_menu.addAction(action)

    def _fill_help_menu(self) -> None:
        help_menu = self._help_menu
        self.safety_action = QAction(
            translate("MainWindow", "&Safety and help…"), self, shortcut=QKeySequence(SAFETY_SHORTCUT)
        )
        self.safety_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.safety_action.setEnabled(False)  # until the services are attached
        help_menu.addActions([self.help.manual_action, self.safety_action, self.page_actions[GUIDE_PAGE]])
        help_menu.addSeparator()
        help_menu.addAction(self.help.report_action)
        self.about_action = QAction(translate("MainWindow", "&About {app}").format(app=APP_NAME), self)
        help_menu.addAction(self.about_action)

    def _add_page_menus(self) -> None:
        """The Library and Progress menus, filled when their pages are built; made now, the menu bar never moves."""
        self._library_menu = self._add_menu(translate("MainWindow", "&Library"), [])
        self._progress_menu = self._add_menu(translate("MainWindow", "&Progress"), [])
        for waiting in (self._library_menu, self._progress_menu):
            waiting.menuAction().setEnabled(False)

    def _add_menu(self, title: str, actions: list[QAction | None]) -> QMenu:
        menu = QMenu(title, self)
        self.menuBar().addMenu(menu)
        self._fill_menu(menu, actions)
        return menu

    @staticmethod
    def _fill_menu(menu: QMenu, actions: list[QAction | None]) -> None:
        menu.clear()
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.menuAction().setEnabled(True)

    def _connect_signals(self) -> None:
        self.page_list.currentRowChanged.connect(self._on_page_list_current_row_changed)
        self._library_menu.aboutToShow.connect(lambda: self.library_page)
        self._progress_menu.aboutToShow.connect(lambda: self.progress_page)
        # Right after the first paint (the next turn of the loop, so the painted week is on screen first).
        self.first_painted.connect(lambda: QTimer.singleShot(0, self, self.finish))

    def _connect_finished_signals(self) -> None:
        """The signals of what `finish` builds, and the app's events (which come only once services are attached,
        and `attach` finishes first)."""
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.discreet_title_action.toggled.connect(self._on_discreet_title_action_toggled)
        self.passphrase_action.triggered.connect(self._on_passphrase_action_triggered)
        self._events.couple_changed.connect(self._on_events_couple_changed)
        self._events.library_changed.connect(self._show_status)
        self._events.plan_changed.connect(self._offer_first_touch_reading)
        self._events.consent_changed.connect(self._offer_first_touch_reading)
        self.safety_action.triggered.connect(self._on_safety_action_triggered)
        self.guide_banner.read_requested.connect(self.show_reading)
        self._events.data_replaced.connect(self._on_events_data_replaced)
        self._events.reflection_saved.connect(self._on_events_reflection_saved)
        self._events.reflection_saved.connect(self._offer_stop_signal_reading)
        for changed in (
            self._events.plan_changed,
            self._events.consent_changed,
            self._events.reflection_saved,
            self._events.library_changed,
            self._events.couple_changed,
            self.week_page.day_watcher.day_changed,
        ):
            changed.connect(lambda *_: self.today_line.refresh())

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        fit_to_screen(self, self.width(), self.height())
        page = int(self._settings.value("window/page", 0, type=int))  # type: ignore[call-overload]  # stub: object
        self.show_page(page if 0 <= page < self.pages.count() else 0)

    def _discreet(self) -> bool:
        """Whether the window title and status line are discreet: the default, until the couple turns it off."""
        return self.discreet_title_action.isChecked() if self._finished else self._saved_discreet()

    def _saved_discreet(self) -> bool:
        return bool(self._settings.value("window/discreet_title", True, type=bool))

    def show_opening(self, opening: OpeningWeek) -> None:
        """Show the week the app opens on before the services arrive: the week page paints it as it will be, and
        every control that needs a service shows "Getting ready…" until `attach` (nothing moves then)."""
        self._couple = opening.couple
        self._opening_paused = opening.paused
        self.setEnabled(True)
        self.week_page.show_opening(opening)
        if self._finished:
            for action in self._waiting_actions():
                hold(action, False)
        for number in (LIBRARY_PAGE, PROGRESS_PAGE, GUIDE_PAGE):
            item = self.page_list.item(number)
            if item is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(getting_ready())
        self._show_status()

    def _waiting_actions(self) -> list[QAction]:
        """The window's own actions that need the services (the pages hold theirs)."""
        lock = self.privacy.actions()
        return [
            self.settings_action,
            self.passphrase_action,
            *self.page_actions[LIBRARY_PAGE:],
            *(action for action in lock if action is not self.privacy.hide_action),  # Quick hide works at once
        ]

    def attach(self, services: Services) -> bool:
        """Hand the pages their services; run the first-run setup if no couple exists. False if it was cancelled."""
        self.finish()
        self._services = services
        couple = services.couple.get()
        just_set_up = couple is None
        if couple is None:
            self.status_label.setText(translate("MainWindow", "Welcome. Let's set up your plan together."))
            setup = self._dialogs.setup_couple(self)
            if setup is None:
                return False
            couple = services.couple.create(setup)
        self._couple = couple
        # Enabled before the pages fill in: widgets built inside a disabled window take its greyed colours.
        self.setEnabled(True)
        for action in self._waiting_actions():
            hold(action, True)
        for number in (LIBRARY_PAGE, PROGRESS_PAGE, GUIDE_PAGE):
            item = self.page_list.item(number)
            if item is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("")
        for menu in (self._library_menu, self._progress_menu):
            menu.menuAction().setEnabled(True)  # filled when it opens (`_page_menu_opening`)
        self.week_page.attach(services.plan, services.library, services.sessions, couple, progress=services.progress)
        self.print_actions.attach(services.printing, services.summaries, services.calendar, self.week_page.current_week)
        self.today_line.attach(services.plan, services.library, services.sessions)
        self.guide_moments.attach(services.guide)
        self.safety_action.setEnabled(True)
        if just_set_up:
            from repairplanner.core.guide import Moment

            self.guide_moments.offer(Moment.SETUP)
        else:
            self._offer_first_touch_reading()  # a touch session may have been booked before the Guide was there
        self.backup_actions.attach(services.backups, services.transfer)
        self.privacy.attach(services.lock)
        # Disabling the window cleared its focus; give keyboard users a starting point again.
        self.activateWindow()
        self.page_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_status()
        self._page(self.page_list.currentRow())  # the page remembered from last time, if it is not the week
        self.services_attached.emit()
        return True

    @property
    def library_page(self) -> LibraryPage | None:
        """The Library page, built the first time it is wanted; None before the services are attached."""
        if self._library_page is None and self._services is not None and self._couple is not None:
            self._build_library_page().attach(self._services.library, self._couple)
        return self._library_page

    @property
    def progress_page(self) -> ProgressPage | None:
        """The Progress page, built the first time it is wanted; None before the services are attached."""
        if self._progress_page is None and self._services is not None and self._couple is not None:
            services = self._services
            self._build_progress_page().attach(services.progress, services.sessions, services.library, self._couple)
        return self._progress_page

    @property
    def guide_page(self) -> GuidePage | None:
        """The Guide page, built the first time it is wanted; None before the services are attached."""
        if self._guide_page is None and self._services is not None:
            self._build_guide_page().attach(self._services.guide)
        return self._guide_page

    def _page(self, number: int) -> None:
        """Build page `number` now if it is one built when first wanted (nothing happens before the services)."""
        wanted = {LIBRARY_PAGE: "library_page", PROGRESS_PAGE: "progress_page", GUIDE_PAGE: "guide_page"}
        if number in wanted:
            getattr(self, wanted[number])

    def _on_page_list_current_row_changed(self, row: int) -> None:
        self._page(row)
        self.pages.setCurrentIndex(row)

    def _build_library_page(self) -> LibraryPage:
        from repairplanner.ui.library.library_page import LibraryPage

        page = LibraryPage(self._events, self._dialogs)
        self._place_page(LIBRARY_PAGE, page)
        self._fill_menu(self._library_menu, page.menu_actions())
        page.add_to_week_requested.connect(self._on_library_page_add_to_week_requested)
        self._library_page = page
        return page

    def _build_progress_page(self) -> ProgressPage:
        from repairplanner.ui.progress.progress_page import ProgressPage

        page = ProgressPage(self._events, self._dialogs, self._clock)
        self._place_page(PROGRESS_PAGE, page)
        self._fill_menu(self._progress_menu, page.menu_actions())
        page.show_requested.connect(lambda: self.show_page(PROGRESS_PAGE))
        self._progress_page = page
        return page

    def _build_guide_page(self) -> GuidePage:
        from repairplanner.ui.guide.guide_page import GuidePage

        page = GuidePage(self._dialogs)
        self._place_page(GUIDE_PAGE, page)
        self._guide_page = page
        return page

    def show_reading(self, reading_id: str) -> None:
        """Open the Guide at `reading_id`, with the keyboard in the reading."""
        page = self.guide_page
        if page is None:
            return
        self.show_page(GUIDE_PAGE)
        if page.show_reading(reading_id):
            page.reading_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_page(self, number: int, page: QWidget) -> None:
        """Swap the placeholder at `number` for the real page, keeping the shown page."""
        placeholder = self.pages.widget(number)
        showing = self.pages.currentIndex()
        self.pages.insertWidget(number, page)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(showing)

    def _page_topic(self) -> str:
        """The manual's topic for the page on screen."""
        return PAGE_TOPICS.get(self.page_list.currentRow(), topics.WEEK)

    def show_page(self, number: int, *, focus: bool = False) -> None:
        """Switch to page `number` (0 is the week); with `focus`, move the keyboard into it."""
        self.page_list.setCurrentRow(number)
        if focus:
            current = self.pages.currentWidget()
            if current is not None:
                current.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_status(self) -> None:
        if self._couple is None:
            return
        first, second = self._couple.partners
        levels = self._couple.levels
        paused = self._services.sessions.is_paused() if self._services is not None else self._opening_paused
        pause = f" · {translate('MainWindow', PAUSED_STATUS)}" if paused else ""
        if self._discreet():
            # Nothing telling for a screen others can see: no levels, no stop signal; a pause still shows, as
            # it binds every page.
            names = translate("MainWindow", "{first} and {second}")
            self.status_label.setText(names.format(first=first.name, second=second.name) + pause)
            return
        status = translate(
            "MainWindow",
            "{first} and {second} · touch at level {touch}, talk at level {talk} · stop signal: {signal}",
        )
        self.status_label.setText(
            status.format(
                first=first.name,
                second=second.name,
                touch=levels[Track.TOUCH],
                talk=levels[Track.TALK],
                signal=self._couple.stop_signal,
            )
            + pause
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Once the whole window (the pages in it too) is painted and on screen: the next turn of the loop.
            QTimer.singleShot(0, self, self.first_painted.emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._finished:
            self.privacy.resize_screen()

    def _show_chosen_title(self) -> None:
        self.setWindowTitle(
            translate("MainWindow", DISCREET_TITLE) if self.discreet_title_action.isChecked() else APP_NAME
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.week_page.commit_pending()
        if self._finished:
            self.backup_actions.back_up_on_close()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.page_list.currentRow())
        self._settings.sync()
        super().closeEvent(event)

    def _on_discreet_title_action_toggled(self, discreet: bool) -> None:
        if not self.privacy.locked and not self.privacy.hidden:
            self.setWindowTitle(translate("MainWindow", DISCREET_TITLE) if discreet else APP_NAME)
        self._settings.setValue("window/discreet_title", discreet)
        self._show_status()

    def _on_about_action_triggered(self) -> None:
        about = translate("MainWindow", ABOUT_TEXT).format(app=APP_NAME, version=__version__)
        self._dialogs.about(self, translate("MainWindow", "About {app}").format(app=APP_NAME), about)

    def _on_settings_action_triggered(self) -> None:
        if self._services is None or self._couple is None:
            return
        shown = self._couple
        while True:
            setup = self._dialogs.edit_couple(self, shown, self._services.thresholds)
            if setup is None:
                return
            try:
                self._services.couple.update(setup)
            except UserFacingError as error:
                # Nothing typed is lost: Settings opens again with it, to try again or cancel.
                self._dialogs.warn(self, translate("MainWindow", "Settings"), error.message)
                shown = _as_typed(shown, setup)
                continue
            break
        self._events.couple_changed.emit()

    def _on_passphrase_action_triggered(self) -> None:
        if self._services is not None and self._couple is not None:
            from repairplanner.ui.notes.passphrase_flow import change_passphrase

            change_passphrase(self, self._dialogs, self._services.sessions, self._couple)

    def _on_safety_action_triggered(self) -> None:
        if self._services is None or self._couple is None:
            return
        from repairplanner.ui.guide.safety_flow import SafetyFlow

        SafetyFlow(self._dialogs, self._events, self._services.guide, self._services.progress, self).open(self._couple)

    def _offer_first_touch_reading(self) -> None:
        if self._services is not None:
            self.guide_offers.first_touch(self._services.progress)

    def _offer_stop_signal_reading(self) -> None:
        if self._services is not None:
            self.guide_offers.stop_signal(self._services.progress)

    def _on_events_couple_changed(self) -> None:
        if self._services is None:
            return
        couple = self._services.couple.get()
        if couple is None:
            return
        self.guide_offers.new_levels(self._couple.levels if self._couple is not None else couple.levels, couple)
        self._couple = couple
        if self._library_page is not None:
            self._library_page.set_couple(couple)
        if self._progress_page is not None:
            self._progress_page.set_couple(couple)
        self.week_page.set_couple(couple)
        self._show_status()

    def _on_events_reflection_saved(self) -> None:
        """Say so when another program kept an old note's text from leaving the disk (it goes at close)."""
        if self._services is not None and self._services.sessions.old_text_pending():
            self.status_label.setText(
                translate(
                    "MainWindow",
                    "Another program is reading your plan, so a private note's old text could not be wiped yet. "
                    "It will be when {app} closes.",
                ).format(app=APP_NAME)
            )

    def _on_events_data_replaced(self) -> None:
        """A restore or an import replaced the whole plan: every page reloads from it."""
        for signal in (
            self._events.couple_changed,
            self._events.library_changed,
            self._events.plan_changed,
            self._events.reflection_saved,
        ):
            signal.emit()

    def _on_library_page_add_to_week_requested(self, exercise_id: str) -> None:
        self.show_page(WEEK_PAGE)
        self.week_page.add_exercise(exercise_id)


def _as_typed(couple: Couple, setup: CoupleSetup) -> Couple:
    """`couple` with what was typed into Settings, to show it again after a failed save."""
    drafts = (setup.first, setup.second)
    partners = tuple(
        dataclasses.replace(p, name=d.name, color=d.color, unavailable_weekdays=d.unavailable_weekdays)
        for p, d in zip(couple.partners, drafts, strict=True)
    )
    return dataclasses.replace(
        couple,
        partners=(partners[0], partners[1]),
        stop_signal=setup.stop_signal,
        slow_down_signal=setup.slow_down_signal,
        week_start=setup.week_start,
    )
