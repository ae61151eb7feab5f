"""Bundle size: the downloadable .tar.gz made by `make dist`, against the issue's target.

    .venv/bin/python benchmarks/bundle_size.py [ARCHIVE]

Prints `bundle: NN MB compressed (target <= 80 MB), NNN MB unpacked` (MB = 10^6 bytes), and the largest
parts of the unpacked folder, so a change that grows the download shows what grew. It measures; it
asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 80
sys.path.insert(0, str(ROOT / "packaging"))
from make_archive import archive_name, version  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="?", type=Path, default=ROOT / "dist" / archive_name(version()))
    parser.add_argument("--parts", type=int, default=6, help="how many of the largest parts to list")
    args = parser.parse_args()
    if not args.archive.is_file():
        print(f"bundle_size: {args.archive} not found; run `make dist`", file=sys.stderr)
        return 1
    compressed = args.archive.stat().st_size
    parts: Counter[str] = Counter()
    with tarfile.open(args.archive) as tar:
        for member in tar:
            if member.isfile():
                # repairplanner-V/repairplanner/_internal/PySide6/Qt/lib/x.so -> PySide6/Qt/lib
                pieces = member.name.split("/")[3:]
                parts[
                    "/".join(pieces[:3])
                    if pieces[:1] == ["PySide6"]
                    else (pieces[0] if len(pieces) > 1 else "(the launcher and libraries beside it)")
                ] += member.size
    unpacked = sum(parts.values())
    mark = "" if compressed <= TARGET_MB * 10**6 else "  OVER TARGET"
    print(
        f"bundle: {compressed / 10**6:.0f} MB compressed (target <= {TARGET_MB} MB), "
        f"{unpacked / 10**6:.0f} MB unpacked{mark}"
    )
    for name, size in parts.most_common(args.parts):
        print(f"  {size / 10**6:6.1f} MB  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
