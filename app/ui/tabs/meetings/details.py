"""The meeting's particulars: kind, title, date and times, place or link, chair and secretary, notes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget

from app.services import meetings
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.meetings.words import choices
from app.ui.widgets.date_edit import DateEdit, TimeEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, PersonPicker


class DetailsPage(QWidget):
    """A form; `values()` gives what create_meeting / update_meeting take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm(self)
        self.kind = self.form.add("kind_id", translate("MeetingEditor", "Kind of meeting"), QComboBox())
        for kind in meetings.list_kinds():
            self.kind.addItem(kind.name(i18n.language()), kind.id)
        self.title = self.form.add("title", translate("MeetingEditor", "Title"), QLineEdit())
        self.day = self.form.add("starts_at", translate("MeetingEditor", "Date"), DateEdit())
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = TimeEdit(dt.time(10, 0))
        self.end = TimeEdit(dt.time(11, 30))
        row.addWidget(self.start)
        row.addWidget(self.end)
        row.addStretch(1)
        self.start.setToolTip(translate("MeetingEditor", "Starts at"))
        self.end.setToolTip(translate("MeetingEditor", "Ends at"))
        self.form.add("ends_at", translate("MeetingEditor", "From – to"), times)
        self.mode = self.form.add(
            "mode", translate("MeetingEditor", "Held"), CodeCombo(choices(meetings.MEETING_MODES))
        )
        self.location = self.form.add("location", translate("MeetingEditor", "Place"), QLineEdit())
        self.online_link = self.form.add(
            "online_link", translate("MeetingEditor", "Online link"), QLineEdit()
        )
        self.chair = self.form.add("chair_id", translate("MeetingEditor", "Chair"), PersonPicker())
        self.secretary = self.form.add(
            "secretary_id", translate("MeetingEditor", "Secretary"), PersonPicker()
        )
        self.notes = self.form.add(
            "notes", translate("MeetingEditor", "Opening remarks for the minutes"), QPlainTextEdit()
        )
        self.notes.setMaximumHeight(90)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        """A new meeting takes the kind's usual length and place."""
        if self.kind.isEnabled():
            kind = next((k for k in meetings.list_kinds() if k.id == self.kind.currentData()), None)
            if kind is not None:
                start = dt.datetime.combine(dt.date.min, self.start.time_value())
                end = min(
                    start + dt.timedelta(minutes=kind.default_minutes),
                    dt.datetime.combine(dt.date.min, dt.time(23, 59)),
                )
                self.end.set_time(end.time())
                if kind.default_location and not self.location.text():
                    self.location.setText(kind.default_location)

    def set_kind(self, kind_id: int | None) -> None:
        index = self.kind.findData(kind_id)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def fill(self, values: dict[str, Any], names: dict[int, str]) -> None:
        """Show a stored meeting; its kind is fixed (it was numbered in it)."""
        if self.kind.findData(values["kind_id"]) < 0:  # an archived kind
            self.kind.addItem(
                values["kind_fa"] if i18n.language() == "fa" else values["kind_en"], values["kind_id"]
            )
        self.set_kind(values["kind_id"])
        self.kind.setEnabled(False)
        self.title.setText(values["title"])
        self.day.set_date(values["starts_at"].date())
        self.start.set_time(values["starts_at"].time())
        self.end.set_time(values["ends_at"].time())
        self.mode.set_code(values["mode"])
        self.location.setText(values["location"])
        self.online_link.setText(values["online_link"])
        self.chair.set_person(values["chair_id"], names.get(values["chair_id"] or 0, ""))
        self.secretary.set_person(values["secretary_id"], names.get(values["secretary_id"] or 0, ""))
        self.notes.setPlainText(values["notes"])

    def values(self) -> dict[str, Any]:
        day = self.day.date_value()
        start = dt.datetime.combine(day, self.start.time_value())
        end = dt.datetime.combine(day, self.end.time_value())
        return {
            "kind_id": self.kind.currentData(),
            "title": self.title.text(),
            "starts_at": start,
            "ends_at": end,
            "mode": self.mode.code(),
            "location": self.location.text(),
            "online_link": self.online_link.text(),
            "chair_id": self.chair.person_id(),
            "secretary_id": self.secretary.person_id(),
            "notes": self.notes.toPlainText(),
        }

    def locked(self) -> bool:
        return not self.title.isEnabled()

    def set_locked(self, locked: bool) -> None:
        for widget in (
            self.title,
            self.day,
            self.start,
            self.end,
            self.mode,
            self.location,
            self.online_link,
            self.chair,
            self.secretary,
            self.notes,
        ):
            widget.setEnabled(not locked)
