"""Open action items across all meetings, with owners and due dates; overdue ones marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services import meetings
from app.services.errors import ServiceError
from app.services.paging import PageRequest
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.models.paged import PagedTableModel
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.meetings.actions import action_columns, close_action, overdue_colour
from app.ui.widgets.register_view import RegisterView


class ActionsModel(PagedTableModel):
    """The paged list of actions, overdue rows in red."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return overdue_colour(self.row_object(index.row()))
        return super().data(index, role)


class FollowUpPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_closed = QCheckBox(translate("MeetingFollowUp", "Show closed actions too"), self)
        self.overdue_only = QCheckBox(translate("MeetingFollowUp", "Only overdue"), self)
        self.model = ActionsModel(
            action_columns(True), self._fetch, PageRequest(sort="due_on"), name="actions"
        )
        self.view = RegisterView(self.model, self, archive_switch=False)
        self.done_button = QPushButton(translate("MeetingFollowUp", "Mark done…"), self)
        self.cancel_button = QPushButton(translate("MeetingFollowUp", "Cancel action…"), self)
        self.reopen_button = QPushButton(translate("MeetingFollowUp", "Reopen"), self)
        self.print_button = QPushButton(translate("MeetingFollowUp", "Print list…"), self)
        self.pdf_button = QPushButton(translate("MeetingFollowUp", "Save list as PDF…"), self)
        top = QHBoxLayout()
        for widget in (
            self.done_button,
            self.cancel_button,
            self.reopen_button,
            self.show_closed,
            self.overdue_only,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.show_closed.toggled.connect(lambda _on: self.load())
        self.overdue_only.toggled.connect(lambda _on: self.load())
        self.done_button.clicked.connect(lambda: self._close("done"))
        self.cancel_button.clicked.connect(lambda: self._close("cancelled"))
        self.reopen_button.clicked.connect(self._reopen)
        self.print_button.clicked.connect(self.print_list)
        self.pdf_button.clicked.connect(self.save_list)

    def _fetch(self, request: PageRequest):  # type: ignore[no-untyped-def]
        return meetings.list_actions(
            request, open_only=not self.show_closed.isChecked(), overdue_only=self.overdue_only.isChecked()
        )

    def load(self) -> None:
        self.view.load()

    def _close(self, status: str) -> None:
        row = self.view.current_row()
        if row is not None and close_action(self, row, status, self._error, self.load):
            self.load()

    def _reopen(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        if conflict.step_done(
            self,
            "action_items",
            row.id,
            row.version,
            lambda: meetings.set_action_status(row.id, "open"),
            self.load,
            on_error=self._error,
        ):
            self.load()

    def _error(self, error: ServiceError) -> None:
        QMessageBox.warning(self, translate("MeetingFollowUp", "Follow-up"), i18n.error_text(error))

    def print_list(self) -> None:
        open_pdf(self, meetings.follow_up_pdf(i18n.language()), "action-follow-up")

    def save_list(self) -> None:
        save_pdf(self, meetings.follow_up_pdf(i18n.language()), "action-follow-up.pdf")
