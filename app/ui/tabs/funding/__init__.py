"""The Funding tab: the register of support requests of every kind (conferences, sabbaticals, missions...)
with its workflow's steps and documents, and the budget of each fiscal year. The request editor, the steps'
dialogs, the budget page, the rows of filters and step buttons (bars) and the rules and rates dialog are
modules of this package."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import funding
from app.ui import i18n
from app.ui.dialogs import conflict
from app.ui.i18n import translate
from app.ui.modal import run_modal
from app.ui.models.paged import PagedTableModel
from app.ui.printing import open_pdf
from app.ui.tabs.base import RegisterTab
from app.ui.tabs.funding.bars import build_filters, build_step_buttons
from app.ui.tabs.funding.budget import BudgetPage
from app.ui.tabs.funding.columns import (  # noqa: F401 (also re-exported here, the old path)
    _money,
    funding_columns,
)
from app.ui.tabs.funding.editor import RequestDialog
from app.ui.widgets.export_list import offer_both
from app.ui.widgets.register_page import RegisterPage


class FundingTab(RegisterTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = translate("FundingTab", "Funding")
        self.filter = funding.FundingFilter()
        model = PagedTableModel(
            funding_columns(),
            lambda request: funding.list_funding(request, self.filter),
            funding.PageRequest(sort="id", descending=True),
            name="funding",
        )
        self.page = RegisterPage(model, RequestDialog, funding.archive_request, funding.restore_request, self)
        self.page.new_button.setText(translate("FundingTab", "New request…"))
        build_filters(self)
        offer_both(
            self.page.view, self.export_button, translate("FundingTab", "The whole register…"), self.export
        )
        build_step_buttons(self)
        self.budget = BudgetPage(self)
        self.budget.report_requested.connect(self.print_report)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        requests = QWidget()
        column = QVBoxLayout(requests)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.filter_row)
        column.addLayout(self.steps_row)
        column.addWidget(self.page, 1)
        self.pages.addTab(requests, translate("FundingTab", "Requests"))
        self.pages.addTab(self.budget, translate("FundingTab", "Budget"))
        self.pages.currentChanged.connect(lambda index: self.budget.load() if index == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.page.view.selection_changed.connect(self._update_buttons)
        self.page.view.model.modelReset.connect(lambda: self._update_buttons(None))
        self.page.changed.connect(self._changed)
        self.page.view.painted.connect(self.ready)
        self._update_buttons(None)

    def load(self) -> None:
        chosen = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        for year in funding.budget_years():
            self.year_filter.addItem(i18n.digits(str(year)), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(chosen)))
        self.year_filter.blockSignals(False)
        self.page.load()

    def new_record(self) -> None:
        self.pages.setCurrentIndex(0)
        self.page.new_record()

    def print_current(self) -> None:
        row = self.page.view.current_row()
        if row is not None and row.approved_irr is not None:
            self.print_document("decision-letter", i18n.language())

    def _filter_changed(self) -> None:
        self.filter = funding.FundingFilter(
            status=self.status_filter.currentData() or "",
            fiscal_year=self.year_filter.currentData(),
            kind=self.kind_filter.currentData() or "",
        )
        self.page.view.load()

    def _changed(self) -> None:
        if self.pages.currentIndex() == 1:
            self.budget.load()

    def _update_buttons(self, row: funding.FundingRow | None) -> None:
        row = row if row is not None else self.page.view.current_row()
        status = row.status if row is not None and not row.archived else ""
        allowed = funding.TRANSITIONS.get(status, ())
        self.submit_button.setEnabled("submitted" in allowed)
        self.decision_button.setEnabled(status == "on_agenda")
        self.payment_button.setEnabled("paid" in allowed)
        self.report_button.setEnabled("report_received" in allowed)
        self.close_button.setEnabled("closed" in allowed)
        self.withdraw_button.setEnabled("withdrawn" in allowed)
        self.back_button.setEnabled("draft" in allowed)
        decided = row is not None and (row.approved_irr is not None or status in ("rejected", "closed"))
        for lang in ("fa", "en"):
            self.print_actions[("decision-letter", lang)].setEnabled(decided)
            self.print_actions[("payment-order", lang)].setEnabled(
                row is not None and row.approved_irr is not None
            )
            self.print_actions[("council-annex", lang)].setEnabled(
                row is not None and status not in ("draft", "submitted")
            )

    # ------------------------------------------------------------- steps

    def _after(self, request_id: int, message: str) -> None:
        self.page.view.load()
        self.page.view.select_id(request_id)
        self.status.emit(message)
        self._changed()

    def _shown_again(self, request_id: int):  # type: ignore[no-untyped-def]
        """Read the list again, the request still chosen (after a step refused over another PC's change)."""

        def again() -> None:
            self.page.view.load()
            self.page.view.select_id(request_id)
            self._changed()

        return again

    def _take(self, row: funding.FundingRow, fn) -> bool:  # type: ignore[no-untyped-def]
        """A step on the request as the list shows it (refused over a change made meanwhile)."""
        return conflict.step_done(
            self, "funding_requests", row.id, row.version, fn, self._shown_again(row.id)
        )

    def submit(self) -> None:
        row = self.page.view.current_row()
        if row is not None and self._take(row, lambda: funding.submit(row.id)):
            self._after(row.id, translate("FundingTab", "Request submitted."))

    def put_on_agenda(self) -> None:
        """First shows which meeting and which requests (to untick), then puts them on its agenda at once."""
        from app.ui.tabs.funding.agenda import CouncilAgendaDialog

        plan = self.attempt(lambda: funding.council_agenda_plan(lang=i18n.language()))
        if plan is None:
            return
        if not plan.requests:
            QMessageBox.information(
                self,
                translate("FundingTab", "Council agenda"),
                translate("FundingTab", "No request is waiting for the council."),
            )
            return
        dialog = CouncilAgendaDialog(plan, self)
        if not run_modal(dialog):
            return
        chosen = dialog.chosen()
        result = self.attempt(lambda: funding.put_pending_on_agenda(plan.meeting_id, chosen))
        if result is not None:
            self.page.view.load()
            self.status.emit(
                translate("FundingTab", "%1 requests put on the agenda of meeting %2.")
                .replace("%1", i18n.digits(str(result[1])))
                .replace("%2", i18n.isolated(i18n.digits(plan.meeting_number)))
            )
            self._changed()

    def decide(self) -> None:
        from app.ui.tabs.funding.steps import DecisionDialog

        row = self.page.view.current_row()
        if row is not None and run_modal(
            DecisionDialog(row.id, row.requested_irr, self).taken_on(row.version, self._shown_again(row.id))
        ):
            self._after(
                row.id,
                translate(
                    "FundingTab",
                    "The council's decision is recorded; its letter is drafted in the Letters tab.",
                ),
            )

    def pay(self) -> None:
        from app.ui.tabs.funding.steps import PaymentDialog

        row = self.page.view.current_row()
        if row is not None and run_modal(
            PaymentDialog(row.id, row.approved_irr or 0, self).taken_on(
                row.version, self._shown_again(row.id)
            )
        ):
            self._after(row.id, translate("FundingTab", "Payment recorded."))

    def report_received(self) -> None:
        from app.ui.tabs.funding.steps import DatedNoteDialog

        row = self.page.view.current_row()
        if row is None:
            return
        dialog = DatedNoteDialog(
            translate("FundingTab", "Report received"),
            lambda day, note: funding.record_report(row.id, day, note),
            self,
            row.id,
        ).taken_on(row.version, self._shown_again(row.id))
        if run_modal(dialog):
            self._after(row.id, translate("FundingTab", "Report recorded."))

    def close_request(self) -> None:
        row = self.page.view.current_row()
        if row is not None and self._take(row, lambda: funding.close(row.id)):
            self._after(row.id, translate("FundingTab", "Request closed."))

    def withdraw(self) -> None:
        row = self.page.view.current_row()
        if row is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            translate("FundingTab", "Withdraw request"),
            translate("FundingTab", "Why is the request withdrawn?"),
        )
        if ok and self._take(row, lambda: funding.withdraw(row.id, note)):
            self._after(row.id, translate("FundingTab", "Request withdrawn."))

    def back_to_draft(self) -> None:
        row = self.page.view.current_row()
        if row is None:
            return
        note, ok = QInputDialog.getMultiLineText(
            self, translate("FundingTab", "Back to draft"), translate("FundingTab", "What must be corrected?")
        )
        if ok and self._take(row, lambda: funding.return_to_draft(row.id, note)):
            self._after(row.id, translate("FundingTab", "The request is a draft again."))

    # ------------------------------------------------------------- documents and settings

    def print_document(self, key: str, lang: str) -> None:
        row = self.page.view.current_row()
        if row is None:
            return
        if key == "decision-letter":
            make = lambda: funding.decision_letter_pdf(row.id, lang)  # noqa: E731
        elif key == "payment-order":
            make = lambda: funding.payment_order_pdf(row.id, lang)  # noqa: E731
        else:
            meeting = funding.get_request(row.id).values["meeting_id"]
            make = lambda: funding.council_annex_pdf(meeting, lang)  # noqa: E731
        data = self.attempt(make)
        if data is not None:
            open_pdf(self, data, f"{key}-{row.id}-{lang}")

    def print_next_annex(self, lang: str) -> None:
        """The annex of the next scholarship council, to print with its agenda."""
        meeting = self._next_council()
        if meeting is None:
            QMessageBox.information(
                self,
                translate("FundingTab", "Council annex"),
                translate("FundingTab", "There is no scholarship council meeting to come."),
            )
            return
        data = self.attempt(lambda: funding.council_annex_pdf(meeting.id, lang))
        if data is not None:
            open_pdf(self, data, f"council-annex-{meeting.id}-{lang}")

    def _next_council(self):  # type: ignore[no-untyped-def]
        return funding.next_council()

    def print_report(self, year: int) -> None:
        data = self.attempt(lambda: funding.annual_report_pdf(year, i18n.language()))
        if data is not None:
            open_pdf(self, data, f"funding-report-{year}-{i18n.language()}")

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("FundingTab", "Export to Excel"),
            "funding.xlsx",
            translate("FundingTab", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        if not name.lower().endswith(".xlsx"):
            name += ".xlsx"
        try:
            written = funding.export_register(name, i18n.language())
        except OSError as error:
            QMessageBox.warning(
                self, translate("FundingTab", "Export to Excel"), error.strerror or str(error)
            )
            return
        self.status.emit(
            translate("FundingTab", "%1 requests written.").replace("%1", i18n.digits(str(written)))
        )

    def edit_rules(self) -> None:
        from app.ui.tabs.funding.rules import RulesDialog

        run_modal(RulesDialog(self))
        self.page.view.load()
        self.budget.load()
