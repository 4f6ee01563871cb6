"""The Meetings tab: the register of meetings (filter, sort, open, print) and the follow-up of open actions.

A meeting is prepared, held and closed in the meeting editor (editor.py); kinds and their standing members
are set in the kinds dialog (kinds.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import meetings
from app.services.paging import PageRequest
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column, PagedTableModel
from app.ui.printing import open_pdf
from app.ui.tabs.base import LazyTab, RegisterTab
from app.ui.tabs.meetings import steps
from app.ui.tabs.meetings.words import time_text, word
from app.ui.widgets.register_view import RegisterView


def meeting_columns() -> list[Column]:
    return [
        Column(translate("MeetingsTab", "Number"), lambda r: i18n.digits(r.number), "number", ltr=True),
        Column(translate("MeetingsTab", "Kind"), lambda r: r.kind_name(i18n.language()), "kind"),
        Column(
            translate("MeetingsTab", "Date"),
            lambda r: i18n.format_date(r.starts_at.date()),
            "starts_at",
            tooltip=lambda r: i18n.date_tooltip(r.starts_at.date()),
        ),
        Column(
            translate("MeetingsTab", "Time"), lambda r: f"{time_text(r.starts_at)}–{time_text(r.ends_at)}"
        ),
        Column(translate("MeetingsTab", "Title"), lambda r: r.title, "title"),
        Column(translate("MeetingsTab", "Status"), lambda r: word(r.status), "status"),
    ]


def _follow_up_page() -> QWidget:
    from app.ui.tabs.meetings.followup import FollowUpPage

    page = FollowUpPage()
    page.load()
    return page


class MeetingsTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("MeetingsTab", "Meetings")
        self.model = PagedTableModel(
            meeting_columns(), meetings.list_meetings, PageRequest(sort="starts_at", descending=True)
        )
        self.view = RegisterView(self.model, self)
        self.new_button = QPushButton(translate("MeetingsTab", "New meeting…"), self)
        self.copy_button = QPushButton(translate("MeetingsTab", "Next meeting from this one…"), self)
        self.open_button = QPushButton(translate("MeetingsTab", "Open…"), self)
        self.archive_button = QPushButton(translate("MeetingsTab", "Move to archive"), self)
        self.kinds_button = QPushButton(translate("MeetingsTab", "Kinds of meeting…"), self)
        self.document = steps.document_combo(self)
        self.lang = steps.language_combo(self)
        self.print_button = QPushButton(translate("MeetingsTab", "Print…"), self)
        buttons = QHBoxLayout()
        for widget in (
            self.new_button,
            self.copy_button,
            self.open_button,
            self.archive_button,
            self.kinds_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.document, self.lang, self.print_button):
            buttons.addWidget(widget)
        register = QWidget(self)
        column = QVBoxLayout(register)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.follow_up_tab = LazyTab(translate("MeetingsTab", "Follow-up of actions"), _follow_up_page, self)
        self.pages.addTab(register, translate("MeetingsTab", "Meetings"))
        self.pages.addTab(self.follow_up_tab, self.follow_up_tab.title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.new_button.clicked.connect(self.new_record)
        self.copy_button.clicked.connect(self.next_from_current)
        self.open_button.clicked.connect(lambda: self.open(self.view.current_row()))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.kinds_button.clicked.connect(self.edit_kinds)
        self.print_button.clicked.connect(self.print_current)
        self.view.opened.connect(self.open)
        self.view.selection_changed.connect(lambda _row: self._update_buttons())
        self.view.archive.toggled.connect(lambda _on: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.view.painted.connect(self.ready)
        self.pages.currentChanged.connect(self._page_shown)
        self._update_buttons()

    def load(self) -> None:
        self.view.load()

    def _page_shown(self, index: int) -> None:
        if self.pages.widget(index) is self.follow_up_tab:
            if self.follow_up_tab.inner is None:
                self.follow_up_tab.activate()
            else:
                self.follow_up_tab.load()

    @property
    def follow_up(self):  # type: ignore[no-untyped-def]
        """The follow-up page (built on first use)."""
        self.follow_up_tab.activate()
        return self.follow_up_tab.inner

    def _update_buttons(self) -> None:
        row = self.view.current_row()
        in_archive = self.view.archive.isChecked()
        self.new_button.setEnabled(not in_archive)
        self.copy_button.setEnabled(row is not None and not in_archive)
        self.open_button.setEnabled(row is not None)
        self.print_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(
            translate("MeetingsTab", "Restore from archive")
            if in_archive
            else translate("MeetingsTab", "Move to archive")
        )

    def search_view(self) -> RegisterView:
        return self.view

    def new_record(self) -> None:
        self._edit(None)

    def open(self, row: meetings.MeetingRow | None) -> None:
        if row is not None:
            self._edit(row.id)

    def _edit(self, meeting_id: int | None) -> None:
        from app.ui.tabs.meetings.editor import MeetingEditor

        editor = MeetingEditor(self, meeting_id)
        run_modal(editor)
        self.view.load()
        if editor.saved_id is not None:
            self.view.select_id(editor.saved_id)

    def next_from_current(self) -> None:
        """A new meeting of the same kind on a chosen date (members and recurring items copied), opened at
        once."""
        from app.ui.tabs.meetings.steps import NextMeetingDialog

        row = self.view.current_row()
        if row is None:
            return
        dialog = NextMeetingDialog(self, row.starts_at)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        created = self.attempt(lambda: meetings.new_from_previous(row.id, dialog.starts_at))
        if created is not None:
            self.view.load()
            self.view.select_id(created)
            self._edit(created)

    def toggle_archive(self) -> None:
        row = self.view.current_row()
        if row is not None and conflict.step_done(
            self,
            "meetings",
            row.id,
            row.version,
            lambda: meetings.set_archived(row.id, not row.archived),
            self.view.load,
        ):
            self.view.load()

    def edit_kinds(self) -> None:
        from app.ui.tabs.meetings.kinds import KindsDialog

        if run_modal(KindsDialog(self)) == QDialog.DialogCode.Rejected:
            self.view.load()

    def print_current(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        document, lang = self.document.currentData(), self.lang.currentData()
        data = self.attempt(lambda: steps.document_pdf(document, row.id, lang))
        if data is not None:
            open_pdf(self, data, f"{document}-{row.kind_code}-{row.number.replace('/', '-')}-{lang}")
