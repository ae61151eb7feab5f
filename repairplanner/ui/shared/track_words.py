"""A track named inside a sentence ("ready for touch level 3"), translated as a word of its own."""

from __future__ import annotations

from repairplanner.core.entities import Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

_WORDS = {
    Track.TOUCH: QT_TRANSLATE_NOOP("TrackWord", "touch"),
    Track.TALK: QT_TRANSLATE_NOOP("TrackWord", "talk"),
}


def track_word(track: Track) -> str:
    """The track as a word inside a sentence: lower case in English ("touch"), a noun in German."""
    return translate("TrackWord", _WORDS[track])
