"""The single-copy lock on a data folder: one window per plan, a full disk named as such, stale locks recovered."""

from __future__ import annotations

import errno
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile

from repairplanner.core.errors import AlreadyRunningError, DataDirError

#: How long to wait for a lock another copy is just releasing, in milliseconds.
LOCK_WAIT_MS = 200
#: Slack between a lock file's time and a process's start time (/proc/stat gives boot time in whole seconds).
CLOCK_SLACK_S = 2.0


class DiskFullError(DataDirError):
    """The data folder's disk has no room left, even for the lock file."""


def take_lock(lock_file: Path, data_dir: Path) -> QLockFile:
    """Lock `lock_file`, recovering a stale lock; raise a StartupError that says what really went wrong."""
    lock = QLockFile(str(lock_file))
    if lock.tryLock(LOCK_WAIT_MS):
        return lock
    stale = lock.error() == QLockFile.LockError.LockFailedError and lock_is_stale(lock)
    if stale and lock.removeStaleLockFile() and lock.tryLock(LOCK_WAIT_MS):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise AlreadyRunningError(
            f"RepairPlanner is already open with the data in {data_dir}. "
            "Switch to that window; two copies at once could overwrite each other's changes."
        )
    raise _lock_failure(data_dir)


def lock_is_stale(lock: QLockFile) -> bool:
    """A lock on this computer whose process id now belongs to a process started after the lock was taken.

    Qt already treats a lock as stale when its process is gone or runs a program of another name, or when the
    file is older than its stale time and no process holds its native lock; a process id reused by another
    Python program within that time passes those tests, so the process's start time is compared too.
    """
    info = lock.getLockInfo()  # PySide6 gives (pid, hostname, appname); C++ returns a bool with out-parameters
    if not isinstance(info, tuple) or len(info) < 2:
        return False
    pid, hostname = int(info[-3]), str(info[-2])
    if pid <= 0 or pid == os.getpid():
        return False
    import socket  # only for a lock that is already there

    if hostname and hostname != socket.gethostname():
        return False
    started = process_start_time(pid)
    if started is None:
        return False
    try:
        taken = Path(lock.fileName()).stat().st_mtime
    except OSError:
        return False
    return started > taken + CLOCK_SLACK_S


def process_start_time(pid: int) -> float | None:
    """When process `pid` started (seconds since the epoch), where the system tells (Linux /proc); else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines() if line.startswith("btime")
        )
        ticks = int(stat[stat.rindex(")") + 2 :].split()[19])  # field 22, after the command name
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def _lock_failure(data_dir: Path) -> DataDirError:
    """Why the lock file could not be written: a full disk is said plainly, not taken for a second copy."""
    try:
        with tempfile.TemporaryFile(dir=data_dir) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(
                f"The disk that holds RepairPlanner's data folder {data_dir} is full. "
                "Free some space, then start RepairPlanner again. Nothing was changed."
            )
        return DataDirError(
            f"RepairPlanner cannot write to its data folder {data_dir} ({error.strerror or error}). "
            "Nothing was changed."
        )
    return DataDirError(
        f"RepairPlanner could not lock its data folder {data_dir}. Nothing was changed; please try again."
    )
