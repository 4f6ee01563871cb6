"""The dialogs of seasonal schools and exchange programmes: the programme's record and its participants."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import programmes
from app.services.errors import QT_TRANSLATE_NOOP
from app.ui import i18n
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.dialogs.record import RecordDialog
from app.ui.i18n import translate
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, InstitutionPicker, PersonPicker

_WORDS = {
    "seasonal_school": QT_TRANSLATE_NOOP("ProgrammeWords", "Seasonal school"),
    "exchange": QT_TRANSLATE_NOOP("ProgrammeWords", "Exchange programme"),
    "incoming": QT_TRANSLATE_NOOP("ProgrammeWords", "Incoming"),
    "outgoing": QT_TRANSLATE_NOOP("ProgrammeWords", "Outgoing"),
}


def word(code: str) -> str:
    source = _WORDS.get(code)
    return QCoreApplication.translate("ProgrammeWords", source) if source else code


class ProgrammeDialog(RecordDialog):
    """A seasonal school or an exchange programme: kind, titles, partner, dates, place and notes."""

    TABLE = "programmes"
    PRINTED_FIELDS = ("title_fa", "title_en")

    def load(self, record_id: int) -> dict[str, Any] | None:
        return programmes.get_programme_values(record_id)

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Seasonal school or exchange programme"))
        self.kind = form.add(
            "kind", self.tr("Kind"), CodeCombo([(k, word(k)) for k in ("seasonal_school", "exchange")])
        )
        self.title_fa = form.add("title_fa", self.tr("Title (Persian)"), QLineEdit())
        self.title_en = form.add("title_en", self.tr("Title (English)"), QLineEdit())
        self.partner = form.add("institution_id", self.tr("Partner institution"), InstitutionPicker())
        self.starts_on = form.add("starts_on", self.tr("From"), DateEdit())
        self.ends_on = form.add("ends_on", self.tr("To"), DateEdit())
        self.location = form.add("location", self.tr("Place"), QLineEdit())
        self.notes = form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
        if self.record_id is not None:
            self.fill(programmes.get_programme_values(self.record_id))

    def fill(self, values: dict[str, Any]) -> None:
        self.kind.set_code(values["kind"])
        self.title_fa.setText(values["title_fa"])
        self.title_en.setText(values["title_en"])
        self.partner.set_record(values["institution_id"])
        self.starts_on.set_date(values["starts_on"])
        self.ends_on.set_date(values["ends_on"])
        self.location.setText(values["location"])
        self.notes.setPlainText(values["notes"])

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.code(),
            "title_fa": self.title_fa.text(),
            "title_en": self.title_en.text(),
            "institution_id": self.partner.record_id(),
            "starts_on": self.starts_on.date_value(),
            "ends_on": self.ends_on.date_value(),
            "location": self.location.text(),
            "notes": self.notes.toPlainText(),
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return programmes.save_programme(values, record_id)


class ParticipantsDialog(GuardedDialog):
    """The programme's participants: incoming guests and outgoing people with their support request."""

    def __init__(self, parent: QWidget | None, programme_id: int) -> None:
        super().__init__(parent)
        self.programme_id = programme_id
        self.setWindowTitle(self.tr("Participants"))
        lang = i18n.language()
        self.model = RowsTableModel(
            [
                Column(translate("ParticipantsDialog", "Name"), lambda r: r.name(lang), "name"),
                Column(
                    translate("ParticipantsDialog", "Direction"), lambda r: word(r.direction), "direction"
                ),
                Column(translate("ParticipantsDialog", "Affiliation"), lambda r: r.affiliation(lang), "aff"),
                Column(
                    translate("ParticipantsDialog", "Support request"),
                    lambda r: r.request_reference,
                    "request",
                    ltr=True,
                ),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.form = FieldForm()
        self.direction = self.form.add(
            "direction", self.tr("Direction"), CodeCombo([(d, word(d)) for d in ("incoming", "outgoing")])
        )
        self.person = self.form.add("person_id", self.tr("Person"), PersonPicker())
        self.request = self.form.add("funding_request_id", self.tr("Support request"), QComboBox())
        self.request.addItem(self.tr("None"), None)
        self.note = self.form.add("note", self.tr("Note"), QLineEdit())
        self.person.person_changed.connect(self._fill_requests)
        self.direction.currentIndexChanged.connect(lambda _i: self._narrow())
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("participant_add")
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("participant_remove")
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(close)
        self.setMinimumSize(640, 480)
        self._narrow()
        self.reload()

    def _narrow(self) -> None:
        """Incoming participants are picked among the foreign guests; outgoing ones among the others."""
        incoming = self.direction.code() == "incoming"
        self.person._kinds = ("foreign_guest",) if incoming else ()
        self.request.setEnabled(not incoming)

    def _fill_requests(self, person_id: int | None) -> None:
        self.request.clear()
        self.request.addItem(self.tr("None"), None)
        if person_id is not None:
            for request_id, text in self.attempt(lambda: programmes.requests_of(person_id)) or []:
                self.request.addItem(text, request_id)

    def reload(self) -> None:
        self.model.set_rows(self.attempt(lambda: programmes.participants(self.programme_id)) or [])
        self.view.resizeColumnsToContents()

    def snapshot(self) -> Any:
        return self.person.text(), self.note.text()

    def add(self) -> None:
        data = {
            "direction": self.direction.code(),
            "person_id": self.person.person_id(),
            "funding_request_id": self.request.currentData() if self.request.isEnabled() else None,
            "note": self.note.text(),
        }
        if self.succeeds(lambda: programmes.add_participant(self.programme_id, data), form=self.form):
            self.person.set_person(None)
            self._fill_requests(None)
            self.note.clear()
            self.mark_clean()
            self.reload()

    def remove(self) -> None:
        index = self.view.currentIndex()
        entry = self.model.row_object(index.row()) if index.isValid() else None
        if entry is not None and self.succeeds(lambda: programmes.remove_participant(entry.id)):
            self.reload()
