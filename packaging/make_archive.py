"""Pack the PyInstaller folder with install.sh, uninstall.sh and the desktop files into a .tar.gz.

    python packaging/make_archive.py [--bundle build/dist/repairplanner] [--out dist]

Prints the archive's path. The archive unpacks into one folder, repairplanner-VERSION/, holding the app
(repairplanner/), install.sh, uninstall.sh, COPYING, README.txt and share/ (menu entry, icon, metainfo).
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.repairplanner.RepairPlanner"
README = """RepairPlanner {version}

Install for yourself (no administrator rights needed):   ./install.sh
Then start RepairPlanner from your applications menu.

You can also run it from this folder without installing:  ./repairplanner/repairplanner
Command-line exports (see README.md of the project):        ./repairplanner/repairplanner-cli --help
Remove it again:                                           ~/.local/lib/repairplanner/uninstall.sh

Uninstalling never deletes your plan. RepairPlanner is free software under the GNU GPL version 3 or later
(see COPYING). Help and problem reports: https://github.com/repairplanner/repairplanner/issues
"""


def version() -> str:
    """The one version, read from repairplanner/__init__.py without importing the package."""
    text = (ROOT / "repairplanner" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("make_archive: no __version__ in repairplanner/__init__.py")
    return found.group(1)


def archive_name(ver: str) -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"repairplanner-{ver}-{system}-{platform.machine().lower()}.tar.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "repairplanner")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    if not (args.bundle / "repairplanner").exists():
        raise SystemExit(f"make_archive: no bundle in {args.bundle}; run `make dist`")
    ver = version()
    top = f"repairplanner-{ver}"
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / archive_name(ver)
    partial = target.with_suffix(".partial")
    readme = args.out / "README.txt"
    readme.write_text(README.format(version=ver), encoding="utf-8")
    members = [
        (args.bundle, "repairplanner"),
        (ROOT / "packaging" / "linux" / "install.sh", "install.sh"),
        (ROOT / "packaging" / "linux" / "uninstall.sh", "uninstall.sh"),
        (ROOT / "COPYING", "COPYING"),
        (readme, "README.txt"),
        (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", f"share/applications/{APP_ID}.desktop"),
        (ROOT / "resources" / "icons" / f"{APP_ID}.svg", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
        (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"),
    ]
    with tarfile.open(partial, "w:gz", compresslevel=6) as tar:
        for source, name in members:
            tar.add(source, arcname=f"{top}/{name}", filter=_normalise)
    partial.replace(target)
    readme.unlink()
    print(target)
    return 0


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Files owned by nobody in particular, readable by all; executables stay executable."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
    return info


if __name__ == "__main__":
    raise SystemExit(main())
