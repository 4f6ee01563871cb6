"""First run: the institution's names and signatory, and an empty database or sample data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import settings
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.dialogs.institution_form import InstitutionForm
from app.ui.i18n import error_text


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to IVC Desk"))
        intro = QLabel(
            self.tr(
                "Tell IVC Desk whose office this is. The names and the signatory appear on every letter; "
                "you can change them later under File › Settings."
            )
        )
        intro.setWordWrap(True)
        self.form = InstitutionForm()
        self.form.fill(settings.load())
        # Who is at the keyboard: the history records this name with every change, not the OS account's.
        self.user_name = QLineEdit(i18n.preference("ui/profile"))
        self.user_name.setPlaceholderText(self.tr("e.g. Zahra Ahmadi"))
        you = QFormLayout()
        you.addRow(self.tr("Your name (recorded with your changes)"), self.user_name)
        self.empty = QRadioButton(self.tr("Start with an empty database"))
        self.sample = QRadioButton(self.tr("Load sample data to try the program"))
        self.empty.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(you)
        layout.addLayout(self.form)
        layout.addWidget(self.empty)
        layout.addWidget(self.sample)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    def accept(self) -> None:
        from app.services import context

        name = self.user_name.text().strip()
        i18n.set_preference("ui/profile", name)
        context.set_actor(name)  # the set-up and the sample data are recorded under this name already
        try:
            self.form.save()
            if self.sample.isChecked():  # every register's sample data, as `ivc-desk demo` adds it (seconds)
                from app.ui.tasks import run_and_wait

                run_and_wait(self, self.tr("Adding sample data…"), _add_sample_data)
            settings.save({"setup_done": "1"})
        except ServiceError as error:
            if not self.form.show_error(error):
                QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        super().accept()


def _add_sample_data() -> None:
    from app.services import demo

    demo.fill_every_register(300)
