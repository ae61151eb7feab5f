"""The real entry point, run as a separate process: start-up, file permissions and every refusal."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repairplanner import __version__
from repairplanner.cli import build_parser, plain_start
from tests.helpers import snapshot


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m repairplanner ARGS` offscreen; the probe closes the window once it is ready."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "repairplanner", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


def test_version_and_help() -> None:
    assert run_app("--version").stdout.strip() == f"repairplanner {__version__}"
    assert "--data-dir" in run_app("--help").stdout


def test_a_fresh_data_dir_starts_and_every_file_is_private(tmp_path: Path) -> None:
    data = tmp_path / "new" / "plan"
    result = run_app("--data-dir", str(data), "--startup-probe")
    assert result.returncode == 0, result.stderr
    assert "first_paint" in result.stderr and "modal SetupWizard" in result.stderr  # a first run opens the setup
    assert (data.stat().st_mode & 0o777) == 0o700
    files = [p for p in data.rglob("*") if p.is_file()]
    assert data / "repairplanner.sqlite" in files
    for path in files:
        assert (path.stat().st_mode & 0o777) == 0o600, path
    for path in (p for p in data.rglob("*") if p.is_dir()):
        assert (path.stat().st_mode & 0o777) == 0o700, path


def test_the_environment_variable_chooses_the_data_dir(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    result = run_app("--startup-probe", env={"REPAIRPLANNER_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "repairplanner.sqlite").exists()


def test_an_existing_data_dir_opens_again(tmp_path: Path) -> None:
    assert run_app("demo", "--data-dir", str(tmp_path), "--years", "0.2").returncode == 0
    result = run_app("--data-dir", str(tmp_path), "--startup-probe")
    assert result.returncode == 0, result.stderr
    assert "ready" in result.stderr and "modal" not in result.stderr  # the couple exists: straight to the week
    # Nothing to migrate, so no copy before an update; the day's rolling copy is the only one.
    assert not list((tmp_path / "backups").glob("*before-*.sqlite"))
    assert [p.name.endswith("-daily.sqlite") for p in (tmp_path / "backups").glob("*.sqlite")] == [True]


def assert_refused(data: Path, needle: str) -> None:
    before = snapshot(data) if data.is_dir() else None
    result = run_app("--data-dir", str(data), "--startup-probe")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("repairplanner: ")]
    assert len(lines) == 1 and needle in lines[0], result.stderr
    if before is not None:
        assert snapshot(data) == before


def test_a_damaged_database_is_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / "repairplanner.sqlite").write_bytes(os.urandom(8192))
    assert_refused(tmp_path, "may be damaged")


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path, template_database: Path) -> None:
    shutil.copy(template_database, tmp_path / "repairplanner.sqlite")
    with closing(sqlite3.connect(tmp_path / "repairplanner.sqlite")) as con:
        con.execute("UPDATE alembic_version SET version_num = '0999'")
        con.commit()
    assert_refused(tmp_path, "newer version of RepairPlanner")


@pytest.mark.parametrize("empty", [True, False], ids=["empty", "missing"])
def test_a_vanished_database_is_not_recreated(tmp_path: Path, empty: bool) -> None:
    (tmp_path / ".database-created").touch()
    if empty:
        (tmp_path / "repairplanner.sqlite").touch()
    assert_refused(tmp_path, "nothing was re-created")
    assert (tmp_path / "repairplanner.sqlite").exists() == empty


def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "plan"
    target.write_text("keep me")
    assert_refused(target, "it is a file, not a folder")
    assert target.read_text() == "keep me"


def test_a_data_dir_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    assert_refused(blocker / "plan", "cannot write to its data folder")
    assert blocker.read_text() == "a file where a folder should be"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions that apply to this user"
)
def test_a_read_only_data_dir_is_refused(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        assert_refused(tmp_path, "cannot write to its data folder")
    finally:
        tmp_path.chmod(0o700)


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from repairplanner.db.migrate import upgrade
    from repairplanner.db.revisions import HEAD_REVISION

    upgrade(tmp_path / "repairplanner.sqlite", "0001")
    (tmp_path / ".database-created").touch()
    result = run_app("--data-dir", str(tmp_path), "--startup-probe")
    assert result.returncode == 0, result.stderr
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    with closing(sqlite3.connect(tmp_path / "repairplanner.sqlite")) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION


def test_demo_fills_an_empty_folder_once(tmp_path: Path) -> None:
    first = run_app("demo", "--data-dir", str(tmp_path), "--years", "0.5")
    assert first.returncode == 0, first.stderr
    assert "Wrote a demo couple" in first.stdout
    before = snapshot(tmp_path)
    again = run_app("demo", "--data-dir", str(tmp_path))
    assert again.returncode == 2
    assert again.stderr.strip().endswith("This data folder already holds a couple; the demo only fills an empty one.")
    assert snapshot(tmp_path) == before


def test_demo_rejects_a_nonsense_number_of_years(tmp_path: Path) -> None:
    result = run_app("demo", "--data-dir", str(tmp_path), "--years", "lots")
    assert result.returncode == 2
    assert "'lots' is not a number of years" in result.stderr
    assert not (tmp_path / "repairplanner.sqlite").exists()


# ---------------------------------------------------------------- the plain start, read without the parser

_FOLDERS = st.text(alphabet="ab-/ =é", max_size=6)
_OPTIONS = st.one_of(
    st.just(["--debug"]),
    st.just(["--startup-probe"]),
    st.builds(lambda folder: ["--data-dir", folder], _FOLDERS),
    st.builds(lambda folder: [f"--data-dir={folder}"], _FOLDERS),
)
_NOISE = st.sampled_from(["demo", "-", "--data", "-h", "--version", "--data-dir", "--", "x"])


@given(st.lists(_OPTIONS, max_size=4))
def test_a_plain_start_is_read_as_the_parser_reads_it(options: list[list[str]]) -> None:
    argv = [word for option in options for word in option]
    quick = plain_start(argv)
    if quick is None:  # only a folder that looks like an option is left to the parser
        folders = [option[-1].removeprefix("--data-dir=") for option in options if option[0].startswith("--data-dir")]
        assert any(folder.startswith("-") for folder in folders)
        return
    assert vars(quick) == vars(build_parser().parse_args(argv))


@given(st.lists(_OPTIONS, max_size=3), st.integers(0, 3), _NOISE)
def test_anything_else_is_left_to_the_parser(options: list[list[str]], where: int, noise: str) -> None:
    words = [word for option in options for word in option]
    argv = [*words[:where], noise, *words[where:]]
    quick = plain_start(argv)
    if quick is not None:  # the noise was taken as a folder's name, as the parser takes it
        assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [[], ["--debug"], ["--data-dir", "/tmp/plan"], ["--data-dir=/tmp/plan", "--debug"], ["--startup-probe"]],
)
def test_the_usual_starts_skip_the_parser(argv: list[str]) -> None:
    quick = plain_start(argv)
    assert quick is not None and vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv", [["demo"], ["--version"], ["-h"], ["--data", "/tmp/plan"], ["--data-dir"], ["--data-dir", "--debug"]]
)
def test_commands_options_and_mistakes_go_to_the_parser(argv: list[str]) -> None:
    assert plain_start(argv) is None
