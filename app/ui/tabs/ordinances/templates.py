"""The kinds of ordinance and their templates, and the number format of each year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.services import ordinances
from app.services.errors import ServiceError
from app.services.ordinances.templates import FIELDS
from app.ui import i18n
from app.ui.dialogs.sizing import remembered_splitter
from app.ui.i18n import error_text, translate
from app.ui.tabs.ordinances.widgets import english_text, persian_text
from app.ui.widgets.form import FieldForm

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def effect_labels() -> list[tuple[str, str]]:
    return [
        ("appointment", translate("Ordinances", "Appointment (holds a position for a term)")),
        ("revocation", translate("Ordinances", "Revocation of an earlier ordinance")),
        ("none", translate("Ordinances", "No effect (appreciation and the like)")),
    ]


class TemplatesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.kinds)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.show_archived = QCheckBox(translate("Ordinances", "Show archived kinds"), self)
        self.new_button = QPushButton(translate("Ordinances", "New kind"), self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.addWidget(self.list, 1)
        column.addWidget(self.show_archived)
        column.addWidget(self.new_button)

        self.form = FieldForm()
        self.name_fa = self.form.add(
            "name_fa", translate("Ordinances", "Name (Persian), printed as the title"), QLineEdit()
        )
        self.name_en = self.form.add(
            "name_en", translate("Ordinances", "Name (English), printed as the title"), QLineEdit()
        )
        self.effect = self.form.add("effect", translate("Ordinances", "What issuing it does"), QComboBox())
        for code, text in effect_labels():
            self.effect.addItem(text, code)
        self.unit_position = self.form.add(
            "unit_position",
            "",
            QCheckBox(
                translate(
                    "Ordinances",
                    "A position every department and hospital has (shown in the current holders)",
                )
            ),
        )
        self.position_fa = self.form.add(
            "position_fa", translate("Ordinances", "Position (Persian)"), QLineEdit()
        )
        self.position_en = self.form.add(
            "position_en", translate("Ordinances", "Position (English)"), QLineEdit()
        )
        self.term_months = self.form.add(
            "term_months", translate("Ordinances", "Term in months (0: none)"), QSpinBox()
        )
        self.term_months.setRange(0, 120)
        self.body_fa = self.form.add(
            "body_fa", translate("Ordinances", "Template (Persian)"), QPlainTextEdit()
        )
        self.body_en = self.form.add(
            "body_en", translate("Ordinances", "Template (English)"), QPlainTextEdit()
        )
        persian_text(self.body_fa)
        english_text(self.body_en)
        for edit in (self.position_en, self.name_en):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.insert = QComboBox(self)
        self.insert.addItem(translate("Ordinances", "Insert a field…"), "")
        for name in FIELDS:
            self.insert.addItem("{" + name + "}", name)
        self.form.addRow("", self.insert)
        self.save_button = QPushButton(translate("Ordinances", "Save kind"), self)
        self.archive_button = QPushButton(translate("Ordinances", "Move to archive"), self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.archive_button)
        row.addStretch(1)
        self.form.addRow("", row)
        editor = QWidget(self)
        editor.setLayout(self.form)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setSizes([260, 800])
        remembered_splitter(splitter, "ordinance-templates")
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._numbering_box())

        self._kind_id: int | None = None
        self._last_body = self.body_fa
        for body in (self.body_fa, self.body_en):
            body.cursorPositionChanged.connect(lambda body=body: setattr(self, "_last_body", body))
        self.insert.activated.connect(self._insert_field)
        self.list.selectionModel().currentChanged.connect(
            lambda current, _p: self._show(current.data(ID_ROLE))
        )
        self.show_archived.toggled.connect(lambda _on: self.load())
        self.new_button.clicked.connect(lambda: self._show(None))
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archive)

    def _numbering_box(self) -> QGroupBox:
        box = QGroupBox(translate("Ordinances", "Ordinance numbers"), self)
        row = QHBoxLayout(box)
        self.year = QSpinBox(box)
        self.year.setRange(ordinances.MIN_YEAR, ordinances.MAX_YEAR)
        self.year.setValue(dates.jalali_year(dates.today()))
        self.number_format = QLineEdit(box)
        self.number_format.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number_format.setToolTip(
            translate("Ordinances", "{year} is the Jalali year, {seq:04d} the number with four digits.")
        )
        self.format_error = QLabel(box)
        self.format_error.setStyleSheet("color: #b3261e;")
        self.year_button = QPushButton(translate("Ordinances", "Save for this year"), box)
        self.default_button = QPushButton(translate("Ordinances", "Save as default"), box)
        row.addWidget(QLabel(translate("Ordinances", "Year")))
        row.addWidget(self.year)
        row.addWidget(QLabel(translate("Ordinances", "Format")))
        row.addWidget(self.number_format, 1)
        row.addWidget(self.year_button)
        row.addWidget(self.default_button)
        row.addWidget(self.format_error)
        self.year.valueChanged.connect(lambda _v: self._show_format())
        self.year_button.clicked.connect(lambda: self._save_format(self.year.value()))
        self.default_button.clicked.connect(lambda: self._save_format(None))
        return box

    def _show_format(self) -> None:
        found = ordinances.formats()
        self.number_format.setText(found.get(str(self.year.value()), found["*"]))
        self.format_error.clear()

    def _save_format(self, year: int | None) -> None:
        try:
            ordinances.set_number_format(self.number_format.text(), year)
        except ServiceError as error:
            self.format_error.setText(error_text(error))
            return
        self._show_format()

    def load(self) -> None:
        self.kinds.clear()
        for kind in ordinances.list_kinds(self.show_archived.isChecked()):
            item = QStandardItem(kind.name(i18n.language()))
            item.setData(kind.id, ID_ROLE)
            self.kinds.appendRow(item)
        self._show_format()
        if self.kinds.rowCount():
            self.list.setCurrentIndex(self.kinds.index(0, 0))
        else:
            self._show(None)

    def _show(self, kind_id: int | None) -> None:
        self.form.clear_errors()
        self._kind_id = kind_id
        kind = ordinances.get_kind(kind_id) if kind_id is not None else None
        self.name_fa.setText(kind.name_fa if kind else "")
        self.name_en.setText(kind.name_en if kind else "")
        self.effect.setCurrentIndex(max(0, self.effect.findData(kind.effect if kind else "appointment")))
        self.unit_position.setChecked(bool(kind and kind.unit_position))
        self.position_fa.setText(kind.position_fa if kind else "")
        self.position_en.setText(kind.position_en if kind else "")
        self.term_months.setValue(kind.term_months if kind else 24)
        self.body_fa.setPlainText(kind.body_fa if kind else "")
        self.body_en.setPlainText(kind.body_en if kind else "")
        self.archive_button.setEnabled(kind is not None)
        self.archive_button.setText(
            translate("Ordinances", "Restore from archive")
            if kind and kind.archived
            else translate("Ordinances", "Move to archive")
        )

    def _insert_field(self, index: int) -> None:
        name = self.insert.itemData(index)
        if name:
            self._last_body.insertPlainText("{" + name + "}")
            self._last_body.setFocus()
        self.insert.setCurrentIndex(0)

    def values(self) -> dict:
        return {
            "name_fa": self.name_fa.text(),
            "name_en": self.name_en.text(),
            "effect": self.effect.currentData(),
            "unit_position": self.unit_position.isChecked(),
            "position_fa": self.position_fa.text(),
            "position_en": self.position_en.text(),
            "term_months": self.term_months.value(),
            "body_fa": self.body_fa.toPlainText(),
            "body_en": self.body_en.toPlainText(),
        }

    def save(self) -> bool:
        try:
            kind_id = ordinances.save_kind(self.values(), self._kind_id)
        except ServiceError as error:
            if not self.form.show_error(error):
                QMessageBox.warning(self, translate("Ordinances", "Ordinances"), error_text(error))
            return False
        self.load()
        for row in range(self.kinds.rowCount()):
            if self.kinds.item(row).data(ID_ROLE) == kind_id:
                self.list.setCurrentIndex(self.kinds.index(row, 0))
        return True

    def toggle_archive(self) -> None:
        if self._kind_id is None:
            return
        try:
            ordinances.set_kind_archived(self._kind_id, not self.show_archived.isChecked())
        except ServiceError as error:
            QMessageBox.warning(self, translate("Ordinances", "Ordinances"), error_text(error))
        self.load()
