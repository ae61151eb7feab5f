"""Moving up together and pausing: private readiness answers revealed only when both answered, and a pause
either partner can start and only both can end."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import Enum

from repairplanner.core.entities import MAX_LEVEL, MIN_LEVEL, Exercise, Pause, Track
from repairplanner.core.grading import DEFAULT_GRADING, GradingSettings, capped_levels
from repairplanner.core.i18n import translate
from repairplanner.core.method import touch_gate

# --- Ready for the next level: private until both have answered ---------------------------------------------------


class ReadyState(str, Enum):
    """What both partners may see of a readiness round."""

    WAITING = "waiting"
    BOTH_READY = "both_ready"
    NOT_THIS_WEEK = "not_this_week"


@dataclass(frozen=True, slots=True)
class ReadyRound:
    """Each partner's private answer to 'ready for level N on this track?' for one week."""

    track: Track
    target_level: int
    partner_ids: tuple[int, int]
    ready: frozenset[int] = frozenset()
    not_yet: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if self.partner_ids[0] == self.partner_ids[1]:
            raise ValueError("a readiness round needs two different partners")
        if not MIN_LEVEL < self.target_level <= MAX_LEVEL:
            raise ValueError(f"cannot move up to level {self.target_level}")
        if self.ready & self.not_yet or not (self.ready | self.not_yet) <= set(self.partner_ids):
            raise ValueError("each answer must come from one of the two partners, once")

    def answer(self, partner_id: int, ready: bool) -> ReadyRound:
        """This round with `partner_id`'s answer set (replacing an earlier one)."""
        if partner_id not in self.partner_ids:
            raise ValueError(f"partner {partner_id} is not part of this round")
        others_ready = self.ready - {partner_id}
        others_not_yet = self.not_yet - {partner_id}
        if ready:
            return ReadyRound(
                self.track, self.target_level, self.partner_ids, others_ready | {partner_id}, others_not_yet
            )
        return ReadyRound(self.track, self.target_level, self.partner_ids, others_ready, others_not_yet | {partner_id})

    def has_answered(self, partner_id: int) -> bool:
        """Whether `partner_id` has answered: for telling that partner alone that their answer is in."""
        return partner_id in self.ready | self.not_yet


@dataclass(frozen=True, slots=True)
class ReadyReveal:
    """The part of a readiness round both partners may see; it carries no partner and no single answer."""

    track: Track
    target_level: int
    state: ReadyState
    message: str


def reveal(ready_round: ReadyRound) -> ReadyReveal:
    """WAITING until both have answered; then BOTH_READY, or NOT_THIS_WEEK for any 'not yet', never saying whose."""
    track, target = ready_round.track, ready_round.target_level
    if len(ready_round.ready | ready_round.not_yet) < 2:
        message = translate(
            "Readiness", "Waiting for both answers. Each answer stays private until you have both answered."
        )
        return ReadyReveal(track, target, ReadyState.WAITING, message)
    if ready_round.not_yet:
        if track is Track.TOUCH:
            text = translate("Readiness", "Not this week. Stay with touch level {level}; you can ask again next week.")
        else:
            text = translate("Readiness", "Not this week. Stay with talk level {level}; you can ask again next week.")
        return ReadyReveal(track, target, ReadyState.NOT_THIS_WEEK, text.format(level=target - 1))
    if track is Track.TOUCH:
        text = translate(
            "Readiness", "You are both ready for touch level {level}. Nothing changes until you confirm it together."
        )
    else:
        text = translate(
            "Readiness", "You are both ready for talk level {level}. Nothing changes until you confirm it together."
        )
    return ReadyReveal(track, target, ReadyState.BOTH_READY, text.format(level=target))


def move_up(
    current: int,
    ready_round: ReadyRound,
    *,
    confirmed: bool,
    talk_level: int,
    settings: GradingSettings = DEFAULT_GRADING,
    accountability_waiting: Collection[Exercise] = (),
) -> int:
    """The track's new level: one up only if both said ready and the couple confirmed; otherwise `current` unchanged.

    Touch level 3 and above also waits for the accountability work (`accountability_waiting`, see core.method).
    """
    target = ready_round.target_level
    allowed = (
        confirmed
        and touch_gate(ready_round.track, target, accountability_waiting) is None
        and reveal(ready_round).state is ReadyState.BOTH_READY
        and target == current + 1
        and (ready_round.track is Track.TALK or target <= talk_level + settings.touch_max_above_talk)
    )
    return target if allowed else current


# --- Pausing the whole plan ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PauseState:
    """Whether the whole plan is paused; either partner can pause, and it resumes only once both have asked."""

    partner_ids: tuple[int, int]
    paused: bool = False
    resume_requested_by: frozenset[int] = frozenset()

    @classmethod
    def from_pause(cls, pause: Pause | None, partner_ids: tuple[int, int]) -> PauseState:
        """The state an entity pause (or no pause at all) stands for."""
        if pause is None or not pause.active:
            return cls(partner_ids)
        return cls(partner_ids, True, pause.resume_requested_by & frozenset(partner_ids))

    def pause(self, by: int) -> PauseState:
        """Paused at `by`'s word; pausing again also withdraws `by`'s own request to resume."""
        self._check(by)
        return PauseState(self.partner_ids, True, self.resume_requested_by - {by})

    def request_resume(self, by: int) -> PauseState:
        """`by` asks to resume; the plan resumes once both partners have asked."""
        self._check(by)
        if not self.paused:
            return self
        requested = self.resume_requested_by | {by}
        if requested >= set(self.partner_ids):
            return PauseState(self.partner_ids)
        return PauseState(self.partner_ids, True, requested)

    def _check(self, partner_id: int) -> None:
        if partner_id not in self.partner_ids:
            raise ValueError(f"partner {partner_id} is not part of this couple")


def resume_levels(levels: Mapping[Track, int], settings: GradingSettings = DEFAULT_GRADING) -> dict[Track, int]:
    """The levels to suggest on resuming after a pause: one lower on each track, never below level 1."""
    return capped_levels({track: levels.get(track, MIN_LEVEL) - 1 for track in Track}, settings)
