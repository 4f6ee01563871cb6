"""File › Settings: the institution, numbering, this PC's interface preferences and its database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import settings
from app.services.errors import ServiceError
from app.ui import i18n, labels
from app.ui.dialogs.database_page import DatabasePage
from app.ui.dialogs.institution_form import InstitutionForm
from app.ui.dialogs.signatories_page import SignatoriesPage
from app.ui.dialogs.today_page import TodayPage
from app.ui.i18n import error_text
from app.ui.widgets.form import FieldForm


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        values = settings.load()
        pages = QTabWidget(self)

        institution = QWidget()
        self.institution = InstitutionForm(with_signatory=False)
        self.institution.fill(values)
        institution.setLayout(self.institution)
        pages.addTab(institution, self.tr("Institution"))

        self.signatories = SignatoriesPage()
        pages.addTab(self.signatories, self.tr("Signatories"))

        letters = QWidget()
        self.letters = FieldForm()
        self.office = {}
        for name, caption in (
            ("office_fa", self.tr("Office name (Persian)")),
            ("office_en", self.tr("Office name (English)")),
            ("invocation_fa", self.tr("Invocation line on Persian letters")),
            ("address_fa", self.tr("Address (Persian)")),
            ("address_en", self.tr("Address (English)")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("website", self.tr("Website")),
            ("letter_number_format", self.tr("Letter number format")),
        ):
            edit = QLineEdit(values[name])
            if not name.endswith("_fa"):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.office[name] = self.letters.add(name, caption, edit)
        self.office["letter_number_format"].setToolTip(
            self.tr(
                "{year} is the Jalali year, {seq:04d} the sequence with four digits, e.g. "
                "{year}/{seq:04d}/IVC"
            )
        )
        self.example = self.letters.add("letter_number_example", self.tr("Next letter number"), QLabel())
        self.example.setObjectName("letter_number_example")
        self.office["letter_number_format"].textChanged.connect(self._show_example)
        self._show_example(values["letter_number_format"])
        self.paper = self.letters.add("letter_paper", self.tr("Paper for letters"), QComboBox())
        for code in ("a4", "a5"):
            self.paper.addItem(labels.label(code), code)
        self.paper.setCurrentIndex(max(0, self.paper.findData(values["letter_paper"])))
        self.paper.setToolTip(
            self.tr("New letters are printed on this paper; each letter can be set otherwise when written.")
        )
        letters.setLayout(self.letters)
        pages.addTab(letters, self.tr("Letters"))

        this_pc = QWidget()
        self.pc = FieldForm()
        self.profile = self.pc.add("profile", self.tr("Your name (recorded with your changes)"), QLineEdit())
        self.profile.setText(i18n.preference("ui/profile"))
        this_pc.setLayout(self.pc)
        pages.addTab(this_pc, self.tr("This computer"))
        self.database = DatabasePage()
        pages.addTab(self.database, self.tr("Database"))
        self.today = TodayPage()
        pages.addTab(self.today, self.tr("Today"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(pages)
        layout.addWidget(buttons)
        self.pages = pages
        self.setMinimumWidth(640)

    def _show_example(self, fmt: str) -> None:
        """The next letter's number with the format as typed, or why the format cannot be used."""
        try:
            example = settings.number_example(fmt)
        except ServiceError as error:  # the reason is shown under the format, as on saving
            self.example.setText("—")
            self.letters.show_error(error)
            return
        self.letters.clear_errors()
        self.example.setText(i18n.digits(example))

    def accept(self) -> None:
        try:
            self.institution.save()
            self.signatories.save()
            settings.save(
                {name: edit.text() for name, edit in self.office.items()}
                | {"letter_paper": self.paper.currentData()}
            )
            self.today.save()
        except ServiceError as error:
            if self.signatories.show_error(error):
                self.pages.setCurrentWidget(self.signatories)
                return
            if self.today.show_error(error):
                self.pages.setCurrentWidget(self.today)
                return
            for page, form in ((0, self.institution), (2, self.letters)):
                if form.show_error(error):
                    self.pages.setCurrentIndex(page)
                    return
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        try:
            self.database.save()
        except ServiceError:
            self.pages.setCurrentWidget(self.database)
            return
        i18n.set_preference("ui/profile", self.profile.text().strip())
        from app.services import context

        context.set_actor(self.profile.text().strip())
        super().accept()
