"""The exercise library: built-in exercises mirrored from resources/, and the couple's own custom ones."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.entities import Exercise, ExerciseSource
from repairplanner.core.errors import ReadOnlyExerciseError, UserFacingError
from repairplanner.core.i18n import translate
from repairplanner.core.library import CUSTOM_ID_PREFIX, Library, custom_exercise_problems
from repairplanner.core.limits import check_exercise_texts
from repairplanner.db.preflight import LIBRARY_DIGEST_KEY
from repairplanner.db.schema import ExerciseRow, Setting
from repairplanner.services.rows import exercise_from_row
from repairplanner.services.storage import transaction

_CONTENT_FIELDS = (
    "title",
    "track",
    "level",
    "minutes",
    "summary",
    "needs",
    "steps",
    "ease_out",
    "easier",
    "harder",
    "agreement",
    "safety",
    "technique",
    "tags",
    "requires",
    "neutral_title",
    "harder_agreement",
)


class UnknownExerciseError(UserFacingError):
    """No exercise has the given id."""


class InvalidExerciseError(UserFacingError):
    """A custom exercise that core.library.custom_exercise_problems refuses; `problems` says what, by field."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(next(iter(problems.values())))
        self.problems = problems


def _check_custom(exercise: Exercise) -> None:
    problems = custom_exercise_problems(exercise)
    if problems:
        raise InvalidExerciseError(problems)


def _content(exercise: Exercise) -> dict[str, object]:
    values = {name: getattr(exercise, name) for name in _CONTENT_FIELDS}
    values["track"] = exercise.track.value
    for name in ("needs", "steps", "technique", "tags", "requires"):
        values[name] = list(getattr(exercise, name))
    return values


class LibraryService:
    """Reads the library and keeps built-in and custom exercises apart."""

    def __init__(self, sessions: sessionmaker[Session], *, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def sync_builtins(self, library: Library) -> int:
        """Mirror the shipped library into the database; return how many built-in rows changed.

        Built-ins that left the library are archived, not deleted, because plans may refer to them.
        Custom exercises are never touched: their ids live in a separate namespace.
        """
        changed = 0
        with transaction(self._sessions) as s:
            rows = {r.id: r for r in s.scalars(select(ExerciseRow).where(ExerciseRow.source == "builtin"))}
            for exercise in library.exercises:
                if exercise.id.startswith(CUSTOM_ID_PREFIX):
                    raise ReadOnlyExerciseError(
                        translate("LibraryService", "A built-in exercise cannot use the id '{id}'.").format(
                            id=exercise.id
                        )
                    )
                content = _content(exercise)
                row = rows.pop(exercise.id, None)
                if row is None:
                    s.add(ExerciseRow(id=exercise.id, source="builtin", **content))
                    changed += 1
                elif any(getattr(row, k) != v for k, v in content.items()) or row.archived_at is not None:
                    for key, value in content.items():
                        setattr(row, key, value)
                    row.archived_at = None
                    changed += 1
            for gone in rows.values():
                if gone.archived_at is None:
                    gone.archived_at = self._clock.stamp()
                    changed += 1
            s.merge(Setting(key=LIBRARY_DIGEST_KEY, value=library.digest))
        return changed

    def list_exercises(self, *, include_archived: bool = False) -> list[Exercise]:
        """Every exercise, ordered by track, level and title."""
        query = select(ExerciseRow).order_by(ExerciseRow.track, ExerciseRow.level, ExerciseRow.title)
        if not include_archived:
            query = query.where(ExerciseRow.archived_at.is_(None))
        with transaction(self._sessions) as s:
            return [exercise_from_row(r) for r in s.scalars(query)]

    def get(self, exercise_id: str) -> Exercise:
        """One exercise by id."""
        with transaction(self._sessions) as s:
            row = s.get(ExerciseRow, exercise_id)
            if row is None:
                raise UnknownExerciseError(
                    translate("LibraryService", "There is no exercise '{id}'.").format(id=exercise_id)
                )
            return exercise_from_row(row)

    def create_custom(self, draft: Exercise, *, based_on: str | None = None) -> Exercise:
        """Store `draft` as a new custom exercise under a fresh custom id and return it."""
        _check_texts(draft)
        _check_custom(draft)
        new_id = f"{CUSTOM_ID_PREFIX}{uuid.uuid4().hex[:12]}"
        with transaction(self._sessions) as s:
            s.add(ExerciseRow(id=new_id, source="custom", based_on_id=based_on, **_content(draft)))
        return dataclasses.replace(draft, id=new_id, source=ExerciseSource.CUSTOM, archived=False)

    def duplicate(self, exercise_id: str) -> Exercise:
        """A new custom copy of any exercise, the way to change a built-in one."""
        original = self.get(exercise_id)
        title = translate("LibraryService", "{title} (our version)").format(title=original.title)
        copy = dataclasses.replace(original, title=title[:60])
        return self.create_custom(copy, based_on=original.id)

    def update_custom(self, exercise: Exercise) -> Exercise:
        """Save the content of a custom exercise; built-in exercises are read-only."""
        _check_texts(exercise)
        _check_custom(exercise)
        with transaction(self._sessions) as s:
            row = s.get(ExerciseRow, exercise.id)
            if row is None:
                raise UnknownExerciseError(
                    translate("LibraryService", "There is no exercise '{id}'.").format(id=exercise.id)
                )
            if row.source != "custom":
                raise ReadOnlyExerciseError(
                    translate(
                        "LibraryService",
                        "'{title}' comes with RepairPlanner and cannot be changed; duplicate it to make your own.",
                    ).format(title=row.title)
                )
            for key, value in _content(exercise).items():
                setattr(row, key, value)
            return exercise_from_row(row)

    def set_archived(self, exercise_ids: Sequence[str], archived: bool) -> None:
        """Archive or restore custom exercises."""
        with transaction(self._sessions) as s:
            for exercise_id in exercise_ids:
                row = s.get(ExerciseRow, exercise_id)
                if row is None or row.source != "custom":
                    raise ReadOnlyExerciseError(translate("LibraryService", "Only your own exercises can be archived."))
                row.archived_at = self._clock.stamp() if archived else None


def _check_texts(exercise: Exercise) -> None:
    """The limits on every text of a custom exercise (core.limits)."""
    long_texts = (
        exercise.summary,
        exercise.ease_out,
        exercise.easier,
        exercise.harder,
        exercise.agreement,
        exercise.safety,
        exercise.harder_agreement,
    )
    check_exercise_texts(exercise.title, exercise.neutral_title, long_texts, exercise.needs, exercise.steps)
