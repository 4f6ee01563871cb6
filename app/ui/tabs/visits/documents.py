"""Print a visit's documents: choose the document, its language and (where it applies) the guest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import letters, visits
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.i18n import error_text, translate
from app.ui.printing import open_pdf, save_pdf
from app.ui.widgets.form import FieldForm

# document -> (languages offered, whether a guest can be chosen)
DOCUMENTS: dict[str, tuple[tuple[str, ...], bool]] = {
    "itinerary": (("both", "en", "fa"), True),
    "visa-letter": (("fa", "en"), False),
    "certificate": (("en", "fa"), True),
    "briefing": (("fa",), False),
    "name-cards": (("both",), False),
    "visit-report": (("fa", "en"), False),
}


def document_names() -> dict[str, str]:
    return {
        "itinerary": translate("VisitDocuments", "Itinerary"),
        "visa-letter": translate("VisitDocuments", "Invitation / visa-support letter"),
        "certificate": translate("VisitDocuments", "Certificate of visit and thanks"),
        "briefing": translate("VisitDocuments", "Host briefing sheet (Persian)"),
        "name-cards": translate("VisitDocuments", "Name cards (A4 sheet to cut)"),
        "visit-report": translate("VisitDocuments", "Post-visit report"),
    }


def language_names() -> dict[str, str]:
    return {
        "both": translate("VisitDocuments", "English and Persian side by side"),
        "en": translate("VisitDocuments", "English"),
        "fa": translate("VisitDocuments", "Persian"),
    }


def render(visit_id: int, document: str, lang: str, guest_id: int | None) -> bytes:
    """The chosen document as PDF bytes (the services do the work)."""
    builders: dict[str, Callable[[], bytes]] = {
        "itinerary": lambda: visits.itinerary_pdf(visit_id, lang, guest_id),
        "visa-letter": lambda: visits.letter_pdf(visit_id, "visa", lang),
        "certificate": lambda: visits.letter_pdf(visit_id, "certificate", lang, guest_id),
        "briefing": lambda: visits.briefing_pdf(visit_id),
        "name-cards": lambda: visits.name_cards_pdf(visit_id),
        "visit-report": lambda: visits.report_pdf(visit_id, lang),
    }
    return builders[document]()


class DocumentsDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, visit_id: int, document: str = "itinerary", version: int | None = None
    ) -> None:
        """`version`: the visit's as the list showed it (else as read now): the letters are issued from the
        visit as she saw it, never from another PC's change she has not seen."""
        super().__init__(parent)
        self.visit_id = visit_id
        self.check = conflict.VersionCheck("visits")
        self.check.seen(visit_id)
        if version is not None:
            self.check.version = version
        values = visits.get_visit(visit_id)
        self.reference = values["reference"]
        self.setWindowTitle(
            translate("VisitDocuments", "Documents of visit %1").replace("%1", self.reference)
        )
        self.form = FieldForm()
        self.document = self.form.add("document", translate("VisitDocuments", "Document"), QComboBox())
        for key, name in document_names().items():
            self.document.addItem(name, key)
        self.lang = self.form.add("lang", translate("VisitDocuments", "Language"), QComboBox())
        self.guest = self.form.add("guest", translate("VisitDocuments", "For"), QComboBox())
        self.guest.addItem(translate("VisitDocuments", "The whole delegation"), None)
        for guest in values["guests"]:
            self.guest.addItem(
                guest["name_fa"] if i18n.language() == "fa" else guest["name_en"], guest["person_id"]
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(translate("VisitDocuments", "Print…"))
        self.save_button = QPushButton(translate("VisitDocuments", "Save as PDF…"))
        self.issue_button = QPushButton(translate("VisitDocuments", "Register and issue…"))
        self.issue_button.setToolTip(
            translate("VisitDocuments", "Give the letter a number in the outgoing register and keep its PDF")
        )
        for button in (self.print_button, self.save_button, self.issue_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.issue_button.clicked.connect(self.issue)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.document.currentIndexChanged.connect(self._document_changed)
        self.document.setCurrentIndex(max(0, self.document.findData(document)))
        self._document_changed()

    def _document_changed(self) -> None:
        langs, per_guest = DOCUMENTS[self.document.currentData()]
        names = language_names()
        self.lang.clear()
        for code in langs:
            self.lang.addItem(names[code], code)
        self.lang.setEnabled(len(langs) > 1)
        self.guest.setEnabled(per_guest)
        if not per_guest:
            self.guest.setCurrentIndex(0)
        self.issue_button.setVisible(self.document.currentData() in ("visa-letter", "certificate"))

    def choice(self) -> tuple[str, str, int | None]:
        return self.document.currentData(), self.lang.currentData(), self.guest.currentData()

    def pdf(self) -> bytes | None:
        document, lang, guest = self.choice()
        try:
            return render(self.visit_id, document, lang, guest)
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return None

    def _stem(self) -> str:
        document, lang, _guest = self.choice()
        return f"{document}-{self.reference}-{lang}"

    def print_document(self) -> None:
        data = self.pdf()
        if data is not None:
            open_pdf(self, data, self._stem())

    def save_document(self) -> None:
        data = self.pdf()
        if data is not None:
            save_pdf(self, data, self._stem() + ".pdf")

    def issue(self) -> None:
        """Register the visa letter (or the certificates) in the outgoing register and issue them."""
        document, lang, guest = self.choice()
        answer = QMessageBox.question(
            self,
            translate("VisitDocuments", "Register and issue"),
            translate(
                "VisitDocuments",
                "Issue this letter? It takes the next number of the outgoing register and can no longer be "
                "changed.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind = "visa" if document == "visa-letter" else "certificate"
        numbers = conflict.step(
            self,
            "visits",
            self.visit_id,
            self.check.version,
            lambda: [
                letters.issue_letter(letter_id)
                for letter_id in visits.register_letter(self.visit_id, kind, lang, guest)
            ],
            lambda: self.check.seen(self.visit_id),  # she has been told: print again to see theirs
        )
        if numbers is None:
            return
        QMessageBox.information(
            self,
            translate("VisitDocuments", "Register and issue"),
            i18n.digits(
                translate("VisitDocuments", "Issued as number %1.").replace("%1", ", ".join(numbers))
            ),
        )
        self.print_document()
