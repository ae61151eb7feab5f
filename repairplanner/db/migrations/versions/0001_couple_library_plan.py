"""The couple, the exercise library and the weekly plan.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("color", sa.String(length=9), nullable=True),
        sa.Column("unavailable_weekdays", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(name)) BETWEEN 1 AND 40", name=op.f("ck_partners_name_length")),
        sa.CheckConstraint("seat IN (1, 2)", name=op.f("ck_partners_seat")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("seat", name=op.f("uq_partners_seat")),
    )
    op.create_table(
        "exercises",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("title", sa.String(length=80), nullable=False),
        sa.Column("track", sa.String(length=5), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("ease_out", sa.Text(), nullable=False),
        sa.Column("easier", sa.Text(), nullable=False),
        sa.Column("harder", sa.Text(), nullable=False),
        sa.Column("agreement", sa.Text(), nullable=False),
        sa.Column("safety", sa.Text(), nullable=False),
        sa.Column("technique", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("based_on_id", sa.String(length=80), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(source = 'custom') = (id LIKE 'custom-%')", name=op.f("ck_exercises_custom_id_prefix")),
        sa.CheckConstraint("source IN ('builtin', 'custom')", name=op.f("ck_exercises_source")),
        sa.CheckConstraint("track IN ('touch', 'talk')", name=op.f("ck_exercises_track")),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_exercises_level")),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_exercises_minutes")),
        sa.ForeignKeyConstraint(
            ["based_on_id"], ["exercises.id"], name=op.f("fk_exercises_based_on_id_exercises"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercises")),
    )
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercises_track_level"), ["track", "level"], unique=False)

    op.create_table(
        "weeks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("intention", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weeks")),
        sa.UniqueConstraint("start_date", name=op.f("uq_weeks_start_date")),
    )
    op.create_table(
        "planned_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week_id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.String(length=80), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("inviter_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'done', 'skipped', 'paused')", name=op.f("ck_planned_sessions_status")
        ),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_planned_sessions_minutes")),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_planned_sessions_exercise_id_exercises"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["inviter_id"], ["partners.id"], name=op.f("fk_planned_sessions_inviter_id_partners"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["week_id"], ["weeks.id"], name=op.f("fk_planned_sessions_week_id_weeks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_sessions")),
    )
    with op.batch_alter_table("planned_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_planned_sessions_week_id_day"), ["week_id", "day"], unique=False)


def downgrade() -> None:
    op.drop_table("planned_sessions")
    op.drop_table("weeks")
    op.drop_table("exercises")
    op.drop_table("partners")
    op.drop_table("settings")
