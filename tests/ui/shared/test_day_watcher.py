"""The day watcher: "today" moves on at local midnight while the app stays open."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from repairplanner.core.clock import UTC, FixedClock
from repairplanner.ui.shared.day_watcher import DayWatcher

KIRITIMATI = dt.timezone(dt.timedelta(hours=14))


def test_the_watcher_says_when_local_midnight_has_passed(qtbot: QtBot) -> None:
    # Half a second before midnight at UTC+14 (10:00 UTC): its timer is due in about a second and a half.
    clock = FixedClock.at_local(dt.date(2026, 11, 25), dt.time(23, 59, 59, 500_000), KIRITIMATI)
    watcher = DayWatcher(clock)
    assert watcher.today() == dt.date(2026, 11, 25)
    clock.advance(dt.timedelta(seconds=1))
    with qtbot.waitSignal(watcher.day_changed, timeout=30_000) as changed:
        pass
    assert changed.args == [dt.date(2026, 11, 26)]
    assert watcher.today() == dt.date(2026, 11, 26)


def test_looking_again_on_the_same_day_says_nothing(qtbot: QtBot) -> None:
    clock = FixedClock(dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    watcher = DayWatcher(clock)
    seen: list[dt.date] = []
    watcher.day_changed.connect(seen.append)
    clock.advance(dt.timedelta(hours=15))
    watcher.check()
    assert seen == []
    clock.advance(dt.timedelta(hours=1))  # 00:00 on the 26th
    watcher.check()
    watcher.check()
    assert seen == [dt.date(2026, 11, 26)]


def test_a_clock_set_back_a_day_is_noticed_too(qtbot: QtBot) -> None:
    # A time-zone change or a corrected clock can take the date backwards; the pages follow it.
    clock = FixedClock(dt.datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    watcher = DayWatcher(clock)
    clock.set(dt.datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    with qtbot.waitSignal(watcher.day_changed, timeout=1_000) as changed:
        watcher.check()
    assert changed.args == [dt.date(2026, 11, 24)]
