"""The SQLAlchemy engine for one database file, with the connection settings every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """An engine on `path` with WAL, synchronous=FULL and foreign keys (off only while migrating)."""
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL is transactional
        # and the pragmas below run outside any transaction (foreign_keys is a no-op inside one).
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=FULL")
        dbapi_connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        dbapi_connection.execute("PRAGMA busy_timeout=5000")
        # Deleted and overwritten content is zeroed, so an edited note leaves no old text in free pages.
        dbapi_connection.execute("PRAGMA secure_delete=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """The session factory services use, one `with sessions.begin() as s:` per call."""
    return sessionmaker(engine, expire_on_commit=False)
