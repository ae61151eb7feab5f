"""The couple: two named partners, their stop and slow-down signals and their week; and the rules for setting them
up."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, LevelChoice, Partner, Track
from repairplanner.core.errors import UserFacingError
from repairplanner.core.i18n import translate

NAME_MAX = 40
STOP_SIGNAL_MAX = 80
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class SetupError(UserFacingError):
    """The couple's details break a rule; the message says which, kindly."""


@dataclass(frozen=True, slots=True)
class PartnerDraft:
    """What one partner enters at setup."""

    name: str
    color: str | None = None
    unavailable_weekdays: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class CoupleSetup:
    """Everything the first-run setup asks, and Settings can change later."""

    first: PartnerDraft
    second: PartnerDraft
    stop_signal: str
    week_start: int = 1
    #: A word or gesture meaning "slower, gentler"; optional, empty when the couple chose none.
    slow_down_signal: str = ""


@dataclass(frozen=True, slots=True)
class Couple:
    """The two partners (seat order) and what they agreed at setup."""

    partners: tuple[Partner, Partner]
    stop_signal: str
    week_start: int = 1
    levels: dict[Track, int] = field(default_factory=lambda: dict.fromkeys(Track, MIN_LEVEL))
    slow_down_signal: str = ""

    def partner(self, partner_id: int) -> Partner:
        """The partner with `partner_id`."""
        for partner in self.partners:
            if partner.id == partner_id:
                return partner
        raise KeyError(partner_id)

    def other(self, partner_id: int) -> Partner:
        """The partner who is not `partner_id`."""
        first, second = self.partners
        return second if first.id == partner_id else first


def clean_name(text: str) -> str:
    """A partner's name, normalised and trimmed; SetupError if it is empty, too long or has control characters."""
    name = unicodedata.normalize("NFC", text).strip()
    if not name:
        raise SetupError(translate("CoupleSetup", "Please enter a name for each of you."))
    if len(name) > NAME_MAX:
        message = translate("CoupleSetup", "A name can be at most {count} characters; '{start}…' is longer.")
        raise SetupError(message.format(count=NAME_MAX, start=name[:12]))
    if any(_is_control(ch) for ch in name):
        raise SetupError(translate("CoupleSetup", "A name cannot contain line breaks or invisible control characters."))
    return name


# Joiners and direction marks are invisible but belong to real names (Persian, emoji sequences, mixed scripts).
_NAME_FORMAT_CHARS = frozenset("\u200c\u200d\u200e\u200f")


def _is_control(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category in ("Cc", "Zl", "Zp") or (category == "Cf" and ch not in _NAME_FORMAT_CHARS)


def clean_stop_signal(text: str) -> str:
    """The agreed stop signal, trimmed; SetupError if empty or too long."""
    signal = " ".join(unicodedata.normalize("NFC", text).split())
    if not signal:
        raise SetupError(
            translate("CoupleSetup", "Please write down the stop signal you agreed on: a word or a gesture.")
        )
    if len(signal) > STOP_SIGNAL_MAX:
        message = translate("CoupleSetup", "Please keep the stop signal short (at most {count} characters).")
        raise SetupError(message.format(count=STOP_SIGNAL_MAX))
    return signal


def clean_slow_down_signal(text: str, stop_signal: str = "") -> str:
    """The agreed slow-down signal, trimmed; empty when there is none; SetupError if too long or the same as
    `stop_signal` (one sign cannot mean both "slower" and "stop")."""
    signal = " ".join(unicodedata.normalize("NFC", text).split())
    if len(signal) > STOP_SIGNAL_MAX:
        message = translate("CoupleSetup", "Please keep the slow-down signal short (at most {count} characters).")
        raise SetupError(message.format(count=STOP_SIGNAL_MAX))
    stop = " ".join(unicodedata.normalize("NFC", stop_signal).split())
    if signal and signal.casefold() == stop.casefold():
        raise SetupError(
            translate("CoupleSetup", "Please choose a slow-down signal that is different from your stop signal.")
        )
    return signal


def clean_setup(setup: CoupleSetup) -> CoupleSetup:
    """`setup` with clean names and signals; SetupError for the first rule it breaks."""
    first, second = (
        PartnerDraft(clean_name(p.name), _clean_color(p.color), _clean_days(p.unavailable_weekdays))
        for p in (setup.first, setup.second)
    )
    if first.name.casefold() == second.name.casefold():
        raise SetupError(translate("CoupleSetup", "Please use two different names, so the plan can tell you apart."))
    if not 1 <= setup.week_start <= 7:
        raise SetupError(translate("CoupleSetup", "The week must start on a day from Monday to Sunday."))
    stop = clean_stop_signal(setup.stop_signal)
    slow = clean_slow_down_signal(setup.slow_down_signal, stop)
    return CoupleSetup(first, second, stop, setup.week_start, slow)


def _clean_color(color: str | None) -> str | None:
    if color is None or color == "":
        return None
    if not _COLOR.fullmatch(color):
        message = translate("CoupleSetup", "'{colour}' is not a colour; choose one from the colour picker.")
        raise SetupError(message.format(colour=color))
    return color.lower()


def _clean_days(days: frozenset[int]) -> frozenset[int]:
    if not all(1 <= d <= 7 for d in days):
        raise SetupError(translate("CoupleSetup", "Unavailable days must be weekdays from Monday to Sunday."))
    if len(days) == 7:
        raise SetupError(translate("CoupleSetup", "Please leave at least one day of the week free."))
    return frozenset(days)


def working_levels(choices: list[LevelChoice], partner_ids: tuple[int, int]) -> dict[Track, int]:
    """Each track's working level: the lower of the two partners' latest choices (level 1 before any)."""
    latest: dict[tuple[int, Track], LevelChoice] = {}
    for choice in sorted(choices, key=lambda c: c.at):
        latest[(choice.partner_id, choice.track)] = choice
    levels = {}
    for track in Track:
        chosen = [latest[(p, track)].level for p in partner_ids if (p, track) in latest]
        levels[track] = max(MIN_LEVEL, min(MAX_LEVEL, *chosen)) if len(chosen) == 2 else MIN_LEVEL
    return levels


def usually_busy_text(names: list[str]) -> str:
    """'Bo is usually busy', or both names: said of a day on the week page and on the printed week; '' for none."""
    if not names:
        return ""
    if len(names) == 1:
        return translate("UsuallyBusy", "{name} is usually busy").format(name=names[0])
    return translate("UsuallyBusy", "{first} and {second} are usually busy").format(first=names[0], second=names[1])
