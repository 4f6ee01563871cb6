"""The dialogs of the workflow's steps: the council's decision (with the rules and the budget checked before
it is recorded), the payment, the report. Each saves through the service and stays open on an error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.common.money import MoneyError, format_amount, parse_amount
from app.services import funding
from app.services.errors import ServiceError, ValidationError
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.tabs.funding.editor import findings_html
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.form import FieldForm
from app.ui.widgets.pickers import CodeCombo


def rials(edit: QLineEdit, field: str) -> int | None:
    """The rials typed (thousands separators and Persian digits allowed); None when empty."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_amount(text, "IRR")
    except MoneyError:
        raise ValidationError(field, translate("FundingSteps", "Enter an amount in rials.")) from None


class StepDialog(QDialog):
    """A small form; `act()` performs the step through the service (raising ServiceError to stay open).

    taken_on(version, refresh): the step is taken on the request as the list showed it; over a change made
    meanwhile on another PC it is refused (who and when), the dialog closes and refresh() shows the list
    again."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = FieldForm()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet("color: #b3261e;")
        layout.insertWidget(1, self.general_error)
        self.request_id: int | None = None
        self.version: int | None = None
        self.refresh: Callable[[], Any] = lambda: None

    def taken_on(self, version: int | None, refresh: Callable[[], Any]) -> StepDialog:
        self.version, self.refresh = version, refresh
        return self

    def act(self) -> None:
        raise NotImplementedError

    def show_error(self, error: ServiceError) -> None:
        self.general_error.setText(i18n.error_text(error))

    def _refused(self) -> None:
        self.reject()
        self.refresh()

    def accept(self) -> None:
        if conflict.step_done(
            self, "funding_requests", self.request_id, self.version, self.act, self._refused, self.form
        ):
            super().accept()


class DecisionDialog(StepDialog):
    """The council's decision on a request on its agenda, recorded as the meeting's resolution."""

    def __init__(self, request_id: int, requested: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("FundingSteps", "Council decision"), parent)
        self.request_id = request_id
        lang = i18n.language()
        self.outcome = self.form.add(
            "outcome",
            translate("FundingSteps", "Decision"),
            CodeCombo(
                [
                    ("approved", funding.name("approved", lang)),
                    ("rejected", funding.name("rejected", lang)),
                    ("deferred", funding.name("deferred", lang)),
                ]
            ),
        )
        self.amount = self.form.add(
            "amount", translate("FundingSteps", "Amount approved (rials)"), QLineEdit()
        )
        self.amount.setPlaceholderText(format_amount(requested, "IRR", lang, with_currency=False))
        self.text = self.form.add(
            "text", translate("FundingSteps", "Resolution (the reason, for a rejection)"), QPlainTextEdit()
        )
        self.text.setMaximumHeight(90)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warning")
        self.form.addRow(self.warning)
        self.outcome.currentIndexChanged.connect(self.preview)
        self.amount.textChanged.connect(self.preview)
        self.preview()

    def preview(self) -> None:
        """Before anything is recorded: what approving this amount would break (caps, the budget...)."""
        approving = self.outcome.code() == "approved"
        self.amount.setEnabled(approving)
        if not approving:
            self.warning.setText("")
            return
        try:
            findings = funding.preview_approval(self.request_id, rials(self.amount, "amount"))
        except ServiceError as error:
            self.warning.setText(i18n.error_text(error))
            return
        self.warning.setText(findings_html(findings))

    def act(self) -> None:
        amount = rials(self.amount, "amount") if self.outcome.code() == "approved" else None
        funding.record_council_decision(self.request_id, self.outcome.code(), amount, self.text.toPlainText())


class PaymentDialog(StepDialog):
    def __init__(self, request_id: int, approved: int, parent: QWidget | None = None) -> None:
        super().__init__(translate("FundingSteps", "Payment"), parent)
        self.request_id = request_id
        self.amount = self.form.add("paid_irr", translate("FundingSteps", "Amount paid (rials)"), QLineEdit())
        self.amount.setText(format_amount(approved, "IRR", i18n.language(), with_currency=False))
        self.paid_on = self.form.add("paid_on", translate("FundingSteps", "Paid on"), DateEdit())
        self.reference = self.form.add(
            "payment_reference", translate("FundingSteps", "Finance reference"), QLineEdit()
        )
        self.note = self.form.add("note", translate("FundingSteps", "Note"), QPlainTextEdit())
        self.note.setMaximumHeight(60)

    def act(self) -> None:
        amount = rials(self.amount, "paid_irr")
        funding.record_payment(
            self.request_id,
            amount if amount is not None else 0,
            self.paid_on.date_value(),
            self.reference.text(),
            self.note.toPlainText(),
        )


class DatedNoteDialog(StepDialog):
    """A step with a day and a note (the report received)."""

    def __init__(
        self,
        title: str,
        action: Callable[[object, str], None],
        parent: QWidget | None = None,
        request_id: int | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.action = action
        self.request_id = request_id
        self.day = self.form.add("report_received_on", translate("FundingSteps", "Received on"), DateEdit())
        self.note = self.form.add("note", translate("FundingSteps", "Note"), QPlainTextEdit())
        self.note.setMaximumHeight(60)

    def act(self) -> None:
        self.action(self.day.date_value(), self.note.toPlainText())
