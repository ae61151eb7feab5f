"""Alembic environment: RepairPlanner runs its migrations itself and hands over an open connection."""

from __future__ import annotations

from alembic import context

from repairplanner.db.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through repairplanner.db.migrate, which supplies the connection.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
