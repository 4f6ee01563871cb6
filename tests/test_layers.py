"""The layers of DESIGN.md section 4, read from the source: every import (lazy ones inside functions too),
every module named by string (importlib, the command line's AREAS), and the UI's use of the database object.

The rules:
- db/ imports nothing from app/;
- Qt is imported only under app/ui/;
- app/documents/ builds from plain data: no db, no SQLAlchemy, no services;
- app/ui/ reaches the data through services only: no db, no SQLAlchemy, no app/commands, and it holds no
  db.engine.Database (context.database() stays below the UI).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Arrow:
    module: str  # e.g. app.ui.startup
    target: str  # e.g. db.engine
    line: int

    def __str__(self) -> str:
        return f"{self.module}:{self.line} -> {self.target}"


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    base = module.split(".") if is_package else module.split(".")[:-1]
    if level > 1:
        base = base[: -(level - 1)]
    return ".".join([*base, name] if name else base)


def arrows(root: Path) -> list[Arrow]:
    """Every module of app/ and db/ below `root` with everything it imports or names as a module."""
    found: list[Arrow] = []
    for path in sorted([*root.glob("app/**/*.py"), *root.glob("db/**/*.py")]):
        if "migrations" in path.parts:
            continue
        module = _module_name(root, path)
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [Arrow(module, alias.name, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                target = (
                    _resolve(module, is_package, node.level, node.module) if node.level else node.module or ""
                )
                found.append(Arrow(module, target, node.lineno))
                found += [Arrow(module, f"{target}.{alias.name}", node.lineno) for alias in node.names]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                # A module named by string: importlib.import_module("app.x"), AREAS = ("app.commands.core",
                # ...)
                text = node.value
                if text.startswith(("app.", "db.", "PySide6", "sqlalchemy")) and " " not in text:
                    found.append(Arrow(module, text, node.lineno))
            elif (
                isinstance(node, ast.Attribute)
                and node.attr == "database"
                and module.startswith("app.ui")
                and isinstance(node.value, ast.Name)
                and node.value.id == "context"
            ):
                found.append(Arrow(module, "app.services.context.database", node.lineno))
    return found


def _under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(root: Path) -> list[str]:
    bad = []
    for arrow in arrows(root):
        m, t = arrow.module, arrow.target
        if _under(m, "db") and _under(t, "app"):
            bad.append(f"db imports app: {arrow}")
        if _under(t, "PySide6") and not _under(m, "app.ui"):
            bad.append(f"Qt outside app/ui: {arrow}")
        if _under(m, "app.documents") and (_under(t, "db", "sqlalchemy", "app.services")):
            bad.append(f"documents reach for data: {arrow}")
        if _under(m, "app.ui") and _under(
            t, "db", "sqlalchemy", "app.commands", "app.services.context.database"
        ):
            bad.append(f"the UI goes below the services: {arrow}")
    return bad


def test_the_layers_hold():
    assert arrows(ROOT), "no module was read"
    assert violations(ROOT) == []


def test_a_planted_bad_import_is_found_wherever_it_hides(tmp_path):
    """The guard itself: each kind of wrong arrow, written the ways code hides it, is reported."""
    files = {
        "db/__init__.py": "",
        "db/engine.py": "def f():\n    from app.services import letters\n",
        "app/__init__.py": "",
        "app/services/__init__.py": "",
        "app/services/context.py": "import PySide6.QtCore\n",
        "app/documents/__init__.py": "",
        "app/documents/letter.py": "from sqlalchemy import select\nfrom ..services import context\n",
        "app/ui/__init__.py": "",
        "app/ui/welcome.py": "import importlib\n\ndef g():\n    importlib.import_module('app.commands')\n",
        "app/ui/startup.py": "from app.services import context\n\ndef h():\n    return "
        "context.database().readonly\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    found = "\n".join(violations(tmp_path))
    for expected in (
        "db.engine:2 -> app.services",
        "app.services.context:1 -> PySide6.QtCore",
        "app.documents.letter:1 -> sqlalchemy",
        "app.documents.letter:2 -> app.services.context",
        "app.ui.welcome:4 -> app.commands",
        "app.ui.startup:4 -> app.services.context.database",
    ):
        assert expected in found, expected
