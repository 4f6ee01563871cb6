"""The cheaper import check gives PySide6 the answer its own check gives, for every module loaded."""

from __future__ import annotations

import inspect
import sys

from app.ui import qt_start


def _pyside_answer(module) -> bool:  # type: ignore[no-untyped-def]
    """PySide6's own rule, written out: the module's source (through inspect) holds "PySide6"."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_answer_is_pyside6s_for_every_loaded_module():
    import app.ui.application  # noqa: F401  (loads the interface, the services and SQLAlchemy)

    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 300
    differ = [m.__name__ for m in modules if qt_start.mentions_pyside(m) != _pyside_answer(m)]
    assert differ == []
    assert sum(qt_start.mentions_pyside(m) for m in modules) > 10  # the interface's modules say yes


def test_the_check_is_replaced_once_the_application_module_loads():
    import app.ui.application  # noqa: F401

    feature = sys.modules["PySide6.support.feature"]
    assert feature._mod_uses_pyside is qt_start.mentions_pyside
    assert qt_start.lighten_import_check() is True
