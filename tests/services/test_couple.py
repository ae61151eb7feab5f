"""The couple service: created once at setup, read back exactly, changed later in Settings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.couple import CoupleSetup, PartnerDraft, SetupError
from repairplanner.core.entities import MIN_LEVEL, Track
from repairplanner.core.limits import TextLimitError
from repairplanner.db.schema import LevelChoiceRow, PartnerRow
from repairplanner.services.couple import CoupleService

UNICODE_SETUP = CoupleSetup(
    PartnerDraft("  Zoë ", "#5B8BD0", frozenset({3})),
    PartnerDraft("李雷 🌻", None, frozenset({6, 7})),
    "a raised flat hand",
    week_start=7,
)


@pytest.fixture
def service(sessions: sessionmaker[Session]) -> CoupleService:
    return CoupleService(sessions)


def stored_names(sessions: sessionmaker[Session]) -> list[str]:
    with sessions.begin() as s:
        return list(s.scalars(select(PartnerRow.name).order_by(PartnerRow.seat)))


def test_there_is_no_couple_before_setup(service: CoupleService) -> None:
    assert service.get() is None


def test_create_then_get_gives_back_what_the_couple_entered(
    service: CoupleService, sessions: sessionmaker[Session]
) -> None:
    created = service.create(UNICODE_SETUP)
    couple = service.get()
    assert couple == created
    first, second = couple.partners
    assert (first.seat, first.name, first.color, first.unavailable_weekdays) == (1, "Zoë", "#5b8bd0", {3})
    assert (second.seat, second.name, second.color, second.unavailable_weekdays) == (2, "李雷 🌻", None, {6, 7})
    assert couple.stop_signal == "a raised flat hand" and couple.week_start == 7
    assert couple.levels == dict.fromkeys(Track, MIN_LEVEL)
    assert stored_names(sessions) == ["Zoë", "李雷 🌻"]


def test_a_forty_character_emoji_name_fits(service: CoupleService) -> None:
    couple = service.create(CoupleSetup(PartnerDraft("🌻" * 40), PartnerDraft("Bo"), "pause"))
    assert couple.partners[0].name == "🌻" * 40


def test_a_second_setup_is_refused_and_the_first_couple_stays(
    service: CoupleService, sessions: sessionmaker[Session]
) -> None:
    service.create(UNICODE_SETUP)
    with pytest.raises(SetupError, match="already belongs to a couple"):
        service.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    assert stored_names(sessions) == ["Zoë", "李雷 🌻"]


def test_a_setup_that_breaks_a_rule_stores_nothing(service: CoupleService, sessions: sessionmaker[Session]) -> None:
    with pytest.raises(SetupError, match="two different names"):
        service.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft(" ANA "), "pause"))
    with sessions.begin() as s:
        assert s.scalar(select(func.count()).select_from(PartnerRow)) == 0
    assert service.get() is None


def test_update_changes_names_colours_days_stop_signal_and_week_start(service: CoupleService) -> None:
    before = service.create(UNICODE_SETUP)
    after = service.update(
        CoupleSetup(
            PartnerDraft("Zoe", None, frozenset()),
            PartnerDraft("Lei", "#d9775b", frozenset({1, 2})),
            "pause",
            week_start=1,
        )
    )
    assert service.get() == after
    assert [p.id for p in after.partners] == [p.id for p in before.partners]  # same people, new details
    assert [(p.name, p.color, p.unavailable_weekdays) for p in after.partners] == [
        ("Zoe", None, frozenset()),
        ("Lei", "#d9775b", {1, 2}),
    ]
    assert (after.stop_signal, after.week_start) == ("pause", 1)


def test_the_slow_down_signal_is_empty_until_chosen_then_stored_and_changed(service: CoupleService) -> None:
    assert service.create(UNICODE_SETUP).slow_down_signal == ""
    chosen = dataclasses.replace(UNICODE_SETUP, slow_down_signal="  yellow,  a hand lowered ")
    assert service.update(chosen).slow_down_signal == "yellow, a hand lowered"
    assert service.get() == service.update(chosen)
    stored = service.get()
    assert stored is not None and stored.slow_down_signal == "yellow, a hand lowered"
    assert stored.stop_signal == "a raised flat hand", "the stop signal is kept beside it"
    cleared = service.update(dataclasses.replace(UNICODE_SETUP, slow_down_signal=""))
    assert cleared.slow_down_signal == ""


@pytest.mark.parametrize(
    ("signal", "error", "message"),
    [
        ("A RAISED FLAT HAND", SetupError, "different from your stop signal"),
        ("x" * 81, SetupError, "keep the slow-down signal short"),
        ("slow\u0000er", TextLimitError, "slow-down signal cannot contain"),
        ("slow\u202eer", TextLimitError, "slow-down signal holds hidden characters"),
    ],
)
def test_a_slow_down_signal_that_breaks_a_rule_changes_nothing(
    service: CoupleService, signal: str, error: type[Exception], message: str
) -> None:
    before = service.create(dataclasses.replace(UNICODE_SETUP, slow_down_signal="yellow"))
    with pytest.raises(error, match=message):
        service.update(dataclasses.replace(UNICODE_SETUP, slow_down_signal=signal))
    assert service.get() == before


def test_update_before_setup_is_refused(service: CoupleService) -> None:
    with pytest.raises(SetupError, match="finish the setup first"):
        service.update(UNICODE_SETUP)
    assert service.get() is None


def test_an_update_that_breaks_a_rule_changes_nothing(service: CoupleService) -> None:
    before = service.create(UNICODE_SETUP)
    with pytest.raises(SetupError, match="at least one day"):
        service.update(CoupleSetup(PartnerDraft("Zoë", None, frozenset(range(1, 8))), PartnerDraft("Lei"), "pause"))
    assert service.get() == before


def test_levels_come_from_both_partners_choices(service: CoupleService, sessions: sessionmaker[Session]) -> None:
    first, second = service.create(UNICODE_SETUP).partners
    at = dt.datetime(2026, 1, 5, 20, 0)
    with sessions.begin() as s:
        s.add_all(
            [
                LevelChoiceRow(partner_id=first.id, track="touch", level=3, at=at),
                LevelChoiceRow(partner_id=second.id, track="touch", level=2, at=at),
                LevelChoiceRow(partner_id=first.id, track="talk", level=4, at=at),
            ]
        )
    assert service.get().levels == {Track.TOUCH: 2, Track.TALK: MIN_LEVEL}
