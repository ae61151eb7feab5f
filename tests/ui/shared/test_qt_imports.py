"""PySide6's scan of new modules gives the same answers when it reads their bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = r"""
import sys
sys.path.insert(0, sys.argv[1])
from repairplanner.ui.shared.qt_imports import read_sources_as_bytes
read_sources_as_bytes()
feature = sys.modules["shibokensupport.feature"]
import uses_qt, plain
print(getattr(feature._mod_uses_pyside, "reads_bytes", False), feature.pyside_feature_dict["uses_qt"],
      feature.pyside_feature_dict["plain"])
"""


def test_modules_that_use_pyside_are_still_told_apart(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "plain.py").write_text("VALUE = 1\n")
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(tmp_path)], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["True", "0", "-1"]  # 0: may use __feature__; -1: ignored, as PySide6 decides
