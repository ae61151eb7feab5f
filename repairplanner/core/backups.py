"""What a backup copy holds, as the restore dialog and `repairplanner restore --list` show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from repairplanner.core.dates import day_text, weekday_full_day_text
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate


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


#: Why a copy was made, in words for the restore list (context "Backups").
REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backups", "daily copy"),
    "on-close": QT_TRANSLATE_NOOP("Backups", "when the app closed"),
    "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore"),
    "before-import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "set-aside": QT_TRANSLATE_NOOP("Backups", "set aside by a restore"),
    "manual": QT_TRANSLATE_NOOP("Backups", "made by hand"),
}


def describe_reason(reason: str) -> str:
    """A reason code as words; upgrades read 'before an update'."""
    if reason.startswith("before-0") or reason.startswith("before-1"):
        return translate("Backups", "before an update")
    base = reason.rsplit("-", 1)[0] if reason.rsplit("-", 1)[-1].isdigit() else reason
    known = REASONS.get(base)
    return translate("Backups", known) if known else base.replace("-", " ")


def _local(moment: dt.datetime) -> dt.datetime:
    """A stored UTC time (naive) as local time."""
    return moment.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def _time(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"  # digits only: no names, so no locale


def describe_copy(copy: BackupInfo) -> str:
    """One line for the list: when, why, and what it holds."""
    made = copy.made_at
    when = translate("Backups", "{date}, {time}").format(date=weekday_full_day_text(made.date()), time=_time(made))
    week_count, session_count = copy.weeks, copy.sessions
    weeks = (
        translate("Backups", "{count} week").format(count=week_count)
        if week_count == 1
        else translate("Backups", "{count} weeks").format(count=week_count)
    )
    sessions = (
        translate("Backups", "{count} session").format(count=session_count)
        if session_count == 1
        else translate("Backups", "{count} sessions").format(count=session_count)
    )
    holds = translate("Backups", "{weeks}, {sessions}").format(weeks=weeks, sessions=sessions)
    if copy.last_change is not None:
        changed = _local(copy.last_change)
        holds = translate("Backups", "{holds}, last change {date}, {time}").format(
            holds=holds, date=day_text(changed.date()), time=_time(changed)
        )
    line = f"{when} · {describe_reason(copy.reason)} · {holds}"
    return line if copy.sound else translate("Backups", "{line} — damaged, cannot be restored").format(line=line)
