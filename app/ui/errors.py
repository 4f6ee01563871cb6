"""Failures a person can meet, as one clear sentence: never a traceback on screen.

A service's refusal (ServiceError) is shown as it is; storage failures (read-only, busy, disk full) get a
sentence saying what to do; anything unexpected is written with its traceback to the log file in the
data folder, and the person is told where it is.
"""

from __future__ import annotations

import re
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import paths
from app.common import clock
from app.services.errors import ServiceError
from app.ui.i18n import error_text, isolated, translate

STORAGE_MESSAGES = {
    "readonly-open": QT_TRANSLATE_NOOP(
        "errors",
        "The database is open read-only (another IVC Desk has it open), so this change was not saved.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "errors",
        "The database is busy with another program's change. Nothing was saved; try again in a moment.",
    ),
    "full": QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so nothing was saved. Free some space and try again."
    ),
    "readonly": QT_TRANSLATE_NOOP(
        "errors",
        "The database file or its folder cannot be written, so nothing was saved. Check its permissions.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The database failed its integrity check, so nothing was saved. Restore a backup (File menu).",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "errors",
        "The database server cannot be reached, so nothing was saved. Check the network and try again.",
    ),
    "io": QT_TRANSLATE_NOOP(
        "errors", "The disk reported an error, so nothing was saved. Make a backup and check the disk."
    ),
}


def message_for(exc: BaseException) -> str | None:
    """The sentence for a known failure, None for an unexpected one."""
    if isinstance(exc, ServiceError):
        return error_text(exc)
    from app.services.context import storage_problem

    kind = storage_problem(exc)
    return translate("errors", STORAGE_MESSAGES[kind]) if kind else None


# What a database error may quote of the data: SQL parameters (SQLAlchemy), a value SQLite cannot decode.
_VALUES = (
    (re.compile(r"^\[parameters: .*$", re.MULTILINE), "[parameters: not logged]"),
    (re.compile(r"with text '.*?'(?=\n|$)", re.MULTILINE), "with text (not logged)"),
)


def without_values(report: str) -> str:
    """A traceback as the log keeps it: no values of records (a typed passport number must not reach it)."""
    for pattern, replacement in _VALUES:
        report = pattern.sub(replacement, report)
    return report


def log_unexpected(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Write the traceback to the log file; returns the log's path (or "" when even that fails)."""
    try:
        folder = paths.data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "ivc-desk.log"
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {clock.now().isoformat(timespec='seconds')}\n")
            handle.write(without_values("".join(traceback.format_exception(kind, exc, tb))))
        return str(log)
    except OSError:
        return ""


def show_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the person what went wrong, in one sentence (a ServiceError, a storage failure or anything
    else)."""
    text = message_for(exc)
    if text is None:
        log = log_unexpected(type(exc), exc, exc.__traceback__)
        text = translate(
            "errors", "Something unexpected went wrong; nothing more was saved. Details are in %1."
        ).replace("%1", isolated(log or "-"))
    QMessageBox.warning(parent, translate("errors", "IVC Desk"), text)


def install_excepthook() -> None:
    """Every exception that escapes a slot ends as a message box, not a traceback on a console."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if message_for(exc) is None:
            exc.__traceback__ = tb
        show_failure(QApplication.activeWindow(), exc)

    sys.excepthook = hook
