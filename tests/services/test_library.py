"""The library service: built-ins mirrored from resources/, custom exercises kept apart and editable."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy.exc
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import FixedClock
from repairplanner.core.entities import ExerciseSource
from repairplanner.core.errors import ReadOnlyExerciseError
from repairplanner.core.library import Library
from repairplanner.db.preflight import LIBRARY_DIGEST_KEY
from repairplanner.services.library import LibraryService, UnknownExerciseError


@pytest.fixture
def service(sessions: sessionmaker[Session], clock: FixedClock) -> LibraryService:
    return LibraryService(sessions, clock=clock)


def test_sync_stores_every_builtin_exercise_and_the_digest(
    service: LibraryService, sessions: sessionmaker[Session], builtin_library: Library
) -> None:
    assert service.sync_builtins(builtin_library) == len(builtin_library.exercises)
    stored = {e.id: e for e in service.list_exercises()}
    assert stored == {e.id: e for e in builtin_library.exercises}
    with sessions.begin() as s:
        digest = s.execute(text("SELECT value FROM settings WHERE key = :k"), {"k": LIBRARY_DIGEST_KEY}).scalar()
    assert digest == f'"{builtin_library.digest}"'


def test_a_second_sync_of_the_same_library_changes_nothing(service: LibraryService, builtin_library: Library) -> None:
    service.sync_builtins(builtin_library)
    assert service.sync_builtins(builtin_library) == 0


def test_sync_updates_changed_text_and_archives_exercises_that_left(
    service: LibraryService, builtin_library: Library
) -> None:
    service.sync_builtins(builtin_library)
    first, second, *rest = builtin_library.exercises
    newer = Library((dataclasses.replace(first, title="A calmer title"), *rest), "newdigest")
    assert service.sync_builtins(newer) == 2
    assert service.get(first.id).title == "A calmer title"
    assert second.id not in {e.id for e in service.list_exercises()}
    assert service.get(second.id).archived  # kept for old plans that refer to it
    assert service.sync_builtins(builtin_library) == 2  # back again: restored and re-titled


def test_custom_exercises_get_their_own_ids_and_survive_a_sync(
    service: LibraryService, builtin_library: Library
) -> None:
    service.sync_builtins(builtin_library)
    original = builtin_library.exercises[0]
    custom = service.create_custom(dataclasses.replace(original, title="Our evening walk"))
    assert custom.id.startswith("custom-") and custom.source is ExerciseSource.CUSTOM
    service.sync_builtins(dataclasses.replace(builtin_library, digest="changed"))
    assert service.get(custom.id).title == "Our evening walk"
    assert service.get(original.id).title == original.title


def test_a_builtin_exercise_can_be_duplicated_but_never_edited(
    service: LibraryService, builtin_library: Library
) -> None:
    service.sync_builtins(builtin_library)
    builtin = builtin_library.exercises[0]
    with pytest.raises(ReadOnlyExerciseError, match="duplicate it"):
        service.update_custom(dataclasses.replace(builtin, title="Changed"))
    assert service.get(builtin.id).title == builtin.title
    copy = service.duplicate(builtin.id)
    assert copy.id != builtin.id and not copy.is_builtin and copy.steps == builtin.steps
    edited = service.update_custom(dataclasses.replace(copy, minutes=7))
    assert service.get(copy.id).minutes == 7 == edited.minutes


def test_archiving_hides_only_custom_exercises(service: LibraryService, builtin_library: Library) -> None:
    service.sync_builtins(builtin_library)
    custom = service.duplicate(builtin_library.exercises[0].id)
    service.set_archived([custom.id], True)
    assert custom.id not in {e.id for e in service.list_exercises()}
    assert custom.id in {e.id for e in service.list_exercises(include_archived=True)}
    with pytest.raises(ReadOnlyExerciseError):
        service.set_archived([builtin_library.exercises[0].id], True)


def test_unknown_ids_are_reported(service: LibraryService) -> None:
    with pytest.raises(UnknownExerciseError, match="no-such-thing"):
        service.get("no-such-thing")


@pytest.mark.parametrize(("ex_id", "source"), [("custom-x1", "builtin"), ("touch-1-x", "custom")])
def test_the_database_itself_keeps_the_two_id_namespaces_apart(
    sessions: sessionmaker[Session], ex_id: str, source: str
) -> None:
    with pytest.raises(sqlalchemy.exc.IntegrityError), sessions.begin() as s:
        s.execute(
            text(
                "INSERT INTO exercises (id, source, title, track, level, minutes, summary, needs, steps, ease_out, "
                "easier, harder, agreement, safety, technique, tags, created_at, updated_at) VALUES (:id, :src, "
                "'t', 'touch', 1, 5, 's', '[]', '[]', 'e', 'e', 'h', 'a', 's', '[]', '[]', '2026-01-01', '2026-01-01')"
            ),
            {"id": ex_id, "src": source},
        )


def test_a_custom_exercise_with_an_empty_agreement_is_refused_by_the_service_as_by_the_editor(
    service: LibraryService, builtin_library: Library, qapp: object
) -> None:
    from repairplanner.core.library import custom_exercise_problems
    from repairplanner.services.library import InvalidExerciseError
    from repairplanner.ui.library.exercise_editor import ExerciseEditor

    service.sync_builtins(builtin_library)
    original = builtin_library.exercises[0]
    empty = dataclasses.replace(original, title="Ours", agreement="   ")
    before = len(service.list_exercises())
    with pytest.raises(InvalidExerciseError) as refused:
        service.create_custom(empty)
    assert "agree" in refused.value.message and set(refused.value.problems) == {"agreement"}
    assert len(service.list_exercises()) == before
    custom = service.create_custom(dataclasses.replace(original, title="Ours"))
    with pytest.raises(InvalidExerciseError):
        service.update_custom(dataclasses.replace(custom, agreement=""))
    assert service.get(custom.id).agreement == original.agreement
    # The editor shows exactly what the service refuses: one check, in core.
    editor = ExerciseEditor(dataclasses.replace(custom, agreement=""), "Change")
    assert (
        editor.problems()
        == custom_exercise_problems(dataclasses.replace(custom, agreement=""))
        == refused.value.problems
    )
