"""Print pip constraints pinning every runtime dependency in pyproject.toml to its declared minimum.

    python scripts/oldest_requirements.py > constraints.txt
    pip install -c constraints.txt -e '.[test]'

`make test-oldest` uses it, so the floor in pyproject.toml is the floor that was tested. Only the app's own
dependencies are pinned; the test tools come at their newest versions.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9._-]+)\s*(?:\[[^\]]*\])?\s*([^;]*)(;.*)?$")


def minimums(dependencies: list[str]) -> list[str]:
    """`name>=1.2,<2; marker` -> `name==1.2; marker`; a dependency without a lower bound is an error."""
    pins = []
    for dependency in dependencies:
        found = REQUIREMENT.match(dependency)
        if found is None:
            raise SystemExit(f"oldest_requirements: cannot read {dependency!r}")
        name, specifiers, marker = found.group(1), found.group(2), found.group(3) or ""
        floor = re.search(r">=\s*([^,\s]+)", specifiers)
        if floor is None:
            raise SystemExit(f"oldest_requirements: {name} declares no minimum (>=) in pyproject.toml")
        pins.append(f"{name}=={floor.group(1)}{marker}")
    return pins


def main() -> int:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    for pin in minimums(project["dependencies"]):
        print(pin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
