"""Today's report runs on the thread pool; what it imports late is imported first on the GUI thread
(today.prepare), so that a tab being built meanwhile never meets a half-imported package. This holds
while prepare() names every module the report's functions import inside them."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

from app.services import today

TODAY = Path(today.__file__).parent


def _imported_inside_functions(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and inner.module and inner.module.startswith("app."):
                    found.add(inner.module)
                elif isinstance(inner, ast.Import):
                    found |= {alias.name for alias in inner.names if alias.name.startswith("app.")}
    return found


def test_prepare_imports_what_the_report_imports_late():
    late = set()
    for path in sorted(TODAY.glob("*.py")):
        if path.name != "__init__.py":
            late |= _imported_inside_functions(ast.parse(path.read_text(encoding="utf-8")))
    prepared = _imported_inside_functions(ast.parse(inspect.getsource(today.prepare)))
    assert late, "the report imports nothing late: prepare() may go"
    assert late <= prepared, f"not imported by today.prepare(): {sorted(late - prepared)}"
