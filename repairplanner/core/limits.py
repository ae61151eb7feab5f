"""How long each free text may be, and which characters no text may hold: checked by the services, not only
the widgets (which use the same constants), so the command line and any future caller meet the same rules.

A 10 MB note would make a 161-page PDF and a two-minute repaint; text with unpaired surrogates cannot be stored
at all, and direction overrides can make a note read differently from what was typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate

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


#: Each kind of text as the subject of a refusal (context "TextLimits"): 'The name is too long: …'.
SUBJECTS = {
    "name": QT_TRANSLATE_NOOP("TextLimits", "The name"),
    "stop signal": QT_TRANSLATE_NOOP("TextLimits", "The stop signal"),
    "slow-down signal": QT_TRANSLATE_NOOP("TextLimits", "The slow-down signal"),
    "title": QT_TRANSLATE_NOOP("TextLimits", "The title"),
    "neutral title": QT_TRANSLATE_NOOP("TextLimits", "The neutral title"),
    "exercise text": QT_TRANSLATE_NOOP("TextLimits", "The exercise text"),
    "thing needed": QT_TRANSLATE_NOOP("TextLimits", "The thing needed"),
    "step": QT_TRANSLATE_NOOP("TextLimits", "The step"),
    "passphrase": QT_TRANSLATE_NOOP("TextLimits", "The passphrase"),
    "note": QT_TRANSLATE_NOOP("TextLimits", "The note"),
    "session note": QT_TRANSLATE_NOOP("TextLimits", "The session note"),
    "intention": QT_TRANSLATE_NOOP("TextLimits", "The intention"),
}
#: The kinds of text that come as lists, in the plural: 'There can be at most 12 steps'.
PLURALS = {
    "thing needed": QT_TRANSLATE_NOOP("TextLimits", "things needed"),
    "step": QT_TRANSLATE_NOOP("TextLimits", "steps"),
}


def _subject(what: str) -> str:
    subject = SUBJECTS.get(what)
    return translate("TextLimits", subject) if subject else f"The {what}"


def _number(count: int) -> str:
    """A count with the interface language's thousands separator: '4,000' ('4.000' in German)."""
    return f"{count:,}".replace(",", translate("TextLimits", ",", "thousands separator"))


def check_text(text: str, what: str, limit: int, *, multiline: bool = True) -> str:
    """`text` if it may be stored as `what` (a key of SUBJECTS); TextLimitError with a plain message otherwise.

    Refused: more than `limit` characters, unpaired surrogates, direction overrides, and control characters
    (line breaks and tabs are allowed in multi-line texts). Carriage returns are normalised to line breaks.
    """
    subject = _subject(what)
    if not isinstance(text, str):
        raise TextLimitError(translate("TextLimits", "{subject} is not text.").format(subject=subject))
    if len(text) > limit:
        message = translate(
            "TextLimits",
            "{subject} is too long: it can be at most {limit} characters, and this one has {length}. "
            "Nothing was saved.",
        )
        raise TextLimitError(message.format(subject=subject, limit=_number(limit), length=_number(len(text))))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for ch in text:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            message = translate(
                "TextLimits",
                "{subject} holds a broken character that cannot be saved (often from a bad copy and paste). "
                "Please type that part again.",
            )
            raise TextLimitError(message.format(subject=subject))
        if ch in BIDI_CONTROLS:
            message = translate(
                "TextLimits",
                "{subject} holds hidden characters that change the direction of the text ({code}), "
                "so it could read differently from what you see. Please type it again without them.",
            )
            raise TextLimitError(message.format(subject=subject, code=f"U+{ord(ch):04X}"))
        if _is_control(ch, multiline=multiline):
            if multiline:
                message = translate(
                    "TextLimits", "{subject} cannot contain invisible control characters. Nothing was saved."
                )
            else:
                message = translate(
                    "TextLimits",
                    "{subject} cannot contain line breaks or invisible control characters. Nothing was saved.",
                )
            raise TextLimitError(message.format(subject=subject))
    return text


def check_texts(items: Iterable[str], what: str, limit: int, *, most: int) -> tuple[str, ...]:
    """A list of short texts (an exercise's steps): each checked, and at most `most` of them."""
    checked = tuple(check_text(item, what, limit, multiline=False) for item in items)
    if len(checked) > most:
        plural = PLURALS.get(what)
        items_name = translate("TextLimits", plural) if plural else f"{what}s"
        message = translate("TextLimits", "There can be at most {count} {items}; this has {found}. Nothing was saved.")
        raise TextLimitError(message.format(count=most, items=items_name, found=len(checked)))
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
