"""Test helpers shared by several test modules."""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from repairplanner.core.clock import UTC, FixedClock
from repairplanner.ui.shared.dialogs import DialogService

#: The moment tests live in unless they say otherwise: Wednesday 25 November 2026, early evening, in UTC (so
#: that the machine's own time zone changes nothing).
TEST_NOW = dt.datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def pinned_clock(now: dt.datetime = TEST_NOW, zone: dt.tzinfo = UTC) -> FixedClock:
    """A clock of its own for one test, stopped at `now` and reading local dates in `zone`."""
    return FixedClock(now, zone)


class FakeDialogs:
    """Stands in for ui.dialogs.DialogService: records every prompt and answers from a script.

    `fake.script("confirm", True, False)` makes the next two `confirm(...)` calls return True, then False.
    It offers exactly DialogService's public methods, and each call is bound to the real method's signature, so a
    renamed method or a changed parameter list fails the test that uses it. Unscripted calls return None (a
    cancelled dialog), except `confirm`, which fails the test so that no question goes unanswered by accident.
    """

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self._answers: dict[str, list[Any]] = {}

    def script(self, method: str, *answers: Any) -> None:
        _real_method(method)
        self._answers.setdefault(method, []).extend(answers)

    def __getattr__(self, method: str) -> Callable[..., Any]:
        signature = inspect.signature(_real_method(method))

        def prompt(parent: object, *args: Any, **kwargs: Any) -> Any:
            signature.bind(self, parent, *args, **kwargs)  # raises TypeError as the real method would
            args = (*args, *kwargs.values())
            self.calls.append((method, args))
            if len(args) >= 2 and all(isinstance(a, str) for a in args[:2]):
                self.shown.append((method, args[0], args[1]))
            queued = self._answers.get(method)
            if queued:
                answer = queued.pop(0)
                return answer(*args) if callable(answer) else answer
            if method == "confirm":
                raise AssertionError(f"unscripted confirm: {args}")
            return None

        return prompt


def _real_method(name: str) -> Callable[..., Any]:
    """DialogService's public method called `name`; AttributeError if the real service has no such method."""
    real = None if name.startswith("_") else getattr(DialogService, name, None)
    if not callable(real):
        raise AttributeError(f"DialogService has no method {name!r}")
    return real


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under `directory` with its bytes, to prove that nothing on disk changed."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


class Today(FixedClock):
    """A pinned clock whose local day a test moves as its couple lives through the days (at the same hour)."""

    def __init__(self, day: dt.date, time: dt.time = dt.time(18, 0), zone: dt.tzinfo = UTC) -> None:
        super().__init__(dt.datetime.combine(day, time, tzinfo=zone), zone)
        self._zone_of_day = zone

    @property
    def day(self) -> dt.date:
        return self.today()

    @day.setter
    def day(self, value: dt.date) -> None:
        hour = self.to_local(self.now()).time()
        self.set(dt.datetime.combine(value, hour, tzinfo=self._zone_of_day))

    def __call__(self) -> dt.date:
        return self.today()


class FlakySessions:
    """A session factory over a real one that fails like a full disk for its next `fail_next` transactions."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.fail_next = 0
        self.kw = real.kw

    def begin(self) -> Any:
        if self.fail_next:
            self.fail_next -= 1
            import sqlite3

            raise sqlite3.OperationalError("database or disk is full")
        return self.real.begin()

    def __call__(self) -> Any:
        return self.real()


def set_working_levels(
    sessions: Any, partner_ids: tuple[int, int], *, talk: int, touch: int, at: dt.datetime = dt.datetime(2020, 1, 1, 9)
) -> None:
    """Both partners chose `talk` and `touch` at `at` (long ago), so exercises up to those levels may be booked."""
    from repairplanner.db.schema import LevelChoiceRow

    with sessions.begin() as s:
        for partner_id in partner_ids:
            s.add(LevelChoiceRow(partner_id=partner_id, track="talk", level=talk, at=at, reason="test"))
            s.add(LevelChoiceRow(partner_id=partner_id, track="touch", level=touch, at=at, reason="test"))


def transfer_service(paths: Any, sessions: Any, *, clock: Any) -> Any:
    """Export and import for `paths`, built the way app.py builds them (with their backups and services)."""
    from functools import partial

    from repairplanner.app import build_services
    from repairplanner.services.backups import BackupService
    from repairplanner.services.transfer import TransferService

    backups = BackupService(paths, sessions, clock=clock)
    return TransferService(paths, sessions, backups, clock=clock, open_services=partial(build_services, clock=clock))


@contextlib.contextmanager
def language_installed(app: Any, code: str, folder: Path) -> Iterator[None]:
    """The app in `code` for the block: the catalogues compiled into `folder`, then everything put back."""
    import sys

    from PySide6.QtCore import QLocale

    from repairplanner.core.i18n import install_translator, untranslated
    from repairplanner.ui.shared.language import install_language

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import translations

    translations.build(folder)
    locale = QLocale()
    previous = install_translator(untranslated)
    loaded = install_language(app, code, folder)
    try:
        yield
    finally:
        for translator in loaded.translators:
            app.removeTranslator(translator)
        install_translator(*previous)
        QLocale.setDefault(locale)


def damaged_deep_inside(db: Path, template_database: Path) -> Path:
    """A database whose tables and revision still read, with one data page near its end overwritten: only SQLite's
    page check finds it."""
    db.write_bytes(template_database.read_bytes())
    with closing(sqlite3.connect(db)) as con:
        con.execute("PRAGMA journal_mode=DELETE")
        con.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)", [(f"filler.{n}", f'"{"x" * 900}"') for n in range(60)]
        )
        con.commit()
        page = con.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(db.read_bytes())
    data[-page : -page + 64] = bytes(range(64))  # the header of the last page: a b-tree page that is not one
    db.write_bytes(bytes(data))
    return db
