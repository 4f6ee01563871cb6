"""Partner institutions and their agreements (MoUs), with validity dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.services import directory
from app.ui import i18n, labels
from app.ui.dialogs.record import RecordDialog
from app.ui.dialogs.sizing import remembered_splitter
from app.ui.modal import run_modal
from app.ui.models.paged import Column, PagedTableModel
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo
from app.ui.widgets.register_page import RegisterPage

EXPIRY_WARNING_DAYS = 60


class InstitutionDialog(RecordDialog):
    TABLE = "institutions"

    def load(self, record_id: int) -> dict[str, Any] | None:
        return directory.get_institution(record_id).values

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Partner institution"))
        self.name_en = form.add("name_en", self.tr("Name (English)"), QLineEdit())
        self.name_fa = form.add("name_fa", self.tr("Name (Persian)"), QLineEdit())
        self.country = form.add(
            "country", self.tr("Country"), CodeCombo(labels.countries_sorted(), allow_empty=True)
        )
        self.city = form.add("city", self.tr("City"), QLineEdit())
        self.website = form.add("website", self.tr("Website"), QLineEdit())
        if self.record_id is not None:
            self.fill(directory.get_institution(self.record_id).values)

    def fill(self, values: dict[str, Any]) -> None:
        self.name_en.setText(values["name_en"])
        self.name_fa.setText(values["name_fa"])
        self.country.set_code(values["country"])
        self.city.setText(values["city"])
        self.website.setText(values["website"])

    def values(self) -> dict[str, Any]:
        return {
            "name_en": self.name_en.text(),
            "name_fa": self.name_fa.text(),
            "country": self.country.code(),
            "city": self.city.text(),
            "website": self.website.text(),
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return directory.save_institution(values, record_id)


class AgreementDialog(RecordDialog):
    TABLE = "agreements"

    def load(self, record_id: int) -> dict[str, Any] | None:
        return directory.get_agreement(record_id).values

    institution_id: int | None = None

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Agreement"))
        self.institution = form.add("institution_id", self.tr("Partner"), QComboBox())
        lang = i18n.language()
        for row in directory.list_institutions(directory.PageRequest(sort="name_" + lang, limit=1000)).rows:
            self.institution.addItem(row.name(lang), row.id)
        self.title_edit = form.add("title", self.tr("Title"), QLineEdit())
        self.signed_on = form.add("signed_on", self.tr("Signed on"), DateEdit(optional=True))
        self.valid_until = form.add("valid_until", self.tr("Valid until"), DateEdit(optional=True))
        self.status = form.add(
            "status",
            self.tr("Status"),
            CodeCombo([(k, labels.label(k)) for k in directory.AGREEMENT_STATUSES]),
        )
        self.status.set_code("active")
        self.scope = form.add("scope", self.tr("Scope"), QPlainTextEdit())
        self.scope.setMaximumHeight(80)
        if self.record_id is not None:
            self.fill(directory.get_agreement(self.record_id).values)
        elif self.institution_id is not None:
            self.institution.setCurrentIndex(max(0, self.institution.findData(self.institution_id)))

    def fill(self, values: dict[str, Any]) -> None:
        self.institution.setCurrentIndex(max(0, self.institution.findData(values["institution_id"])))
        self.title_edit.setText(values["title"])
        self.signed_on.set_date(values["signed_on"])
        self.valid_until.set_date(values["valid_until"])
        self.status.set_code(values["status"])
        self.scope.setPlainText(values["scope"])

    def values(self) -> dict[str, Any]:
        return {
            "institution_id": self.institution.currentData(),
            "title": self.title_edit.text(),
            "signed_on": self.signed_on.date_value(),
            "valid_until": self.valid_until.date_value(),
            "status": self.status.code(),
            "scope": self.scope.toPlainText(),
        }

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return directory.save_agreement(values, record_id)


def _ends_soon(row: directory.AgreementRow) -> bool:
    return bool(row.valid_until) and row.valid_until <= dates.today() + dt.timedelta(days=EXPIRY_WARNING_DAYS)


class AgreementsModel(PagedTableModel):
    """Agreements; those ending within 60 days (or already ended) are shown in red."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_object(index.row())
            return QColor("#b3261e") if row.status == "active" and _ends_soon(row) else None
        return super().data(index, role)


class PartnersPage(QWidget):
    """Institutions above; the selected institution's agreements below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lang, translate = i18n.language(), i18n.translate
        institution_columns = [
            Column(translate("PartnersPage", "Institution"), lambda r: r.name(lang), "name_" + lang),
            Column(translate("PartnersPage", "Country"), lambda r: labels.country(r.country), "country"),
            Column(translate("PartnersPage", "City"), lambda r: r.city, "city"),
            Column(
                translate("PartnersPage", "Agreements"),
                lambda r: i18n.digits(str(r.agreements)),
                align_end=True,
            ),
            Column(translate("PartnersPage", "Website"), lambda r: r.website, ltr=True),
        ]
        self.institutions = RegisterPage(
            PagedTableModel(
                institution_columns,
                directory.list_institutions,
                directory.PageRequest(sort="name_" + lang),
            ),
            InstitutionDialog,
            directory.archive_institution,
            directory.restore_institution,
            self,
        )
        agreement_columns = [
            Column(translate("PartnersPage", "Agreement"), lambda r: r.title, "title"),
            Column(
                translate("PartnersPage", "Partner"),
                lambda r: r.institution_fa if lang == "fa" and r.institution_fa else r.institution_en,
                "institution",
            ),
            Column(
                translate("PartnersPage", "Signed"),
                lambda r: i18n.format_date(r.signed_on),
                "signed_on",
                tooltip=lambda r: i18n.date_tooltip(r.signed_on),
            ),
            Column(
                translate("PartnersPage", "Valid until"),
                lambda r: i18n.format_date(r.valid_until),
                "valid_until",
                tooltip=lambda r: i18n.date_tooltip(r.valid_until),
            ),
            Column(translate("PartnersPage", "Status"), lambda r: labels.label(r.status), "status"),
        ]
        self._institution_id: int | None = None
        self.agreements_model = AgreementsModel(
            agreement_columns, directory.list_agreements, directory.PageRequest(sort="valid_until")
        )
        self.agreements = RegisterPage(
            self.agreements_model,
            self._agreement_dialog,
            directory.archive_agreement,
            directory.restore_agreement,
            self,
            table="agreements",
        )
        self.life_button = QPushButton(self.tr("Activity and review…"), self)
        self.life_button.setObjectName("agreement_life")
        self.agreements.buttons.insertWidget(3, self.life_button)
        self.life_button.clicked.connect(self._show_life)
        self.agreements.view.selection_changed.connect(
            lambda row: self.life_button.setEnabled(row is not None)
        )
        self.life_button.setEnabled(False)
        self.agreements_title = QLabel(self)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.agreements_title)
        below_layout.addWidget(self.agreements, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.institutions)
        splitter.addWidget(below)
        self.splitter = remembered_splitter(splitter, "partners")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.institutions.view.selection_changed.connect(self._institution_selected)
        self.institutions.changed.connect(self.agreements.load)

    def _agreement_dialog(self, parent: QWidget, record_id: int | None) -> AgreementDialog:
        AgreementDialog.institution_id = self._institution_id
        return AgreementDialog(parent, record_id)

    def _show_life(self) -> None:
        from app.ui.tabs.directory.agreement_life import AgreementLifeDialog

        row = self.agreements.view.current_row()
        if row is not None:
            run_modal(AgreementLifeDialog(self, row.id))
            self.agreements.load()

    def _institution_selected(self, row: directory.InstitutionRow | None) -> None:
        self._institution_id = row.id if row is not None else None
        name = row.name(i18n.language()) if row is not None else ""
        self.agreements_title.setText(
            self.tr("Agreements — type a partner's name to narrow the list")
            if not name
            else self.tr("Agreements of %1").replace("%1", name)
        )
        if row is not None:
            self.agreements.view.search.setText(row.name_en)

    def load(self) -> None:
        self.institutions.load()
        self.agreements.load()
        self._institution_selected(None)
