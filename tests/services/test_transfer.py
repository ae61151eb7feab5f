"""Export everything and import it (issue 11, item 3): an exact round trip, and hostile files refused untouched."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session, sessionmaker

from repairplanner.core.clock import Clock
from repairplanner.core.entities import NoteVisibility, ReflectionDraft
from repairplanner.core.export_format import FORMAT_VERSION, ExportFormatError, read_header
from repairplanner.crypto.keys import TEST_KDF
from repairplanner.db.engine import make_engine, make_sessions
from repairplanner.db.transfer import read_all_tables
from repairplanner.paths import AppPaths
from repairplanner.services.library import LibraryService
from repairplanner.services.progress import ProgressService
from repairplanner.services.sessions import SessionService
from repairplanner.services.transfer import ImportRefusedError
from tests.helpers import Today, snapshot, transfer_service
from tests.services.conftest import PASS_A, World

#: The machine's clock: these tests are about files on disk, not about dates.
CLOCK = Clock()

MONDAY = dt.date(2026, 11, 23)
SECRET = "a private thought about the lake 4471"


def full_plan(world: World) -> World:
    """Every kind of record: custom exercise, consent, check-ins, shared and private notes, levels, a pause."""
    world.svc.set_passphrase(world.a, PASS_A)
    library = LibraryService(world.sessions, clock=CLOCK)
    custom = library.duplicate("touch-1-side-by-side")
    world.plan.set_intention(MONDAY, "gentle, slow, kind")
    world.done(MONDAY)
    other = world.book(MONDAY + dt.timedelta(days=2), custom.id)
    world.agree(other.id)
    # A withdrawn consent in the log (given again, so the session can go ahead): withdrawing is for sessions still
    # to come, not for one already done.
    world.svc.set_consent(other.id, world.b, False)
    world.svc.set_consent(other.id, world.b, True)
    world.check_in(other.id)
    draft = ReflectionDraft(other.id, world.a, 2, 8, 7, False, True, NoteVisibility.PRIVATE, SECRET)
    world.svc.save_reflection(draft, passphrase=PASS_A)
    world.reflect(other.id, world.b, note="we laughed")
    progress = ProgressService(world.sessions, clock=CLOCK)
    progress.pause(world.refresh(), world.a)
    progress.request_resume(world.refresh(), world.a)
    return world


def all_rows(database: Path) -> dict[str, object]:
    revision, tables = read_all_tables(database)
    return {"revision": revision, **{name: (t.columns, t.rows) for name, t in tables.items()}}


@pytest.fixture
def exported(world: World, migrated_paths: AppPaths, tmp_path: Path) -> Path:
    full_plan(world)
    target = tmp_path / "our-plan.json"
    summary = transfer_service(migrated_paths, world.sessions, clock=CLOCK).export_all(target)
    assert (summary.weeks, summary.sessions, summary.private_notes) == (1, 2, 1)
    return target


def empty_paths(tmp_path: Path, name: str = "new-computer") -> AppPaths:
    root = tmp_path / name
    return AppPaths(root, root / "config")


def test_the_round_trip_is_exact_table_by_table_and_row_by_row(
    exported: Path, migrated_paths: AppPaths, tmp_path: Path
) -> None:
    target = empty_paths(tmp_path)
    summary = transfer_service(target, None, clock=CLOCK).import_file(exported)
    assert summary.backup is None and target.marker.exists()
    before, after = all_rows(migrated_paths.database), all_rows(target.database)
    assert before.keys() == after.keys() and len(before) > 10
    for table in before:
        assert after[table] == before[table], table
    assert target.database.stat().st_mode & 0o777 == 0o600


def test_private_notes_open_with_the_same_passphrase_on_the_new_computer(
    exported: Path, tmp_path: Path, world: World
) -> None:
    assert SECRET.encode() not in exported.read_bytes()
    target = empty_paths(tmp_path)
    transfer_service(target, None, clock=CLOCK).import_file(exported)
    engine = make_engine(target.database)
    try:
        svc = SessionService(make_sessions(engine), kdf=TEST_KDF, clock=CLOCK)
        key = svc.unlock(world.a, PASS_A)
        with make_sessions(engine).begin() as s:
            from repairplanner.db.schema import ReflectionRow

            private = s.query(ReflectionRow).filter(ReflectionRow.visibility == "private").one()
            session_id = private.session_id
        notes = {r.partner_id: r.note for r in svc.reflections(session_id, {world.a: key})}
        assert notes[world.a] == SECRET
    finally:
        engine.dispose()


def test_importing_over_a_plan_needs_replace_and_then_backs_up_and_sets_it_aside(
    exported: Path, world: World, migrated_paths: AppPaths, tmp_path: Path
) -> None:
    other = empty_paths(tmp_path, "other")
    transfer_service(other, None, clock=CLOCK).import_file(exported)
    before = snapshot(other.data_dir)
    with pytest.raises(ImportRefusedError, match="already holds a plan"):
        transfer_service(other, None, clock=CLOCK).import_file(exported)
    assert snapshot(other.data_dir) == before
    summary = transfer_service(other, None, clock=CLOCK).import_file(exported, replace=True)
    assert summary.backup is not None and summary.backup.exists() and "before-import" in summary.backup.name
    assert list((other.backups_dir / "set-aside").glob("*.sqlite"))
    assert all_rows(other.database) == all_rows(migrated_paths.database)


def test_an_import_into_the_running_app_reaches_its_services(
    exported: Path, world: World, sessions: sessionmaker[Session], migrated_paths: AppPaths
) -> None:
    world.book(MONDAY + dt.timedelta(days=5))
    assert len(world.plan.get_week(MONDAY).sessions) == 3
    transfer_service(migrated_paths, sessions, clock=CLOCK).import_file(exported, replace=True)
    assert len(world.plan.get_week(MONDAY).sessions) == 2


def test_the_export_file_keeps_private_notes_sealed_and_holds_every_table(exported: Path) -> None:
    document = json.loads(exported.read_bytes())
    assert document["format"] == "repairplanner-export" and document["format_version"] == FORMAT_VERSION
    assert {"partners", "partner_keys", "reflections", "consent_events", "pauses", "exercises"} <= set(
        document["tables"]
    )
    sealed = document["tables"]["reflections"]
    column = sealed["columns"].index("sealed_note")
    assert any(isinstance(row[column], dict) and "base64" in row[column] for row in sealed["rows"])


# --- hostile files ---------------------------------------------------------------------------------------------------


def refused_untouched(target: AppPaths, content: bytes, tmp_path: Path) -> None:
    """Importing `content` into an empty folder is refused in one plain line, and leaves no file behind."""
    source = tmp_path / "incoming.json"
    source.write_bytes(content)
    with pytest.raises(ImportRefusedError) as caught:
        transfer_service(target, None, clock=CLOCK).import_file(source)
    message = caught.value.message
    assert "\n" not in message and "Traceback" not in message and "was not imported" in message
    assert not target.data_dir.exists() or snapshot(target.data_dir) == {}


CASES = {
    "empty": b"",
    "not json": b"%PDF-1.4 hello",
    "foreign json": b'{"hello": "world"}',
    "a list": b"[1, 2, 3]",
    "deep": b"[" * 100_000 + b"]" * 100_000,
    "bad utf-8": b'{"format": "\xff\xfe"}',
}


@pytest.mark.parametrize("case", list(CASES))
def test_foreign_files_are_refused(case: str, tmp_path: Path) -> None:
    refused_untouched(empty_paths(tmp_path), CASES[case], tmp_path)


def mutate_document(exported: Path, change: object) -> bytes:
    document = json.loads(exported.read_bytes())
    assert callable(change)
    change(document)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("newer format", lambda d: d.update(format_version=FORMAT_VERSION + 1)),
        ("newer schema", lambda d: d.update(schema_revision="0999")),
        ("missing table", lambda d: d["tables"].pop("reflections")),
        ("extra table", lambda d: d["tables"].update(evil={"columns": [], "rows": []})),
        ("dangling link", lambda d: d["tables"]["planned_sessions"]["rows"][0].__setitem__(1, 999)),
        ("lone surrogate", lambda d: d["tables"]["weeks"]["rows"][0].__setitem__(2, "\ud800")),
        ("broken check", lambda d: d["tables"]["partners"]["rows"][0].__setitem__(1, 7)),
        ("huge number", lambda d: d["tables"]["weeks"]["rows"][0].__setitem__(0, 2**80)),
        ("bad base64", lambda d: d["tables"]["partner_keys"]["rows"][0].__setitem__(4, {"base64": "!!"})),
    ],
)
def test_damaged_and_newer_exports_are_refused(exported: Path, tmp_path: Path, name: str, change: object) -> None:
    content = mutate_document(exported, change)
    refused_untouched(empty_paths(tmp_path), content, tmp_path)


def test_a_newer_version_says_so(exported: Path, tmp_path: Path) -> None:
    content = mutate_document(exported, lambda d: d.update(format_version=FORMAT_VERSION + 1))
    (tmp_path / "newer.json").write_bytes(content)
    with pytest.raises(ImportRefusedError, match="newer version"):
        transfer_service(empty_paths(tmp_path), None, clock=CLOCK).import_file(tmp_path / "newer.json")


# Any JSON value, for putting anywhere in a document.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=8,
)


@dataclasses.dataclass
class Fuzz:
    """One small export, read once, and a counter of how the fuzzed imports ended."""

    content: bytes
    document: dict[str, object]
    outcomes: dict[str, int]


@pytest.fixture(scope="module")
def fuzz_source(tmp_path_factory: pytest.TempPathFactory, builtin_library: object, template_database: Path) -> Fuzz:
    """A small real export (the couple, a few sessions, a private note; only the exercises they use)."""
    from repairplanner.core.couple import CoupleSetup, PartnerDraft
    from repairplanner.services.couple import CoupleService
    from repairplanner.services.plan import PlanService
    from tests.services.conftest import World

    root = tmp_path_factory.mktemp("fuzz-source")
    paths = AppPaths(root, root / "config")
    shutil.copy(template_database, paths.database)
    engine = make_engine(paths.database)
    sessions = make_sessions(engine)
    LibraryService(sessions, clock=CLOCK).sync_builtins(builtin_library)  # type: ignore[arg-type]
    couples = CoupleService(sessions)
    couple = couples.create(CoupleSetup(PartnerDraft("Ana"), PartnerDraft("Bo"), "pause"))
    today = Today(dt.date(2026, 11, 23))
    svc = SessionService(sessions, kdf=TEST_KDF, clock=today)
    plan, progress = PlanService(sessions, clock=today), ProgressService(sessions, clock=today)
    world = World(sessions, couples, plan, svc, progress, couple, today, today)
    world.svc.set_passphrase(world.a, PASS_A)
    world.done(MONDAY)
    session = world.book(MONDAY + dt.timedelta(days=1))
    world.agree(session.id)
    draft = ReflectionDraft(session.id, world.a, 2, 8, 7, False, True, NoteVisibility.PRIVATE, SECRET)
    world.svc.save_reflection(draft, passphrase=PASS_A)
    target = root / "plan.json"
    transfer_service(paths, sessions, clock=CLOCK).export_all(target)
    engine.dispose()
    document = json.loads(target.read_bytes())
    used = {row[2] for row in document["tables"]["planned_sessions"]["rows"]}
    exercises = document["tables"]["exercises"]
    exercises["rows"] = [row for row in exercises["rows"] if row[0] in used]
    content = json.dumps(document).encode()
    return Fuzz(content, document, {"imported": 0, "refused": 0})


def _paths_to(tmp: Path, document: object) -> list[tuple[object, ...]]:
    """Every place in a JSON document, as a path of keys and indexes."""
    found: list[tuple[object, ...]] = []

    def walk(node: object, path: tuple[object, ...]) -> None:
        found.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*path, index))

    walk(document, ())
    return found


@st.composite
def hostile_files(draw: st.DrawFn, source: Fuzz) -> bytes:
    """A mutated, truncated, foreign or newer version of the small export."""
    kind = draw(st.sampled_from(["truncate", "flip", "replace", "delete", "header", "foreign"]))
    content = source.content
    if kind == "truncate":
        return content[: draw(st.integers(0, len(content) - 1))]
    if kind == "flip":
        data = bytearray(content)
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "foreign":
        return draw(st.binary(max_size=200) | json_values.map(lambda v: json.dumps(v).encode()))
    document = json.loads(content)
    if kind == "header":
        key = draw(st.sampled_from(["format", "format_version", "schema_revision", "app_version", "tables"]))
        document[key] = draw(json_values | st.integers(FORMAT_VERSION + 1, 10**6))
        return json.dumps(document).encode()
    places = [p for p in _paths_to(Path(), document) if p]
    path = draw(st.sampled_from(places))
    parent: object = document
    for step in path[:-1]:
        parent = parent[step]  # type: ignore[index]
    if kind == "delete":
        if isinstance(parent, dict):
            parent.pop(path[-1])
        else:
            assert isinstance(parent, list)
            parent.pop(path[-1])  # type: ignore[arg-type]
    else:
        parent[path[-1]] = draw(json_values)  # type: ignore[index]
    return json.dumps(document).encode()


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_import_files_are_imported_whole_or_refused_in_one_line_changing_nothing(
    fuzz_source: Fuzz, tmp_path: Path, data: st.DataObject
) -> None:
    content = data.draw(hostile_files(fuzz_source))
    folder = tmp_path / "fuzz"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    target = AppPaths(folder / "data", folder / "data" / "config")
    source = folder / "incoming.json"
    source.write_bytes(content)
    try:
        transfer_service(target, None, clock=CLOCK).import_file(source)
    except ImportRefusedError as error:
        assert "\n" not in error.message and len(error.message) < 400
        assert not target.data_dir.exists() or snapshot(target.data_dir) == {}
        fuzz_source.outcomes["refused"] += 1
        return
    # Accepted: a whole plan that reads back as the file says.
    assert target.marker.exists() and not list(target.data_dir.glob("*.importing"))
    fuzz_source.outcomes["imported"] += 1


def test_the_header_reader_refuses_what_is_not_an_export() -> None:
    for content in (b"", b"{}", b'{"format": "repairplanner-export"}', b"NaN"):
        with pytest.raises(ExportFormatError):
            read_header(content)


def test_a_table_name_from_the_file_is_shown_on_one_printable_line() -> None:
    from repairplanner.core.export_format import ExportHeader, read_tables

    header = ExportHeader("0005", "1.0", "2026-11-30T12:00:00Z")
    with pytest.raises(ExportFormatError) as refused:
        read_tables(header, {"bad\nname\x07": []}, {"partners": ["id"]})
    assert "bad?name?" in refused.value.message and "\n" not in refused.value.message
