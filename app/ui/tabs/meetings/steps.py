"""The meeting's status steps as a secretary takes them: invitation, held, approve, reopen, postpone,
cancel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.services import meetings
from app.ui import i18n, labels
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.widgets.date_edit import DateEdit, TimeEdit
from app.ui.widgets.form import FieldForm, form_with_buttons


class PostponeDialog(QDialog):
    """The new date and time of a meeting, and why it moves."""

    def __init__(self, parent: QWidget | None, meeting: dict[str, Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MeetingSteps", "Postpone meeting"))
        self.meeting = meeting
        self.meeting_id = meeting["id"]
        self.refused = False  # refused over another PC's change: the editor shows the meeting again
        self.form = FieldForm()
        self.day = self.form.add("starts_at", translate("MeetingSteps", "New date"), DateEdit())
        self.day.set_date(meeting["starts_at"].date() + dt.timedelta(days=7))
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = TimeEdit(meeting["starts_at"].time())
        self.end = TimeEdit(meeting["ends_at"].time())
        for edit in (self.start, self.end):
            row.addWidget(edit)
        row.addStretch(1)
        self.form.add("ends_at", translate("MeetingSteps", "From – to"), times)
        self.reason = self.form.add("reason", translate("MeetingSteps", "Reason"), QPlainTextEdit())
        self.reason.setMaximumHeight(80)
        form_with_buttons(self, self.form)

    def accept(self) -> None:
        day = self.day.date_value()
        start = dt.datetime.combine(day, self.start.time_value())
        end = dt.datetime.combine(day, self.end.time_value())
        # Refused over another PC's change: the dialog closes and the editor shows the meeting as it is.
        if take(
            self,
            self.meeting,
            lambda: meetings.postpone_meeting(self.meeting_id, start, end, self.reason.toPlainText()),
            self._refused,
            form=self.form,
        ):
            super().accept()

    def _refused(self) -> None:
        self.refused = True
        self.reject()


class NextMeetingDialog(QDialog):
    """The date of the next meeting of a kind (a month after the previous one, at its time, by default)."""

    def __init__(self, parent: QWidget | None, previous: dt.datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MeetingSteps", "Next meeting"))
        self._time = previous.time()
        self.starts_at = previous
        self.form = FieldForm()
        note = QLabel(
            translate(
                "MeetingSteps", "The members and the recurring agenda items of the meeting of %1 are copied."
            ).replace("%1", i18n.isolated(i18n.format_date(previous.date())))
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.day = self.form.add("starts_at", translate("MeetingSteps", "Date"), DateEdit())
        self.day.set_date(previous.date() + dt.timedelta(days=30))
        form_with_buttons(self, self.form)
        self.day.setFocus()

    def accept(self) -> None:
        day = self.day.date_value()
        if day is None:
            return
        self.starts_at = dt.datetime.combine(day, self._time)
        super().accept()


def take(
    parent: QWidget,
    meeting: dict[str, Any],
    fn: Callable[[], object],
    refresh: Callable[[], Any],
    **how: Any,
) -> bool:
    """A status step on the meeting as the editor shows it (its version when read): True when taken;
    refused, saying who changed it and when, and refresh() called, over a change made meanwhile."""
    return conflict.step_done(parent, "meetings", meeting["id"], meeting.get("version"), fn, refresh, **how)


def _ask_reason(parent: QWidget, title: str, question: str) -> str | None:
    reason, ok = QInputDialog.getMultiLineText(parent, title, question)
    return reason if ok else None


def issue_invitation(parent: QWidget, meeting: dict[str, Any], refresh: Callable[[], Any]) -> str | None:
    """Ask the letter's language, issue the invitation letter into the register; returns its number."""
    items = [labels.label("fa"), labels.label("en")]
    default = 0 if i18n.language() == "fa" else 1
    choice, ok = QInputDialog.getItem(
        parent,
        translate("MeetingSteps", "Invitation letter"),
        translate(
            "MeetingSteps",
            "The invitation is issued as a numbered letter of the outgoing register. Language of the letter:",
        ),
        items,
        default,
        False,
    )
    if not ok:
        return None
    lang = "fa" if choice == items[0] else "en"
    result = conflict.step(
        parent,
        "meetings",
        meeting["id"],
        meeting.get("version"),
        lambda: meetings.issue_invitation(meeting["id"], lang),
        refresh,
    )
    return result[1] if result is not None else None


def reopen(parent: QWidget, meeting: dict[str, Any], refresh: Callable[[], Any]) -> bool:
    reason = _ask_reason(
        parent,
        translate("MeetingSteps", "Reopen minutes"),
        translate(
            "MeetingSteps",
            "The minutes of meeting %1 are approved. Why must they be changed? The reason is kept in the "
            "audit log.",
        ).replace("%1", i18n.digits(meeting["number"])),
    )
    return reason is not None and take(
        parent, meeting, lambda: meetings.reopen_minutes(meeting["id"], reason), refresh
    )


def cancel(parent: QWidget, meeting: dict[str, Any], refresh: Callable[[], Any]) -> bool:
    reason = _ask_reason(
        parent,
        translate("MeetingSteps", "Cancel meeting"),
        translate("MeetingSteps", "Why is meeting %1 cancelled? It keeps its number.").replace(
            "%1", i18n.digits(meeting["number"])
        ),
    )
    return reason is not None and take(
        parent, meeting, lambda: meetings.cancel_meeting(meeting["id"], reason), refresh
    )


def approve(parent: QWidget, meeting: dict[str, Any], refresh: Callable[[], Any]) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("MeetingSteps", "Approve minutes"),
        translate(
            "MeetingSteps",
            "Approve the minutes of meeting %1? They are locked afterwards; changing them needs a recorded "
            "reopening.",
        ).replace("%1", i18n.digits(meeting["number"])),
    )
    return answer == QMessageBox.StandardButton.Yes and take(
        parent, meeting, lambda: meetings.approve_minutes(meeting["id"]), refresh
    )


DOCUMENTS = ("invitation", "agenda", "attendance", "minutes")


def document_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in zip(
        DOCUMENTS,
        (
            translate("MeetingSteps", "Invitation letter"),
            translate("MeetingSteps", "Agenda"),
            translate("MeetingSteps", "Attendance sheet"),
            translate("MeetingSteps", "Minutes"),
        ),
        strict=True,
    ):
        combo.addItem(text, code)
    return combo


def language_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, text in (
        ("fa", labels.label("fa")),
        ("en", labels.label("en")),
        ("both", translate("MeetingSteps", "Persian and English")),
    ):
        combo.addItem(text, code)
    combo.setCurrentIndex(0 if i18n.language() == "fa" else 1)
    return combo


def document_pdf(document: str, meeting_id: int, lang: str) -> bytes:
    render = {
        "invitation": meetings.invitation_pdf,
        "agenda": meetings.agenda_pdf,
        "attendance": meetings.attendance_pdf,
        "minutes": meetings.minutes_pdf,
    }[document]
    return render(meeting_id, lang)
