"""Test helpers shared by several test modules."""

from __future__ import annotations

from pathlib import Path


class FakeDialogs:
    """Records every prompt instead of showing it; `answers` scripts what `confirm` returns."""

    def __init__(self, answers: list[bool] | None = None) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers = list(answers or [])

    def _record(self, kind: str, title: str, text: str) -> None:
        self.shown.append((kind, title, text))

    def error(self, parent: object, title: str, text: str) -> None:
        self._record("error", title, text)

    def warn(self, parent: object, title: str, text: str) -> None:
        self._record("warn", title, text)

    def inform(self, parent: object, title: str, text: str) -> None:
        self._record("inform", title, text)

    def about(self, parent: object, title: str, text: str) -> None:
        self._record("about", title, text)

    def confirm(self, parent: object, title: str, text: str) -> bool:
        self._record("confirm", title, text)
        return self.answers.pop(0)


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under `directory` with its bytes, to prove that nothing on disk changed."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}
