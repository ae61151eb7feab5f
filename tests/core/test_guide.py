"""The Guide's file format: parsing, the moments, search."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner.core.errors import LibraryError
from repairplanner.core.guide import Moment, parse_readings, reading_for, search

BODY = "A first paragraph that is long enough to be a body.\n\nA second paragraph.\n- one\n- two"


def readings_file(*tables: str, table: str = "reading") -> bytes:
    return "\n".join(f"[[{table}]]\n{t}" for t in tables).encode()


def test_readings_are_parsed_with_their_moments_and_paragraphs() -> None:
    data = readings_file(
        f'id = "why-wait"\ntitle = "Why waiting does not work"\nmoment = "setup"\nbody = """{BODY}"""',
        f'id = "arousal"\ntitle = "When the body responds"\nbody = """{BODY}"""',
    )
    readings = parse_readings("readings.toml", data)
    assert [r.id for r in readings] == ["why-wait", "arousal"]
    assert reading_for(readings, Moment.SETUP) == readings[0]
    assert reading_for(readings, Moment.STOP_SIGNAL) is None
    assert readings[0].paragraphs() == (
        "A first paragraph that is long enough to be a body.",
        "A second paragraph.\n- one\n- two",
    )


def test_search_finds_every_word_and_puts_title_matches_first() -> None:
    data = readings_file(
        f'id = "a"\ntitle = "Something about the body"\nbody = """{BODY} waiting"""',
        f'id = "b"\ntitle = "Waiting"\nbody = """{BODY}"""',
    )
    readings = parse_readings("readings.toml", data)
    assert [r.id for r in search(readings, "WAITING")] == ["b", "a"]
    assert search(readings, "waiting nowhere") == []


@pytest.mark.parametrize(
    "table",
    [
        'id = "x"\ntitle = "T"\nbody = "short"',
        f'id = "Bad Id"\ntitle = "A title"\nbody = """{BODY}"""',
        f'id = "x"\ntitle = "A title"\nbody = """{BODY}"""\nmoment = "midnight"',
        f'id = "x"\ntitle = "A title"\nbody = """{BODY}"""\ncolour = "red"',
        'id = "x"\ntitle = "A title"',
    ],
)
def test_a_malformed_reading_is_refused_with_the_file_named(table: str) -> None:
    with pytest.raises(LibraryError, match=r"readings\.toml"):
        parse_readings("readings.toml", readings_file(table))


@given(st.binary(max_size=300))
def test_any_bytes_either_parse_or_raise_a_library_error(data: bytes) -> None:
    with contextlib.suppress(LibraryError):
        parse_readings("readings.toml", data)
