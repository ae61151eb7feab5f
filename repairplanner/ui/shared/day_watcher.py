"""Tells the pages when the local date has changed, so "today" moves on while the app stays open overnight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from repairplanner.core.clock import Clock

#: The longest wait between looks at the clock: a computer that slept through midnight, or a time zone that
#: changed, is noticed within this time instead of at a midnight that already passed.
LONGEST_WAIT = dt.timedelta(minutes=10)
#: A little past midnight, so a timer that fires a touch early does not find the old date still there.
PAST_MIDNIGHT = dt.timedelta(seconds=1)


class DayWatcher(QObject):
    """Emits `day_changed(new_today)` soon after the local date changes; `today()` is the date it last saw."""

    day_changed = Signal(object)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._today = clock.today()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._arm()

    def today(self) -> dt.date:
        """The local date as of the last look at the clock."""
        return self._today

    def check(self) -> None:
        """Look at the clock now; emit `day_changed` if the date is not the one last seen."""
        today = self._clock.today()
        if today != self._today:
            self._today = today
            self.day_changed.emit(today)

    def _arm(self) -> None:
        wait = min(self._clock.until_tomorrow() + PAST_MIDNIGHT, LONGEST_WAIT)
        self._timer.start(max(1, int(wait.total_seconds() * 1000)))

    def _on_timer_timeout(self) -> None:
        self.check()
        self._arm()
