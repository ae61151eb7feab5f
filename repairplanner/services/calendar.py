"""The week's sessions as calendar events (.ics): neutral by default, with ids that re-imports update."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.entities import Exercise, PlannedSession, Track
from repairplanner.core.i18n import QT_TRANSLATE_NOOP, translate
from repairplanner.core.session_rules import paused_days
from repairplanner.db.schema import PartnerRow, Setting
from repairplanner.services.couple import read_setting
from repairplanner.services.library import LibraryService, UnknownExerciseError
from repairplanner.services.plan import PlanService
from repairplanner.services.sessions import SessionService
from repairplanner.services.storage import snapshot, transaction

if TYPE_CHECKING:
    from icalendar import Alarm, Event

INSTALL_ID_KEY = "calendar.install_id"
PRODID = "-//Weekly plan//EN"
# The calendar's own words (context "Calendar"), translated as the file is written; PRODID and UIDs never are.
CALENDAR_NAME = QT_TRANSLATE_NOOP("Calendar", "Weekly plan")
UID_DOMAIN = "weekly-plan.invalid"
#: What a calendar shows for each session unless the couple asks for exercise titles: nothing more than this.
NEUTRAL_SUMMARIES = {
    Track.TOUCH: QT_TRANSLATE_NOOP("Calendar", "Time together"),
    Track.TALK: QT_TRANSLATE_NOOP("Calendar", "Talk together"),
}
UNKNOWN_TITLE = QT_TRANSLATE_NOOP("Calendar", "Time together")
#: What a reminder says: as neutral as the events, and never about a session that did not happen.
REMINDER_TEXT = QT_TRANSLATE_NOOP("Calendar", "Your time together begins soon")
#: A solo session in a calendar: for one partner, by name, and still neutral.
SOLO_SUMMARY = QT_TRANSLATE_NOOP("Calendar", "{name}: time on your own")
#: SEQUENCE counts minutes from here, so every export is newer than the one before and calendars take its times.
SEQUENCE_EPOCH = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)


class CalendarService:
    """Turns a week of the plan into an iCalendar file."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        clock: Clock,
        plan: PlanService,
        library: LibraryService,
        life: SessionService,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._plan = plan
        self._library = library
        self._rules = life

    def install_id(self) -> str:
        """A random id made once for this plan, so session ids from two different plans never collide."""
        with transaction(self._sessions) as s:
            stored = read_setting(s, INSTALL_ID_KEY, None)
            if isinstance(stored, str) and stored:
                return stored
            created = str(uuid.uuid4())
            s.merge(Setting(key=INSTALL_ID_KEY, value=created))
            return created

    def week_ics(self, start: dt.date, *, neutral: bool = True, remind_minutes: int = 0) -> bytes:
        """The week holding `start` as .ics: an event per session, neutral unless asked, never anything anyone wrote;
        with `remind_minutes`, a quiet reminder that long before each timed session (none by default).

        Everything is read in one snapshot, so an edit made meanwhile is wholly in the file or wholly not.
        """
        with snapshot(self._sessions):
            return self._week_ics(start, neutral=neutral, remind_minutes=remind_minutes)

    def _week_ics(self, start: dt.date, *, neutral: bool, remind_minutes: int) -> bytes:
        stamp = self._clock.now().replace(microsecond=0)
        plan = self._plan.get_week(self._plan.week_of(start))
        install_id = self.install_id()
        from icalendar import Calendar  # only when a file is made: importing it costs more than the week's paint

        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("name", translate("Calendar", CALENDAR_NAME))
        calendar.add("x-wr-calname", translate("Calendar", CALENDAR_NAME))
        exercises: dict[str, Exercise | None] = {}
        resting = paused_days(plan.week.days, self._rules.pause_spans())
        with transaction(self._sessions) as s:
            names = {row.id: row.name for row in s.scalars(select(PartnerRow))}
        for session in plan.sessions:
            if session.day in resting:
                continue  # a resting plan puts nothing in anyone's calendar
            if session.exercise_id not in exercises:
                exercises[session.exercise_id] = self._exercise(session.exercise_id)
            event = _event(session, exercises[session.exercise_id], neutral=neutral, stamp=stamp)
            alone = names.get(session.solo_partner_id) if session.solo_partner_id is not None else None
            if alone is not None:
                _for_one_partner(event, alone, neutral=neutral)
            event.add("uid", session_uid(session.id, install_id))
            if remind_minutes > 0 and session.start_time is not None:
                event.add_component(_reminder(remind_minutes))
            calendar.add_component(event)
        ical: bytes = calendar.to_ical()
        return ical

    def _exercise(self, exercise_id: str) -> Exercise | None:
        try:
            return self._library.get(exercise_id)
        except UnknownExerciseError:
            return None


def session_uid(session_id: int, install_id: str) -> str:
    """The event's UID: the same for a session in every export, whatever else changes."""
    return f"{session_id}-{install_id}@{UID_DOMAIN}"


def _for_one_partner(event: Event, name: str, *, neutral: bool) -> None:
    """Say that a solo session is for `name` alone: a neutral title with their name, or the title and their name."""
    summary = translate("Calendar", SOLO_SUMMARY).format(name=name)
    if not neutral:
        summary = translate("Calendar", "{title} ({name}, on your own)").format(title=event["summary"], name=name)
    event["summary"] = summary


def _reminder(minutes: int) -> Alarm:
    """A quiet on-screen reminder `minutes` before the session: a neutral line, no sound, nothing about the past."""
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", translate("Calendar", REMINDER_TEXT))
    alarm.add("trigger", -dt.timedelta(minutes=minutes))
    return alarm


def _event(session: PlannedSession, exercise: Exercise | None, *, neutral: bool, stamp: dt.datetime) -> Event:
    # Times are floating (local wall-clock time, no zone): the session is at 19:30 wherever the calendar is.
    from icalendar import Event

    event = Event()
    if neutral or exercise is None:
        event.add("summary", translate("Calendar", NEUTRAL_SUMMARIES[exercise.track] if exercise else UNKNOWN_TITLE))
    else:
        event.add("summary", exercise.title)
        event.add("description", exercise.summary)
    if session.start_time is None:  # no time chosen: an all-day event
        event.add("dtstart", session.day)
        event.add("dtend", session.day + dt.timedelta(days=1))
    else:
        begins = dt.datetime.combine(session.day, session.start_time)
        event.add("dtstart", begins)
        event.add("dtend", begins + dt.timedelta(minutes=session.minutes))
    event.add("dtstamp", stamp)
    event.add("sequence", max(0, int((stamp - SEQUENCE_EPOCH).total_seconds() // 60)))
    return event
