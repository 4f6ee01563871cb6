"""One item of a visit's programme: day, times, activity in both languages, place, host, participants."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import directory, visits
from app.ui import i18n
from app.ui.dialogs.record import RecordDialog
from app.ui.i18n import translate
from app.ui.tabs.visits.words import word
from app.ui.widgets.date_edit import DateEdit, TimeEdit
from app.ui.widgets.form import FieldForm, form_with_buttons
from app.ui.widgets.pickers import PersonPicker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleList(QWidget):
    """People of the directory chosen one by one (an item's participants)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = PersonPicker(self)
        self.add_button = QPushButton(translate("VisitItemDialog", "Add"), self)
        self.remove_button = QPushButton(translate("VisitItemDialog", "Remove"), self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(80)
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.add_button.clicked.connect(self._add_picked)
        self.remove_button.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))

    def add_person(self, person_id: int, name: str) -> None:
        if person_id in self.ids():
            return
        entry = QListWidgetItem(name)
        entry.setData(ID_ROLE, person_id)
        self.list.addItem(entry)

    def _add_picked(self) -> None:
        person_id = self.picker.person_id()
        if person_id is not None:
            self.add_person(person_id, self.picker.text())
            self.picker.set_person(None)

    def ids(self) -> list[int]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]


class ItemDialog(RecordDialog):
    """Add (record_id None) or change an item of the visit `visit_id`'s programme."""

    TABLE = "visit_items"  # saved against the version read when it opens (another PC's change asks)

    def __init__(
        self, parent: QWidget | None, visit_id: int, record_id: int | None = None, day: dt.date | None = None
    ) -> None:
        self.visit_id = visit_id
        self._day = day
        super().__init__(parent, record_id)

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(translate("VisitItemDialog", "Programme item"))
        self.day = form.add("day", translate("VisitItemDialog", "Day"), DateEdit())
        self.start = form.add("start_time", translate("VisitItemDialog", "Starts"), TimeEdit(dt.time(9, 0)))
        self.end = form.add("end_time", translate("VisitItemDialog", "Ends"), TimeEdit(dt.time(10, 0)))
        self.title_en = form.add("title_en", translate("VisitItemDialog", "Activity (English)"), QLineEdit())
        self.title_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.title_fa = form.add("title_fa", translate("VisitItemDialog", "Activity (Persian)"), QLineEdit())
        self.title_fa.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.location = form.add(
            "location", translate("VisitItemDialog", "Place (room, building)"), QLineEdit()
        )
        self.host = form.add(
            "host_person_id", translate("VisitItemDialog", "Responsible host"), PersonPicker()
        )
        self.participants = form.add(
            "participant_ids", translate("VisitItemDialog", "Participants from the directory"), PeopleList()
        )
        self.participants_text = form.add(
            "participants_text", translate("VisitItemDialog", "Other participants"), QLineEdit()
        )
        self.transport = form.add("transport", translate("VisitItemDialog", "Transport"), QLineEdit())
        self.notes = form.add("notes", translate("VisitItemDialog", "Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(60)
        if self.record_id is not None:
            self.fill(visits.get_item(self.record_id))
        elif self._day is not None:
            self.day.set_date(self._day)

    def load(self, record_id: int) -> dict[str, Any] | None:
        return visits.get_item(record_id)

    def fill(self, values: dict[str, Any]) -> None:
        self.day.set_date(values["day"])
        self.start.set_time(values["start_time"])
        self.end.set_time(values["end_time"])
        for name in ("title_en", "title_fa", "location", "participants_text", "transport"):
            getattr(self, name).setText(values[name])
        self.notes.setPlainText(values["notes"])
        lang = i18n.language()
        self.host.set_person(
            values["host_person_id"],
            _name(values["host_person_id"], lang) if values["host_person_id"] else "",
        )
        self.participants.list.clear()  # filled again on "Reload theirs"
        for person_id in values["participant_ids"]:
            self.participants.add_person(person_id, _name(person_id, lang))

    def values(self) -> dict[str, Any]:
        return {
            "day": self.day.date_value(),
            "start_time": self.start.time_value(),
            "end_time": self.end.time_value(),
            "title_en": self.title_en.text(),
            "title_fa": self.title_fa.text(),
            "location": self.location.text(),
            "host_person_id": self.host.person_id(),
            "participant_ids": self.participants.ids(),
            "participants_text": self.participants_text.text(),
            "transport": self.transport.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return visits.save_item(self.visit_id, values, record_id)


def _name(person_id: int, lang: str) -> str:
    values = directory.get_person(person_id).values
    fa = " ".join(p for p in (values["first_name_fa"], values["last_name_fa"]) if p)
    en = " ".join(p for p in (values["title"], values["first_name_en"], values["last_name_en"]) if p)
    return (fa or en) if lang == "fa" else (en or fa)


class CommonItemsDialog(QDialog):
    """Add the usual items (welcome meeting, campus tour, ...) to a day in one step."""

    def __init__(self, parent: QWidget | None, day: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("VisitItemDialog", "Add common items"))
        self.form = FieldForm()
        self.day = self.form.add("day", translate("VisitItemDialog", "Day"), DateEdit())
        self.day.set_date(day)
        self.checks: dict[str, QCheckBox] = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for key in visits.COMMON_ITEMS:
            self.checks[key] = QCheckBox(word("common", key))
            column.addWidget(self.checks[key])
        self.form.add("common_items", translate("VisitItemDialog", "Items"), box)
        self.buttons = form_with_buttons(self, self.form)

    def keys(self) -> list[str]:
        return [key for key, check in self.checks.items() if check.isChecked()]


class DaysDialog(QDialog):
    """Choose a day to copy (or move) to: `source` days offered when copying a whole day."""

    def __init__(
        self, parent: QWidget | None, title: str, target: dt.date, sources: list[dt.date] | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QComboBox

        self.setWindowTitle(title)
        self.form = FieldForm()
        self.source = None
        if sources is not None:
            self.source = self.form.add(
                "source", translate("VisitItemDialog", "Copy the items of"), QComboBox()
            )
            for day in sources:
                self.source.addItem(i18n.format_date(day), day)
        self.target = self.form.add("target", translate("VisitItemDialog", "To the day"), DateEdit())
        self.target.set_date(target)
        self.buttons = form_with_buttons(self, self.form)
