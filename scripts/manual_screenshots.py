"""Pictures of the real app for the manual (Help › How to use RepairPlanner), in every language the manual has.

    .venv/bin/python scripts/manual_screenshots.py              # English and German
    .venv/bin/python scripts/manual_screenshots.py --lang de    # one language

For each language it makes a demo couple in a temporary folder on a pinned clock (so the pictures only change when
the app does), builds the real window offscreen at 1280x720, shows each page, opens the dialogs a person would
meet through the real DialogService (each is photographed instead of waiting for a click), and saves small PNGs
to resources/manual/images/<lang>/. Each language runs in a process of its own, started with
REPAIRPLANNER_LANGUAGE set, so the interface, the built-in content and Qt's own words are in that language.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "resources" / "manual" / "images"
LANGUAGES = ("en", "de")
WINDOW = (1280, 720)
#: Pictures are scaled to this share of their size: the window comes out 960 pixels wide.
SCALE = 0.75
#: A Wednesday evening late in a demo year, so the week shows sessions behind and ahead.
TODAY = dt.date(2026, 11, 25)
NOW = dt.time(17, 30)
#: The week's intention, as a couple might write it in each language (the rest of the demo is the generator's).
INTENTIONS = {"en": "Slow and kind, both of us", "de": "Langsam und freundlich, wir beide"}
HELP_LINES = {
    "en": "Our therapist: Dr Lee, Tuesdays\nLocal crisis line: (the number for your area)",
    "de": "Unsere Therapeutin: Dr. Lee, dienstags\nKrisentelefon: (die Nummer für eure Gegend)",
}
NOTES = {
    "en": "My shoulders went down after a minute. I liked that you asked before you moved closer.",
    "de": "Nach einer Minute wurden meine Schultern locker. Mir hat gefallen, dass du gefragt hast.",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=LANGUAGES, help="only this language (default: all)")
    parser.add_argument("--one", choices=LANGUAGES, help=argparse.SUPPRESS)  # the child process for one language
    args = parser.parse_args()
    if args.one:
        return shoot(args.one)
    failed = 0
    for language in [args.lang] if args.lang else LANGUAGES:
        env = {**os.environ, "REPAIRPLANNER_LANGUAGE": language, "QT_QPA_PLATFORM": "offscreen"}
        env.pop("QT_QPA_PLATFORMTHEME", None)
        failed |= subprocess.run([sys.executable, __file__, "--one", language], env=env, check=False).returncode
    total = sum(p.stat().st_size for p in IMAGES.rglob("*.png"))
    print(f"resources/manual/images: {total / 1024:.0f} KiB in {len(list(IMAGES.rglob('*.png')))} pictures")
    return failed


def shoot(language: str) -> int:
    """Make every picture for `language` (run with REPAIRPLANNER_LANGUAGE set to it)."""
    sys.path.insert(0, str(ROOT))
    folder = IMAGES / language
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        screen = Path(tmp) / "screen.json"
        screen.write_text(json.dumps(_screen()), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        camera = Camera(folder, Path(tmp))
        camera.run()
    print(f"{language}: {len(camera.saved)} pictures in {folder.relative_to(ROOT)}")
    return 0


def _screen() -> dict[str, Any]:
    """A virtual screen larger than the window, so nothing is shrunk to fit it."""
    screen = {"name": "Manual", "x": 0, "y": 0, "width": 1920, "height": 1200, "logicalDpi": 96, "dpr": 1}
    return {"synchronousWindowSystemEvents": False, "windowFrameMargins": False, "screens": [screen]}


class Camera:
    """Builds the app on demo data and photographs it."""

    def __init__(self, folder: Path, tmp: Path) -> None:
        self.folder = folder
        self.tmp = tmp
        self.saved: list[str] = []

    # ------------------------------------------------------------------ setting up

    def run(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        from repairplanner.app import ensure_qt_application, start
        from repairplanner.core.clock import UTC, FixedClock
        from repairplanner.logging_setup import DiagnosticLog
        from repairplanner.paths import AppPaths
        from repairplanner.ui.shared.dialogs import DialogService
        from repairplanner.ui.shared.language import chosen_language, install_language

        # The offscreen platform says for every dialog that it cannot pass size hints on: true, and beside the point.
        qInstallMessageHandler(_quiet)
        self.app = ensure_qt_application()
        paths = AppPaths(data_dir=self.tmp / "data", config_dir=self.tmp / "data" / "config")
        self.language = install_language(self.app, chosen_language(paths.settings_file))
        self.clock = FixedClock.at_local(TODAY, NOW, UTC)
        self._make_demo(paths)
        # The Settings dialog names the log's folder: a typical one, not this run's temporary folder.
        shown_log = Path("/home/you/.local/state/org.repairplanner.RepairPlanner/log")
        log = DiagnosticLog(shown_log, self.tmp / "log-switch")
        # Settings shows the language choice only where it can be saved: give it the settings file where it asks.
        takes_file = "settings_file" in inspect.signature(DialogService).parameters
        self.dialogs = DialogService(log, paths.settings_file) if takes_file else DialogService(log)  # type: ignore[call-arg]
        started = start(paths, self.dialogs, clock=self.clock)
        self.window = started.window
        self.settle(lambda: self.window._services is not None)
        self.services = self.window._services
        assert self.services is not None
        couple = self.services.couple.get()
        assert couple is not None
        self.couple = couple
        self.window.resize(*WINDOW)
        self._liven_up_the_week()
        try:
            self.pages()
            self.dialog_pictures()
            self.lock_picture()
            self.paused_picture()
        finally:
            self.window.close()
            started.release()

    def _make_demo(self, paths: Any) -> None:
        from repairplanner.app import open_database, open_storage
        from repairplanner.services.demo import generate_demo
        from repairplanner.services.library import LibraryService

        lock, storage = open_storage(paths, clock=self.clock)
        try:
            sessions = open_database(storage, clock=self.clock)
            exercises = LibraryService(sessions, clock=self.clock).list_exercises()
            generate_demo(sessions, exercises, clock=self.clock, years=0.5)
            sessions.kw["bind"].dispose()
        finally:
            lock.unlock()

    def _liven_up_the_week(self) -> None:
        """Two more talks booked (today's agreed by one of them so far, Sunday's by nobody yet), the demo's later
        sessions agreed by both, and the week's intention in the couple's language."""
        from repairplanner.core.entities import SessionDraft

        assert self.services is not None
        plan, life = self.services.plan, self.services.sessions
        week = self.window.week_page.current_week()
        plan.set_intention(week, INTENTIONS[self.language_code])
        maya, daniel = self.couple.partners
        for session in plan.get_week(week).sessions:
            if session.day > TODAY:
                for partner in self.couple.partners:
                    life.set_consent(session.id, partner.id, True)
        talk = self.services.library.get(self._exercise_id("talk", 2))
        today = plan.add_session(SessionDraft(TODAY, talk.id, talk.minutes, dt.time(19, 30), daniel.id))
        life.set_consent(today.id, maya.id, True)
        sunday = TODAY + dt.timedelta(days=4)
        plan.add_session(SessionDraft(sunday, talk.id, talk.minutes, dt.time(18, 0), maya.id))
        self.window._events.plan_changed.emit()
        self.settle()

    @property
    def language_code(self) -> str:
        return self.language.code if self.language.code in INTENTIONS else "en"

    # ------------------------------------------------------------------ taking pictures

    def settle(self, until: Callable[[], bool] | None = None, rounds: int = 400) -> None:
        """Let Qt lay out and paint (and, with `until`, wait for it to become true)."""
        from PySide6.QtCore import QEventLoop, QTimer

        for _ in range(rounds):
            loop = QEventLoop()
            QTimer.singleShot(5, loop.quit)
            loop.exec()
            if until is None or until():
                if until is None and _ < 10:
                    continue
                return
        if until is not None:
            raise RuntimeError("the app did not get ready")

    def save(self, widget: Any, name: str) -> None:
        """Photograph `widget`, scale it down, reduce its colours and save it as `name`.png."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        self.settle()
        image = widget.grab().toImage()
        width = round(image.width() * SCALE)
        small = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        # A screenshot of a calm interface needs few colours; 256 keep text crisp at a fraction of the size.
        flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
        indexed = small.convertToFormat(QImage.Format.Format_Indexed8, flags)
        target = self.folder / f"{name}.png"
        if not indexed.save(str(target), "PNG", 0):
            raise RuntimeError(f"could not write {target}")
        self.saved.append(name)

    @contextmanager
    def photographing(self, shoot: Callable[[Any], None]) -> Iterator[None]:
        """While inside, a dialog asked to open is shown, handed to `shoot`, and closed as if cancelled."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        from PySide6.QtWidgets import QDialog, QWizard

        def photographed(dialog: QDialog) -> int:
            dialog.show()
            self.settle()
            shoot(dialog)
            dialog.hide()
            return int(QDialog.DialogCode.Rejected)

        owners = (QDialog, QWizard, QPrintPreviewDialog)
        saved = [(owner, owner.__dict__.get("exec")) for owner in owners]
        for owner in owners:
            owner.exec = photographed  # type: ignore[method-assign]
        try:
            yield
        finally:
            for owner, original in saved:
                if original is None:
                    del owner.exec
                else:
                    owner.exec = original  # type: ignore[method-assign]

    def picture(
        self,
        name: str,
        open_it: Callable[[], object],
        prepare: Callable[[Any], None] | None = None,
        *,
        size: tuple[int, int] | None = None,
    ) -> None:
        """Open a dialog through the real dialog service and photograph it: after `prepare`, at the size its content
        then needs, or at `size`."""

        def shoot(dialog: Any) -> None:
            if prepare is not None:
                prepare(dialog)
            if size is not None:
                dialog.resize(*size)
            elif prepare is not None:
                dialog.adjustSize()
            self.save(dialog, name)

        with self.photographing(shoot):
            open_it()

    # ------------------------------------------------------------------ the pictures

    def pages(self) -> None:
        window = self.window
        window.show_page(0)
        self.save(window, "week")
        page = window.week_page
        page.show_week(page.current_week() + dt.timedelta(days=7 * 3))
        self.save(window, "week-empty")
        page.show_week(TODAY)

        window.show_page(1)
        library = window.library_page
        assert library is not None
        library.select(self._exercise_id("touch", 2))
        self.save(window, "library")

        window.show_page(2)
        self.save(window, "progress")

        window.show_page(3)
        guide = window.guide_page
        assert guide is not None
        self.save(window, "guide")
        window.show_page(0)

    def dialog_pictures(self) -> None:  # noqa: PLR0915 - one dialog after another
        from repairplanner.core.entities import CheckIn, Light, SessionDraft, Track, YellowChoice
        from repairplanner.core.grading import pre_session_advice
        from repairplanner.core.print_options import PrintOptions
        from repairplanner.exports import title_of, week_document
        from repairplanner.ui.guide.safety_dialog import SafetyRequest
        from repairplanner.ui.library.exercise_editor import blank_exercise
        from repairplanner.ui.session.alternative_dialog import AlternativeRequest
        from repairplanner.ui.session.guided_session import GuidedRequest
        from repairplanner.ui.session.reflection_dialog import ReflectionRequest

        services, dialogs, window, couple = self.services, self.dialogs, self.window, self.couple
        assert services is not None
        maya, daniel = couple.partners
        library = {e.id: e for e in services.library.list_exercises()}
        touch = library[self._exercise_id("touch", 2)]
        talk = library[self._exercise_id("talk", 2)]
        week = window.week_page.current_week()
        booked = services.plan.get_week(week).sessions[0]

        self.picture("setup", lambda: dialogs.setup_couple(window), _wizard_names(maya.name, daniel.name))
        self.picture(
            "session-form",
            lambda: dialogs.add_session(
                window, talk, couple, SessionDraft(TODAY, talk.id, talk.minutes, dt.time(19, 0), maya.id)
            ),
        )
        self.picture(
            "alternative",
            lambda: dialogs.choose_alternative(
                window, AlternativeRequest(couple, tuple(library.values()), touch, touch.level)
            ),
            _choose_alternative,
        )

        def check_in(dialog: Any) -> None:
            self.save(dialog, "check-in-look-away")
            dialog.next_button.click()
            self.settle()
            dialog.current_page().yes_radio.click()
            dialog.adjustSize()
            self.save(dialog, "check-in")

        with self.photographing(check_in):
            dialogs.check_in(window, couple, touch, (maya.id, daniel.id))

        at = dt.datetime.combine(TODAY, NOW)
        yellow = [
            CheckIn(1, maya.id, Light.GREEN, 3, at),
            CheckIn(1, daniel.id, Light.YELLOW, 5, at, YellowChoice.SHORTER),
        ]
        advice = pre_session_advice(yellow, Track.TOUCH, touch.level)
        self.picture("advice", lambda: dialogs.session_advice(window, advice, touch, touch.minutes))
        request = GuidedRequest.for_exercise(
            touch, touch.minutes, couple.stop_signal, slow_down_signal=couple.slow_down_signal
        )
        self.picture("guided-session", lambda: dialogs.guided_session(window, request), lambda d: d.next_step())
        self.picture(
            "reflection",
            lambda: dialogs.reflect(window, ReflectionRequest(booked.id, maya, daniel, touch.title)),
            _fill_reflection(NOTES[self.language_code]),
        )
        self.picture("new-passphrase", lambda: dialogs.new_passphrase(window, maya.name, daniel.name))
        self.picture("ready-question", lambda: dialogs.answer_ready(window, maya.name, Track.TALK, 4))
        self.picture("exercise-editor", lambda: dialogs.edit_exercise(window, blank_exercise(Track.TALK, 1), ""))
        sections = services.guide.safety()
        self.picture(
            "safety", lambda: dialogs.safety_and_help(window, SafetyRequest(sections, HELP_LINES[self.language_code]))
        )
        self.picture("print-options", lambda: dialogs.print_options(window, PrintOptions(), "Print"))
        options = PrintOptions()
        document, _count = week_document(services.printing, week, options)
        self.picture(
            "print-preview",
            lambda: dialogs.print_preview(window, document, title_of(document), options.paper),
            size=(1100, 760),
        )
        self.picture("summary-dates", lambda: dialogs.date_range(window, TODAY - dt.timedelta(days=90), TODAY))
        backups = services.backups
        assert backups is not None
        backups.back_up("manual")
        self.picture("restore", lambda: dialogs.choose_backup(window, backups.list_copies()))
        self.picture("settings", lambda: dialogs.edit_couple(window, couple))
        self.picture("report", lambda: dialogs.report_problem(window, ""))

    def lock_picture(self) -> None:
        assert self.services is not None
        self.services.lock.set_couple_passphrase("a long passphrase for the pictures")
        self.window.privacy.lock()
        self.save(self.window, "locked")
        self.window.privacy.try_unlock("a long passphrase for the pictures")

    def paused_picture(self) -> None:
        assert self.services is not None
        self.window.show_page(0)
        self.window.week_page.pause_banner.pause(0)
        self.save(self.window, "week-paused")

    def _exercise_id(self, track: str, level: int) -> str:
        """A built-in exercise of `track` at `level` that a couple books often (the first one in the library)."""
        assert self.services is not None
        for exercise in self.services.library.list_exercises():
            plain = not exercise.is_asked_for and not exercise.is_solo
            if exercise.track.value == track and exercise.level == level and exercise.is_builtin and plain:
                return exercise.id
        raise LookupError(f"no {track} exercise at level {level}")


def _quiet(_kind: Any, _context: Any, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _wizard_names(first: str, second: str) -> Callable[[Any], None]:
    """Move the setup wizard on to the names page and fill in the demo couple's names."""

    def prepare(wizard: Any) -> None:
        from PySide6.QtWidgets import QLineEdit

        wizard.next()
        edits = [e for e in wizard.currentPage().findChildren(QLineEdit) if e.isVisible()]
        for edit, name in zip(edits, (first, second), strict=False):
            edit.setText(name)

    return prepare


def _choose_alternative(dialog: Any) -> None:
    """Pick who proposes something else, and the first exercise offered."""
    from PySide6.QtWidgets import QRadioButton

    radios = [r for r in dialog.findChildren(QRadioButton) if r.isVisible()]
    if radios:
        radios[0].click()
    if dialog.list.count():
        dialog.list.setCurrentRow(0)


def _fill_reflection(note: str) -> Callable[[Any], None]:
    def prepare(dialog: Any) -> None:
        dialog.peak_scale.set_chosen(3)
        dialog.safe_scale.set_chosen(8)
        dialog.close_scale.set_chosen(7)
        dialog.stop_group.button(0).setChecked(True)
        dialog.repeat_group.button(1).setChecked(True)
        dialog.note_edit.setPlainText(note)
        dialog.shared_radio.setChecked(True)

    return prepare


if __name__ == "__main__":
    raise SystemExit(main())
