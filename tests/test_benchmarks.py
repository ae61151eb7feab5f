"""The benchmarks still run against today's code (tiny sizes; their figures are not checked, only that they work)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize(
    "script",
    [
        ["plan_speed.py", "--years", "0.2", "--switches", "5"],
        ["library_speed.py", "--years", "1", "--customs", "3", "--queries", "5"],
        ["export_speed.py", "--years", "0.2", "--runs", "2"],
        ["summary_speed.py", "--years", "0.2", "--runs", "2"],
        ["startup.py", "--runs", "1"],
    ],
    ids=lambda args: args[0],
)
def test_benchmark_runs(script: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script[0]), *script[1:]],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ms" in result.stdout
