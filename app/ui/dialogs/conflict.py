"""Two secretaries editing one record, on the screen: an editor remembers the version of the record it
shows, saves against it, and a save over a change made meanwhile asks "Reload theirs / Keep mine" after
showing who changed what and when; never a silent overwrite (app.services.versions does the check).

RecordDialog uses this for the small editors; the large ones (meetings, visits, ordinances) hold a
VersionCheck of their own. A status step (held, issued, paid, ...) taken from a list row or an open record
goes through step(): taken on the record as she saw it, or refused, saying who changed it and when, and
the list (or record) shown again as it now is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import versions
from app.ui.attempt import attempt
from app.ui.i18n import error_text, translate

T = TypeVar("T")

RELOAD = "reload"
KEEP = "keep"


def _their_change(conflict: versions.EditConflictError) -> str:
    lines = [
        f"{field}: {pair[0]!s} → {pair[1]!s}"
        for field, pair in conflict.other.changes.items()
        if isinstance(pair, list) and len(pair) == 2
    ]
    return translate("RecordDialog", "Their change:") + "\n" + "\n".join(lines) if lines else ""


def step(
    parent: QWidget,
    table: str,
    record_id: int | None,
    version: int | None,
    fn: Callable[[], T],
    refresh: Callable[[], Any],
    form: Any = None,
    on_error: Callable[[Any], object] | None = None,
) -> T | None:
    """fn()'s value: a status step on record `record_id` of `table` as the secretary saw it (`version`, from
    the list row or the open record). When someone else changed the record since, nothing is done: a
    message says who and when (their change in the details), and refresh() shows the record as it now is.
    Other refusals are shown as attempt() shows them (by their field in `form`, else through `on_error` or
    the parent's show_error); None then too."""
    refused: list[versions.StepConflictError] = []

    def checked() -> T | None:
        try:
            with versions.acting(table, record_id, version):
                return fn()
        except versions.StepConflictError as conflict:
            refused.append(conflict)
            return None

    value = attempt(parent, checked, form=form, on_error=on_error or getattr(parent, "show_error", None))
    if refused:
        show_refused(parent, refused[0])
        refresh()
    return value


def show_refused(parent: QWidget, conflict: versions.EditConflictError) -> None:
    """Say that a step was not taken, who changed the record and when (their change in the details)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        parent.windowTitle() or translate("RecordDialog", "IVC Desk"),
        error_text(conflict),
        parent=parent,
    )
    box.setDetailedText(_their_change(conflict))
    try:
        box.exec()
    finally:
        box.deleteLater()


def step_done(
    parent: QWidget,
    table: str,
    record_id: int | None,
    version: int | None,
    fn: Callable[[], object],
    refresh: Callable[[], Any],
    form: Any = None,
    on_error: Callable[[Any], object] | None = None,
) -> bool:
    """step() for a step whose value does not matter: True when it was taken."""
    return step(parent, table, record_id, version, lambda: (fn(), True)[1], refresh, form, on_error) is True


def ask(parent: QWidget, conflict: versions.EditConflictError) -> str:
    """Who changed the record, when and what (in the details); RELOAD, KEEP, or "" for Cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(), error_text(conflict), parent=parent)
    details = _their_change(conflict)
    if details:
        box.setDetailedText(details)
    reload = box.addButton(translate("RecordDialog", "Reload theirs"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("RecordDialog", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    try:
        box.exec()
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    return RELOAD if clicked is reload else KEEP if clicked is keep else ""


class VersionCheck:
    """The version of one record (of `table`) as an editor shows it, and saves checked against it."""

    def __init__(self, table: str) -> None:
        self.table = table
        self.record_id: int | None = None
        self.version: int | None = None
        self.conflict: versions.EditConflictError | None = None

    def seen(self, record_id: int | None) -> None:
        """Take the version before reading the values shown: a change coming in between then makes a
        conflict that need not be one, never an overwrite unseen."""
        self.record_id = record_id
        self.version = versions.current(self.table, record_id) if record_id is not None else None

    def save(self, fn: Callable[[], T]) -> T | None:
        """fn()'s value, saved only while the record is at the version seen; None (and `conflict` set)
        when someone else changed it meanwhile. Other refusals go on to the caller."""
        self.conflict = None
        try:
            with versions.expecting(self.table, self.record_id, self.version):
                return fn()
        except versions.EditConflictError as conflict:
            self.conflict = conflict
            return None

    def resolve(self, parent: QWidget) -> str:
        """Ask about the conflict of the last save; after RELOAD or KEEP the editor stands at their version
        (the caller then shows theirs, or saves again)."""
        conflict, self.conflict = self.conflict, None
        if conflict is None:
            return ""
        choice = ask(parent, conflict)
        if choice:
            self.version = conflict.other.version
        return choice
