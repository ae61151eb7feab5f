"""The one clock: an aware UTC "now" and the couple's local "today", passed to whoever needs the time.

The database stores naive UTC; a local date always comes from local time (`local_date`), never from the stored
UTC value's own date, or a change made late in the evening west of Greenwich lands on the next day.
"""

from __future__ import annotations

import datetime as dt

UTC = dt.timezone.utc


def as_utc(moment: dt.datetime) -> dt.datetime:
    """`moment` as an aware UTC time; a naive one is taken as UTC, the way the database stores times."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def to_stored(moment: dt.datetime) -> dt.datetime:
    """`moment` as the database stores times: naive UTC."""
    return as_utc(moment).replace(tzinfo=None)


class Clock:
    """The machine's clock, read in the machine's local time zone (which may change while the app runs)."""

    def now(self) -> dt.datetime:
        """Now, as an aware UTC time."""
        return dt.datetime.now(UTC)

    def to_local(self, moment: dt.datetime) -> dt.datetime:
        """`moment` (aware, or naive UTC as stored) as the local wall-clock time."""
        return as_utc(moment).astimezone()

    def from_local(self, day: dt.date, time: dt.time) -> dt.datetime:
        """The aware UTC time at which local wall clocks show `time` on `day`."""
        return dt.datetime.combine(day, time).astimezone().astimezone(UTC)

    def today(self) -> dt.date:
        """The couple's date today, in local time."""
        return self.to_local(self.now()).date()

    def local_date(self, moment: dt.datetime) -> dt.date:
        """The local date on which `moment` (aware, or naive UTC as stored) happened."""
        return self.to_local(moment).date()

    def stamp(self) -> dt.datetime:
        """Now as the database stores it: naive UTC, to the microsecond."""
        return to_stored(self.now())

    def until_tomorrow(self) -> dt.timedelta:
        """How long until the local date changes (at least a millisecond)."""
        now = self.now()
        tomorrow = self.from_local(self.local_date(now) + dt.timedelta(days=1), dt.time())
        return max(tomorrow - now, dt.timedelta(milliseconds=1))


class FixedClock(Clock):
    """A clock that shows one moment, in one time zone, until it is moved: for tests and reproducible demos."""

    def __init__(self, now: dt.datetime, zone: dt.tzinfo = UTC) -> None:
        if now.tzinfo is None:
            raise ValueError("a FixedClock needs an aware time, so its local date is never a guess")
        self._now = as_utc(now)
        self._zone = zone

    @classmethod
    def at_local(cls, day: dt.date, time: dt.time, zone: dt.tzinfo = UTC) -> FixedClock:
        """A clock showing `time` on `day` on the wall clocks of `zone`."""
        return cls(dt.datetime.combine(day, time, tzinfo=zone), zone)

    def now(self) -> dt.datetime:
        return self._now

    def to_local(self, moment: dt.datetime) -> dt.datetime:
        return as_utc(moment).astimezone(self._zone)

    def from_local(self, day: dt.date, time: dt.time) -> dt.datetime:
        return dt.datetime.combine(day, time, tzinfo=self._zone).astimezone(UTC)

    def advance(self, delta: dt.timedelta) -> None:
        """Move the clock on (or back, with a negative `delta`)."""
        self._now += delta

    def set(self, now: dt.datetime) -> None:
        """Show `now` (aware) from here on."""
        if now.tzinfo is None:
            raise ValueError("a FixedClock needs an aware time")
        self._now = as_utc(now)


def local_now(clock: Clock) -> dt.datetime:
    """Now on the local wall clock, without a zone: how backup file names and their schedule read time."""
    return clock.to_local(clock.now()).replace(tzinfo=None)
