"""Enforces DESIGN.md's layering: who may import what, and that importing the app touches neither Qt nor SQLAlchemy."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest

import repairplanner

PACKAGE_DIR = Path(repairplanner.__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
#: Alembic loads these scripts itself: env.py runs the migrations when imported, and revision files are not a package.
ALEMBIC_SCRIPTS = ("repairplanner.db.migrations.env", "repairplanner.db.migrations.versions")


@dataclass(frozen=True)
class Import:
    """One module named by an import statement somewhere in the package."""

    path: str
    line: int
    importer: str
    target: str


@dataclass(frozen=True)
class Rule:
    """Modules within `scope` may not import modules within `forbidden`, except those within `allowed`."""

    name: str
    scope: tuple[str, ...]
    forbidden: tuple[str, ...]
    allowed: tuple[str, ...] = ()


RULES = (
    Rule(
        "core is plain Python",
        scope=("repairplanner.core",),
        forbidden=("PySide6", "shiboken6", "sqlalchemy", "alembic", "repairplanner"),
        allowed=("repairplanner.core",),
    ),
    Rule(
        "no Qt below the UI",
        scope=("repairplanner.db", "repairplanner.crypto", "repairplanner.services", "repairplanner.paths"),
        forbidden=("PySide6", "shiboken6"),
    ),
    Rule(
        "printing renders plain data: no database, services or widgets",
        scope=("repairplanner.printing",),
        forbidden=(
            "sqlalchemy",
            "alembic",
            "repairplanner.db",
            "repairplanner.services",
            "repairplanner.ui",
            "repairplanner.app",
            "repairplanner.cli",
        ),
    ),
    Rule(
        "crypto works on bytes: no database",
        scope=("repairplanner.crypto",),
        forbidden=("sqlalchemy", "alembic", "repairplanner.db", "repairplanner.services"),
    ),
    Rule(
        "the UI talks to services, never to the database",
        scope=("repairplanner.ui",),
        forbidden=("sqlalchemy", "alembic", "repairplanner.db"),
    ),
    Rule(
        "the UI never handles keys: passphrase rules and errors come from core, sealing from services",
        scope=("repairplanner.ui",),
        forbidden=("repairplanner.crypto", "cryptography"),
    ),
    Rule(
        "services never pull in printing (and so Qt); printable data lives in core",
        scope=("repairplanner.services",),
        forbidden=("repairplanner.printing",),
    ),
    Rule(
        "lower layers never import upward",
        scope=(
            "repairplanner.core",
            "repairplanner.db",
            "repairplanner.crypto",
            "repairplanner.services",
            "repairplanner.paths",
        ),
        forbidden=("repairplanner.ui", "repairplanner.app", "repairplanner.cli", "repairplanner.__main__"),
    ),
)


def within(name: str, prefixes: Iterable[str]) -> bool:
    """Whether module `name` is one of `prefixes` or inside one of them."""
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def module_name(path: Path) -> str:
    """The dotted module name of a file under the package directory."""
    parts = list(path.relative_to(PROJECT_DIR).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> list[Path]:
    return sorted(PACKAGE_DIR.rglob("*.py"))


def project_modules() -> set[str]:
    return {module_name(path) for path in source_files()}


def imports_in(source: str, importer: str, *, is_package: bool, path: str, known: set[str]) -> list[Import]:
    """Every module an import statement in `source` names, at any depth (functions, TYPE_CHECKING blocks, ...)."""
    found: list[Import] = []
    package = importer if is_package else importer.rpartition(".")[0]
    for node in ast.walk(ast.parse(source, filename=path)):
        if isinstance(node, ast.Import):
            found.extend(Import(path, node.lineno, importer, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            found.append(Import(path, node.lineno, importer, base))
            # `from repairplanner import ui` imports the module repairplanner.ui, not just a name.
            found.extend(
                Import(path, node.lineno, importer, f"{base}.{alias.name}")
                for alias in node.names
                if f"{base}.{alias.name}" in known
            )
    return found


def project_imports() -> list[Import]:
    known = project_modules()
    found: list[Import] = []
    for path in source_files():
        found.extend(
            imports_in(
                path.read_text(encoding="utf-8"),
                module_name(path),
                is_package=path.name == "__init__.py",
                path=str(path.relative_to(PROJECT_DIR)),
                known=known,
            )
        )
    return found


def violations(rule: Rule, imports: Iterable[Import]) -> list[str]:
    return [
        f"{imp.path}:{imp.line} imports {imp.target} ({rule.name})"
        for imp in imports
        if within(imp.importer, rule.scope)
        and within(imp.target, rule.forbidden)
        and not within(imp.target, rule.allowed)
    ]


# ---------------------------------------------------------------- the rules, on the real package


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_layering_rule_holds(rule: Rule) -> None:
    found = violations(rule, project_imports())
    assert found == [], "Imports that break DESIGN.md's layering:\n" + "\n".join(found)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_covers_real_modules(rule: Rule) -> None:
    """A rule whose scope matches no file would pass forever without checking anything."""
    assert any(within(name, rule.scope) for name in project_modules())


def test_the_checker_reads_the_real_imports() -> None:
    targets = {(imp.importer, imp.target) for imp in project_imports()}
    assert ("repairplanner.core.library", "repairplanner.core.entities") in targets
    assert ("repairplanner.db.engine", "sqlalchemy") in targets
    assert ("repairplanner.app", "PySide6.QtWidgets") in targets
    # Imports inside functions and under TYPE_CHECKING count too.
    assert ("repairplanner.app", "repairplanner.services.library") in targets
    assert ("repairplanner.ui.shell.main_window", "repairplanner.services.bundle") in targets


# ---------------------------------------------------------------- no import cycles


def module_edges(source: str, importer: str, *, is_package: bool, known: set[str]) -> set[tuple[str, str]]:
    """(importer, module) for every project module `source` imports, at any depth, TYPE_CHECKING blocks included.

    A cycle through a type-only import still ties two modules together for a reader, so it counts.
    """
    edges = set()
    for imp in imports_in(source, importer, is_package=is_package, path=importer, known=known):
        target = imp.target
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != importer and not importer.startswith(target + "."):
            edges.add((importer, target))
    return edges


def cycles(edges: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm), each sorted."""
    graph: dict[str, set[str]] = {}
    for a, b in edges:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_cycles() -> None:
    known = project_modules()
    edges: set[tuple[str, str]] = set()
    for path in source_files():
        name = module_name(path)
        if within(name, ALEMBIC_SCRIPTS):
            continue
        edges |= module_edges(
            path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py", known=known
        )
    assert cycles(edges) == []


def test_the_cycle_finder_sees_cycles_through_function_level_and_type_checking_imports() -> None:
    known = {"repairplanner.ui.a", "repairplanner.ui.b", "repairplanner.ui.c", "repairplanner.ui.d"}
    sources = {
        "repairplanner.ui.a": "from repairplanner.ui.b import thing\n",
        "repairplanner.ui.b": "def later():\n    from repairplanner.ui.a import other\n",
        "repairplanner.ui.c": "if TYPE_CHECKING:\n    from repairplanner.ui.d import D\n",
        "repairplanner.ui.d": "import repairplanner.ui.c\n",
    }
    edges: set[tuple[str, str]] = set()
    for name, source in sources.items():
        edges |= module_edges(source, name, is_package=False, known=known)
    assert cycles(edges) == [["repairplanner.ui.a", "repairplanner.ui.b"], ["repairplanner.ui.c", "repairplanner.ui.d"]]
    assert (
        cycles(edges - {("repairplanner.ui.b", "repairplanner.ui.a"), ("repairplanner.ui.d", "repairplanner.ui.c")})
        == []
    )


# ---------------------------------------------------------------- the checker on synthetic sources


def check(source: str, importer: str, *, is_package: bool = False) -> list[str]:
    known = project_modules() | {importer}
    path = importer.replace(".", "/") + ("/__init__.py" if is_package else ".py")
    imports = imports_in(textwrap.dedent(source), importer, is_package=is_package, path=path, known=known)
    return [line for rule in RULES for line in violations(rule, imports)]


def test_checker_flags_qt_imported_inside_a_core_function() -> None:
    source = """
        import datetime

        def render():
            from PySide6.QtGui import QTextDocument
            return QTextDocument()
    """
    assert check(source, "repairplanner.core.fake") == [
        "repairplanner/core/fake.py:5 imports PySide6.QtGui (core is plain Python)"
    ]


def test_checker_flags_type_checking_imports_in_core() -> None:
    source = """
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            import sqlalchemy.orm as orm
    """
    assert check(source, "repairplanner.core.fake") == [
        "repairplanner/core/fake.py:5 imports sqlalchemy.orm (core is plain Python)"
    ]


def test_checker_resolves_relative_and_from_package_imports() -> None:
    source = """
        from . import entities
        from .weeks import week_start
        from .. import db
        from repairplanner import ui
    """
    found = check(source, "repairplanner.core.fake")
    assert "repairplanner/core/fake.py:4 imports repairplanner.db (core is plain Python)" in found
    assert "repairplanner/core/fake.py:5 imports repairplanner.ui (core is plain Python)" in found
    assert "repairplanner/core/fake.py:5 imports repairplanner.ui (lower layers never import upward)" in found
    assert not any("entities" in line or "weeks" in line for line in found)


def test_checker_flags_qt_in_services_and_database_in_ui() -> None:
    assert check("from PySide6.QtCore import QObject\n", "repairplanner.services.fake") == [
        "repairplanner/services/fake.py:1 imports PySide6.QtCore (no Qt below the UI)"
    ]
    assert check("import json, sqlalchemy\n", "repairplanner.ui.fake") == [
        "repairplanner/ui/fake.py:1 imports sqlalchemy (the UI talks to services, never to the database)"
    ]
    assert check("from repairplanner.db.engine import make_engine\n", "repairplanner.ui.models.fake") == [
        "repairplanner/ui/models/fake.py:1 imports repairplanner.db.engine "
        "(the UI talks to services, never to the database)"
    ]


def test_checker_flags_upward_imports() -> None:
    assert check("from repairplanner.app import start\n", "repairplanner.db.fake") == [
        "repairplanner/db/fake.py:1 imports repairplanner.app (lower layers never import upward)"
    ]


def test_checker_allows_what_the_design_allows() -> None:
    assert check("from repairplanner.services.library import LibraryService\n", "repairplanner.ui.fake") == []
    assert check("from PySide6.QtWidgets import QWidget\n", "repairplanner.ui.fake") == []
    assert check("from sqlalchemy import select\n", "repairplanner.services.fake") == []
    assert check("from repairplanner.core.entities import Track\n", "repairplanner.db.fake") == []
    assert check("from .entities import Track\n", "repairplanner.core", is_package=True) == []


# ---------------------------------------------------------------- nothing happens at import time


def run_python(code: str, cwd: Path, env: dict[str, str]) -> dict[str, object]:
    """Run `code` in a fresh interpreter and return the JSON it prints last."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment with every user folder pointed into `home`, and no bytecode written to the checkout."""
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join(filter(None, [str(PROJECT_DIR), env.get("PYTHONPATH")])),
        PYTHONDONTWRITEBYTECODE="1",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        REPAIRPLANNER_DATA_DIR=str(home / "repairplanner"),
    )
    return env


def test_importing_every_module_touches_neither_qt_nor_the_disk(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    report = run_python(
        f"""
        import importlib, json, pkgutil
        import repairplanner

        skip = {ALEMBIC_SCRIPTS!r} + ("repairplanner.__main__",)
        imported, failed = [], []
        for info in pkgutil.walk_packages(repairplanner.__path__, "repairplanner.", onerror=failed.append):
            if any(info.name == s or info.name.startswith(s + ".") for s in skip):
                continue
            try:
                importlib.import_module(info.name)
            except Exception as exc:
                failed.append(f"{{info.name}}: {{exc!r}}")
            else:
                imported.append(info.name)

        from PySide6.QtCore import QCoreApplication
        print(json.dumps({{"imported": imported, "failed": failed, "qt_app": QCoreApplication.instance() is not None}}))
        """,
        cwd=home,
        env=isolated_env(home),
    )
    assert report["failed"] == []
    expected = {
        name
        for name in project_modules()
        if name != "repairplanner" and not within(name, (*ALEMBIC_SCRIPTS, "repairplanner.__main__"))
    }
    assert set(report["imported"]) == expected  # type: ignore[arg-type]
    assert report["qt_app"] is False, "a module creates a QApplication when imported"
    created = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert created == [], f"importing the package created files: {created}"


def test_starting_the_app_does_not_load_sqlalchemy_or_alembic(tmp_path: Path) -> None:
    """SQLAlchemy and Alembic load lazily, after the first paint, so the window appears quickly."""
    report = run_python(
        """
        import importlib, json, sys

        heavy = ("sqlalchemy", "alembic")
        loaded = {}
        for name in ("repairplanner.cli", "repairplanner.app", "repairplanner.ui.shell.main_window"):
            importlib.import_module(name)
            loaded[name] = [m for m in heavy if m in sys.modules]
        print(json.dumps(loaded))
        """,
        cwd=tmp_path,
        env=isolated_env(tmp_path),
    )
    assert set(report) == {"repairplanner.cli", "repairplanner.app", "repairplanner.ui.shell.main_window"}
    offenders = {name: modules for name, modules in report.items() if modules}
    assert offenders == {}, f"importing these modules loads heavy packages: {offenders}"


def test_the_import_probe_notices_sqlalchemy_being_loaded(tmp_path: Path) -> None:
    """The probe above would notice SQLAlchemy being loaded: importing the database engine does load it."""
    report = run_python(
        """
        import json, sys
        import repairplanner.db.engine
        print(json.dumps({"sqlalchemy": "sqlalchemy" in sys.modules}))
        """,
        cwd=tmp_path,
        env=isolated_env(tmp_path),
    )
    assert report == {"sqlalchemy": True}
