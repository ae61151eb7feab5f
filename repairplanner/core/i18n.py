"""User-visible text goes through `translate`; app.py plugs Qt's translator in, so core stays free of Qt.

`lupdate` collects every `translate("Context", "Source")` call (and `QT_TRANSLATE_NOOP`, which only marks a
source to be translated later, for tables of text built at import time). Placeholders are Python's
`{name}` fields, filled in *after* translating: `translate("WeekPage", "Invites: {name}").format(name=...)`.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def untranslated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with `%n` filled in: what every text reads before a translator is installed."""
    del context, disambiguation
    return source.replace("%n", str(n)) if n >= 0 else source


class _Active:
    """The process-wide translator, like Qt's own: text is translated wherever it is made, core included."""

    translator: Translator = untranslated
    language: str = "en"


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The installed translation of `source` in `context` (the source itself if there is none)."""
    return _Active.translator(context, source, disambiguation, n)


def install_translator(translator: Translator, language: str = "en") -> tuple[Translator, str]:
    """Route `translate` through `translator` for `language` (an ISO 639-1 code); returns what it replaces."""
    previous = (_Active.translator, _Active.language)
    _Active.translator = translator
    _Active.language = language
    return previous


def current_language() -> str:
    """The language text is shown in ("en" until app.py installs another): it also picks the built-in content."""
    return _Active.language


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate looks for
    """Mark `source` for lupdate without translating it yet; call `translate(context, source)` where it is shown."""
    del context
    return source
