"""When the window offers a Guide reading: before the first touch session, at a new working level, and after a
reflection that used the stop signal. The banner and what was already offered are `GuideMoments`'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from repairplanner.core.clock import Clock
from repairplanner.core.couple import Couple
from repairplanner.core.entities import SessionStatus, Track
from repairplanner.core.guide import Moment
from repairplanner.ui.guide.moments import GuideMoments

if TYPE_CHECKING:
    from repairplanner.services.progress import ProgressService

#: How far back a stop signal still brings the Guide's reading for that moment.
STOP_SIGNAL_LOOKBACK = dt.timedelta(days=14)
#: How far ahead a booked touch session counts as "coming up" for the reading before the first one.
TOUCH_LOOKAHEAD = dt.timedelta(days=90)


class GuideOffers:
    """Decides from the plan when a moment's reading is due; `GuideMoments` offers each once."""

    def __init__(self, moments: GuideMoments, clock: Clock) -> None:
        self._moments = moments
        self._clock = clock

    def first_touch(self, progress: ProgressService) -> None:
        """Before the couple's first touch session: once a touch session is booked and none was ever done."""
        if self._moments.was_offered(Moment.FIRST_TOUCH):
            return
        today = self._clock.today()
        touch = [o for o in progress.outcomes(today + TOUCH_LOOKAHEAD) if o.track is Track.TOUCH]
        if any(o.status is SessionStatus.DONE for o in touch):
            self._moments.mark_offered(Moment.FIRST_TOUCH)  # they are past their first touch session
        elif any(o.status is SessionStatus.PLANNED and o.day >= today for o in touch):
            self._moments.offer(Moment.FIRST_TOUCH)

    def stop_signal(self, progress: ProgressService) -> None:
        """After a reflection in which the stop signal was used (once for each such session)."""
        today = self._clock.today()
        for outcome in progress.outcomes(today, today - STOP_SIGNAL_LOOKBACK):
            if outcome.used_stop_signal and self._moments.offer(Moment.STOP_SIGNAL, str(outcome.session_id)):
                return

    def new_levels(self, before: Mapping[Track, int], couple: Couple) -> None:
        """When a track's working level rose (once for each track and level)."""
        for track in Track:
            if couple.levels[track] > before[track]:
                self._moments.offer(Moment.NEW_LEVEL, f"{track.value}:{couple.levels[track]}")
