"""What the couple chooses when printing: paper, names or initials, exercise cards, a discreet title."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

#: Countries whose printers use US Letter; everywhere else uses A4.
LETTER_COUNTRIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "PR"})


class Paper(str, Enum):
    """The two paper sizes the week is designed for."""

    A4 = "A4"
    LETTER = "Letter"


def paper_for_country(country_code: str) -> Paper:
    """The usual paper size for an ISO 3166 country code (from the locale)."""
    return Paper.LETTER if country_code.upper() in LETTER_COUNTRIES else Paper.A4


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """How to print: all have sensible, discreet defaults."""

    paper: Paper = Paper.A4
    initials_only: bool = False
    exercise_cards: bool = False
    discreet_title: bool = True


#: The reminders a calendar file can carry before each timed session, in minutes (0: none, the default).
REMINDER_CHOICES = (0, 10, 30, 60, 120)


@dataclass(frozen=True, slots=True)
class CalendarOptions:
    """How to write the calendar file: neutral event titles, and an optional reminder before each session."""

    neutral: bool = True
    remind_minutes: int = 0

    def __post_init__(self) -> None:
        if not 0 <= self.remind_minutes <= 24 * 60:
            raise ValueError("a reminder is between 0 minutes and a day before")


def initials(name: str) -> str:
    """A name's initials, for printing discreetly ('Ana María' → 'A. M.')."""
    parts = [p for p in name.replace("-", " ").split() if p]
    return " ".join(f"{p[0].upper()}." for p in parts) if parts else name
