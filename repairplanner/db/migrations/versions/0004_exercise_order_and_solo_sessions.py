"""Order inside a level, neutral printed names and harder-variant agreements for exercises; solo sessions.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requires", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("neutral_title", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("harder_agreement", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("planned_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("solo_partner_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_planned_sessions_solo_partner_id_partners"),
            "partners",
            ["solo_partner_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("planned_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_planned_sessions_solo_partner_id_partners"), type_="foreignkey")
        batch_op.drop_column("solo_partner_id")
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.drop_column("harder_agreement")
        batch_op.drop_column("neutral_title")
        batch_op.drop_column("requires")
