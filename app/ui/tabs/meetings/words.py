"""Translated names of the meetings' stored codes, and a small table model for short lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.ui import i18n
from app.ui.models.paged import ROW_ROLE, Column
from app.ui.widgets.rows import select_row

CONTEXT = "MeetingsLabels"
_WORDS = {
    # statuses of a meeting
    "planned": QT_TRANSLATE_NOOP("MeetingsLabels", "Planned"),
    "invited": QT_TRANSLATE_NOOP("MeetingsLabels", "Invitations sent"),
    "held": QT_TRANSLATE_NOOP("MeetingsLabels", "Held"),
    "approved": QT_TRANSLATE_NOOP("MeetingsLabels", "Minutes approved"),
    "cancelled": QT_TRANSLATE_NOOP("MeetingsLabels", "Cancelled"),
    "postponed": QT_TRANSLATE_NOOP("MeetingsLabels", "Postponed"),
    # modes
    "in_person": QT_TRANSLATE_NOOP("MeetingsLabels", "In person"),
    "online": QT_TRANSLATE_NOOP("MeetingsLabels", "Online"),
    "hybrid": QT_TRANSLATE_NOOP("MeetingsLabels", "In person and online"),
    "written": QT_TRANSLATE_NOOP("MeetingsLabels", "In writing (circulated)"),
    # roles
    "chair": QT_TRANSLATE_NOOP("MeetingsLabels", "Chair"),
    "secretary": QT_TRANSLATE_NOOP("MeetingsLabels", "Secretary"),
    "member": QT_TRANSLATE_NOOP("MeetingsLabels", "Member"),
    "invitee": QT_TRANSLATE_NOOP("MeetingsLabels", "Invitee"),
    "guest": QT_TRANSLATE_NOOP("MeetingsLabels", "Guest"),
    # attendance
    "confirmed": QT_TRANSLATE_NOOP("MeetingsLabels", "Confirmed"),
    "declined": QT_TRANSLATE_NOOP("MeetingsLabels", "Declined"),
    "present": QT_TRANSLATE_NOOP("MeetingsLabels", "Present"),
    "excused": QT_TRANSLATE_NOOP("MeetingsLabels", "Excused"),
    "absent": QT_TRANSLATE_NOOP("MeetingsLabels", "Absent"),
    # outcomes of a resolution
    "rejected": QT_TRANSLATE_NOOP("MeetingsLabels", "Rejected"),
    "deferred": QT_TRANSLATE_NOOP("MeetingsLabels", "Deferred"),
    "noted": QT_TRANSLATE_NOOP("MeetingsLabels", "Noted"),
    # action items
    "open": QT_TRANSLATE_NOOP("MeetingsLabels", "Open"),
    "done": QT_TRANSLATE_NOOP("MeetingsLabels", "Done"),
    # quorum rules
    "majority": QT_TRANSLATE_NOOP("MeetingsLabels", "More than half of the members"),
    "two_thirds": QT_TRANSLATE_NOOP("MeetingsLabels", "Two thirds of the members"),
    "all": QT_TRANSLATE_NOOP("MeetingsLabels", "All members"),
    "count": QT_TRANSLATE_NOOP("MeetingsLabels", "A fixed number of members"),
    "none": QT_TRANSLATE_NOOP("MeetingsLabels", "No quorum rule"),
    # linked registers
    "funding_requests": QT_TRANSLATE_NOOP("MeetingsLabels", "Conference funding request"),
    "ordinances": QT_TRANSLATE_NOOP("MeetingsLabels", "Ordinance"),
    "visits": QT_TRANSLATE_NOOP("MeetingsLabels", "Foreign guest visit"),
}
# "approved" is a status of a meeting and an outcome of a resolution, "invited" a status of a meeting and a
# participant's state: the second meaning of each has its own word.
_OUTCOME_APPROVED = QT_TRANSLATE_NOOP("MeetingsLabels", "Approved")
_STATE_INVITED = QT_TRANSLATE_NOOP("MeetingsLabels", "Invited")


def word(code: str) -> str:
    source = _WORDS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def outcome(code: str) -> str:
    return QCoreApplication.translate(CONTEXT, _OUTCOME_APPROVED) if code == "approved" else word(code)


def state(code: str) -> str:
    """A participant's attendance state."""
    return QCoreApplication.translate(CONTEXT, _STATE_INVITED) if code == "invited" else word(code)


def choices(codes: Sequence[str], name: Callable[[str], str] = word) -> list[tuple[str, str]]:
    return [(code, name(code)) for code in codes]


def time_text(moment: dt.datetime) -> str:
    return i18n.digits(f"{moment:%H:%M}")


OVERDUE = QColor("#b3261e")


class ListModel(QAbstractTableModel):
    """A short list (participants, agenda items, actions) shown whole; `colour(row)` may tint a row."""

    def __init__(self, columns: list[Column], parent: Any = None,
                 colour: Callable[[Any], QColor | None] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []
        self._colour = colour

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(row)
            return f"\u2066{text}\u2069" if column.ltr and text else text
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_end:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None


def list_view(model: QAbstractTableModel, parent: Any = None):  # type: ignore[no-untyped-def]
    """A read-only table of whole rows, one selected at a time."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMaximumSectionSize(460)
    view.setWordWrap(False)
    model.modelReset.connect(view.resizeColumnsToContents)
    return view


def current(view) -> Any:  # type: ignore[no-untyped-def]
    index = view.currentIndex()
    return view.model().row_object(index.row()) if index.isValid() else None


def select_id(view, record_id: int | None) -> None:  # type: ignore[no-untyped-def]
    if record_id is None:
        return
    row = view.model().row_of_id(record_id)
    if row >= 0:
        select_row(view, row)
