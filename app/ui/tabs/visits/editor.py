"""The visit editor: the visit, its guests, logistics, costs, programme and report, on pages of one dialog.

Save (or Apply, which keeps the dialog open) sends the visit whole to the service; an error is shown by
its field on its page. The programme page works on the saved visit, so a new visit is applied first.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.common import clock
from app.common.money import MoneyError, format_amount
from app.common.text import to_latin_digits
from app.services import directory, visits
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError
from app.ui import i18n, labels
from app.ui.dialogs import conflict
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.i18n import error_text, translate
from app.ui.modal import run_modal
from app.ui.printable import confirm_printable
from app.ui.tabs.visits.itinerary import ItineraryPage
from app.ui.tabs.visits.words import choices, word
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.pickers import CodeCombo, InstitutionPicker, PersonPicker, UnitPicker

DATA_ROLE = Qt.ItemDataRole.UserRole + 1


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


class GuestsPage(QWidget):
    """The delegation: guests from the directory (foreign guests), one of them the head."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("VisitDialog", "Guest"),
                translate("VisitDialog", "Country"),
                translate("VisitDialog", "Passport"),
                translate("VisitDialog", "Head of delegation"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.picker = PersonPicker(self, kinds=(visits.GUEST_KIND,))
        self.add_button = QPushButton(translate("VisitDialog", "Add guest"), self)
        self.new_button = QPushButton(translate("VisitDialog", "New guest in the directory…"), self)
        self.head_button = QPushButton(translate("VisitDialog", "Make head"), self)
        self.remove_button = QPushButton(translate("VisitDialog", "Remove"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        for button in (self.add_button, self.new_button, self.head_button, self.remove_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add_picked)
        self.new_button.clicked.connect(self._new_guest)
        self.head_button.clicked.connect(self._make_head)
        self.remove_button.clicked.connect(lambda: self.model.removeRow(self.table.currentIndex().row()))

    def set_guests(self, guests: list[dict[str, Any]]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for guest in guests:
            self._append(guest)

    def _append(self, guest: dict[str, Any]) -> None:
        lang = i18n.language()
        name = QStandardItem(
            (guest["name_fa"] or guest["name_en"]) if lang == "fa" else (guest["name_en"] or guest["name_fa"])
        )
        name.setData(guest["person_id"], DATA_ROLE)
        head = QStandardItem(translate("VisitDialog", "Head") if guest["is_head"] else "")
        head.setData(guest["is_head"], DATA_ROLE)
        passport = QStandardItem(
            f"\u2066{guest['passport_masked']}\u2069" if guest["passport_masked"] else ""
        )
        self.model.appendRow([name, QStandardItem(labels.country(guest["country"])), passport, head])
        self.table.resizeColumnsToContents()

    def add_person(self, person_id: int) -> None:
        if person_id in [g["person_id"] for g in self.guests()]:
            return
        values = directory.get_person(person_id).values
        self._append(
            {
                "person_id": person_id,
                "is_head": self.model.rowCount() == 0,
                "name_en": " ".join(
                    p for p in (values["title"], values["first_name_en"], values["last_name_en"]) if p
                ),
                "name_fa": " ".join(p for p in (values["first_name_fa"], values["last_name_fa"]) if p),
                "country": values["country"],
                "passport_masked": directory.mask_passport(values["passport_number"]),
            }
        )

    def _add_picked(self) -> None:
        if self.picker.person_id() is not None:
            self.add_person(self.picker.person_id())
            self.picker.set_person(None)

    def _new_guest(self) -> None:
        from app.ui.tabs.directory.people import PersonDialog

        dialog = PersonDialog(self, None)
        dialog.kind.set_code(visits.GUEST_KIND)
        dialog.country.set_code("")
        dialog.nationality.set_code("")
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.add_person(dialog.saved_id)

    def _make_head(self) -> None:
        chosen = self.table.currentIndex().row()
        for row in range(self.model.rowCount()):
            head = self.model.item(row, 3)
            head.setData(row == chosen, DATA_ROLE)
            head.setText(translate("VisitDialog", "Head") if row == chosen else "")

    def guests(self) -> list[dict[str, Any]]:
        return [
            {
                "person_id": self.model.item(row, 0).data(DATA_ROLE),
                "is_head": bool(self.model.item(row, 3).data(DATA_ROLE)),
            }
            for row in range(self.model.rowCount())
        ]

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class CostsPage(QWidget):
    """Honorarium, hotel, travel, meals...: a kind, an amount in a currency, a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                translate("VisitDialog", "Cost"),
                translate("VisitDialog", "Amount"),
                translate("VisitDialog", "Note"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.kind = CodeCombo(choices("cost", visits.COST_KINDS), self)
        self.amount = MoneyEdit(self, currency="IRR")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("VisitDialog", "Note"))
        self.add_button = QPushButton(translate("VisitDialog", "Add cost"), self)
        self.remove_button = QPushButton(translate("VisitDialog", "Remove"), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.amount, 2)
        row.addWidget(self.note, 2)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.model.removeRow(self.table.currentIndex().row()))

    def _append(self, cost: dict[str, Any]) -> None:
        kind = QStandardItem(word("cost", cost["kind"]))
        kind.setData(cost, DATA_ROLE)
        amount = QStandardItem(format_amount(cost["amount"], cost["currency"], i18n.language()))
        amount.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignTrailing)
        self.model.appendRow([kind, amount, QStandardItem(cost["note"])])
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)  # an amount on one line, e.g. "370,000,000 IRR"

    def _add(self) -> None:
        try:
            minor = self.amount.minor_units()
        except MoneyError:
            self.show_error(
                translate("VisitDialog", "This amount cannot be read; type digits, e.g. 1,250.50.")
            )
            return
        if minor is None:
            self.show_error(translate("VisitDialog", "Enter the amount."))
            return
        self.show_error("")
        self._append(
            {
                "kind": self.kind.code(),
                "currency": self.amount.currency_code(),
                "amount": minor,
                "note": self.note.text(),
            }
        )
        self.amount.set_value(None, self.amount.currency_code())
        self.note.clear()

    def set_costs(self, costs: list[dict[str, Any]]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for cost in costs:
            self._append(cost)

    def costs(self) -> list[dict[str, Any]]:
        return [self.model.item(row, 0).data(DATA_ROLE) for row in range(self.model.rowCount())]

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


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
