"""Storage: SQLAlchemy tables, the engine, start-up checks, migrations and backups.

Importing this package is cheap on purpose; SQLAlchemy and Alembic load only in the modules that need them.
"""
