"""The one way benchmarks make their data: the demo generator, into a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path


def make_demo(folder: Path, years: float) -> Path | None:
    """A data folder under `folder` holding `years` of demo history, or None if the generator refused."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from repairplanner.cli import main as cli_main

    data = folder / "data"
    return data if cli_main(["demo", "--data-dir", str(data), "--years", str(years)]) == 0 else None
