"""The whole-plan verbs as real processes: restore (issue 11, item 2), export-all and import (item 3)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from shutil import which as shutil_which

import pytest

from repairplanner.core.clock import Clock
from tests.helpers import snapshot


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "repairplanner", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )


def one_line_refusal(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("repairplanner: ") and needle in lines[0], result.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "plan"
    made = run_cli("demo", "--data-dir", str(data), "--years", "0.3")
    assert made.returncode == 0, made.stderr
    return data


def copy_of(demo: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "plan"
    shutil.copytree(demo, target)
    return target


def sessions_in(database: Path) -> int:
    with closing(sqlite3.connect(database)) as con:
        return int(con.execute("SELECT count(*) FROM planned_sessions").fetchone()[0])


def test_restore_lists_copies_then_goes_back_to_one_and_back_again(demo: Path, tmp_path: Path) -> None:
    from repairplanner.paths import AppPaths
    from repairplanner.services.backups import BackupService

    data = copy_of(demo, tmp_path)
    assert run_cli("restore", "--data-dir", str(data)).stdout.startswith("No backups yet")
    paths = AppPaths(data, data / "config")
    good = BackupService(paths, clock=Clock()).back_up("daily")
    with closing(sqlite3.connect(paths.database)) as con:
        con.execute("DELETE FROM planned_sessions WHERE id % 2 = 0")  # a bad evening
        con.commit()
    after_bad_evening = sessions_in(paths.database)
    listed = run_cli("restore", "--list", "--data-dir", str(data))
    assert listed.returncode == 0 and good.name in listed.stdout and "daily copy" in listed.stdout
    done = run_cli("restore", good.name, "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert sessions_in(paths.database) == good.sessions > after_bad_evening
    set_aside = done.stdout.split("kept as ")[1].split(";")[0]
    undo = run_cli("restore", set_aside, "--data-dir", str(data))
    assert undo.returncode == 0, undo.stderr
    assert sessions_in(paths.database) == after_bad_evening


def test_a_damaged_plan_names_its_good_backup_and_restoring_it_starts_again(demo: Path, tmp_path: Path) -> None:
    from repairplanner.paths import AppPaths
    from repairplanner.services.backups import BackupService
    from tests.db.test_startup_trust import damage_a_table

    data = copy_of(demo, tmp_path)
    paths = AppPaths(data, data / "config")
    good = BackupService(paths, clock=Clock()).back_up("daily")
    damage_a_table(paths.database, "planned_sessions")
    before = snapshot(data)
    refused = run_cli("--data-dir", str(data), "--startup-probe")
    assert refused.returncode == 2 and good.name in refused.stderr and "repairplanner restore" in refused.stderr
    assert snapshot(data) == before
    assert run_cli("restore", good.name, "--data-dir", str(data)).returncode == 0
    started = run_cli("--data-dir", str(data), "--startup-probe")
    assert started.returncode == 0, started.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [(("restore", "no-such-copy.sqlite"), "no backup called"), (("restore", "--list", "x.sqlite"), "not both")],
)
def test_restore_refusals_are_one_line(demo: Path, tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    data = copy_of(demo, tmp_path)
    before = snapshot(data)
    one_line_refusal(run_cli(*args, "--data-dir", str(data)), needle)
    assert snapshot(data) == before


def test_a_damaged_copy_is_not_restored(demo: Path, tmp_path: Path) -> None:
    data = copy_of(demo, tmp_path)
    stranger = tmp_path / "stranger.sqlite"
    stranger.write_bytes(b"SQLite format 3\0" + os.urandom(4000))
    before = snapshot(data)
    one_line_refusal(run_cli("restore", str(stranger), "--data-dir", str(data)), "was not restored")
    assert snapshot(data) == before


# --- export-all and import -------------------------------------------------------------------------------------------


def test_export_all_then_import_on_a_new_computer_holds_the_same_plan(demo: Path, tmp_path: Path) -> None:
    from repairplanner.db.transfer import read_all_tables

    exported = tmp_path / "our plan.json"
    wrote = run_cli("export-all", "-o", str(exported), "--data-dir", str(demo))
    assert wrote.returncode == 0 and wrote.stderr == "", wrote.stderr
    assert exported.stat().st_mode & 0o777 == 0o600 and sorted(p.name for p in tmp_path.iterdir()) == [exported.name]
    new = tmp_path / "new computer"
    loaded = run_cli("import", str(exported), "--data-dir", str(new))
    assert loaded.returncode == 0, loaded.stderr
    assert read_all_tables(new / "repairplanner.sqlite") == read_all_tables(demo / "repairplanner.sqlite")
    assert run_cli("--data-dir", str(new), "--startup-probe").returncode == 0


def test_replacing_a_plan_must_be_asked_twice_and_backs_up_first(demo: Path, tmp_path: Path) -> None:
    exported = tmp_path / "plan.json"
    assert run_cli("export-all", "-o", str(exported), "--data-dir", str(demo)).returncode == 0
    data = copy_of(demo, tmp_path)
    before = snapshot(data)
    one_line_refusal(run_cli("import", str(exported), "--data-dir", str(data)), "already holds a plan")
    one_line_refusal(run_cli("import", str(exported), "--replace", "--data-dir", str(data)), "must be confirmed")
    assert snapshot(data) == before
    done = run_cli("import", str(exported), "--replace", "--yes", "--data-dir", str(data))
    assert done.returncode == 0 and "backed up as" in done.stdout, done.stderr
    assert list((data / "backups").glob("*before-import.sqlite"))


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "the file is empty"),
        (b'{"format": "something else"}', "not a RepairPlanner export"),
        (b'{"format": "repairplanner-export", "format_version": 99}', "newer version"),
        (b'{"format": "repairplanner-export", "format_version": 1, "schema_revision": "0004", "app_v', "cut short"),
    ],
)
def test_a_hostile_import_file_is_one_line_and_creates_nothing(tmp_path: Path, content: bytes, needle: str) -> None:
    source = tmp_path / "incoming.json"
    source.write_bytes(content)
    one_line_refusal(run_cli("import", str(source), "--data-dir", str(tmp_path / "fresh")), needle)
    assert not (tmp_path / "fresh").exists()


def test_export_all_refuses_a_damaged_plan_and_a_missing_one(demo: Path, tmp_path: Path) -> None:
    from tests.db.test_startup_trust import damage_a_table

    one_line_refusal(run_cli("export-all", "-o", str(tmp_path / "x.json"), "--data-dir", str(tmp_path / "none")),
                     "no plan here yet")  # fmt: skip
    data = copy_of(demo, tmp_path)
    damage_a_table(data / "repairplanner.sqlite", "planned_sessions")
    one_line_refusal(run_cli("export-all", "-o", str(tmp_path / "x.json"), "--data-dir", str(data)), "may be damaged")
    assert not (tmp_path / "x.json").exists()


@pytest.mark.skipif(shutil_which("strace") is None, reason="needs strace")
def test_export_all_import_and_restore_open_no_network_socket(demo: Path, tmp_path: Path) -> None:
    exported = tmp_path / "plan.json"
    new = tmp_path / "new"
    for args in (
        ("export-all", "-o", str(exported), "--data-dir", str(demo)),
        ("import", str(exported), "--data-dir", str(new)),
        ("restore", "--list", "--data-dir", str(new)),
    ):
        trace = tmp_path / "trace"
        result = subprocess.run(
            [str(shutil_which("strace")), "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace),
             sys.executable, "-m", "repairplanner", *args],
            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120,
            check=False,
        )  # fmt: skip
        if not trace.exists():
            pytest.skip(f"strace cannot trace here: {result.stderr.strip()[:200]}")
        assert result.returncode == 0, result.stderr
        network = [line for line in trace.read_text().splitlines() if "AF_INET" in line or "cups" in line]
        assert network == [], (args[0], network)
