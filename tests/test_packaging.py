"""Release metadata agrees with itself: one version, the licence, the URLs, the screenshots, the install scripts."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from repairplanner import APP_ID, __version__
from repairplanner.cli import main

ROOT = Path(__file__).resolve().parent.parent
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
RAW = "https://raw.githubusercontent.com/repairplanner/repairplanner/main/"

sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "scripts"))
from make_archive import version as archive_version  # noqa: E402
from oldest_requirements import minimums  # noqa: E402


def test_the_version_is_written_once_and_everything_reads_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert "version" not in PYPROJECT["project"] and "version" in PYPROJECT["project"]["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "repairplanner/__init__.py"
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"repairplanner {__version__}"
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest is not None and newest.get("version") == __version__, "the metainfo's newest release"
    assert archive_version() == __version__, "the bundle's archive name and the spec read the same line"
    spec = (ROOT / "packaging" / "repairplanner.spec").read_text(encoding="utf-8")
    assert 'repairplanner" / "__init__.py"' in spec and "__version__" in spec


def test_the_gpl_text_is_in_the_repository_and_declared_for_the_wheel() -> None:
    text = (ROOT / "COPYING").read_text(encoding="utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE") and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text
    assert PYPROJECT["project"]["license"] == "GPL-3.0-or-later"
    assert PYPROJECT["project"]["license-files"] == ["COPYING"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]


def test_homepage_and_bug_tracker_agree_between_pyproject_and_metainfo() -> None:
    urls = PYPROJECT["project"]["urls"]
    root = ET.parse(METAINFO).getroot()
    listed = {el.get("type"): (el.text or "").strip() for el in root.findall("url")}
    assert listed["homepage"] == urls["Homepage"] == "https://github.com/repairplanner/repairplanner"
    assert listed["bugtracker"] == urls["Issues"] == "https://github.com/repairplanner/repairplanner/issues"


def test_every_metainfo_screenshot_is_a_stored_png_of_the_stated_size() -> None:
    images = ET.parse(METAINFO).getroot().findall("screenshots/screenshot/image")
    assert len(images) >= 1
    for image in images:
        url = (image.text or "").strip()
        assert url.startswith(RAW), url
        png = ROOT / url.removeprefix(RAW)
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        width, height = struct.unpack(">II", header[16:24])
        assert (str(width), str(height)) == (image.get("width"), image.get("height")), png
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert any(f"({url.removeprefix(RAW)})" in readme for url in (i.text or "" for i in images)), "README shows one"


def test_the_gui_launcher_is_windowed_and_the_verbs_have_a_console_launcher() -> None:
    assert PYPROJECT["project"]["gui-scripts"] == {"repairplanner": "repairplanner.cli:main"}
    assert PYPROJECT["project"]["scripts"] == {"repairplanner-cli": "repairplanner.cli:main"}
    result = subprocess.run(
        [sys.executable, "-m", "repairplanner", "--version"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.stdout.strip() == f"repairplanner {__version__}"


def test_oldest_requirements_pin_each_declared_minimum() -> None:
    assert minimums(["PySide6-Essentials>=6.10.1,<6.12", "alembic>=1.13", "tomli>=2.0; python_version < '3.11'"]) == [
        "PySide6-Essentials==6.10.1",
        "alembic==1.13",
        "tomli==2.0; python_version < '3.11'",
    ]
    with pytest.raises(SystemExit, match="declares no minimum"):
        minimums(["platformdirs<5"])
    assert len(minimums(PYPROJECT["project"]["dependencies"])) == len(PYPROJECT["project"]["dependencies"])


@pytest.mark.skipif(sys.platform != "linux" or shutil.which("sh") is None, reason="the install scripts are for Linux")
def test_install_adds_the_app_for_one_user_and_uninstall_removes_it_but_not_the_plan(tmp_path: Path) -> None:
    unpacked = tmp_path / "repairplanner-x"
    app = unpacked / "repairplanner"
    app.mkdir(parents=True)
    for launcher in ("repairplanner", "repairplanner-cli"):
        (app / launcher).write_text("#!/bin/sh\necho started\n")
        (app / launcher).chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(ROOT / "packaging" / "linux" / script, unpacked / script)
    shutil.copy(ROOT / "COPYING", unpacked / "COPYING")
    share = unpacked / "share"
    for source, target in (
        (ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (
            ROOT / "resources" / "icons" / f"{APP_ID}.svg",
            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        ),
        (METAINFO, share / "metainfo" / METAINFO.name),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, target)
    home = tmp_path / "home"
    plan = home / ".local" / "share" / APP_ID / "repairplanner.sqlite"
    plan.parent.mkdir(parents=True)
    plan.write_bytes(b"the plan")
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}

    subprocess.run(["sh", str(unpacked / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "lib" / "repairplanner"
    entry = (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"\nExec={installed}/repairplanner\nTryExec={installed}/repairplanner\n" in entry
    assert (home / ".local" / "share" / "metainfo" / METAINFO.name).is_file()
    assert (home / ".local" / "bin" / "repairplanner-cli").resolve() == installed / "repairplanner-cli"
    assert (installed / "uninstall.sh").is_file() and (installed / "COPYING").is_file()

    result = subprocess.run(
        ["sh", str(installed / "uninstall.sh")], env=env, check=True, capture_output=True, text=True
    )
    left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert left == [str(plan.relative_to(home))], "only the plan is left"
    assert plan.read_bytes() == b"the plan"
    assert str(plan.parent) in result.stdout, "it says where the plan still is"


def test_the_size_line_reads_an_archive_like_the_one_make_dist_writes(tmp_path: Path) -> None:
    import tarfile

    top = tmp_path / "repairplanner-9.9.9" / "repairplanner"
    (top / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (top / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6").write_bytes(os.urandom(300_000))
    (top / "repairplanner").write_bytes(b"\0" * 1000)
    archive = tmp_path / "bundle.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tmp_path / "repairplanner-9.9.9", arcname="repairplanner-9.9.9")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bundle_size.py"), str(archive)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "bundle: 0 MB compressed (target <= 80 MB), 0 MB unpacked"
    assert lines[1].split() == ["0.3", "MB", "PySide6/Qt/lib"]
