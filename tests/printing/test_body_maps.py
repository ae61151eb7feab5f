"""The body-map page: front and back outlines to colour in, after the cards of a week that holds the body maps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from repairplanner.app import build_services
from repairplanner.core.library import NEVER_LIST
from repairplanner.core.print_options import Paper, PrintOptions
from repairplanner.core.printable_week import BODY_MAPS_ID
from repairplanner.printing.body_maps import (
    BACK_CAPTION,
    BODY_MAPS_HEADING,
    BODY_MAPS_INSTRUCTION,
    FIGURE_HEIGHT,
    FIGURE_WIDTH,
    FRONT_CAPTION,
    OutlineHandler,
    figure_outline,
)
from repairplanner.printing.page import PrintDocument
from repairplanner.printing.pdf import write_pdf
from repairplanner.printing.week_document import build_week_document, document_title
from tests.printing.test_week_document import MONDAY, PAGE_SIZES, export, plan_normal_week, squeeze
from tests.printing.test_week_document import world as week_world
from tests.services.conftest import World

world = week_world
PAPERS = pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER], ids=["A4", "Letter"])


def plan_body_maps_week(world: World) -> None:
    """A couple at level 5 who did the accountability work earlier, with the body maps and a talk this week."""
    world.at_levels(talk=5, touch=5)
    world.accountability_done(MONDAY - dt.timedelta(days=7))
    world.today.day = MONDAY
    world.book(MONDAY + dt.timedelta(days=1), "talk-1-daily-check-in")
    world.book(MONDAY + dt.timedelta(days=2), BODY_MAPS_ID, 30)


def outline_pages(reader: pypdf.PdfReader) -> list[int]:
    """The pages holding the outlines' instruction (a page's first line is also read, clipped, on the page before)."""
    return [i for i, page in enumerate(reader.pages) if squeeze(BODY_MAPS_INSTRUCTION) in squeeze(page.extract_text())]


def line_segments(page: pypdf.PageObject) -> int:
    """How many straight path segments (the PDF 'l' operator) a page draws: the outlines are made of them."""
    contents = page.get_contents()
    return 0 if contents is None else contents.get_data().count(b" l\n")


@PAPERS
def test_a_week_with_the_body_maps_ends_its_cards_with_one_page_of_outlines(
    world: World, tmp_path: Path, paper: Paper
) -> None:
    plan_body_maps_week(world)
    options = PrintOptions(paper=paper, exercise_cards=True)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, options)
    assert [card.outlines for card in week.cards] == [False, True]
    without = build_week_document(
        dataclasses.replace(week, cards=tuple(dataclasses.replace(c, outlines=False) for c in week.cards)), options
    )
    exported = export(world, options, tmp_path / "maps.pdf")
    pages = len(exported.reader.pages)
    assert pages == exported.document.pageCount() == without.pageCount() + 1, "exactly one page more"
    assert outline_pages(exported.reader) == [pages - 1], "the outlines come last, on a page of their own"
    last = squeeze(exported.pages[-1])
    assert last.startswith(squeeze(BODY_MAPS_HEADING))
    assert squeeze(FRONT_CAPTION) in last and squeeze(BACK_CAPTION) in last
    assert last.index(squeeze(FRONT_CAPTION)) < last.index(squeeze(BACK_CAPTION)), "front on the left, back beside it"
    assert squeeze(BODY_MAPS_INSTRUCTION) in last and squeeze(NEVER_LIST) in last
    assert squeeze("The mouth is never part of a map.") in last
    assert squeeze("Drawing your body maps") not in last, "the card itself stays with the cards"
    box = exported.reader.pages[-1].mediabox
    assert (round(float(box.width)), round(float(box.height))) == PAGE_SIZES[paper]
    assert line_segments(exported.reader.pages[-1]) > 200, "the outlines are drawn, as vector lines"
    assert all(line_segments(page) < 20 for page in exported.reader.pages[:-1])


def test_a_week_without_the_body_maps_has_no_outline_page(world: World, tmp_path: Path) -> None:
    plan_normal_week(world)
    exported = export(world, PrintOptions(exercise_cards=True), tmp_path / "cards.pdf")
    assert outline_pages(exported.reader) == []
    text = squeeze(exported.text)
    assert squeeze(BODY_MAPS_INSTRUCTION) not in text and squeeze("Whose map") not in text


def test_no_outline_page_without_the_cards(world: World, tmp_path: Path) -> None:
    plan_body_maps_week(world)
    exported = export(world, PrintOptions(), tmp_path / "week.pdf")
    assert len(exported.reader.pages) == 1 and outline_pages(exported.reader) == []


def test_the_outlines_survive_the_document_being_kept_alone(world: World, tmp_path: Path) -> None:
    """The handler that draws the outlines lives as long as the document, not as long as the code that built it."""
    plan_body_maps_week(world)
    options = PrintOptions(exercise_cards=True)
    week = build_services(world.sessions, clock=world.clock).printing.week(MONDAY, options)
    document = build_week_document(week, options)
    gc.collect()
    write_pdf(document, tmp_path / "later.pdf", title=document_title(document), paper=options.paper)
    assert line_segments(pypdf.PdfReader(tmp_path / "later.pdf").pages[-1]) > 200


def test_an_outline_is_one_calm_symmetric_figure_inside_its_box() -> None:
    outline = figure_outline()
    bounds = outline.boundingRect()
    assert QRectF(0, 0, FIGURE_WIDTH, FIGURE_HEIGHT).contains(bounds)
    assert abs(bounds.center().x() - FIGURE_WIDTH / 2) < 0.5, "left and right mirror each other"
    assert bounds.height() > FIGURE_HEIGHT * 0.95 and bounds.width() > FIGURE_WIDTH * 0.7
    assert len(outline.toSubpathPolygons()) == 1, "one continuous outline, nothing drawn inside it"


def test_the_outlines_are_black_lines_on_white_with_no_fill(qapp: object) -> None:
    document = PrintDocument(Paper.A4, landscape=True)
    handler = OutlineHandler(document)
    image = QImage(240, 512, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    handler.drawObject(painter, QRectF(0, 0, 240, 512), document, 0, document.char(10))
    painter.end()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    assert all(c.red() == c.green() == c.blue() for c in pixels), "grey levels only: it prints the same in black"
    assert sum(c.red() < 128 for c in pixels) > 1000, "the outline is drawn"
    for x, y in ((120, 44), (120, 180), (95, 380), (145, 380)):  # the head, the torso, both legs
        assert image.pixelColor(x, y) == QColor(Qt.GlobalColor.white), (x, y)
