"""Keep the translation catalogues: `update` collects every message from the code into the .ts files (lupdate),
`build` compiles them into the .qm files the app loads (lrelease). Both use the tools PySide6 ships."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("de",)


def sources() -> list[str]:
    """Every Python file of the package, relative to the top of the checkout, in a stable order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "repairplanner").rglob("*.py"))


def tool(name: str) -> str:
    """A PySide6 tool from the running Python's environment (or PATH)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install the app's dependencies first (make test does)")
    return found


def update(target_dir: Path = CATALOGUES) -> list[Path]:
    """Run lupdate over the package into each language's .ts file (new messages arrive unfinished)."""
    written = []
    for language in LANGUAGES:
        ts = target_dir / f"repairplanner_{language}.ts"
        command = [tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none"]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        written.append(ts)
    return written


def build(target_dir: Path = CATALOGUES) -> list[Path]:
    """Compile each .ts into the .qm the app loads."""
    built = []
    for ts in sorted(CATALOGUES.glob("repairplanner_*.ts")):
        qm = target_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action not in {"update", "build"}:
        raise SystemExit("usage: translations.py update|build")
    for path in update() if action == "update" else build():
        print(path.relative_to(ROOT))
