"""The Letters tab: the outgoing register, free-form letters, issue, reprint and void."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services import letters
from app.ui import i18n, labels
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.models.paged import Column, PagedTableModel
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.letters.compose import LetterDialog
from app.ui.widgets.register_page import RegisterPage


def letter_columns() -> list[Column]:
    translate = i18n.translate
    return [
        Column(translate("LettersTab", "Number"), lambda r: i18n.digits(r.number or "—"), "number", ltr=True),
        Column(
            translate("LettersTab", "Date"),
            lambda r: i18n.format_date(r.issued_on),
            "issued_on",
            tooltip=lambda r: i18n.date_tooltip(r.issued_on),
        ),
        Column(translate("LettersTab", "Recipient"), lambda r: r.recipient, "recipient"),
        Column(translate("LettersTab", "Subject"), lambda r: r.subject, "subject"),
        Column(translate("LettersTab", "Language"), lambda r: labels.label(r.lang), "lang"),
        Column(translate("LettersTab", "Status"), lambda r: labels.label(r.status), "status"),
    ]


class LettersTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("LettersTab", "Letters")
        model = PagedTableModel(
            letter_columns(), letters.list_letters, letters.PageRequest(sort="id", descending=True)
        )
        self.page = RegisterPage(model, LetterDialog, letters.archive_letter, letters.restore_letter, self)
        self.page.new_button.setText(self.tr("New letter…"))
        self.issue_button = QPushButton(self.tr("Issue…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        for button in (self.issue_button, self.print_button, self.save_button, self.void_button):
            self.page.buttons.insertWidget(self.page.buttons.count() - 1, button)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_current)
        self.void_button.clicked.connect(self.void)
        self.page.view.selection_changed.connect(self._update_buttons)
        self.page.view.model.modelReset.connect(lambda: self._update_buttons(None))
        self.page.view.painted.connect(self.ready)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self._update_buttons(None)

    def _update_buttons(self, row: letters.LetterRow | None) -> None:
        row = row if row is not None else self.page.view.current_row()
        draft = row is not None and row.status == "draft" and not row.archived
        self.issue_button.setEnabled(draft)
        self.print_button.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None)
        self.void_button.setEnabled(row is not None and row.status == "issued")
        self.page.edit_button.setEnabled(draft)
        self.page.archive_button.setEnabled(row is not None and row.status == "draft")

    def issue(self) -> None:
        row = self.page.view.current_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Issue letter"),
            self.tr(
                "Issue this letter? It takes the next number of the outgoing register and can no longer be "
                "changed."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        number = conflict.step(
            self,
            "letters",
            row.id,
            row.version,
            lambda: letters.issue_letter(row.id),
            self._shown_again(row.id),
        )
        if number is not None:
            self.page.view.load()
            self.page.view.select_id(row.id)
            self.status.emit(
                self.tr("Letter issued as number %1").replace("%1", i18n.isolated(i18n.digits(number)))
            )

    def _shown_again(self, letter_id: int):  # type: ignore[no-untyped-def]
        """Read the list again, the letter still chosen (after a step refused over another PC's change)."""

        def again() -> None:
            self.page.view.load()
            self.page.view.select_id(letter_id)

        return again

    def _pdf(self) -> tuple[bytes, str] | None:
        row = self.page.view.current_row()
        if row is None:
            return None
        data = self.attempt(lambda: letters.letter_pdf(row.id))
        if data is None:
            return None
        return data, f"letter-{(row.number or f'draft-{row.id}').replace('/', '-')}"

    def print_current(self) -> None:
        document = self._pdf()
        if document:
            open_pdf(self, *document)

    def save_current(self) -> None:
        document = self._pdf()
        if document:
            save_pdf(self, document[0], document[1] + ".pdf")

    def void(self) -> None:
        row = self.page.view.current_row()
        if row is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Void letter"),
            self.tr("Why are you voiding letter %1? Its number will not be used again.").replace(
                "%1", i18n.digits(row.number or "")
            ),
        )
        if ok and conflict.step_done(
            self,
            "letters",
            row.id,
            row.version,
            lambda: letters.void_letter(row.id, reason),
            self._shown_again(row.id),
        ):
            self.page.view.load()
            self.page.view.select_id(row.id)
