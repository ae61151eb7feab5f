"""Where RepairPlanner keeps its files, and making those places private."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from repairplanner import APP_ID
from repairplanner.core.errors import DataDirError

DATA_DIR_ENV = "REPAIRPLANNER_DATA_DIR"
PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Every file location, derived from one data directory and one config directory."""

    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "repairplanner.sqlite"

    @property
    def marker(self) -> Path:
        """Exists once a database was created here, so a vanished database is noticed, not re-created."""
        return self.data_dir / ".database-created"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / ".lock"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "window.ini"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The paths for `--data-dir`, else $REPAIRPLANNER_DATA_DIR, else the platform's user data directory."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return AppPaths(data_dir=root, config_dir=root / "config")
    import platformdirs  # only needed without --data-dir; keeps start-up lean

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
    )


def ensure_private_dir(path: Path) -> None:
    """Create `path` (mode 0700) if needed and check that files can be written in it; DataDirError otherwise."""
    try:
        if path.exists() and not path.is_dir():
            raise DataDirError(f"RepairPlanner cannot keep its data in {path}: it is a file, not a folder.")
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        # A real write is the only reliable test: permissions, read-only mounts and ACLs all show up here.
        with tempfile.TemporaryFile(dir=path):
            pass
    except DataDirError:
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataDirError(
            f"RepairPlanner cannot write to its data folder {path} ({reason}). "
            "Choose another folder with --data-dir, or fix the folder's permissions. Nothing was changed."
        ) from exc


PRIVATE_FILE_MODE = 0o600


def tighten_permissions(paths: AppPaths) -> None:
    """Make the data and config folders 0700 and the files in them 0600, on every start.

    Folders made by an older version, copied from elsewhere or loosened by hand are tightened again. Symbolic
    links are left alone (their targets are not ours to change), and a file that cannot be changed is skipped.
    """
    for folder in (paths.data_dir, paths.backups_dir, paths.config_dir):
        _tighten(folder, PRIVATE_DIR_MODE, want_dir=True)
        if folder.is_dir() and not folder.is_symlink():
            for entry in folder.iterdir():
                _tighten(entry, PRIVATE_FILE_MODE, want_dir=False)


def _tighten(path: Path, mode: int, *, want_dir: bool) -> None:
    import stat

    try:
        info = path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode) or stat.S_ISDIR(info.st_mode) != want_dir:
        return
    if stat.S_IMODE(info.st_mode) & ~mode:
        with contextlib.suppress(OSError):
            path.chmod(stat.S_IMODE(info.st_mode) & mode)


def resources_dir() -> Path:
    """The shipped resources: inside the installed package, or at the top of a source checkout."""
    packaged = Path(__file__).with_name("resources")
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent / "resources"
