"""The Guide's service: files read lazily, missing files tolerated, offers remembered, help lines kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.guide import Moment
from repairplanner.services.guide import HELP_LINES_MAX, GuideError, GuideService
from tests.guide_files import write_guide


def test_readings_are_read_only_when_first_needed(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    guide = GuideService(sessions, write_guide(tmp_path / "guide"))
    assert not guide.loaded
    assert guide.was_offered(Moment.SETUP) is False
    assert not guide.loaded  # remembering offers needs no files
    assert [r.id for r in guide.readings()][:2] == ["betrayal-as-trauma", "before-touch"]
    assert guide.loaded
    assert [s.title for s in guide.safety()] == ["When not to use this app", "Finding help near you"]
    reading = guide.reading_for(Moment.STOP_SIGNAL)
    assert reading is not None and reading.id == "after-a-stop"


def test_a_guide_not_installed_has_no_readings(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    guide = GuideService(sessions, tmp_path / "nowhere")
    assert guide.readings() == () and guide.safety() == ()
    assert guide.reading_for(Moment.SETUP) is None


def test_a_malformed_guide_file_is_told_kindly(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    folder = write_guide(tmp_path / "guide")
    (folder / "readings.toml").write_text("[[reading]]\nid = 'x'\n", encoding="utf-8")
    with pytest.raises(GuideError, match="The Guide could not be read"):
        GuideService(sessions, folder).readings()


def test_offers_are_remembered_per_moment_and_detail(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    guide = GuideService(sessions, tmp_path)
    guide.mark_offered(Moment.FIRST_TOUCH)
    guide.mark_offered(Moment.FIRST_TOUCH)
    guide.mark_offered(Moment.NEW_LEVEL, "touch:2")
    again = GuideService(sessions, tmp_path)  # a new sitting: the database remembers
    assert again.was_offered(Moment.FIRST_TOUCH)
    assert again.was_offered(Moment.NEW_LEVEL, "touch:2")
    assert not again.was_offered(Moment.NEW_LEVEL, "touch:3")
    assert not again.was_offered(Moment.SETUP)


def test_help_lines_are_kept_as_plain_trimmed_text(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    guide = GuideService(sessions, tmp_path)
    assert guide.help_lines() == ""
    assert guide.set_help_lines("\n  Dr Lee: 0123 456   \nCrisis line: 999\n\n") == "Dr Lee: 0123 456\nCrisis line: 999"
    assert GuideService(sessions, tmp_path).help_lines() == "Dr Lee: 0123 456\nCrisis line: 999"
    with pytest.raises(GuideError):
        guide.set_help_lines("x" * (HELP_LINES_MAX + 1))
    assert guide.help_lines() == "Dr Lee: 0123 456\nCrisis line: 999"
