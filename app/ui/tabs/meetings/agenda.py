"""The agenda: items in order with presenter and time allotted; the times add up to the meeting's end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import meetings
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.attempt import succeeds
from app.ui.dialogs.record import RecordDialog
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.tabs.meetings.words import current, list_view, select_id, time_text, word
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import PersonPicker
from app.ui.widgets.rows import enable_with_row, move_buttons


class AgendaItemDialog(RecordDialog):
    """Add an item to a meeting's agenda (record_id None) or change one."""

    TABLE = "agenda_items"  # saved against the version of the row it shows (another PC's change asks)

    def __init__(
        self, parent: QWidget | None, meeting_id: int, item: meetings.AgendaItemRow | None = None
    ) -> None:
        self.meeting_id = meeting_id
        self.item = item
        super().__init__(parent, item.id if item else None, item.version if item else None)

    def load(self, record_id: int) -> dict[str, Any] | None:
        self.item = next((i for i in meetings.agenda_items(self.meeting_id) if i.id == record_id), None)
        return {} if self.item is not None else None

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(translate("MeetingAgenda", "Agenda item"))
        self.title = form.add("title", translate("MeetingAgenda", "Title"), QLineEdit())
        self.presenter = form.add("presenter_id", translate("MeetingAgenda", "Presenter"), PersonPicker())
        self.minutes = form.add("minutes", translate("MeetingAgenda", "Minutes allotted"), QSpinBox())
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(15)
        self.description = form.add(
            "description", translate("MeetingAgenda", "Description"), QPlainTextEdit()
        )
        self.description.setMaximumHeight(100)
        self.recurring = form.add(
            "recurring",
            translate("MeetingAgenda", "Recurring"),
            QCheckBox(translate("MeetingAgenda", "Put on the next meeting of this kind too")),
        )
        link = QWidget()
        row = QHBoxLayout(link)
        row.setContentsMargins(0, 0, 0, 0)
        self.link_table = QComboBox()
        for table in meetings.AGENDA_LINKABLE:
            self.link_table.addItem(word(table) if table else translate("MeetingAgenda", "(none)"), table)
        self.link_id = QSpinBox()
        self.link_id.setRange(0, 2**31 - 1)
        self.link_id.setSpecialValueText("—")
        self.link_id.setPrefix("#")
        row.addWidget(self.link_table, 2)
        row.addWidget(self.link_id, 1)
        form.add("linked_id", translate("MeetingAgenda", "About the case"), link)
        if self.item is not None:
            self.fill({})

    def fill(self, values: dict[str, Any]) -> None:
        item = self.item
        self.title.setText(item.title)
        self.presenter.set_person(
            item.presenter_id, item.presenter_fa if i18n.language() == "fa" else item.presenter_en
        )
        self.minutes.setValue(item.minutes)
        self.description.setPlainText(item.description)
        self.recurring.setChecked(item.recurring)
        self.link_table.setCurrentIndex(max(0, self.link_table.findData(item.linked_table)))
        self.link_id.setValue(item.linked_id or 0)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "presenter_id": self.presenter.person_id(),
            "minutes": self.minutes.value(),
            "description": self.description.toPlainText(),
            "recurring": self.recurring.isChecked(),
            "linked_table": self.link_table.currentData(),
            "linked_id": self.link_id.value() or None,
            "discussion": self.item.discussion if self.item else "",
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        if record_id is None:
            return meetings.add_agenda_item(self.meeting_id, values)
        meetings.update_agenda_item(record_id, values)
        return record_id


class AgendaPage(QWidget):
    changed = Signal()

    def __init__(self, on_error: Callable[[ServiceError], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_id: int | None = None
        self._on_error = on_error
        self._meeting: dict[str, Any] = {}
        self.model = RowsTableModel(
            [
                Column(translate("MeetingAgenda", "No."), lambda r: i18n.digits(str(r.position))),
                Column(translate("MeetingAgenda", "Item"), lambda r: r.title),
                Column(
                    translate("MeetingAgenda", "Presenter"),
                    lambda r: r.presenter_fa if i18n.language() == "fa" else r.presenter_en,
                ),
                Column(
                    translate("MeetingAgenda", "Time"),
                    lambda r: f"{time_text(r.starts_at)} – {time_text(r.ends_at)}",
                ),
                Column(
                    translate("MeetingAgenda", "Minutes"),
                    lambda r: i18n.digits(str(r.minutes)),
                    align_end=True,
                ),
                Column(
                    translate("MeetingAgenda", "About"),
                    lambda r: (
                        f"{word(r.linked_table)} #{i18n.digits(str(r.linked_id))}" if r.linked_table else ""
                    ),
                ),
                Column(
                    translate("MeetingAgenda", "Resolutions"),
                    lambda r: i18n.digits(str(len(r.resolutions))) if r.resolutions else "",
                ),
            ],
            self,
        )
        self.view = list_view(self.model, self)
        self.add_button = QPushButton(translate("MeetingAgenda", "Add item…"), self)
        self.edit_button = QPushButton(translate("MeetingAgenda", "Edit item…"), self)
        self.up_button, self.down_button = move_buttons(
            self.view,
            lambda item, offset: self._run(lambda: meetings.move_agenda_item(item.id, offset)),
            self,
        )
        self.remove_button = QPushButton(translate("MeetingAgenda", "Remove"), self)
        self.files_button = QPushButton(translate("MeetingAgenda", "Attachments…"), self)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.files_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("agenda_summary")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(current(self.view)))
        self.view.doubleClicked.connect(lambda _i: self.edit(current(self.view)))
        self.remove_button.clicked.connect(self.remove)
        self.files_button.clicked.connect(self.show_files)
        self._update_chosen = enable_with_row(
            self.view,
            (self.edit_button, self.up_button, self.down_button, self.remove_button),
            self._editable,
        )
        enable_with_row(self.view, (self.files_button,))

    def _editable(self) -> bool:
        return bool(self._meeting) and not self._meeting["locked"] and self._meeting["status"] != "cancelled"

    def load(self, meeting_id: int, meeting: dict[str, Any]) -> None:
        self.meeting_id, self._meeting = meeting_id, meeting
        chosen = current(self.view)
        items = meetings.agenda_items(meeting_id)
        self.model.set_rows(items)
        select_id(self.view, chosen.id if chosen else None)
        total = sum(i.minutes for i in items)
        end = items[-1].ends_at if items else meeting["starts_at"]
        text = (
            translate("MeetingAgenda", "The items take %1 minutes, %2 – %3; the meeting is set for %4 – %5.")
            .replace("%1", i18n.digits(str(total)))
            .replace("%2", time_text(meeting["starts_at"]))
            .replace("%3", time_text(end))
            .replace("%4", time_text(meeting["starts_at"]))
            .replace("%5", time_text(meeting["ends_at"]))
        )
        over = end > meeting["ends_at"]
        if over:
            text += " " + translate("MeetingAgenda", "The agenda runs past the end of the meeting.")
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #b3261e;" if over else "")
        self.add_button.setEnabled(self._editable())
        self._update_chosen()

    def edit(self, item: meetings.AgendaItemRow | None) -> None:
        if self.meeting_id is None or not self.add_button.isEnabled():
            return
        dialog = AgendaItemDialog(self, self.meeting_id, item)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.changed.emit()
            select_id(self.view, dialog.saved_id)

    def show_files(self) -> None:
        from app.ui.tabs.meetings.files import AttachmentsDialog

        item = current(self.view)
        if item is not None:
            run_modal(AttachmentsDialog(self, "agenda_items", item.id, item.title))

    def _run(self, action: Callable[[], object]) -> None:
        if succeeds(self, action, on_error=self._on_error):
            self.changed.emit()

    def remove(self) -> None:
        item = current(self.view)
        if item is not None:
            self._run(lambda: meetings.remove_agenda_item(item.id))
