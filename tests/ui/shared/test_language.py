"""The interface language: the saved choice wins, else the system's first language we have, else English."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from repairplanner.core.i18n import current_language, install_translator, translate, untranslated
from repairplanner.ui.shared.language import install_language, resolve_language, save_language, saved_language


@pytest.fixture
def restored() -> Iterator[None]:
    """Put back the untranslated text, the default locale and Qt's translators after a test installs German."""
    before = install_translator(untranslated)
    install_translator(*before)  # only to learn what was installed
    locale = QLocale()
    yield
    install_translator(*before)
    QLocale.setDefault(locale)


def test_the_system_language_is_used_when_nothing_was_chosen() -> None:
    assert resolve_language("", QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert resolve_language("", QLocale(QLocale.Language.French, QLocale.Country.France)) == "en"
    assert resolve_language("en", QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "en"


def test_the_choice_is_saved_for_the_next_start(tmp_path: Path) -> None:
    settings = tmp_path / "window.ini"
    assert saved_language(settings) == ""
    save_language(settings, "de")
    assert saved_language(settings) == "de"
    save_language(settings, "xx")  # a value we do not know (hand-edited, or from a newer version) is ignored
    assert saved_language(settings) == ""


def test_german_is_installed_for_qt_and_for_core_text(qapp: QApplication, tmp_path: Path, restored: None) -> None:
    ts = tmp_path / "repairplanner_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        "<context><name>Probe</name><message><source>Rest day</source><translation>Ruhetag</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, capture_output=True)
    loaded = install_language(qapp, "de", tmp_path)
    try:
        assert loaded.code == "de"
        assert current_language() == "de"
        assert translate("Probe", "Rest day") == "Ruhetag"
        assert QLocale().language() == QLocale.Language.German
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own catalogue
    finally:
        for translator in loaded.translators:
            qapp.removeTranslator(translator)
