"""Guards against a known-broken Qt binding: PySide6 6.12.0 drops a reference to None on every void call."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_leave_none_alone() -> None:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        probe.setObjectName("probe")
    # A leaking binding loses 20,000 references here and later aborts the interpreter.
    assert abs(sys.getrefcount(None) - before) < 100
