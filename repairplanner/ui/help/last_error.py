"""The kind of the last unexpected error in this run: what Help › Report a problem may show of it."""

from __future__ import annotations


def error_kind(kind: type[BaseException]) -> str:
    """An error's class as a report names it: 'ValueError', 'sqlite3.OperationalError'."""
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


class LastError:
    """The kind of the last unexpected error in this run, recorded by app.py's error hook.

    Only the exception's class is kept, never its message: a message may quote a name, a note or a title. (A plain
    class: the window holds one from its first paint, before anything else of the problem report is imported.)
    """

    __slots__ = ("kind",)

    def __init__(self) -> None:
        self.kind = ""

    def record(self, kind: type[BaseException]) -> None:
        self.kind = error_kind(kind)
