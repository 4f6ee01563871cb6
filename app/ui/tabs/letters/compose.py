"""Compose or change a draft letter: recipient from the directory or typed, subject, body, copies."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from app.services import letters, settings
from app.services.errors import ServiceError
from app.ui import i18n, labels
from app.ui.dialogs.record import RecordDialog
from app.ui.printing import open_pdf
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import PersonPicker
from app.ui.widgets.signatory_choice import SignatoryChoice


class LetterDialog(RecordDialog):
    TABLE = "letters"

    def load(self, record_id: int) -> dict[str, Any] | None:
        return letters.get_letter(record_id)

    def build(self, form: FieldForm) -> None:
        self.setWindowTitle(self.tr("Letter"))
        self.setMinimumSize(720, 640)
        self.lang = form.add("lang", self.tr("Language of the letter"), QComboBox())
        for code in letters.LANGUAGES:
            self.lang.addItem(labels.label(code), code)
        self.paper = form.add("paper", self.tr("Paper"), QComboBox())
        for code in letters.PAPERS:
            self.paper.addItem(labels.label(code), code)
        self.person = form.add("recipient_person_id", self.tr("Recipient from the directory"), PersonPicker())
        self.recipient = form.add(
            "recipient", self.tr("Recipient (name, title, institution)"), QPlainTextEdit()
        )
        self.recipient.setMaximumHeight(80)
        self.subject = form.add("subject", self.tr("Subject"), QLineEdit())
        self.salutation = form.add("salutation", self.tr("Salutation"), QLineEdit())
        self.body = form.add("body", self.tr("Text"), QPlainTextEdit())
        self.body.setMinimumHeight(200)
        self.closing = form.add("closing", self.tr("Closing"), QLineEdit())
        self.attachments = form.add("attachments_text", self.tr("Attachments"), QLineEdit())
        self.copies = form.add("copies_to", self.tr("Copies to (one per line)"), QPlainTextEdit())
        self.copies.setMaximumHeight(60)
        self.signed_by = form.add("signed_by", self.tr("Signed by"), SignatoryChoice())
        self.signed_by.chosen.connect(self._signatory_chosen)
        self.signatory_name = form.add("signatory_name", self.tr("Signatory"), QLineEdit())
        self.signatory_title = form.add("signatory_title", self.tr("Signatory's title"), QLineEdit())
        self.preview = QPushButton(self.tr("Preview PDF"))
        self.buttons.addButton(self.preview, self.buttons.ButtonRole.ActionRole)
        self.preview.clicked.connect(self.show_preview)
        self.person.person_changed.connect(self._person_chosen)
        self.lang.currentIndexChanged.connect(self._language_changed)
        self._defaults: dict[str, str] = {}
        if self.record_id is not None:
            self.fill(letters.get_letter(self.record_id))
        else:
            self.lang.setCurrentIndex(self.lang.findData(i18n.language()))
            self.paper.setCurrentIndex(max(0, self.paper.findData(letters.default_paper())))
            self._language_changed()

    def _language_changed(self) -> None:
        """Fill the standard phrases of the chosen language where the secretary has not typed others."""
        lang = self.lang.currentData()
        s = settings.load()
        previous = self._defaults
        self._defaults = {
            **letters.STANDARD_PHRASES[lang],
            "signatory_name": s[f"signatory_name_{lang}"],
            "signatory_title": s[f"signatory_title_{lang}"],
        }
        for name, edit in self._phrase_edits().items():
            if not edit.text() or edit.text() == previous.get(name):
                edit.setText(self._defaults[name])
        chosen = self.signed_by.chosen_signatory()
        if chosen is not None and chosen.name(lang):  # the same person, in the letter's language
            self._signatory_chosen(chosen)
        self.signed_by.show_matching(self.signatory_name.text())

    def _signatory_chosen(self, signatory: Any) -> None:
        lang = self.lang.currentData()
        self.signatory_name.setText(signatory.name(lang))
        self.signatory_title.setText(signatory.title(lang))

    def _phrase_edits(self) -> dict[str, QLineEdit]:
        return {
            "salutation": self.salutation,
            "closing": self.closing,
            "attachments_text": self.attachments,
            "signatory_name": self.signatory_name,
            "signatory_title": self.signatory_title,
        }

    def _person_chosen(self, person_id: int | None) -> None:
        if person_id is not None:
            try:
                self.recipient.setPlainText(letters.recipient_text(person_id, self.lang.currentData()))
            except ServiceError as error:
                self.form.show_error(error)

    def fill(self, values: dict[str, Any]) -> None:
        self.lang.setCurrentIndex(max(0, self.lang.findData(values["lang"])))
        self.paper.setCurrentIndex(max(0, self.paper.findData(values["paper"])))
        self.person.set_person(values["recipient_person_id"], values["recipient"].split("\n")[0])
        self.recipient.setPlainText(values["recipient"])
        self.subject.setText(values["subject"])
        self.body.setPlainText(values["body"])
        self.copies.setPlainText(values["copies_to"])
        for name, edit in self._phrase_edits().items():
            edit.setText(values[name])
        self.signed_by.show_matching(values["signatory_name"])
        self._linked = (values["linked_table"], values["linked_id"])

    def values(self) -> dict[str, Any]:
        linked_table, linked_id = getattr(self, "_linked", ("", None))
        values: dict[str, Any] = {name: edit.text() for name, edit in self._phrase_edits().items()}
        values.update(
            lang=self.lang.currentData(),
            paper=self.paper.currentData(),
            recipient_person_id=self.person.person_id(),
            recipient=self.recipient.toPlainText(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            copies_to=self.copies.toPlainText(),
            linked_table=linked_table,
            linked_id=linked_id,
        )
        return values

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        return letters.save_draft(values, record_id)

    def show_preview(self) -> None:
        try:
            data = letters.preview_pdf(self.values())
        except ServiceError as error:
            self.form.show_error(error)
            return
        self.form.clear_errors()
        open_pdf(self, data, "letter-preview")
