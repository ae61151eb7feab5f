"""The printed week: one landscape page that fits, built once for the preview, the printer and the PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QTextCursor, QTextDocument, QTextLength

from repairplanner.core.couple import usually_busy_text
from repairplanner.core.dates import day_month_text, week_number, week_range_text
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.print_options import PrintOptions
from repairplanner.core.printable_week import PrintableDay, PrintableSession, PrintableWeek, distinct_initials
from repairplanner.printing.cards import CARDS_HEADING, add_exercise_cards
from repairplanner.printing.locale_words import locale_words
from repairplanner.printing.page import GRID, INK, RULE, SHADE, SOFT, Border, PrintDocument
from repairplanner.printing.pdf import neutral_title

#: Height of one ruled line for handwriting, in points (about 7 mm).
LINE_PT = 20.0
MIN_LINES = 1
#: Ruled lines may grow this much taller to fill the page down to the footer.
MAX_STRETCH = 1.25
FILL_SAFETY_PT = 1.0
# The page's words, context "WeekPrint": marked here, translated where the page is written.
PAUSE_LINE = QT_TRANSLATE_NOOP("WeekPrint", "Either of us can pause, at any time, without a reason.")
#: A paused day on paper: calm, nothing to do, nothing missed, never whose pause it was.
RESTING_DAY = QT_TRANSLATE_NOOP("WeekPrint", "The plan is resting")
LEGEND = QT_TRANSLATE_NOOP("WeekPrint", "☑ agreed in the app     ☐ to tick by hand")
ANY_TIME = QT_TRANSLATE_NOOP("WeekPrint", "Any time")
EITHER_INVITES = QT_TRANSLATE_NOOP("WeekPrint", "Either of us invites")
#: A solo session's box takes this share of its day's width, on its partner's side.
SOLO_WIDTH = 88.0
NBSP = "\u00a0"
ZWSP = "\u200b"
_OUTER = Border(1.0, INK)
_INNER = Border(0.5, GRID)
_RULED = Border(0.4, RULE)
_CENTER = Qt.AlignmentFlag.AlignHCenter
_RIGHT = Qt.AlignmentFlag.AlignRight


def build_week_document(week: PrintableWeek, options: PrintOptions) -> QTextDocument:
    """The week on one landscape page (font stepped down until it fits), then its exercise cards if chosen.

    The document's title (DocumentTitle meta information) is neutral unless `options.discreet_title` is off;
    pass it to the printer or PDF writer.
    """
    document = _fitted_week(week, options)
    if options.exercise_cards and week.cards:
        heading = translate("WeekPrint", "{heading} · {dates}").format(
            heading=translate("Cards", CARDS_HEADING), dates=week_range_text(week.start, locale_words())
        )
        add_exercise_cards(
            document,
            week.cards,
            stop_signal=week.stop_signal,
            slow_down_signal=week.slow_down_signal,
            heading=heading,
            help_lines=week.help_lines,
        )
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, week_title(week, options))
    return document


def document_title(document: QTextDocument) -> str:
    """The title to give the print job or PDF of a built document."""
    return document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or neutral_title()


def week_title(week: PrintableWeek, options: PrintOptions, locale: QLocale | None = None) -> str:
    """NEUTRAL_TITLE, or 'Ana & Bo — week of 23 November' when the couple chose a non-discreet title."""
    if options.discreet_title:
        return neutral_title()
    first, second = week.partner_labels
    title = translate("WeekPrint", "{first} & {second} — week of {date}")
    return title.format(first=first, second=second, date=day_month_text(week.start, locale_words(locale)))


@dataclass(frozen=True, slots=True)
class Density:
    """How tightly the week is set: the font size in points, and whether boxes and inviters use initials."""

    size: float
    compact: bool = False


#: Tried from the first until the week fits on its page; the last is the smallest we consider readable.
DENSITIES = (
    Density(10.0),
    Density(9.5),
    Density(9.0),
    Density(8.5),
    Density(8.5, compact=True),
    Density(8.0, compact=True),
    Density(7.5, compact=True),
    Density(7.0, compact=True),
)


def _fitted_week(week: PrintableWeek, options: PrintOptions) -> PrintDocument:
    """The roomiest density that fits the week on one page, then ruled lines filling the page down to the footer."""
    document, density = _first_fit(week, options)
    if document.pageCount() > 1:
        return document  # more than a busy week holds: it runs over rather than shrinking below readable
    pitch = LINE_PT + _RULED.width
    spare = (document.page_height() - document.used_height()) / document.device(1.0) - FILL_SAFETY_PT
    more = max(0, int(spare // pitch))
    stretch = max(0.0, min(LINE_PT * (MAX_STRETCH - 1), (spare - more * pitch) / (MIN_LINES + more)))
    for line_pt in (LINE_PT + stretch, LINE_PT):
        filled = _WeekPage(week, options, density, MIN_LINES + more, line_pt).build()
        if filled.pageCount() == 1:
            return filled
    return document


def _first_fit(week: PrintableWeek, options: PrintOptions) -> tuple[PrintDocument, Density]:
    """The first of DENSITIES on which the week fits one page (or the last), by bisection after the roomiest."""
    built = {}

    def fits(index: int) -> bool:
        built[index] = _WeekPage(week, options, DENSITIES[index], MIN_LINES, LINE_PT).build()
        return built[index].pageCount() == 1

    if fits(0):
        return built[0], DENSITIES[0]
    low, high = 1, len(DENSITIES) - 1
    while low < high:
        middle = (low + high) // 2
        if fits(middle):
            high = middle
        else:
            low = middle + 1
    if low not in built:
        fits(low)
    return built[low], DENSITIES[low]


class _WeekPage:
    """Writes one week onto a fresh document at one density, with `lines` ruled lines under each day."""

    def __init__(
        self, week: PrintableWeek, options: PrintOptions, density: Density, lines: int, line_pt: float
    ) -> None:
        self.week = week
        self.size = density.size
        self.compact = density.compact
        self.lines = lines
        self.line_pt = line_pt
        self.locale = QLocale()
        self.words = locale_words(self.locale)
        self.document = PrintDocument(options.paper, landscape=True, font_size=density.size)
        self.cursor = QTextCursor(self.document)
        self.box_labels = distinct_initials(*week.partner_labels) if density.compact else week.partner_labels

    def build(self) -> PrintDocument:
        self.cursor.beginEditBlock()  # one layout at the end rather than one per edit
        self._header()
        self._days()
        self._footer()
        self.cursor.endEditBlock()
        return self.document

    def _header(self) -> None:
        doc, size = self.document, self.size
        table = self.cursor.insertTable(2, 2, doc.table((3, 2)))
        left = table.cellAt(0, 0).firstCursorPosition()
        left.insertText(week_range_text(self.week.start, self.words), doc.char(size + 8, bold=True))
        left.insertBlock(doc.block(top=1), doc.char(size, color=SOFT))
        left.insertText(translate("WeekPrint", "Week {number}").format(number=week_number(self.week.start)))
        right = table.cellAt(0, 1).firstCursorPosition()
        right.setBlockFormat(doc.block(align=_RIGHT))
        first, second = self.week.partner_labels
        right.insertText(f"{first} & {second}", doc.char(size + 5, bold=True))
        right.insertBlock(doc.block(align=_RIGHT, top=3), doc.char(size, color=SOFT))
        right.insertText(translate("WeekPrint", LEGEND))
        table.mergeCells(1, 0, 1, 2)
        table.cellAt(1, 0).setFormat(doc.cell(padding=(7, 0, 0, 0)))
        self._intention(table.cellAt(1, 0).firstCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _intention(self, cursor: QTextCursor) -> None:
        doc, size = self.document, self.size
        cursor.insertText(translate("WeekPrint", "Our intention this week:") + "  ", doc.char(size + 1, color=SOFT))
        if self.week.intention:
            cursor.insertText(self.week.intention, doc.char(size + 2, italic=True))
        else:  # an underlined blank to write one in by hand
            blank = doc.char(size + 2)
            blank.setFontUnderline(True)
            blank.setUnderlineColor(RULE)
            cursor.insertText(NBSP * 70 + ZWSP, blank)

    def _days(self) -> None:
        doc = self.document
        rows = 2 + self.lines
        table = self.cursor.insertTable(rows, 7, doc.table([1] * 7, top=8, bottom=6))
        for column, day in enumerate(self.week.days):
            left = _OUTER if column == 0 else _INNER
            right = _OUTER if column == 6 else _INNER
            heading = doc.cell(
                padding=(3, 3, 3, 3), top=_OUTER, right=right, bottom=Border(0.8, INK), left=left, background=SHADE
            )
            table.cellAt(0, column).setFormat(heading)
            table.cellAt(1, column).setFormat(doc.cell(padding=(3, 3, 3, 3), right=right, bottom=_INNER, left=left))
            for row in range(2, rows):
                bottom = _OUTER if row == rows - 1 else _RULED
                table.cellAt(row, column).setFormat(doc.cell(right=right, bottom=bottom, left=left))
                table.cellAt(row, column).firstCursorPosition().setBlockFormat(doc.block(line_height=self.line_pt))
            self._day_heading(table.cellAt(0, column).firstCursorPosition(), day.day)
            self._day_sessions(table.cellAt(1, column).firstCursorPosition(), day)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _day_heading(self, cursor: QTextCursor, day: dt.date) -> None:
        doc, size = self.document, self.size
        cursor.setBlockFormat(doc.block(align=_CENTER))
        name = self.locale.standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        cursor.insertText(name, doc.char(size + 1.5, bold=True))
        cursor.insertBlock(doc.block(align=_CENTER), doc.char(size - 0.5, color=SOFT))
        cursor.insertText(day_month_text(day, self.words))

    def _day_sessions(self, cursor: QTextCursor, day: PrintableDay) -> None:
        doc, size = self.document, self.size
        if day.resting or not day.sessions:
            cursor.setBlockFormat(doc.block(align=_CENTER, top=6))
            cursor.insertText(self._free_day_text(day), doc.char(size, italic=True, color=SOFT))
            return
        for index, session in enumerate(day.sessions):
            gap, pad = (3.0, 2.0) if self.compact else (4.0, 3.0)
            box_format = doc.table([1], top=0 if index == 0 else gap)
            if session.solo is not None:
                # One partner alone: on their side of the day (the first partner's left, the second's right).
                box_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, SOLO_WIDTH))
                box_format.setAlignment(_RIGHT if session.solo == 1 else Qt.AlignmentFlag.AlignLeft)
            box = cursor.insertTable(1, 1, box_format)
            box.cellAt(0, 0).setFormat(
                doc.cell(padding=(pad, pad + 1, pad, pad + 1), top=_INNER, right=_INNER, bottom=_INNER, left=_INNER)
            )
            self._session(box.cellAt(0, 0).firstCursorPosition(), session)
            cursor = box.lastCursorPosition()
            cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        doc.spacer(cursor, 0.1)  # the paragraph Qt keeps after the last box takes no room

    def _session(self, cursor: QTextCursor, session: PrintableSession) -> None:
        doc, size = self.document, self.size
        cursor.insertText(_time_text(session.start_time, self.locale).replace(" ", NBSP), doc.char(size, bold=True))
        minutes = translate("WeekPrint", "{minutes} min").format(minutes=session.minutes).replace(" ", NBSP)
        cursor.insertText(f"  ·  {minutes}", doc.char(size - 0.5, color=SOFT))
        cursor.insertBlock(doc.block(top=1), doc.char(size + 0.5, bold=True))
        cursor.insertText(session.title)
        details = []
        if session.track is not None and session.level is not None:
            level = translate("WeekPrint", "level {level}").format(level=session.level).replace(" ", NBSP)
            details.append(f"{session.track.label} · {level}")
        if session.solo is not None:
            details.append(self._solo_text(session.solo).replace(" ", NBSP))
        else:
            details.append(self._inviter_text(session.inviter).replace(" ", NBSP))
        cursor.insertBlock(doc.block(top=1), doc.char(size - 0.5, color=SOFT))
        cursor.insertText(" · ".join(details))
        if session.note:
            cursor.insertBlock(doc.block(top=1), doc.char(size - 0.5, italic=True))
            cursor.insertText(session.note)
        box, label = doc.char(size + 2), doc.char(size)
        cursor.insertBlock(doc.block(top=2))
        for seat, (agreed, name) in enumerate(zip(session.consent, self.box_labels, strict=True)):
            if session.solo is not None and seat != session.solo:
                continue  # a solo session has its partner's box only
            cursor.insertText(ticked(agreed), box)
            cursor.insertText(f"{NBSP}{name}   ", label)
        if not self.compact:
            cursor.insertBlock(doc.block())
        if session.set_aside:
            cursor.insertText(translate("WeekPrint", "Not this time"), doc.char(size - 0.5, italic=True, color=SOFT))
        else:
            cursor.insertText(ticked(session.done), box)
            cursor.insertText(NBSP + translate("WeekPrint", "done"), label)

    def _free_day_text(self, day: PrintableDay) -> str:
        """A day without sessions: resting while paused, a partner's usual busy day, or a rest day."""
        if day.resting:
            return translate("WeekPrint", RESTING_DAY)
        labels = self.box_labels if self.compact else self.week.partner_labels
        return usually_busy_text([labels[seat] for seat in day.busy]) or translate("WeekPrint", "Rest day")

    def _solo_text(self, seat: int) -> str:
        name = self.box_labels[seat] if self.compact else self.week.partner_labels[seat]
        if self.compact:
            return translate("WeekPrint", "{name} alone").format(name=name)
        return translate("WeekPrint", "{name}, on their own").format(name=name)

    def _inviter_text(self, inviter: int | None) -> str:
        if inviter is None:
            return translate("WeekPrint", "Either invites") if self.compact else translate("WeekPrint", EITHER_INVITES)
        name = self.box_labels[inviter] if self.compact else self.week.partner_labels[inviter]
        return translate("WeekPrint", "{name} invites").format(name=name)

    def _footer(self) -> None:
        doc, size = self.document, self.size
        self.cursor.setBlockFormat(doc.block(align=_CENTER))
        quoted = translate("WeekPrint", "“{signal}”")
        self.cursor.insertText(translate("WeekPrint", "Stop signal:") + " ", doc.char(size + 1, bold=True))
        self.cursor.insertText(quoted.format(signal=self.week.stop_signal), doc.char(size + 1))
        if self.week.slow_down_signal:
            self.cursor.insertText("      ·      ", doc.char(size + 1, color=SOFT))
            self.cursor.insertText(translate("WeekPrint", "Slow down:") + " ", doc.char(size + 1, bold=True))
            self.cursor.insertText(quoted.format(signal=self.week.slow_down_signal), doc.char(size + 1))
        self.cursor.insertText("      ·      ", doc.char(size + 1, color=SOFT))
        self.cursor.insertText(translate("WeekPrint", PAUSE_LINE), doc.char(size + 1))


def ticked(mark: bool) -> str:
    """The printed box: ☑ when ticked, ☐ to tick by hand."""
    return "☑" if mark else "☐"


def _time_text(start_time: dt.time | None, locale: QLocale) -> str:
    if start_time is None:
        return translate("WeekPrint", ANY_TIME)
    return locale.toString(QTime(start_time.hour, start_time.minute), QLocale.FormatType.ShortFormat)
