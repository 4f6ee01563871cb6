"""The meeting editor: details, participants, agenda, minutes and actions of one meeting, its status steps
and its documents. A new meeting shows its details first; the other pages open once it is saved.

The pages save each change at once; the details and the discussion notes are saved with "Save details" or on
closing (GuardedDialog: closing with changes asks, and a refused save keeps the editor open)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.services import files, meetings
from app.services.errors import ServiceError
from app.ui import file_dialogs, i18n
from app.ui.dialogs import conflict
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.meetings import steps
from app.ui.tabs.meetings.actions import ActionsPage
from app.ui.tabs.meetings.agenda import AgendaPage
from app.ui.tabs.meetings.details import DetailsPage
from app.ui.tabs.meetings.minutes import MinutesPage
from app.ui.tabs.meetings.participants import ParticipantsPage
from app.ui.tabs.meetings.words import time_text, word


class MeetingEditor(GuardedDialog):
    """Edits one meeting (meeting_id None: a new one, of `kind_id` when given). `saved_id` is the meeting's
    id once it has been saved."""

    def __init__(
        self, parent: QWidget | None = None, meeting_id: int | None = None, kind_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MeetingEditor", "Meeting"))
        self.setMinimumSize(980, 660)
        self.saved_id = meeting_id
        self.meeting: dict[str, Any] = {}
        self.check = conflict.VersionCheck("meetings")  # a save over another PC's change asks first
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("clashes")
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.warnings.setWordWrap(True)
        self.pages = QTabWidget(self)
        self.details = DetailsPage(self)
        self.participants = ParticipantsPage(self.show_error, self)
        self.agenda = AgendaPage(self.show_error, self)
        self.minutes = MinutesPage(self.show_error, self)
        self.actions = ActionsPage(self.show_error, self)
        for page, title in (
            (self.details, translate("MeetingEditor", "Details")),
            (self.participants, translate("MeetingEditor", "Participants")),
            (self.agenda, translate("MeetingEditor", "Agenda")),
            (self.minutes, translate("MeetingEditor", "Minutes")),
            (self.actions, translate("MeetingEditor", "Actions")),
        ):
            self.pages.addTab(page, title)
        if kind_id is not None:
            self.details.set_kind(kind_id)

        self.save_button = QPushButton(translate("MeetingEditor", "Save details"), self)
        self.invite_button = QPushButton(translate("MeetingEditor", "Issue invitation…"), self)
        self.held_button = QPushButton(translate("MeetingEditor", "Mark as held"), self)
        self.approve_button = QPushButton(translate("MeetingEditor", "Approve minutes…"), self)
        self.reopen_button = QPushButton(translate("MeetingEditor", "Reopen minutes…"), self)
        self.postpone_button = QPushButton(translate("MeetingEditor", "Postpone…"), self)
        self.cancel_button = QPushButton(translate("MeetingEditor", "Cancel meeting…"), self)
        flow = QHBoxLayout()
        for button in (
            self.save_button,
            self.invite_button,
            self.held_button,
            self.approve_button,
            self.reopen_button,
            self.postpone_button,
            self.cancel_button,
        ):
            flow.addWidget(button)
        flow.addStretch(1)
        self.document = steps.document_combo(self)
        self.lang = steps.language_combo(self)
        self.print_button = QPushButton(translate("MeetingEditor", "Print…"), self)
        self.pdf_button = QPushButton(translate("MeetingEditor", "Save as PDF…"), self)
        self.ics_button = QPushButton(translate("MeetingEditor", "Export to calendar (.ics)…"), self)
        self.close_button = QPushButton(translate("MeetingEditor", "Close"), self)
        documents = QHBoxLayout()
        documents.addWidget(QLabel(translate("MeetingEditor", "Document:"), self))
        documents.addWidget(self.document)
        documents.addWidget(self.lang)
        documents.addWidget(self.print_button)
        documents.addWidget(self.pdf_button)
        documents.addWidget(self.ics_button)
        documents.addStretch(1)
        documents.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warnings)
        layout.addWidget(self.pages, 1)
        layout.addLayout(flow)
        layout.addLayout(documents)

        self.save_button.clicked.connect(self.save_details)
        self.invite_button.clicked.connect(self.invite)
        self.held_button.clicked.connect(self.mark_held)
        self.approve_button.clicked.connect(
            lambda: steps.approve(self, self.meeting, self.reload) and self.reload()
        )
        self.reopen_button.clicked.connect(
            lambda: steps.reopen(self, self.meeting, self.reload) and self.reload()
        )
        self.cancel_button.clicked.connect(
            lambda: steps.cancel(self, self.meeting, self.reload) and self.reload()
        )
        self.postpone_button.clicked.connect(self.postpone)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.save_document)
        self.ics_button.clicked.connect(self.export_ics)
        self.close_button.clicked.connect(self.accept)
        for page in (self.participants, self.agenda, self.minutes, self.actions):
            page.changed.connect(self.reload)
        self.reload()

    # ------------------------------------------------------------- state

    def reload(self) -> None:
        """Show the meeting as stored: every page, the status steps that apply, the clash warnings."""
        if self.saved_id is None:
            self.heading.setText(translate("MeetingEditor", "New meeting"))
            for index in range(1, self.pages.count()):
                self.pages.setTabEnabled(index, False)
            for button in (
                self.invite_button,
                self.held_button,
                self.approve_button,
                self.reopen_button,
                self.postpone_button,
                self.cancel_button,
                self.print_button,
                self.pdf_button,
                self.ics_button,
            ):
                button.setEnabled(False)
            return
        self.check.seen(self.saved_id)
        m = self.meeting = meetings.get_meeting(self.saved_id)
        kind = m["kind_fa"] if i18n.language() == "fa" else m["kind_en"]
        when = (
            f"{i18n.format_date(m['starts_at'].date())} {time_text(m['starts_at'])}–{time_text(m['ends_at'])}"
        )
        self.heading.setText(
            i18n.digits(f"{kind} {m['number']} — ")
            + " — ".join(i18n.isolated(part) for part in (m["title"], when, word(m["status"])))
        )
        for index in range(1, self.pages.count()):
            self.pages.setTabEnabled(index, True)
        names = {r.person_id: r.name(i18n.language()) for r in meetings.participants(self.saved_id)}
        self.details.fill(m, names)
        status, locked = m["status"], m["locked"]
        self.details.set_locked(locked or status == "cancelled")
        self.participants.load(self.saved_id, locked or status == "cancelled")
        self.agenda.load(self.saved_id, m)
        self.minutes.load(self.saved_id, m)
        self.actions.load(self.saved_id, m)
        upcoming = status in ("planned", "invited", "postponed") and not m["archived"]
        self.save_button.setEnabled(not locked and status != "cancelled")
        self.invite_button.setEnabled(upcoming)
        self.held_button.setEnabled(upcoming)
        self.approve_button.setEnabled(status == "held")
        self.reopen_button.setEnabled(locked)
        self.postpone_button.setEnabled(upcoming)
        self.cancel_button.setEnabled(upcoming)
        for button in (self.print_button, self.pdf_button, self.ics_button):
            button.setEnabled(True)
        self._show_clashes()
        if self._clean_taken:  # what the pages show now is what is stored
            self.mark_clean()

    def _show_clashes(self) -> None:
        lines = []
        for clash in meetings.meeting_clashes(self.saved_id):
            people = clash.people_fa if i18n.language() == "fa" else clash.people_en
            when = f"{i18n.format_date(clash.start.date())} {time_text(clash.start)}–{time_text(clash.end)}"
            what = "، ".join(people) if i18n.language() == "fa" else ", ".join(people)
            if clash.room:
                what = (what + " — " if what else "") + translate("MeetingEditor", "the same room")
            lines.append(
                translate("MeetingEditor", "Also booked: %1 in %2 (%3)")
                .replace("%1", what)
                .replace("%2", clash.label)
                .replace("%3", when)
            )
        self.warnings.setText(i18n.digits("\n".join(lines)))
        self.warnings.setVisible(bool(lines))

    def show_error(self, error: ServiceError) -> None:
        QMessageBox.warning(self, translate("MeetingEditor", "Meeting"), i18n.error_text(error))

    def _step(self, action: Callable[[], Any]) -> None:
        """A status step on the meeting as shown (refused over a change made meanwhile)."""
        if steps.take(self, self.meeting, action, self.reload):
            self.reload()

    def snapshot(self) -> Any:
        return None if self.details.locked() else self.details.values(), self.minutes.unsaved_notes()

    def save_changes(self) -> bool:
        if not self.has_changes():
            return True
        if not self.minutes.store_if_changed():
            return False
        return self.saved_id is not None and self.details.locked() or self.save_details()

    # ------------------------------------------------------------- actions

    def save_details(self) -> bool:
        """Save the details page (a new meeting takes its number); False, with the error shown, if refused."""
        creating = self.saved_id is None

        def update(values: dict[str, Any]) -> int | None:
            meetings.update_meeting(self.saved_id, values)
            return self.saved_id

        def save() -> int | None:
            values = self.details.values()
            if creating:
                return meetings.create_meeting(values)
            return self.check.save(lambda: update(values))

        saved = self.attempt(save, form=self.details.form)
        choice = self.check.resolve(self)
        if choice == conflict.KEEP:  # saved on top of their version, knowingly
            return self.save_details()
        if choice == conflict.RELOAD:
            self.reload()
            self.mark_clean()
        if saved is None:
            self.pages.setCurrentWidget(self.details)
            return False
        self.saved_id = saved
        if creating:
            self.pages.setCurrentWidget(self.participants)
        self.reload()
        return True

    def mark_held(self) -> None:
        """Record the meeting as held; one still to come is asked about first (a click on the wrong
        meeting)."""
        starts = self.meeting.get("starts_at")
        if starts is not None and starts > clock.now():
            text = (
                translate(
                    "MeetingEditor",
                    "Meeting %1 is set for %2, which has not come yet. Mark it as held anyway?",
                )
                .replace("%1", i18n.isolated(i18n.digits(self.meeting["number"])))
                .replace("%2", i18n.isolated(f"{i18n.format_date(starts.date())} {time_text(starts)}"))
            )
            answer = QMessageBox.question(
                self,
                translate("MeetingEditor", "Mark as held"),
                text,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._step(lambda: meetings.mark_held(self.saved_id))

    def invite(self) -> None:
        number = steps.issue_invitation(self, self.meeting, self.reload)
        if number:
            self.reload()
            QMessageBox.information(
                self,
                translate("MeetingEditor", "Invitation letter"),
                translate(
                    "MeetingEditor", "The invitation was issued as letter %1 of the outgoing register."
                ).replace("%1", i18n.digits(number)),
            )

    def postpone(self) -> None:
        dialog = steps.PostponeDialog(self, self.meeting)
        if run_modal(dialog) == QDialog.DialogCode.Accepted or dialog.refused:
            self.reload()  # postponed, or refused over another PC's change: the meeting as it now is

    def _pdf(self) -> tuple[bytes, str] | None:
        document, lang = self.document.currentData(), self.lang.currentData()
        data = self.attempt(lambda: steps.document_pdf(document, self.saved_id, lang))
        if data is None:
            return None
        return (
            data,
            f"{document}-{self.meeting['kind_code']}-{self.meeting['number'].replace('/', '-')}-{lang}",
        )

    def print_document(self) -> None:
        document = self._pdf()
        if document:
            open_pdf(self, *document)

    def save_document(self) -> None:
        document = self._pdf()
        if document:
            save_pdf(self, document[0], document[1] + ".pdf")

    def export_ics(self) -> None:
        data = self.attempt(lambda: meetings.ics_bytes(self.saved_id, i18n.language()))
        if data is None:
            return
        name = file_dialogs.save_name(
            self,
            file_dialogs.CALENDAR,
            translate("MeetingEditor", "Export to calendar"),
            f"meeting-{self.saved_id}.ics",
            translate("MeetingEditor", "Calendar files (*.ics)"),
        )
        if not name:
            return
        if not name.lower().endswith(".ics"):
            name += ".ics"
        self.succeeds(lambda: files.save_document(name, data))
