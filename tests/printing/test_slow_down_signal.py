"""The slow-down signal on paper: in the week's footer beside the stop signal and on every card; absent when empty."""

from __future__ import annotations

from pathlib import Path

import pytest

from repairplanner.app import build_services
from repairplanner.core.couple import CoupleSetup, PartnerDraft
from repairplanner.core.print_options import PrintOptions
from repairplanner.printing.cards import signals_line
from repairplanner.printing.week_document import PAUSE_LINE
from tests.printing.test_week_document import MONDAY, STOP_SIGNAL, export, plan_normal_week, squeeze
from tests.printing.test_week_document import world as week_world
from tests.services.conftest import World

SLOW = "Yellow, a hand lowered slowly"
world = week_world


def choose_slow_down_signal(world: World, signal: str) -> None:
    drafts = [PartnerDraft(p.name, p.color, p.unavailable_weekdays) for p in world.couple.partners]
    setup = CoupleSetup(drafts[0], drafts[1], STOP_SIGNAL, world.couple.week_start, slow_down_signal=signal)
    world.couple = world.couples.update(setup)


def test_the_print_data_carries_the_couples_slow_down_signal(world: World) -> None:
    printing = build_services(world.sessions, clock=world.clock).printing
    assert printing.week(MONDAY, PrintOptions()).slow_down_signal == ""
    choose_slow_down_signal(world, SLOW)
    week = printing.week(MONDAY, PrintOptions())
    assert (week.stop_signal, week.slow_down_signal) == (STOP_SIGNAL, SLOW)


def test_the_footer_and_every_card_print_the_slow_down_signal_beside_the_stop_signal(
    world: World, tmp_path: Path
) -> None:
    plan_normal_week(world)
    choose_slow_down_signal(world, SLOW)
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "slow.pdf")
    week_page = squeeze(exported.pages[0])
    footer = squeeze(f"Stop signal: “{STOP_SIGNAL}” · Slow down: “{SLOW}” · {PAUSE_LINE}")
    assert footer in week_page
    laid_out = squeeze(exported.document.toPlainText()).split(squeeze("The exercises of this week"), 1)[1]
    assert laid_out.count(squeeze(signals_line(STOP_SIGNAL, SLOW))) == 3  # one per card, three cards
    assert squeeze(f"Slow-down signal: “{SLOW}”") in squeeze("\n".join(exported.pages[1:]))


def test_an_empty_slow_down_signal_prints_nothing_for_it(world: World, tmp_path: Path) -> None:
    plan_normal_week(world)
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "plain.pdf")
    flat = squeeze(exported.text)
    assert squeeze("Slow down: “") not in flat and squeeze("Slow-down signal") not in flat
    assert squeeze(f"Stop signal: “{STOP_SIGNAL}” · {PAUSE_LINE}") in squeeze(exported.pages[0])
    assert squeeze(signals_line(STOP_SIGNAL)) in flat


@pytest.mark.parametrize("length", [1, 80])
def test_a_week_with_the_longest_signals_still_fits_one_page(world: World, tmp_path: Path, length: int) -> None:
    plan_normal_week(world)
    drafts = [PartnerDraft(p.name, p.color, p.unavailable_weekdays) for p in world.couple.partners]
    world.couples.update(CoupleSetup(drafts[0], drafts[1], "s" * 80, slow_down_signal="w" * length))
    exported = export(world, PrintOptions(), tmp_path / "long.pdf")
    assert len(exported.reader.pages) == exported.document.pageCount() == 1
    assert squeeze(f"Slow down: “{'w' * length}”") in squeeze(exported.text)


def test_the_cards_line_names_both_signals_only_when_there_are_two() -> None:
    assert signals_line("pause") == "Stop signal: “pause”. Either of you can stop at any time, without a reason."
    assert signals_line("pause", "easy") == (
        "Stop signal: “pause”. Slow-down signal: “easy”. "
        "Either of you can slow down or stop at any time, without a reason."
    )
