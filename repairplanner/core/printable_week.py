"""What a printed week shows, as plain dataclasses: gathered by services.print_data, drawn by week_document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from repairplanner.core.entities import Exercise, Track
from repairplanner.core.print_options import initials


@dataclass(frozen=True, slots=True)
class PrintableSession:
    """One session as printed: when, what, who invites, each partner's consent and whether it is done.

    `inviter`, `consent` and `solo` follow the order of `PrintableWeek.partner_labels` (0 is the first partner).
    A solo session (`solo` set) is for that one partner: it prints on their side of the day, with their box only.
    """

    start_time: dt.time | None
    title: str
    track: Track | None
    level: int | None
    minutes: int
    inviter: int | None
    consent: tuple[bool, bool]
    done: bool = False
    set_aside: bool = False
    solo: int | None = None
    #: What the couple wrote on the session when they planned it (never a reflection's note).
    note: str = ""


@dataclass(frozen=True, slots=True)
class PrintableDay:
    """A day of the printed week with its sessions in the order the app shows them; a resting day (the plan was
    paused) prints no sessions, only that the plan is resting."""

    day: dt.date
    sessions: tuple[PrintableSession, ...] = ()
    resting: bool = False
    #: The partners (0, 1) usually busy on this weekday: a free day of theirs is not a rest day.
    busy: tuple[int, ...] = ()


#: The exercise whose printed card brings the body-map outlines: it comes first at touch level 5.
BODY_MAPS_ID = "touch-5-body-maps"


@dataclass(frozen=True, slots=True)
class PrintableCard:
    """An exercise of the week on its own card: the shared instructions, nothing anyone wrote."""

    title: str
    track: Track
    level: int
    minutes: int
    steps: tuple[str, ...]
    ease_out: str
    agreement: str
    #: The exercise's safety notes, printed on its card.
    safety: str = ""
    #: The card comes with the page of front and back body outlines to colour in (BODY_MAPS_ID).
    outlines: bool = False


@dataclass(frozen=True, slots=True)
class PrintableWeek:
    """Everything the printed week shows, its days in the couple's order."""

    start: dt.date
    days: tuple[PrintableDay, ...]
    partner_labels: tuple[str, str]
    intention: str
    stop_signal: str
    cards: tuple[PrintableCard, ...] = ()
    #: The couple's own help lines (their therapist, local crisis lines), printed on every card.
    help_lines: str = ""
    #: The couple's slow-down signal beside the stop signal; empty prints nothing for it.
    slow_down_signal: str = ""

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    @property
    def sessions(self) -> tuple[PrintableSession, ...]:
        """Every session of the week, day by day."""
        return tuple(session for day in self.days for session in day.sessions)


def distinct_initials(first: str, second: str) -> tuple[str, str]:
    """Both names as initials that tell them apart: 'Ana' and 'Bo' → 'A.', 'B.'; 'Ana' and 'Alex' → 'An.', 'Al.'."""
    a, b = initials(first), initials(second)
    length = 2
    while a.casefold() == b.casefold():
        if length > max(len(first), len(second)):
            return first, second
        a, b = f"{first[:length].strip()}.", f"{second[:length].strip()}."
        length += 1
    return a, b


def week_title(exercise: Exercise) -> str:
    """The name an exercise goes by on the printed week: a neutral one for an exercise the library marks
    "sensitive" (a week on the fridge is read by anyone passing); its card keeps the full title."""
    if "sensitive" in exercise.tags and exercise.neutral_title:
        return exercise.neutral_title
    return exercise.title
