"""The interface language: the saved choice (or the system's), our translations and Qt's own, loaded once at start."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from repairplanner.core.content_overlay import ENGLISH
from repairplanner.core.i18n import install_translator
from repairplanner.paths import resources_dir

LANGUAGE_KEY = "language"
#: Overrides the saved choice for one run: a language code, or "pseudo" to lengthen and mark every message.
LANGUAGE_ENV = "REPAIRPLANNER_LANGUAGE"
PSEUDO = "pseudo"
SYSTEM = ""
# Each language is named in itself, so a couple who cannot read the current one can still find theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("de", "Deutsch"))
CATALOGUE = "repairplanner"


@dataclass(frozen=True)
class LoadedLanguage:
    """What was installed: the language in use and the translators, kept alive as long as the application."""

    code: str
    translators: tuple[QTranslator, ...]


def translations_dir() -> Path:
    """Where the compiled `.qm` catalogues are shipped."""
    return resources_dir() / "translations"


def saved_language(settings_file: Path) -> str:
    """The couple's choice in Settings: a language code, or "" to follow the system."""
    value = QSettings(str(settings_file), QSettings.Format.IniFormat).value(LANGUAGE_KEY, SYSTEM)
    return value if isinstance(value, str) and value in {SYSTEM, *dict(LANGUAGES)} else SYSTEM


def chosen_language(settings_file: Path) -> str:
    """The language for this run: the environment's override, else the saved choice."""
    override = os.environ.get(LANGUAGE_ENV, "").strip()
    return override if override in {PSEUDO, *dict(LANGUAGES)} else saved_language(settings_file)


def save_language(settings_file: Path, code: str) -> None:
    """Remember the choice for the next start (the language is loaded once, before any window is built)."""
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to load: the choice, else the system's first language we have, else English."""
    if choice:
        return choice
    available = dict(LANGUAGES)
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return "en"


def install_language(app: QCoreApplication, choice: str, directory: Path | None = None) -> LoadedLanguage:
    """Install our catalogue and Qt's for the language, route core text through Qt, and set the default locale."""
    if choice == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        install_translator(QCoreApplication.translate, ENGLISH)
        return LoadedLanguage(code=PSEUDO, translators=(pseudo,))
    code = resolve_language(choice)
    translators: list[QTranslator] = []
    if code != ENGLISH:
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE}_{code}", str(directory or translations_dir())):
            translators.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt_own)
        for translator in translators:
            app.installTranslator(translator)
        if choice:
            # A chosen language brings its own dates and numbers; following the system keeps the system's.
            QLocale.setDefault(QLocale(code))
    install_translator(QCoreApplication.translate, code)
    return LoadedLanguage(code=code, translators=tuple(translators))


_KEPT = re.compile(r"(\{[a-z_]*\}|%n|%\d|&&|&[a-z]+;|&[^{\s]|<[^>]*>|\n)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž")


class PseudoTranslator(QTranslator):
    """Every message 40 % longer, accented and bracketed: text that is clipped or untranslated stands out."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        if not source.strip():
            return source
        parts = _KEPT.split(source)
        marked = "".join(part if _KEPT.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
        return f"⟦{marked}{'·' * math.ceil(len(source) * 0.4)}⟧"

    def isEmpty(self) -> bool:
        return False
