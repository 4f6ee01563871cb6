"""Action items: those decided in this meeting, and those carried from the kind's earlier meetings until
they are done. Closing an action is allowed after the minutes are approved (that is what follow-up is)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import meetings
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.dialogs.record import RecordDialog
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.tabs.meetings.words import OVERDUE, current, list_view, select_id, word
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import PersonPicker
from app.ui.widgets.rows import enable_with_row


def action_columns(with_meeting: bool) -> list[Column]:
    columns = [
        Column(translate("MeetingActions", "Action"), lambda r: r.text.replace("\n", " ")),
        Column(translate("MeetingActions", "Owner"), lambda r: r.owner(i18n.language()), "owner"),
        Column(
            translate("MeetingActions", "Due"),
            lambda r: i18n.format_date(r.due_on),
            "due_on",
            tooltip=lambda r: i18n.date_tooltip(r.due_on),
        ),
        Column(
            translate("MeetingActions", "Status"),
            lambda r: (
                word(r.status) + (" — " + translate("MeetingActions", "overdue") if r.overdue() else "")
            ),
            "status",
        ),
    ]
    if with_meeting:
        columns.insert(
            1,
            Column(
                translate("MeetingActions", "Meeting"),
                lambda r: i18n.digits(r.meeting_number) + " · " + i18n.format_date(r.meeting_day),
                "meeting",
            ),
        )
    return columns


def overdue_colour(row: meetings.ActionRow):  # type: ignore[no-untyped-def]
    return OVERDUE if row.overdue() else None


class ActionDialog(RecordDialog):
    TABLE = "action_items"  # saved against the version of the row it shows (another PC's change asks)

    def __init__(
        self, parent: QWidget | None, meeting_id: int, action: meetings.ActionRow | None = None
    ) -> None:
        self.meeting_id = meeting_id
        self.action = action
        super().__init__(parent, action.id if action else None, action.version if action else None)

    def load(self, record_id: int) -> dict[str, Any] | None:
        self.action = next((a for a in meetings.actions(self.meeting_id) if a.id == record_id), None)
        return {} if self.action is not None else None

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(translate("MeetingActions", "Action item"))
        self.text = form.add("text", translate("MeetingActions", "What is to be done"), QPlainTextEdit())
        self.text.setMaximumHeight(90)
        self.owner = form.add("owner_id", translate("MeetingActions", "Owner"), PersonPicker())
        self.due = form.add("due_on", translate("MeetingActions", "Due"), DateEdit(optional=True))
        self.resolution = form.add(
            "resolution_id", translate("MeetingActions", "Follows from resolution"), QComboBox()
        )
        self.resolution.addItem("", None)
        for item in meetings.agenda_items(self.meeting_id):
            for r in item.resolutions:
                self.resolution.addItem(f"{item.title}: {r.text[:60]}", r.id)
        if self.action is not None:
            self.fill({})

    def fill(self, values: dict[str, Any]) -> None:
        a = self.action
        self.text.setPlainText(a.text)
        self.owner.set_person(a.owner_id, a.owner(i18n.language()))
        self.due.set_date(a.due_on)
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(a.resolution_id)))

    def values(self) -> dict[str, Any]:
        return {
            "text": self.text.toPlainText(),
            "owner_id": self.owner.person_id(),
            "due_on": self.due.date_value(),
            "resolution_id": self.resolution.currentData(),
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        if record_id is None:
            return meetings.add_action(self.meeting_id, values)
        meetings.update_action(record_id, values)
        return record_id


def close_action(
    parent: QWidget,
    action: meetings.ActionRow,
    status: str,
    on_error: Callable[[ServiceError], None],
    refresh: Callable[[], Any],
) -> bool:
    """Mark an action done (or cancelled) with a note on what was done; True when recorded. Taken on the
    action as the list shows it: over a change made meanwhile, refused (who and when) and refresh()."""
    note, ok = QInputDialog.getMultiLineText(
        parent,
        translate("MeetingActions", "Follow-up"),
        translate("MeetingActions", "What was done? (optional)"),
        action.progress,
    )
    if not ok:
        return False
    return conflict.step_done(
        parent,
        "action_items",
        action.id,
        action.version,
        lambda: meetings.set_action_status(action.id, status, note),
        refresh,
        on_error=on_error,
    )


class ActionsPage(QWidget):
    changed = Signal()

    def __init__(self, on_error: Callable[[ServiceError], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_error = on_error
        self.meeting_id: int | None = None
        self.model = RowsTableModel(action_columns(False), self, overdue_colour)
        self.view = list_view(self.model, self)
        self.add_button = QPushButton(translate("MeetingActions", "Add action…"), self)
        self.edit_button = QPushButton(translate("MeetingActions", "Edit…"), self)
        self.done_button = QPushButton(translate("MeetingActions", "Mark done…"), self)
        self.remove_button = QPushButton(translate("MeetingActions", "Remove"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("MeetingActions", "Decided in this meeting"), self))
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.done_button, self.remove_button):
            top.addWidget(button)
        self.carried = RowsTableModel(action_columns(True), self, overdue_colour)
        self.carried_view = list_view(self.carried, self)
        self.carried_done = QPushButton(translate("MeetingActions", "Mark done…"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(
            QLabel(
                translate("MeetingActions", "Follow-up of previous resolutions (open at this meeting)"), self
            )
        )
        bottom.addStretch(1)
        bottom.addWidget(self.carried_done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.carried_view, 1)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(current(self.view)))
        self.view.doubleClicked.connect(lambda _i: self.edit(current(self.view)))
        self.done_button.clicked.connect(lambda: self._close(current(self.view)))
        self.carried_done.clicked.connect(lambda: self._close(current(self.carried_view)))
        self.remove_button.clicked.connect(self.remove)
        self._locked = False
        self._update_chosen = enable_with_row(
            self.view, (self.edit_button, self.done_button, self.remove_button), lambda: not self._locked
        )
        enable_with_row(self.carried_view, (self.carried_done,))

    def load(self, meeting_id: int, meeting: dict[str, Any]) -> None:
        self.meeting_id = meeting_id
        self._locked = meeting["locked"] or meeting["status"] == "cancelled"
        chosen = current(self.view)
        self.model.set_rows(meetings.actions(meeting_id))
        select_id(self.view, chosen.id if chosen else None)
        self.carried.set_rows(meetings.follow_ups(meeting_id))
        self.add_button.setEnabled(not self._locked)
        self._update_chosen()

    def edit(self, action: meetings.ActionRow | None) -> None:
        if self.meeting_id is None or self._locked:
            return
        dialog = ActionDialog(self, self.meeting_id, action)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.changed.emit()
            select_id(self.view, dialog.saved_id)

    def _close(self, action: meetings.ActionRow | None) -> None:
        if action is not None and close_action(self, action, "done", self._on_error, self.changed.emit):
            self.changed.emit()

    def remove(self) -> None:
        action = current(self.view)
        if action is None:
            return
        try:
            meetings.remove_action(action.id)
        except ServiceError as error:
            self._on_error(error)
            return
        self.changed.emit()
