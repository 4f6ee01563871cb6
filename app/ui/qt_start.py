"""A cheaper form of a check PySide6 makes on every import.

Once PySide6 is loaded it looks at each module imported after it, to learn whether the module may use
its opt-in ``__feature__`` switches: it asks ``inspect.getsource`` for the module's whole text and looks
for the word "PySide6". The program imports some 340 modules after Qt before its first page is ready
(SQLAlchemy, the models, the services); through ``inspect`` the check cost 61-64 ms of CPU for them, and
read straight from the files 32-36 ms (measured in one process, timing each call).

The program uses no ``__feature__`` switch. The same question is answered here by reading the module's
file directly: the same answer for every module, a fraction of the cost. If a later PySide6 moves or
renames the check, nothing is replaced and the start simply costs what it did.
"""

from __future__ import annotations

import sys
from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """What PySide6's own check answers: whether the module's source text holds "PySide6"."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # no source to read: inspect.getsource fails on it too, and the check says no
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def lighten_import_check() -> bool:
    """Put `mentions_pyside` in place of PySide6's check; True when it was there to replace."""
    import PySide6.QtCore  # noqa: F401  (loads the feature module)

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    return True
