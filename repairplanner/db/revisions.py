"""The schema revisions this version of the code knows, without importing Alembic (start-up speed).

A test checks these against the migration scripts, so adding a migration means adding its id here.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD_REVISION = KNOWN_REVISIONS[-1]
