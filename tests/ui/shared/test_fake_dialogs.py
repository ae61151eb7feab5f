"""The scripted dialog double offers exactly the real dialog service's methods and signatures."""

from __future__ import annotations

import pytest

from tests.helpers import FakeDialogs


def test_a_method_the_real_service_lacks_is_refused() -> None:
    fake = FakeDialogs()
    with pytest.raises(AttributeError, match="no method 'confirm_twice'"):
        fake.confirm_twice(None, "Title", "Text")
    with pytest.raises(AttributeError):
        fake.script("ask_anything", True)


def test_a_call_with_the_wrong_arguments_is_refused() -> None:
    fake = FakeDialogs()
    with pytest.raises(TypeError):
        fake.warn(None, "only a title")
    with pytest.raises(TypeError):
        fake.inform(None, "Title", "Text", "one too many")


def test_a_real_method_records_and_answers_from_the_script() -> None:
    fake = FakeDialogs()
    fake.script("confirm", True)
    assert fake.confirm(None, "Move the session?", "It moves to Friday.") is True
    assert fake.shown == [("confirm", "Move the session?", "It moves to Friday.")]
    with pytest.raises(AssertionError, match="unscripted confirm"):
        fake.confirm(None, "Again?", "No answer scripted.")
