"""Consent log, check-ins, reflections with sealed private notes, and the graded progression.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "level_choices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("track", sa.String(length=5), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("track IN ('touch', 'talk')", name=op.f("ck_level_choices_track")),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_level_choices_level")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_level_choices_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_choices")),
    )
    with op.batch_alter_table("level_choices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_level_choices_track_at"), ["track", "at"], unique=False)

    op.create_table(
        "partner_keys",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("kdf", sa.String(length=16), nullable=False),
        sa.Column("kdf_version", sa.Integer(), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("verifier", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_partner_keys_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("partner_id", name=op.f("pk_partner_keys")),
    )
    op.create_table(
        "pauses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["started_by_id"], ["partners.id"], name=op.f("fk_pauses_started_by_id_partners"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pauses")),
    )
    op.create_table(
        "ready_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("track", sa.String(length=5), nullable=False),
        sa.Column("target_level", sa.Integer(), nullable=False),
        sa.Column("week_start", sa.Date(), nullable=False),
        sa.Column("ready", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("track IN ('touch', 'talk')", name=op.f("ck_ready_answers_track")),
        sa.CheckConstraint("target_level BETWEEN 2 AND 5", name=op.f("ck_ready_answers_target_level")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_ready_answers_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ready_answers")),
        sa.UniqueConstraint(
            "partner_id",
            "track",
            "target_level",
            "week_start",
            name=op.f("uq_ready_answers_partner_id_track_target_level_week_start"),
        ),
    )
    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("light", sa.String(length=6), nullable=False),
        sa.Column("expected_distress", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("light IN ('green', 'yellow', 'red')", name=op.f("ck_check_ins_light")),
        sa.CheckConstraint("expected_distress BETWEEN 0 AND 10", name=op.f("ck_check_ins_expected_distress")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_check_ins_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["planned_sessions.id"],
            name=op.f("fk_check_ins_session_id_planned_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
        sa.UniqueConstraint("session_id", "partner_id", name=op.f("uq_check_ins_session_id_partner_id")),
    )
    op.create_table(
        "consent_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("proposed_exercise_id", sa.String(length=80), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_consent_events_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["proposed_exercise_id"],
            ["exercises.id"],
            name=op.f("fk_consent_events_proposed_exercise_id_exercises"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["planned_sessions.id"],
            name=op.f("fk_consent_events_session_id_planned_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_events")),
    )
    with op.batch_alter_table("consent_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_events_session_id_partner_id_at"), ["session_id", "partner_id", "at"], unique=False
        )

    op.create_table(
        "pause_resumes",
        sa.Column("pause_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_pause_resumes_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["pause_id"], ["pauses.id"], name=op.f("fk_pause_resumes_pause_id_pauses"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pause_id", "partner_id", name=op.f("pk_pause_resumes")),
    )
    op.create_table(
        "reflections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("peak_distress", sa.Integer(), nullable=False),
        sa.Column("felt_safe", sa.Integer(), nullable=False),
        sa.Column("felt_close", sa.Integer(), nullable=False),
        sa.Column("used_stop_signal", sa.Boolean(), nullable=False),
        sa.Column("would_repeat", sa.Boolean(), nullable=False),
        sa.Column("visibility", sa.String(length=7), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("sealed_note", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(visibility = 'shared' AND sealed_note IS NULL) OR (visibility = 'private' AND note IS NULL)",
            name=op.f("ck_reflections_private_note_sealed"),
        ),
        sa.CheckConstraint("visibility IN ('shared', 'private')", name=op.f("ck_reflections_visibility")),
        sa.CheckConstraint("felt_close BETWEEN 0 AND 10", name=op.f("ck_reflections_felt_close")),
        sa.CheckConstraint("felt_safe BETWEEN 0 AND 10", name=op.f("ck_reflections_felt_safe")),
        sa.CheckConstraint("peak_distress BETWEEN 0 AND 10", name=op.f("ck_reflections_peak_distress")),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partners.id"], name=op.f("fk_reflections_partner_id_partners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["planned_sessions.id"],
            name=op.f("fk_reflections_session_id_planned_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reflections")),
        sa.UniqueConstraint("session_id", "partner_id", name=op.f("uq_reflections_session_id_partner_id")),
    )
    with op.batch_alter_table("planned_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("started_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("planned_sessions", schema=None) as batch_op:
        batch_op.drop_column("started_at")
    op.drop_table("reflections")
    op.drop_table("pause_resumes")
    op.drop_table("consent_events")
    op.drop_table("check_ins")
    op.drop_table("ready_answers")
    op.drop_table("pauses")
    op.drop_table("partner_keys")
    op.drop_table("level_choices")
