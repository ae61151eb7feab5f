"""What a backup copy holds, as the restore dialog and `repairplanner restore --list` show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One copy: when it was made, why, and what it holds (weeks, sessions, the last change in it, in UTC)."""

    path: Path
    made_at: dt.datetime
    reason: str
    weeks: int
    sessions: int
    last_change: dt.datetime | None
    sound: bool = True

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """A finished restore: what is now in use, and where the file it replaced was set aside (to undo it)."""

    restored: Path
    set_aside: Path | None


#: Why a copy was made, in words for the restore list.
REASONS = {
    "daily": "daily copy",
    "on-close": "when the app closed",
    "before-restore": "before a restore",
    "before-import": "before an import",
    "set-aside": "set aside by a restore",
    "manual": "made by hand",
}


def describe_reason(reason: str) -> str:
    """A reason code as words; upgrades read 'before an update'."""
    if reason.startswith("before-0") or reason.startswith("before-1"):
        return "before an update"
    base = reason.rsplit("-", 1)[0] if reason.rsplit("-", 1)[-1].isdigit() else reason
    return REASONS.get(base, base.replace("-", " "))


def _local(moment: dt.datetime) -> dt.datetime:
    """A stored UTC time (naive) as local time."""
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def describe_copy(copy: BackupInfo) -> str:
    """One line for the list: when, why, and what it holds."""
    when = f"{copy.made_at:%A} {copy.made_at.day} {copy.made_at:%B %Y, %H:%M}"
    holds = f"{_plural(copy.weeks, 'week')}, {_plural(copy.sessions, 'session')}"
    last = ""
    if copy.last_change is not None:
        changed = _local(copy.last_change)
        last = f", last change {changed.day} {changed:%b %Y, %H:%M}"
    state = "" if copy.sound else " — damaged, cannot be restored"
    return f"{when} · {describe_reason(copy.reason)} · {holds}{last}{state}"
