"""Limits on free text, as the services apply them (issue 11, item 8)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.limits import BIDI_CONTROLS, NOTE_MAX, TextLimitError, check_text


def test_ordinary_writing_passes_unchanged_including_other_scripts_and_emoji() -> None:
    for text in ("We sat for ten minutes.\nIt was calm.", "زهرة و علی", "Zoë’s 😊 thought", "tab\there", ""):
        assert check_text(text, "note", NOTE_MAX) == text


def test_too_long_is_refused_with_the_limit_named() -> None:
    with pytest.raises(TextLimitError, match="at most 4,000 characters"):
        check_text("x" * (NOTE_MAX + 1), "note", NOTE_MAX)
    assert check_text("x" * NOTE_MAX, "note", NOTE_MAX) == "x" * NOTE_MAX


@pytest.mark.parametrize("bad", ["\ud800", "a\udfffb", *sorted(BIDI_CONTROLS), "\x00", "\x1b[31m", "\u2028"])
def test_broken_hidden_and_control_characters_are_refused(bad: str) -> None:
    with pytest.raises(TextLimitError) as caught:
        check_text(f"before {bad} after", "note", NOTE_MAX)
    assert "\n" not in caught.value.message and "Traceback" not in caught.value.message


def test_single_line_texts_refuse_line_breaks_and_carriage_returns_are_normalised() -> None:
    with pytest.raises(TextLimitError, match="line breaks"):
        check_text("a\nb", "title", 60, multiline=False)
    assert check_text("a\r\nb\rc", "note", 100) == "a\nb\nc"


@given(st.text(max_size=200))
def test_anything_accepted_can_be_stored_as_utf8_and_has_no_direction_override(text: str) -> None:
    try:
        checked = check_text(text, "note", NOTE_MAX)
    except TextLimitError:
        return
    checked.encode("utf-8")
    assert not set(checked) & BIDI_CONTROLS
