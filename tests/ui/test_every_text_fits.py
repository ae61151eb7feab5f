"""Every page at 1280×720 under the pseudo-locale (each message 40 % longer, accented, bracketed): no text is
left untranslated, and none is clipped. The same walk in English checks that nothing is clipped as written."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.app import build_services
from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import SessionDraft
from repairplanner.core.i18n import install_translator
from repairplanner.core.library import Library
from repairplanner.services.library import LibraryService
from repairplanner.ui.shared.events import AppEvents
from repairplanner.ui.shared.language import PseudoTranslator
from repairplanner.ui.shell.main_window import MainWindow
from tests.helpers import FakeDialogs, set_working_levels

SCREEN = QSize(1280, 720)
MARKED = re.compile(r"⟦.*?⟧", re.DOTALL)
WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture(params=["en", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param == "en":
        yield "en"
        return
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    previous = install_translator(QCoreApplication.translate)
    try:
        yield "pseudo"
    finally:
        qapp.removeTranslator(pseudo)
        install_translator(*previous)


@dataclasses.dataclass
class Shown:
    window: MainWindow
    data: list[str]  # what the couple wrote or the library holds: shown as it is, never translated


@pytest.fixture
def shown(
    qtbot: QtBot,
    language: str,
    sessions: sessionmaker[Session],
    builtin_library: Library,
    clock: FixedClock,
    dialogs: FakeDialogs,
    tmp_path: Path,
) -> Shown:
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    services = build_services(sessions, clock=clock)
    couple = services.couple.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pineapple"))
    set_working_levels(sessions, (couple.partners[0].id, couple.partners[1].id), talk=2, touch=2)
    today = clock.today()
    for exercise_id, minutes in (("talk-1-daily-check-in", 10), ("touch-2-hand-holding-walk", 20)):
        session = services.plan.add_session(SessionDraft(today, exercise_id, minutes))
        services.sessions.set_consent(session.id, couple.partners[0].id, True)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppEvents(), dialogs, settings, clock)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    assert window.attach(services)
    data = ["Ana", "Bo", "pineapple", "RepairPlanner"]
    data += [e.title for e in services.library.list_exercises()]
    data += [e.neutral_title for e in services.library.list_exercises() if e.neutral_title]
    data += [e.summary for e in services.library.list_exercises()]
    data += [t for e in services.library.list_exercises() for t in e.technique]
    locale = QLocale()
    for n in range(1, 13):
        data += [locale.monthName(n), locale.monthName(n, QLocale.FormatType.ShortFormat)]
    for n in range(1, 8):
        data += [locale.dayName(n), locale.dayName(n, QLocale.FormatType.ShortFormat)]
    data += [locale.amText(), locale.pmText()]
    return Shown(window, sorted(set(data), key=len, reverse=True))


def _visible(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text().strip() and label.pixmap().isNull():
            yield label, label.text()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text().strip():
            yield button, button.text()
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window) and box.title().strip():
            yield box, box.title()


def _untranslated_words(text: str, data: list[str]) -> list[str]:
    rest = MARKED.sub(" ", re.sub(r"<[^>]*>", " ", text))
    for item in data:
        rest = rest.replace(item, " ")
    return WORD.findall(rest)


def _clipped(widget: QWidget, text: str) -> bool:
    """Whether `text` needs more room than `widget` has (wrapped labels: more height; others: more width)."""
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
        if "\n" in text or widget.textFormat() is Qt.TextFormat.RichText:
            return widget.minimumSizeHint().width() > widget.width() + 1
        inner = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        return widget.fontMetrics().horizontalAdvance(text.replace("&", "")) > inner + 1
    if isinstance(widget, QGroupBox):
        return (
            widget.fontMetrics().horizontalAdvance(text) + 2 * widget.fontMetrics().averageCharWidth() > widget.width()
        )
    return widget.minimumSizeHint().width() > widget.width() + 1 or widget.sizeHint().width() > widget.width() + 1


def _problems(shown: Shown, language: str, where: str) -> list[str]:
    found = []
    for widget, text in _visible(shown.window):
        name = f"{where}: {type(widget).__name__} {text[:60]!r}"
        if language == "pseudo" and _untranslated_words(text, shown.data):
            found.append(f"untranslated {name}: {_untranslated_words(text, shown.data)[:4]}")
        if _clipped(widget, text):
            found.append(f"clipped {name} ({widget.width()} px wide)")
    for area in shown.window.findChildren(QScrollArea):
        if area.isVisibleTo(shown.window) and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{where}: {type(area.widget()).__name__} scrolls sideways")
    return found


def test_every_page_is_translated_and_nothing_is_clipped(shown: Shown, language: str, qtbot: QtBot) -> None:
    problems: list[str] = []
    window = shown.window
    for number in range(window.pages.count()):
        window.show_page(number)
        qtbot.wait(10)
        problems += _problems(shown, language, f"page {number + 1}")
    assert not problems, "\n".join(problems)


def test_the_window_fits_a_small_laptop_screen_in_every_language(shown: Shown) -> None:
    """1280×720, less a panel or a dock: no page asks for more width than that, so nothing is cut at the edge."""
    window = shown.window
    wide = {
        type(window.pages.widget(n)).__name__: window.pages.widget(n).minimumSizeHint().width()
        for n in range(window.pages.count())
    }
    assert window.minimumSizeHint().width() <= SCREEN.width(), wide
    assert window.minimumSizeHint().height() <= SCREEN.height() - 40


@pytest.mark.parametrize("pseudo", [False, True], ids=["en", "pseudo"])
def test_every_dialog_fits_a_small_laptop_with_nothing_clipped(
    qtbot: QtBot,
    qapp: QApplication,
    dialogs: FakeDialogs,
    app_paths: object,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    pseudo: bool,
) -> None:
    """Every dialog the dialog service opens, at the size it opens with, on a 1280×720 screen: no wider or taller
    than the screen, its buttons on screen, and no label, button or box title cut short."""
    from repairplanner.app import start
    from tests.ui.test_keyboard import SETUP, opened_dialogs

    translator = PseudoTranslator() if pseudo else None
    previous = install_translator(QCoreApplication.translate)
    if translator is not None:
        qapp.installTranslator(translator)
    try:
        dialogs.script("setup_couple", SETUP)
        started = start(app_paths, dialogs, clock=clock)  # type: ignore[arg-type]
        qtbot.addWidget(started.window)
        with qtbot.waitSignal(started.window.services_attached, timeout=10_000):
            pass
        problems: list[str] = []
        services = started.window._services
        assert services is not None
        data = ["Ana", "Bo", "Dr Lee", "pineapple", "pause", "RepairPlanner", "Edit", "Print", "OK"]
        for exercise in services.library.list_exercises():
            for field in ("title", "summary", "agreement", "ease_out", "safety", "easier", "harder", "neutral_title"):
                data.append(getattr(exercise, field))
            data += [*exercise.steps, *exercise.needs, *exercise.technique]
        data += [part for reading in services.guide.safety() for part in (reading.title, *reading.paragraphs())]
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        data += [locale.monthName(n) for n in range(1, 13)] + [locale.dayName(n) for n in range(1, 8)]
        data += [locale.monthName(n, short) for n in range(1, 13)] + [locale.dayName(n, short) for n in range(1, 8)]
        data = sorted({d for d in data if d}, key=len, reverse=True)
        for name, dialog in opened_dialogs(started, monkeypatch):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            # The tests' screen is larger; fit_to_screen would shrink the dialog to this on a 1280×720 laptop.
            room = QSize(SCREEN.width(), SCREEN.height() - 40)
            dialog.resize(dialog.size().boundedTo(room))
            qtbot.wait(5)
            least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            if least.width() > room.width() or least.height() > room.height():
                problems.append(f"{name}: needs {least.width()}×{least.height()}, more than a 1280×720 screen")
            for widget, text in _visible(dialog):
                if pseudo and _untranslated_words(text, data):
                    problems.append(f"{name}: untranslated {type(widget).__name__} {text[:50]!r}")
                if _clipped(widget, text):
                    problems.append(f"{name}: clipped {type(widget).__name__} {text[:50]!r} ({widget.width()} px)")
            dialog.close()
        started.window.close()
        started.release()
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_translator(*previous)
    assert not problems, "\n".join(problems)
