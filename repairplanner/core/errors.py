"""Errors that carry a message meant for the people using the app."""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is written for the couple, not for a developer."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class StartupError(UserFacingError):
    """The app cannot start safely; nothing on disk was changed."""


class DataDirError(StartupError):
    """The data directory cannot be created or written to."""


class DatabaseMissingError(StartupError):
    """A database existed here before but is now missing or empty."""


class DatabaseCorruptError(StartupError):
    """The database file cannot be read as a RepairPlanner database."""


class DatabaseTooNewError(StartupError):
    """The database was written by a newer version of the app."""


class AlreadyRunningError(StartupError):
    """Another copy of the app already has this data open."""


class LibraryError(StartupError):
    """An exercise library file is malformed."""


class ReadOnlyExerciseError(UserFacingError):
    """A built-in exercise cannot be edited; it can be duplicated instead."""


class StorageError(UserFacingError):
    """Saving or reading failed in storage (a full disk, a locked or damaged file); nothing was half-saved."""
