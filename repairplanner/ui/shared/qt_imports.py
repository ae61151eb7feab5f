"""Importing after PySide6 without its per-module source scan (start-up time).

Once PySide6 is imported, it inspects every module imported after it: `inspect.getsource(module)`, to see whether
the text "PySide6" is in it, which decides whether `from __feature__ import ...` could apply there (PYSIDE-2029).
Through `inspect` and the line cache that costs a tenth of every later import: SQLAlchemy's two hundred modules,
and the app's own. `read_sources_as_bytes` answers the same question by reading the file's bytes.
"""

from __future__ import annotations

import sys
from types import ModuleType


def read_sources_as_bytes() -> None:
    """Make PySide6's scan of newly imported modules read each file's bytes instead of going through `inspect`."""
    import PySide6.QtCore  # noqa: F401  (its import installs the scan)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "reads_bytes", False):
        return  # another PySide6: leave it as it is

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
