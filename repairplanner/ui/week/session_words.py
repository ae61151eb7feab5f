"""What the week's cards and its session dialogs both say of a session: the level note and the usual start time.

Kept apart from the dialogs so the week's first paint does not import them (start-up time).
"""

from __future__ import annotations

import datetime as dt

from repairplanner.core.couple import Couple
from repairplanner.core.entities import Exercise, Track
from repairplanner.core.i18n import translate

#: The time a session added from the week is proposed at.
DEFAULT_TIME = dt.time(19, 0)


def level_note(exercise: Exercise, couple: Couple) -> str:
    """Words saying that `exercise` is above the couple's working level on its track, or ''."""
    working = couple.levels.get(exercise.track, 1)
    if exercise.level > working and exercise.track is Track.TOUCH:
        return translate("SessionForm", "Above your current level (you are at touch level {level})").format(
            level=working
        )
    if exercise.level > working:
        return translate("SessionForm", "Above your current level (you are at talk level {level})").format(
            level=working
        )
    return ""
