"""The database tables, as SQLAlchemy 2.0 typed declarative classes; changed only through Alembic migrations."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo, as every timestamp is stored."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with constraint names that batch migrations can rely on."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[int]: JSON}  # noqa: RUF012


class Setting(Base):
    """A couple-wide setting or an internal marker, stored as JSON under a dotted key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class PartnerRow(Base):
    """One of the two partners; seat 1 or 2 keeps their order stable."""

    __tablename__ = "partners"
    __table_args__ = (
        CheckConstraint("seat IN (1, 2)", name="seat"),
        CheckConstraint("length(trim(name)) BETWEEN 1 AND 40", name="name_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    seat: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(40))
    color: Mapped[str | None] = mapped_column(String(9))
    unavailable_weekdays: Mapped[list[int]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ExerciseRow(Base):
    """A built-in exercise (copied from resources/) or a custom one; the id prefix keeps them apart."""

    __tablename__ = "exercises"
    __table_args__ = (
        CheckConstraint("source IN ('builtin', 'custom')", name="source"),
        CheckConstraint("(source = 'custom') = (id LIKE 'custom-%')", name="custom_id_prefix"),
        CheckConstraint("track IN ('touch', 'talk')", name="track"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
        CheckConstraint("minutes > 0", name="minutes"),
        Index(None, "track", "level"),
    )

    id: Mapped[str] = mapped_column(String(80), primary_key=True)
    source: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(80))
    track: Mapped[str] = mapped_column(String(5))
    level: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    needs: Mapped[list[str]] = mapped_column(default=list)
    steps: Mapped[list[str]] = mapped_column(default=list)
    ease_out: Mapped[str] = mapped_column(Text)
    easier: Mapped[str] = mapped_column(Text)
    harder: Mapped[str] = mapped_column(Text)
    agreement: Mapped[str] = mapped_column(Text)
    safety: Mapped[str] = mapped_column(Text)
    technique: Mapped[list[str]] = mapped_column(default=list)
    tags: Mapped[list[str]] = mapped_column(default=list)
    based_on_id: Mapped[str | None] = mapped_column(ForeignKey("exercises.id", ondelete="SET NULL"))
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Added in revision 0004: order inside a level, a neutral printed name, the harder variant's agreement.
    requires: Mapped[list[str]] = mapped_column(default=list)
    neutral_title: Mapped[str] = mapped_column(Text, default="")
    harder_agreement: Mapped[str] = mapped_column(Text, default="")


class WeekRow(Base):
    """A planning week, by its first day, with the couple's intention for it."""

    __tablename__ = "weeks"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    intention: Mapped[str] = mapped_column(Text, default="")


class PlannedSessionRow(Base):
    """An exercise booked on a day; consent, check-ins and reflections hang off it."""

    __tablename__ = "planned_sessions"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'done', 'skipped', 'paused')", name="status"),
        CheckConstraint("minutes > 0", name="minutes"),
        Index(None, "week_id", "day"),
        Index(None, "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    week_id: Mapped[int] = mapped_column(ForeignKey("weeks.id", ondelete="CASCADE"))
    exercise_id: Mapped[str] = mapped_column(ForeignKey("exercises.id", ondelete="RESTRICT"))
    day: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    inviter_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default="planned")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Added in revision 0002: when the couple actually began the session after both checked in.
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Added in revision 0003: removal is soft, so undo brings a session back with its consent log intact.
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Added in revision 0004: a solo exercise is planned for one partner.
    solo_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))


class ConsentEventRow(Base):
    """An append-only log entry: a partner gave or withdrew consent to one session."""

    __tablename__ = "consent_events"
    __table_args__ = (Index(None, "session_id", "partner_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("planned_sessions.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    given: Mapped[bool] = mapped_column(Boolean)
    proposed_exercise_id: Mapped[str | None] = mapped_column(ForeignKey("exercises.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CheckInRow(Base):
    """A partner's traffic light and expected distress just before a session."""

    __tablename__ = "check_ins"
    __table_args__ = (
        UniqueConstraint("session_id", "partner_id"),
        CheckConstraint("light IN ('green', 'yellow', 'red')", name="light"),
        CheckConstraint("expected_distress BETWEEN 0 AND 10", name="expected_distress"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("planned_sessions.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    light: Mapped[str] = mapped_column(String(6))
    expected_distress: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    #: After a yellow light, what its partner chose privately in their turn (core.entities.YellowChoice).
    yellow_choice: Mapped[str | None] = mapped_column(String(16))


class ReflectionRow(Base):
    """A partner's ratings and note after a session; a private note is stored only sealed."""

    __tablename__ = "reflections"
    __table_args__ = (
        UniqueConstraint("session_id", "partner_id"),
        CheckConstraint("visibility IN ('shared', 'private')", name="visibility"),
        CheckConstraint(
            "(visibility = 'shared' AND sealed_note IS NULL) OR (visibility = 'private' AND note IS NULL)",
            name="private_note_sealed",
        ),
        CheckConstraint("peak_distress BETWEEN 0 AND 10", name="peak_distress"),
        CheckConstraint("felt_safe BETWEEN 0 AND 10", name="felt_safe"),
        CheckConstraint("felt_close BETWEEN 0 AND 10", name="felt_close"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("planned_sessions.id", ondelete="CASCADE"))
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    peak_distress: Mapped[int] = mapped_column(Integer)
    felt_safe: Mapped[int] = mapped_column(Integer)
    felt_close: Mapped[int] = mapped_column(Integer)
    used_stop_signal: Mapped[bool] = mapped_column(Boolean)
    would_repeat: Mapped[bool] = mapped_column(Boolean)
    visibility: Mapped[str] = mapped_column(String(7))
    note: Mapped[str | None] = mapped_column(Text)
    sealed_note: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class PartnerKeyRow(Base):
    """How a partner's passphrase becomes a key: KDF name, versioned parameters, salt and a verifier."""

    __tablename__ = "partner_keys"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True)
    kdf: Mapped[str] = mapped_column(String(16))
    kdf_version: Mapped[int] = mapped_column(Integer)
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LevelChoiceRow(Base):
    """A partner's level on a track from `at` on; the working level is the lower of the two partners'."""

    __tablename__ = "level_choices"
    __table_args__ = (
        CheckConstraint("track IN ('touch', 'talk')", name="track"),
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
        Index(None, "track", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    track: Mapped[str] = mapped_column(String(5))
    level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ReadyAnswerRow(Base):
    """A partner's private answer to "ready for level N on this track?", revealed only when both answered."""

    __tablename__ = "ready_answers"
    __table_args__ = (
        UniqueConstraint("partner_id", "track", "target_level", "week_start"),
        CheckConstraint("track IN ('touch', 'talk')", name="track"),
        CheckConstraint("target_level BETWEEN 2 AND 5", name="target_level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    track: Mapped[str] = mapped_column(String(5))
    target_level: Mapped[int] = mapped_column(Integer)
    week_start: Mapped[dt.date] = mapped_column(Date)
    ready: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PauseRow(Base):
    """A pause of the whole plan, started by either partner."""

    __tablename__ = "pauses"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PauseResumeRow(Base):
    """A partner's request to resume a pause; the pause ends when both partners have asked."""

    __tablename__ = "pause_resumes"

    pause_id: Mapped[int] = mapped_column(ForeignKey("pauses.id", ondelete="CASCADE"), primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
