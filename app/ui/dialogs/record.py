"""A dialog that edits one record: layout in `build()`, behaviour here; OK saves through the service
and refuses to close while the service rejects the input."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from app.services.errors import ServiceError
from app.ui.i18n import error_text
from app.ui.printable import confirm_printable
from app.ui.widgets.form import FieldForm


class RecordDialog(QDialog):
    """Subclasses implement build(form), fill(values), values() and save(values, record_id) -> id.

    PRINTED_FIELDS names the text fields that documents print: saving warns if a font lacks a character.
    """

    PRINTED_FIELDS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None, record_id: int | None = None) -> None:
        super().__init__(parent)
        self.record_id = record_id
        self.saved_id: int | None = None
        self.form = FieldForm()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.build(self.form)
        self.setMinimumWidth(520)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)

    def build(self, form: FieldForm) -> None:
        raise NotImplementedError

    def fill(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            values = self.values()
            if self.PRINTED_FIELDS and not confirm_printable(self, values, self.PRINTED_FIELDS):
                return
            self.saved_id = self.save(values, self.record_id)
        except ServiceError as error:
            if not self.form.show_error(error):
                QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()
