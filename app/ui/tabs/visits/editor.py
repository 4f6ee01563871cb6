"""The visit editor: the visit, its guests, logistics, costs, programme and report, on pages of one dialog.

Save (or Apply, which keeps the dialog open) sends the visit whole to the service; an error is shown by
its field on its page. The programme page works on the saved visit, so a new visit is applied first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.common.text import to_latin_digits
from app.services import directory, visits
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.i18n import error_text, translate
from app.ui.printable import confirm_printable
from app.ui.tabs.visits.itinerary import ItineraryPage
from app.ui.tabs.visits.pages import CostsPage, GuestsPage
from app.ui.tabs.visits.words import choices, word
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo, InstitutionPicker, PersonPicker, UnitPicker


def page_with(form: FieldForm) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.addLayout(form)
    column.addStretch(1)
    return page


def parse_time(text: str, field: str) -> dt.time | None:
    """ "06:30" (either digits) as a time; empty is no time; anything else is refused by the field."""
    text = to_latin_digits(text).strip()
    if not text:
        return None
    try:
        hours, minutes = (int(part) for part in text.replace(".", ":").split(":"))
        return dt.time(hours, minutes)
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "Enter the time as hours:minutes, e.g. 06:30.")
        ) from None


class VisitDialog(GuardedDialog):
    """Edit a visit (record_id) or plan a new one (None); `saved_id` holds its id once saved."""

    def __init__(self, parent: QWidget | None = None, record_id: int | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.saved_id: int | None = record_id
        self.check = conflict.VersionCheck("visits")  # a save over another PC's change asks first
        self.setWindowTitle(translate("VisitDialog", "Visit"))
        self.setMinimumSize(900, 640)
        self.pages = QTabWidget(self)
        self.forms: dict[str, FieldForm] = {}
        self._build_visit()
        self._build_logistics()
        self.guests = GuestsPage(self)
        self.costs = CostsPage(self)
        self.itinerary = ItineraryPage(self)
        self._build_report()
        self.pages.insertTab(1, self.guests, translate("VisitDialog", "Guests"))
        self.pages.insertTab(3, self.costs, translate("VisitDialog", "Costs"))
        self.pages.insertTab(4, self.itinerary, translate("VisitDialog", "Programme"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)
        if record_id is not None:
            self.check.seen(record_id)
            self.fill(visits.get_visit(record_id))

    # ------------------------------------------------------------- layout

    def _form(self, key: str, title: str) -> FieldForm:
        form = FieldForm()
        self.forms[key] = form
        self.pages.addTab(page_with(form), title)
        return form

    def _build_visit(self) -> None:
        form = self._form("visit", translate("VisitDialog", "Visit"))
        self.reference = QLabel(translate("VisitDialog", "Given when the visit is saved"))
        form.addRow(translate("VisitDialog", "Reference"), self.reference)
        self.status = QLabel(word("status", "proposed"))
        form.addRow(translate("VisitDialog", "Status"), self.status)
        self.kind = form.add(
            "kind", translate("VisitDialog", "Kind of visit"), CodeCombo(choices("kind", visits.VISIT_KINDS))
        )
        self.purpose_en = form.add("purpose_en", translate("VisitDialog", "Purpose (English)"), QLineEdit())
        self.purpose_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.purpose_fa = form.add("purpose_fa", translate("VisitDialog", "Purpose (Persian)"), QLineEdit())
        self.purpose_fa.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.institution = form.add(
            "institution_id", translate("VisitDialog", "Partner institution"), InstitutionPicker()
        )
        self.agreement = form.add(
            "agreement_id", translate("VisitDialog", "Agreement (MoU)"), CodeCombo([], allow_empty=True)
        )
        self.agreement_note = QLabel()
        self.agreement_note.setObjectName("agreement_note")
        self.agreement_note.setStyleSheet("color: #8a4b00;")
        self.agreement_note.setWordWrap(True)
        self.agreement_note.hide()
        form.addRow("", self.agreement_note)
        self._agreement_ends: dict[int, dt.date | None] = {}
        self._stored_agreement: int | None = None
        self.institution.currentIndexChanged.connect(lambda _i: self._load_agreements(None))
        self.agreement.currentIndexChanged.connect(lambda _i: self._show_agreement_note())
        self.host_unit = form.add("host_unit_id", translate("VisitDialog", "Host unit"), UnitPicker())
        self.host = form.add("host_person_id", translate("VisitDialog", "Host"), PersonPicker())
        self.notes = form.add("notes", translate("VisitDialog", "Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)

    def _build_logistics(self) -> None:
        form = self._form("logistics", translate("VisitDialog", "Logistics"))
        self.arrival_date = form.add(
            "arrival_date", translate("VisitDialog", "Arrival date"), DateEdit(optional=True)
        )
        self.arrival_date.dateChanged.connect(lambda _d: self._show_agreement_note())
        self.arrival_time = form.add(
            "arrival_time", translate("VisitDialog", "Landing time (hh:mm)"), QLineEdit()
        )
        self.arrival_flight = form.add(
            "arrival_flight", translate("VisitDialog", "Arrival flight"), QLineEdit()
        )
        self.arrival_airport = form.add(
            "arrival_airport", translate("VisitDialog", "Arrival airport"), QLineEdit()
        )
        self.departure_date = form.add(
            "departure_date", translate("VisitDialog", "Departure date"), DateEdit(optional=True)
        )
        self.departure_time = form.add(
            "departure_time", translate("VisitDialog", "Take-off time (hh:mm)"), QLineEdit()
        )
        self.departure_flight = form.add(
            "departure_flight", translate("VisitDialog", "Departure flight"), QLineEdit()
        )
        self.departure_airport = form.add(
            "departure_airport", translate("VisitDialog", "Departure airport"), QLineEdit()
        )
        for edit in (self.arrival_time, self.departure_time, self.arrival_flight, self.departure_flight):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.accommodation = form.add("accommodation", translate("VisitDialog", "Accommodation"), QLineEdit())
        self.local_transport = form.add(
            "local_transport", translate("VisitDialog", "Local transport"), QLineEdit()
        )
        self.interpreter = form.add("interpreter", translate("VisitDialog", "Interpreter"), QLineEdit())
        self.costs_by = form.add(
            "costs_by",
            translate("VisitDialog", "Costs covered by"),
            CodeCombo(choices("costs_by", visits.COSTS_BY)),
        )

    def _build_report(self) -> None:
        form = self._form("report", translate("VisitDialog", "Report"))
        self.report_summary = form.add(
            "report_summary", translate("VisitDialog", "What happened"), QPlainTextEdit()
        )
        self.report_summary.setMinimumHeight(160)
        self.report_meetings = form.add(
            "report_meetings", translate("VisitDialog", "Meetings held"), QPlainTextEdit()
        )
        self.report_agreements = form.add(
            "report_agreements", translate("VisitDialog", "Agreements reached"), QPlainTextEdit()
        )

    def _load_agreements(self, chosen: int | None) -> None:
        self.agreement.clear()
        self.agreement.addItem("", None)
        institution = self.institution.record_id()
        if institution is not None:
            rows = directory.list_agreements(
                directory.PageRequest(limit=200), institution_id=institution
            ).rows
            for row in rows:
                self.agreement.addItem(row.title, row.id)
                self._agreement_ends[row.id] = row.valid_until
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(chosen)))
        self._show_agreement_note()

    def _expired_agreement(self) -> dt.date | None:
        """The end of the chosen agreement when it has ended before the visit (or before today, undated)."""
        ends = self._agreement_ends.get(self.agreement.currentData())
        on = self.arrival_date.date_value() if hasattr(self, "arrival_date") else None
        return ends if ends is not None and ends < (on or clock.today()) else None

    def _show_agreement_note(self) -> None:
        ends = self._expired_agreement()
        self.agreement_note.setText(
            translate("VisitDialog", "This agreement ended on %1, before the visit.").replace(
                "%1", i18n.isolated(i18n.format_date(ends))
            )
            if ends
            else ""
        )
        self.agreement_note.setVisible(ends is not None)

    def _agreement_confirmed(self) -> bool:
        """A newly linked agreement that has ended is linked only when the secretary says so."""
        ends = self._expired_agreement()
        if ends is None or self.agreement.currentData() == self._stored_agreement:
            return True
        answer = QMessageBox.question(
            self,
            translate("VisitDialog", "Agreement ended"),
            translate(
                "VisitDialog", "The agreement «%1» ended on %2, before this visit. Link it all the same?"
            )
            .replace("%1", i18n.isolated(self.agreement.currentText()))
            .replace("%2", i18n.isolated(i18n.format_date(ends))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------- values

    def _texts(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            name: getattr(self, name)
            for name in (
                "purpose_en",
                "purpose_fa",
                "notes",
                "arrival_flight",
                "arrival_airport",
                "departure_flight",
                "departure_airport",
                "accommodation",
                "local_transport",
                "interpreter",
                "report_summary",
                "report_meetings",
                "report_agreements",
            )
        }

    def fill(self, values: dict[str, Any]) -> None:
        self.reference.setText(values["reference"])
        status = word("status", values["status"])
        self.status.setText(status + (f" — {values['cancel_reason']}" if values["cancel_reason"] else ""))
        self.kind.set_code(values["kind"])
        for name, edit in self._texts().items():
            (edit.setPlainText if isinstance(edit, QPlainTextEdit) else edit.setText)(values[name] or "")
        self.institution.set_record(values["institution_id"])
        self._load_agreements(values["agreement_id"])
        self._stored_agreement = values["agreement_id"]
        self.host_unit.set_record(values["host_unit_id"])
        lang = i18n.language()
        self.host.set_person(values["host_person_id"], values["host_name"][1 if lang == "fa" else 0])
        self.arrival_date.set_date(values["arrival_date"])
        self.departure_date.set_date(values["departure_date"])
        self.arrival_time.setText(f"{values['arrival_time']:%H:%M}" if values["arrival_time"] else "")
        self.departure_time.setText(f"{values['departure_time']:%H:%M}" if values["departure_time"] else "")
        self.costs_by.set_code(values["costs_by"])
        self.guests.set_guests(values["guests"])
        self.costs.set_costs(values["costs"])
        locked = values["status"] in ("report_filed", "cancelled") or values["archived"]
        self.itinerary.set_visit(values["id"], values["arrival_date"], values["departure_date"], locked)
        for key in ("Save", "Apply"):
            self.buttons.button(getattr(QDialogButtonBox.StandardButton, key)).setEnabled(not locked)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            name: edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            for name, edit in self._texts().items()
        }
        values.update(
            kind=self.kind.code(),
            institution_id=self.institution.record_id(),
            agreement_id=self.agreement.currentData(),
            host_unit_id=self.host_unit.record_id(),
            host_person_id=self.host.person_id(),
            arrival_date=self.arrival_date.date_value(),
            departure_date=self.departure_date.date_value(),
            arrival_time=parse_time(self.arrival_time.text(), "arrival_time"),
            departure_time=parse_time(self.departure_time.text(), "departure_time"),
            costs_by=self.costs_by.code(),
            guests=self.guests.guests(),
            costs=self.costs.costs(),
        )
        return values

    # ------------------------------------------------------------- saving

    def _show_error(self, error: ServiceError) -> None:
        """Every refused field by itself, on whichever page it is; the first one's page is shown."""
        self.guests.show_error("")
        self.costs.show_error("")
        for form in self.forms.values():
            form.clear_errors()
        pages: list[QWidget] = []
        focus: list[QWidget] = []
        for one in getattr(error, "errors", [error]):
            field = getattr(one, "field", "")
            if field in ("guests", "costs"):
                page = self.guests if field == "guests" else self.costs
                page.show_error(error_text(one))
                pages.append(page)
                continue
            form = next((f for f in self.forms.values() if field and f.place_error(one)), None)
            if form is not None:
                pages.append(form.parentWidget())
                focus.append(form.field_widget(field))
        if not pages:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.pages.setCurrentWidget(pages[0])
        if focus and pages[0] not in (self.guests, self.costs):
            focus[0].setFocus()

    def show_error(self, error: ServiceError) -> None:
        self._show_error(error)

    def save_now(self) -> bool:
        def save() -> int | None:
            values = self.values()
            texts = [name for name, value in values.items() if isinstance(value, str)]
            if not confirm_printable(self, values, texts) or not self._agreement_confirmed():
                return None
            return self.check.save(lambda: visits.save_visit(values, self.saved_id))

        saved = self.attempt(save)
        choice = self.check.resolve(self)
        if choice == conflict.KEEP:  # saved on top of their version, knowingly
            return self.save_now()
        if choice == conflict.RELOAD and self.saved_id is not None:
            self.fill(visits.get_visit(self.saved_id))
            self.mark_clean()
        if saved is None:
            return False
        self.saved_id = saved
        for form in self.forms.values():
            form.clear_errors()
        self.guests.show_error("")
        self.costs.show_error("")
        return True

    def snapshot(self) -> dict[str, Any]:
        return self.values()

    def save_changes(self) -> bool:
        return self.save_now()

    def apply(self) -> None:
        """Save and stay: a new visit gets its reference, and its programme can be planned."""
        if self.save_now():
            self.record_id = self.saved_id
            self.check.seen(self.saved_id)
            self.fill(visits.get_visit(self.saved_id))
            self.mark_clean()
