"""Units: departments, teaching hospitals and research centres."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.services import directory
from app.ui import i18n, labels
from app.ui.dialogs.record import RecordDialog
from app.ui.models.paged import Column, PagedTableModel
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo
from app.ui.widgets.register_page import RegisterPage


class UnitDialog(RecordDialog):
    TABLE = "units"

    def load(self, record_id: int) -> dict[str, Any] | None:
        return directory.get_unit(record_id).values

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Unit"))
        self.kind = form.add(
            "kind", self.tr("Type"), CodeCombo([(k, labels.label(k)) for k in directory.UNIT_KINDS])
        )
        self.name_fa = form.add("name_fa", self.tr("Name (Persian)"), QLineEdit())
        self.name_en = form.add("name_en", self.tr("Name (English)"), QLineEdit())
        if self.record_id is not None:
            self.fill(directory.get_unit(self.record_id).values)

    def fill(self, values: dict[str, Any]) -> None:
        self.kind.set_code(values["kind"])
        self.name_fa.setText(values["name_fa"])
        self.name_en.setText(values["name_en"])

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.code(), "name_fa": self.name_fa.text(), "name_en": self.name_en.text()}

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return directory.save_unit(values, record_id)


class UnitsPage(RegisterPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        lang, translate = i18n.language(), i18n.translate
        columns = [
            Column(translate("UnitsPage", "Name"), lambda r: r.name(lang), "name_" + lang),
            Column(translate("UnitsPage", "Type"), lambda r: labels.label(r.kind), "kind"),
            Column(translate("UnitsPage", "People"), lambda r: i18n.digits(str(r.people)), align_end=True),
            Column(translate("UnitsPage", "Other name"), lambda r: r.name_en if lang == "fa" else r.name_fa),
        ]
        model = PagedTableModel(columns, directory.list_units, directory.PageRequest(sort="name_" + lang))
        super().__init__(model, UnitDialog, directory.archive_unit, directory.restore_unit, parent)
