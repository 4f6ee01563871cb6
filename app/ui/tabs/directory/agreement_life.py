"""An agreement's life: its linked activity (each entry opens its record), the last activity, the dormant
badge, its reviews, and the review before expiry (renew / renegotiate / let lapse)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import agreements
from app.services.errors import ServiceError
from app.ui import i18n, labels
from app.ui.modal import run_modal
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm

CONTEXT = "AgreementLife"
_WORDS = {
    "visits": QT_TRANSLATE_NOOP("AgreementLife", "Visit"),
    "meetings": QT_TRANSLATE_NOOP("AgreementLife", "Meeting"),
    "letters": QT_TRANSLATE_NOOP("AgreementLife", "Letter"),
    "funding": QT_TRANSLATE_NOOP("AgreementLife", "Support request"),
    "agreement": QT_TRANSLATE_NOOP("AgreementLife", "Under the agreement"),
    "partner": QT_TRANSLATE_NOOP("AgreementLife", "The partner's visit"),
    "people": QT_TRANSLATE_NOOP("AgreementLife", "The partner's people"),
    "renew": QT_TRANSLATE_NOOP("AgreementLife", "Renew"),
    "renegotiate": QT_TRANSLATE_NOOP("AgreementLife", "Renegotiate"),
    "lapse": QT_TRANSLATE_NOOP("AgreementLife", "Let lapse"),
}
# Where an entry opens: the register names app.ui.tabs.today_open knows.
_REGISTER = {"visits": "visits", "meetings": "meetings", "letters": "letters", "funding": "funding"}


def word(code: str) -> str:
    source = _WORDS.get(code)
    return i18n.translate(CONTEXT, source) if source else code


def _status(entry: agreements.Activity) -> str:
    if entry.table == "visits":
        from app.ui.tabs.visits.words import word as visit_word

        return visit_word("status", entry.status)
    if entry.table == "meetings":
        from app.ui.tabs.meetings.words import word as meeting_word

        return meeting_word(entry.status)
    if entry.table == "funding":
        from app.services import funding

        return funding.name(entry.status, i18n.language())
    return labels.label(entry.status)


def _reference(text: str) -> str:
    """A visit's reference ("V-1405-012") stays as printed, set apart; a number ("7/1405") takes the UI's
    digits."""
    if not text:
        return ""
    return i18n.isolated(text if any(ch.isascii() and ch.isalpha() for ch in text) else i18n.digits(text))


class ReviewDialog(QDialog):
    """Records a review's decision; "renew" also asks until when the new agreement runs and the letter's
    language."""

    def __init__(self, parent: QWidget | None, agreement_id: int) -> None:
        super().__init__(parent)
        self.agreement_id = agreement_id
        self.review: agreements.Review | None = None
        self.setWindowTitle(self.tr("Review before expiry"))
        self.form = FieldForm()
        self.decision = self.form.add("decision", self.tr("Decision"), QComboBox())
        for code in ("renew", "renegotiate", "lapse"):
            self.decision.addItem(word(code), code)
        self.note = self.form.add("note", self.tr("Note"), QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.valid_until = self.form.add("valid_until", self.tr("Renewed until"), DateEdit(optional=True))
        self.lang = self.form.add("lang", self.tr("Letter to the partner in"), QComboBox())
        for code in ("en", "fa"):
            self.lang.addItem(labels.label(code), code)
        self.hint = QLabel(
            self.tr(
                "Renewal drafts the new agreement and a draft letter to the partner in the letters register."
            )
        )
        self.hint.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #b3261e;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the decision"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.decision.currentIndexChanged.connect(self._decision_changed)
        self._decision_changed()

    def _decision_changed(self) -> None:
        renew = self.decision.currentData() == "renew"
        for widget in (self.valid_until, self.lang, self.hint):
            widget.setEnabled(renew)

    def values(self) -> dict[str, Any]:
        return {
            "decision": self.decision.currentData(),
            "note": self.note.toPlainText(),
            "valid_until": self.valid_until.date_value() if self.decision.currentData() == "renew" else None,
            "lang": self.lang.currentData(),
        }

    def accept(self) -> None:
        if not self.valid_until.commit():
            return
        try:
            self.review = agreements.review_agreement(self.agreement_id, self.values())
        except ServiceError as error:
            if not self.form.show_error(error):
                self.general_error.setText(i18n.error_text(error))
                self.general_error.show()
            return
        super().accept()


class AgreementLifeDialog(QDialog):
    """What was done under an agreement, latest first; double-click (or Enter) opens the record."""

    def __init__(self, parent: QWidget | None, agreement_id: int) -> None:
        super().__init__(parent)
        self.agreement_id = agreement_id
        self.setWindowTitle(self.tr("Agreement's activity"))
        self.resize(760, 480)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.last = QLabel()
        self.badge = QLabel(self.tr("Dormant"))
        self.badge.setObjectName("dormant_badge")
        self.badge.setStyleSheet("background: #b3261e; color: white; border-radius: 4px; padding: 2px 8px;")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Record"), self.tr("Status"), self.tr("Why it counts")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.cellActivated.connect(lambda row, _col: self.open_entry(row))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.open_entry(row))
        self.reviews = QLabel()
        self.reviews.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review…"))
        self.print_button = QPushButton(self.tr("Print partner summary…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.review_button.clicked.connect(self.review)
        self.print_button.clicked.connect(self.print_summary)
        self.close_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.last, 1)
        top.addWidget(self.badge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reviews)
        layout.addLayout(buttons)
        self.life: agreements.AgreementLife | None = None
        self.load()

    def load(self) -> None:
        lang = i18n.language()
        life = self.life = agreements.agreement_life(self.agreement_id)
        self.heading.setText(f"<b>{life.title}</b> — {life.partner(lang)}")
        self.last.setText(
            self.tr("Last activity: %1").replace("%1", i18n.format_date(life.last_activity))
            if life.last_activity
            else self.tr("No activity on record.")
        )
        self.badge.setVisible(life.dormant)
        self.badge.setToolTip(
            self.tr("No activity in the last %1 months.").replace("%1", i18n.digits(str(life.dormant_months)))
        )
        self.table.setRowCount(len(life.activity))
        for row, entry in enumerate(life.activity):
            record = " — ".join(x for x in (_reference(entry.reference), entry.title(lang)) if x)
            cells = [i18n.format_date(entry.day), word(entry.table), record, _status(entry), word(entry.via)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not entry.counts:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if life.reviews:
            lines = [
                f"{i18n.format_date(r.decided_on)}: {word(r.decision)}"
                + (f" — {r.note}" if r.note else "")
                + (
                    self.tr(" (new agreement #%1 and its letter drafted)").replace(
                        "%1", i18n.digits(str(r.new_agreement_id))
                    )
                    if r.new_agreement_id
                    else ""
                )
                for r in life.reviews
            ]
            self.reviews.setText(self.tr("Reviews:") + "\n" + "\n".join(lines))
        else:
            self.reviews.setText(self.tr("Not reviewed yet."))
        self.review_button.setEnabled(not life.archived)

    def open_entry(self, row: int) -> None:
        from app.ui.tabs.today_open import open_record

        if self.life is None or not 0 <= row < len(self.life.activity):
            return
        entry = self.life.activity[row]
        if open_record(self, _REGISTER[entry.table], entry.record_id):
            self.load()

    def review(self) -> None:
        if run_modal(ReviewDialog(self, self.agreement_id)) == QDialog.DialogCode.Accepted:
            self.load()

    def print_summary(self) -> None:
        """The partner's one-page activity summary, in the interface's language, in the system's viewer."""
        from app.ui.printing import open_pdf

        if self.life is None:
            return
        lang = i18n.language()
        try:
            pdf = agreements.partner_summary_pdf(self.life.institution_id, lang)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Print partner summary…"), i18n.error_text(error))
            return
        open_pdf(self, pdf, f"partner-{self.life.institution_id}-{lang}")
