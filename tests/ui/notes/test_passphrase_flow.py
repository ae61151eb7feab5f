"""Changing a passphrase from the File menu: the right partner, the current passphrase, the new one, re-sealed notes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.entities import NoteVisibility, ReflectionDraft, SessionDraft
from repairplanner.core.library import Library
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.services.couple import CoupleService
from repairplanner.services.library import LibraryService
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.ui.notes.passphrase_flow import change_passphrase
from tests.helpers import FakeDialogs, Today


@pytest.fixture
def world(sessions: sessionmaker[Session], builtin_library: Library, qtbot: QtBot, clock: FixedClock):  # type: ignore[no-untyped-def]
    LibraryService(sessions, clock=clock).sync_builtins(builtin_library)
    couple = CoupleService(sessions).create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    day = dt.date(2026, 11, 23)
    service = SessionService(sessions, clock=Today(day), kdf=TEST_KDF)
    booked = PlanService(sessions, clock=Today(day)).add_session(SessionDraft(day, "talk-1-stop-signal", 15))
    for partner in couple.partners:
        service.set_consent(booked.id, partner.id, True)
    parent = QWidget()
    qtbot.addWidget(parent)
    return couple, service, booked, parent


def test_a_partner_changes_their_passphrase_and_keeps_their_notes(world) -> None:  # type: ignore[no-untyped-def]
    couple, service, booked, parent = world
    ana = couple.partners[0]
    service.set_passphrase(ana.id, "first secret words")
    draft = ReflectionDraft(booked.id, ana.id, 2, 8, 7, False, True, NoteVisibility.PRIVATE, "only mine")
    service.save_reflection(draft, passphrase="first secret words")
    dialogs = FakeDialogs()
    dialogs.script("choose_partner", 0)
    dialogs.script("ask_passphrase", "first secret words")
    dialogs.script("new_passphrase", "second secret words")
    assert change_passphrase(parent, dialogs, service, couple) is True  # type: ignore[arg-type]
    key = service.unlock(ana.id, "second secret words")
    assert service.reflections(booked.id, {ana.id: key})[0].note == "only mine"
    assert "1 private note now open with the new passphrase" in dialogs.shown[-1][2]


def test_a_wrong_current_passphrase_changes_nothing(world) -> None:  # type: ignore[no-untyped-def]
    couple, service, _booked, parent = world
    service.set_passphrase(couple.partners[1].id, "bo's own words")
    dialogs = FakeDialogs()
    dialogs.script("choose_partner", 1)
    dialogs.script("ask_passphrase", "not the words")
    dialogs.script("new_passphrase", "brand new words")
    assert change_passphrase(parent, dialogs, service, couple) is False  # type: ignore[arg-type]
    kind, _title, text = dialogs.shown[-1]
    assert kind == "warn" and "Nothing was changed" in text
    service.unlock(couple.partners[1].id, "bo's own words")  # still the old one


def test_a_partner_without_a_passphrase_is_told_when_it_is_set(world) -> None:  # type: ignore[no-untyped-def]
    couple, service, _booked, parent = world
    dialogs = FakeDialogs()
    dialogs.script("choose_partner", 0)
    assert change_passphrase(parent, dialogs, service, couple) is False  # type: ignore[arg-type]
    assert "the first time Ana keeps a note private" in dialogs.shown[-1][2]
    assert [name for name, _ in dialogs.calls] == ["choose_partner", "inform"]
