"""The visit editor's guests page and costs page: tables edited in place, sent with the visit when it
is saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common.money import MoneyError, format_amount
from app.services import directory, visits
from app.ui import i18n, labels
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.tabs.visits.words import choices, word
from app.ui.widgets.money_edit import MoneyEdit
from app.ui.widgets.pickers import CodeCombo, PersonPicker

DATA_ROLE = Qt.ItemDataRole.UserRole + 1


class _TablePage(QWidget):
    """A page of rows kept in a table (read-only cells, whole rows chosen) with a line for an error."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class GuestsPage(_TablePage):
    """The delegation: guests from the directory (foreign guests), one of them the head."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                translate("VisitDialog", "Guest"),
                translate("VisitDialog", "Country"),
                translate("VisitDialog", "Passport"),
                translate("VisitDialog", "Head of delegation"),
            ],
            parent,
        )
        self.picker = PersonPicker(self, kinds=(visits.GUEST_KIND,))
        self.add_button = QPushButton(translate("VisitDialog", "Add guest"), self)
        self.new_button = QPushButton(translate("VisitDialog", "New guest in the directory…"), self)
        self.head_button = QPushButton(translate("VisitDialog", "Make head"), self)
        self.remove_button = QPushButton(translate("VisitDialog", "Remove"), self)
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


class CostsPage(_TablePage):
    """Honorarium, hotel, travel, meals...: a kind, an amount in a currency, a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                translate("VisitDialog", "Cost"),
                translate("VisitDialog", "Amount"),
                translate("VisitDialog", "Note"),
            ],
            parent,
        )
        self.kind = CodeCombo(choices("cost", visits.COST_KINDS), self)
        self.amount = MoneyEdit(self, currency="IRR")
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(translate("VisitDialog", "Note"))
        self.add_button = QPushButton(translate("VisitDialog", "Add cost"), self)
        self.remove_button = QPushButton(translate("VisitDialog", "Remove"), self)
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
