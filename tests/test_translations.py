"""The translation catalogues: every message of the code is in them, translated, with its placeholders intact."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402 - the project's own script, beside the package

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _text(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[tuple[str, str], ET.Element]]:
    """Each language's catalogue as lupdate makes it from the code today (on a copy of the committed one)."""
    folder = tmp_path_factory.mktemp("catalogues")
    for ts in translations.CATALOGUES.glob("repairplanner_*.ts"):
        shutil.copy(ts, folder / ts.name)
    return {path.stem.split("_", 1)[1]: _messages(path) for path in translations.update(folder)}


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_catalogue_holds_exactly_the_messages_of_the_code(collected, language: str) -> None:
    committed = _messages(translations.CATALOGUES / f"repairplanner_{language}.ts")
    fresh = collected[language]
    missing = sorted(set(fresh) - set(committed))[:10]
    stale = sorted(set(committed) - set(fresh))[:10]
    assert not missing, f"messages not in the catalogue (run `make update-translations`, then translate): {missing}"
    assert not stale, f"messages no longer in the code (run `make update-translations`): {stale}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_message_is_translated_and_finished(language: str) -> None:
    messages = _messages(translations.CATALOGUES / f"repairplanner_{language}.ts")
    unfinished = [
        key
        for key, message in messages.items()
        if (message.find("translation") is not None and message.find("translation").get("type"))  # type: ignore[union-attr]
        or not all(text.strip() for text in _text(message))
    ]
    assert not unfinished, f"{len(unfinished)} untranslated or unfinished, e.g. {unfinished[:10]}"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translations_keep_every_placeholder_and_mnemonic(language: str) -> None:
    problems = []
    for (context, source), message in _messages(translations.CATALOGUES / f"repairplanner_{language}.ts").items():
        for text in _text(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)) and not (
                message.get("numerus") == "yes" and "%n" not in text and set(PLACEHOLDER.findall(text)) <= {"%n"}
            ):
                problems.append((context, source, text))
            if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
                problems.append((context, source, text))
    assert not problems, problems[:10]


def test_the_compiled_catalogue_translates(tmp_path: Path) -> None:
    built = translations.build(tmp_path)
    assert [p.name for p in built] == [f"repairplanner_{lang}.qm" for lang in translations.LANGUAGES]
    for qm in built:
        messages = _messages(translations.CATALOGUES / qm.with_suffix(".ts").name)
        plain = [(key, _text(m)[0]) for key, m in messages.items() if m.get("numerus") != "yes"]
        if not plain:
            pytest.skip("no messages yet")
        translator = QTranslator()
        assert translator.load(str(qm))
        for (context, source), text in plain[:: max(1, len(plain) // 50)]:
            assert translator.translate(context, source) == text
