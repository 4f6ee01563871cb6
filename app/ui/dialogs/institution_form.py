"""The institution's names and signatory, shared by the welcome dialog and the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.ui.widgets.form import FieldForm


class InstitutionForm(FieldForm):
    """`with_signatory` False leaves out the vice-chancellor's fields (Settings has a page of signatories)."""

    def __init__(self, parent: QWidget | None = None, with_signatory: bool = True) -> None:
        super().__init__(parent)
        captions = {
            "university_fa": self.tr("University (Persian)"),
            "university_en": self.tr("University (English)"),
            "faculty_fa": self.tr("Faculty (Persian)"),
            "faculty_en": self.tr("Faculty (English)"),
            "signatory_name_fa": self.tr("Vice-chancellor's name (Persian)"),
            "signatory_name_en": self.tr("Vice-chancellor's name (English)"),
            "signatory_title_fa": self.tr("Signatory's title (Persian)"),
            "signatory_title_en": self.tr("Signatory's title (English)"),
        }
        if not with_signatory:
            captions = {
                name: caption for name, caption in captions.items() if not name.startswith("signatory_")
            }
        self.edits: dict[str, QLineEdit] = {}
        for name, caption in captions.items():
            edit = QLineEdit()
            if name.endswith("_en"):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.edits[name] = self.add(name, caption, edit)
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("No logo (optional PNG or JPEG)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_logo)
        row.addWidget(self.logo, 1)
        row.addWidget(choose)
        self.add("logo", self.tr("Logo"), logo_row)
        self.logo_changed = False

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parentWidget(), self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)
            self.logo_changed = True

    def fill(self, values: dict[str, str]) -> None:
        for name, edit in self.edits.items():
            edit.setText(values.get(name, ""))
        self.logo.setText(values.get("logo", ""))

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def save(self) -> None:
        """Save through the settings service; raises ServiceError (shown by the field by the caller)."""
        from app.services import settings

        settings.save(self.values())
        if self.logo_changed:
            settings.set_logo(self.logo.text().strip() or None)
            self.logo_changed = False
