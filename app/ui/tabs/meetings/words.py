"""Translated names of the meetings' stored codes, and the view of a short list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication
from PySide6.QtGui import QColor

from app.ui import i18n
from app.ui.widgets.columns import elide_in_the_middle, fit_columns
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
    "adjunct_candidates": QT_TRANSLATE_NOOP("MeetingsLabels", "International adjunct candidate"),
    "agreements": QT_TRANSLATE_NOOP("MeetingsLabels", "Agreement (MoU)"),
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


def list_view(model: QAbstractTableModel, parent: Any = None):  # type: ignore[no-untyped-def]
    """A read-only table of whole rows, one selected at a time."""
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    view = elide_in_the_middle(QTableView(parent))
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setMaximumSectionSize(460)
    view.setWordWrap(False)
    model.modelReset.connect(lambda: fit_columns(view))
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
