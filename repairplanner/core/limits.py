"""How long each free text may be, and which characters no text may hold: checked by the services, not only
the widgets (which use the same constants), so the command line and any future caller meet the same rules.

A 10 MB note would make a 161-page PDF and a two-minute repaint; text with unpaired surrogates cannot be stored
at all, and direction overrides can make a note read differently from what was typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from repairplanner.core.errors import UserFacingError

#: A partner's name (the database allows 40) and the agreed stop signal.
NAME_MAX = 40
STOP_SIGNAL_MAX = 80
#: An exercise title and neutral title (as in the library schema).
TITLE_MAX = 60
#: A week's intention, a session's note, a reason.
SHORT_TEXT_MAX = 500
#: A reflection note: a few pages of writing (the reflection dialog and SessionService use the same bound).
NOTE_MAX = 4_000
#: An exercise's longer texts (summary, agreement, safety, …) and each of its list items.
EXERCISE_TEXT_MAX = 2_000
EXERCISE_ITEM_MAX = 600
EXERCISE_ITEMS_MAX = 12
#: A passphrase (long passphrases are welcome; megabytes are not).
PASSPHRASE_MAX = 1_024

#: Characters that reorder text on screen (embeddings, overrides, isolates).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class TextLimitError(UserFacingError):
    """A text is too long or holds characters that cannot or must not be stored; nothing was saved."""


def check_text(text: str, what: str, limit: int, *, multiline: bool = True) -> str:
    """`text` if it may be stored as `what`; TextLimitError with a plain message otherwise.

    Refused: more than `limit` characters, unpaired surrogates, direction overrides, and control characters
    (line breaks and tabs are allowed in multi-line texts). Carriage returns are normalised to line breaks.
    """
    if not isinstance(text, str):
        raise TextLimitError(f"The {what} is not text.")
    if len(text) > limit:
        raise TextLimitError(
            f"The {what} is too long: it can be at most {limit:,} characters, and this one has {len(text):,}. "
            "Nothing was saved."
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise TextLimitError(
                f"The {what} holds a broken character that cannot be saved (often from a bad copy and paste). "
                "Please type that part again."
            )
        if ch in BIDI_CONTROLS:
            raise TextLimitError(
                f"The {what} holds hidden characters that change the direction of the text (U+{ord(ch):04X}), "
                "so it could read differently from what you see. Please type it again without them."
            )
        if _is_control(ch, multiline=multiline):
            kind = "line breaks or invisible control characters" if not multiline else "invisible control characters"
            raise TextLimitError(f"The {what} cannot contain {kind}. Nothing was saved.")
    return text


def check_texts(items: Iterable[str], what: str, limit: int, *, most: int) -> tuple[str, ...]:
    """A list of short texts (an exercise's steps): each checked, and at most `most` of them."""
    checked = tuple(check_text(item, what, limit, multiline=False) for item in items)
    if len(checked) > most:
        raise TextLimitError(f"There can be at most {most} {what}s; this has {len(checked)}. Nothing was saved.")
    return checked


def _is_control(ch: str, *, multiline: bool) -> bool:
    if multiline and ch in "\n\t":
        return False
    category = unicodedata.category(ch)
    return category in ("Cc", "Zl", "Zp")


def check_names(names: Iterable[str], stop_signal: str, slow_down_signal: str = "") -> None:
    """The partners' names and the stop and slow-down signals (their own rules in core.couple come after these)."""
    for name in names:
        check_text(name, "name", NAME_MAX * 4, multiline=False)  # surrounding spaces are trimmed later
    check_text(stop_signal, "stop signal", STOP_SIGNAL_MAX * 4)
    check_text(slow_down_signal, "slow-down signal", STOP_SIGNAL_MAX * 4)


def check_exercise_texts(
    title: str, neutral_title: str, long_texts: Iterable[str], needs: Iterable[str], steps: Iterable[str]
) -> None:
    """A custom exercise's texts: titles, the longer texts, and its lists of needs and steps."""
    check_text(title, "title", TITLE_MAX, multiline=False)
    check_text(neutral_title, "neutral title", TITLE_MAX, multiline=False)
    for text in long_texts:
        check_text(text, "exercise text", EXERCISE_TEXT_MAX)
    check_texts(needs, "thing needed", EXERCISE_ITEM_MAX, most=EXERCISE_ITEMS_MAX)
    check_texts(steps, "step", EXERCISE_ITEM_MAX, most=EXERCISE_ITEMS_MAX)
