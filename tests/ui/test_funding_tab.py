"""A secretary takes a conference funding request from the first draft through the council's decision to the
payment, the report and closing, in the Funding tab; documents printed in both languages."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from app.common import dates
from app.common.money import format_amount
from app.services import funding, letters, meetings
from app.ui import i18n
from app.ui.tabs.funding import FundingTab
from app.ui.tabs.funding.agenda import CouncilAgendaDialog
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import CAPS, EUR_RATE, person, unit
from tests.ui.dialogs import close_discarding, error, on_dialog, shown_tab


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr("app.ui.tabs.funding.open_pdf", lambda _parent, data, _stem: shown.append(data))
    return shown


@pytest.fixture
def warnings(monkeypatch):
    """Messages the tab shows in a message box, captured instead of shown."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text))
    return said


@pytest.fixture
def tab(qtbot, db, ui_language, warnings):
    year = dates.jalali_year(dates.today())
    for fiscal_year in (year, year + 1):  # a council a week ahead may sit in the next year, whose budget pays
        funding.save_rules(
            {
                "fiscal_year": fiscal_year,
                "budget_irr": 2_000_000_000,
                "caps": CAPS,
                "max_awards": 1,
                "award_window_years": 1,
                "min_days_before": 30,
                "report_required": True,
            }
        )
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2020, 1, 1), "rials": EUR_RATE})
    return shown_tab(qtbot, FundingTab)


def said(en: str, fa: str) -> str:
    """The words expected in the interface's language (written here, not taken from the code under test)."""
    return fa if i18n.language() == "fa" else en


def _suggestion(picker, text):
    picker.setText(text)
    picker._suggest()
    return picker._model.index(0, 0)


def test_from_draft_through_the_council_to_payment_report_and_closing(
    qtbot, tab, opened, warnings, tmp_path, monkeypatch, pdf_text
):
    department = unit()
    person("Karimi", "کریمی", unit_id=department)
    mh.council_members(3)
    council = mh.new_council(dt.datetime.combine(dates.today() + dt.timedelta(days=7), dt.time(10)))
    start = dates.today() + dt.timedelta(days=60)

    def compose(dialog):
        dialog.applicant._chosen(_suggestion(dialog.applicant, "karimi"))
        assert dialog.kind.code() == "faculty" and dialog.rank.code() == "associate_professor"
        assert dialog.unit.record_id() == department
        qtbot.keyClicks(dialog.conference, "International Congress of Cardiology")
        qtbot.keyClicks(dialog.city, "Vienna")
        dialog.country.set_code("AT")
        dialog.starts_on.set_date(start)
        dialog.ends_on.set_date(start + dt.timedelta(days=3))
        qtbot.keyClicks(dialog.paper, "Early PCI outcomes")
        qtbot.keyClicks(dialog.lines["registration"].amount, "650")
        dialog.lines["airfare"].currency.setCurrentIndex(dialog.lines["airfare"].currency.findData("IRR"))
        qtbot.keyClicks(dialog.lines["airfare"].amount, "250,000,000")
        dialog._recheck()
        assert "documents_missing" in [
            f.rule for f in funding.preview_checks(dialog.values(), dialog.record_id)
        ]
        assert said("Required documents are missing", "مدارک لازم پیوست نشده است") in dialog.checks.text()
        assert format_amount(65000, "EUR", i18n.language()) in dialog.total.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible():
            close_discarding(dialog)

    on_dialog(compose)
    tab.new_record()
    row = tab.page.view.current_row()
    assert row.status == "draft" and row.requested_irr == 650 * EUR_RATE + 250_000_000
    assert not tab.decision_button.isEnabled()

    tab.submit()  # refused: the documents are missing; the reason is said
    assert tab.page.view.current_row().status == "draft"
    assert (
        said("Required documents are missing: Acceptance letter", "مدارک لازم پیوست نشده است: پذیرش مقاله")
        in warnings[-1]
    )

    def attach(dialog):
        for kind in ("acceptance_letter", "abstract", "registration_invoice"):
            path = tmp_path / f"{kind}.pdf"
            path.write_bytes(b"%PDF-1.4 " + kind.encode())
            dialog.attach_file(kind, str(path))
        assert said("No rule is broken", "مغایرتی با قواعد ندارد") in dialog.checks.text()
        assert dict(funding.checklist(dialog.record_id))["acceptance_letter"]
        dialog.attached.setCurrentIndex(0)
        dialog.detach_button.click()  # attached by mistake: taken off, and the checklist says so
        assert not dict(funding.checklist(dialog.record_id))["acceptance_letter"]
        assert said("✗ Acceptance letter", "✗ پذیرش مقاله") in dialog.checklist.text()
        assert said("Required documents", "مدارک لازم") in dialog.checks.text()
        dialog.attach_file("acceptance_letter", str(tmp_path / "acceptance_letter.pdf"))
        assert said("No rule is broken", "مغایرتی با قواعد ندارد") in dialog.checks.text()
        close_discarding(dialog)

    on_dialog(attach)
    tab.page.edit(row)
    tab.submit_button.click()
    assert tab.page.view.current_row().status == "submitted"

    on_dialog(lambda dialog: dialog.ok.click(), CouncilAgendaDialog)  # the meeting and the request, confirmed
    tab.agenda_button.click()
    assert [i.linked_id for i in meetings.agenda_items(council)] == [row.id]
    tab.page.view.select_id(row.id)
    assert tab.page.view.current_row().status == "on_agenda" and tab.decision_button.isEnabled()
    tab.print_next_annex("en")  # printed with the council's agenda
    annex = pdf_text(opened.pop())
    assert "Annex to the agenda" in annex and "International Congress" in annex and "Karimi" in annex

    def decide(dialog):
        dialog.amount.setText("2,500,000,000")
        assert said("above the faculty member cap", "از سقف") in dialog.warning.text()
        assert said("budget", "بودجه") in dialog.warning.text()
        dialog.amount.setText("500,000,000")
        assert said("No rule is broken", "مغایرتی با قواعد ندارد") in dialog.warning.text()
        qtbot.keyClicks(dialog.text, "Approved in part.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            close_discarding(dialog)

    on_dialog(decide)
    tab.decision_button.click()
    row = tab.page.view.current_row()
    assert row.status == "partly_approved" and row.approved_irr == 500_000_000
    letter = funding.get_request(row.id).values["decision_letter_id"]
    letters.issue_letter(letter)  # the secretary issues it in the Letters tab
    tab.print_actions[("decision-letter", "en")].trigger()
    tab.print_actions[("decision-letter", "fa")].trigger()
    assert "approved a grant of 500,000,000 IRR" in pdf_text(opened[0]) and "موافقت" in pdf_text(opened[1])

    def pay(dialog):
        qtbot.keyClicks(dialog.reference, "FIN-77")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # today: before the council met
        seen["early"] = dialog.form.error_text("paid_on")
        dialog.paid_on.set_date(dates.today() + dt.timedelta(days=8))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            close_discarding(dialog)

    seen = {}
    on_dialog(pay)
    tab.payment_button.click()
    assert seen["early"] == error("The payment cannot come before the council's decision.")
    assert tab.page.view.current_row().status == "paid"
    tab.print_actions[("payment-order", "fa")].trigger()
    assert "دستور پرداخت" in pdf_text(opened[2])

    for kind in ("attendance_certificate", "trip_report"):
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(b"%PDF-1.4 " + kind.encode())
        funding.attach_document(row.id, kind, path)

    def report(dialog):
        dialog.day.set_date(start + dt.timedelta(days=10))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            close_discarding(dialog)

    on_dialog(report)
    tab.report_button.click()
    assert tab.page.view.current_row().status == "report_received"
    tab.close_button.click()
    assert tab.page.view.current_row().status == "closed"
    assert not tab.withdraw_button.isEnabled()

    def history(dialog):
        seen["history"] = dialog.history.toPlainText()
        seen["save"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        dialog.reject()

    on_dialog(history)
    tab.page.edit(tab.page.view.current_row())
    steps = [(t.from_status, t.to_status) for t in funding.get_request(row.id).history]
    assert ("submitted", "on_agenda") in steps and ("report_received", "closed") in steps
    assert said("Report received → Closed", "گزارش دریافت‌شده ← بسته‌شده") in seen["history"]
    assert "FIN-77" not in seen["history"] and not seen["save"]

    tab.pages.setCurrentIndex(1)
    council_year = dates.jalali_year(dates.today() + dt.timedelta(days=7))  # the year of the decision pays
    tab.budget.year.setCurrentIndex(tab.budget.year.findData(council_year))
    assert tab.budget.labels["paid"].text() == format_amount(500_000_000, "IRR", i18n.language())
    assert tab.budget.labels["remaining"].text() == format_amount(1_500_000_000, "IRR", i18n.language())


def test_withdrawing_asks_why(qtbot, tab, warnings, monkeypatch):
    applicant = person()
    request_id = funding.save_request(
        {
            "applicant_id": applicant,
            "applicant_kind": "faculty",
            "academic_rank": "professor",
            "conference": "ECR",
            "city": "Vienna",
            "country": "AT",
            "starts_on": dates.today() + dt.timedelta(days=40),
            "ends_on": dates.today() + dt.timedelta(days=42),
            "presentation_kind": "poster",
            "paper_title": "P",
            "lines": [{"kind": "visa", "currency": "EUR", "amount": 8000}],
        }
    )
    tab.load()
    tab.page.view.select_id(request_id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("", True))
    tab.withdraw_button.click()
    assert warnings == [error("This field is required.")] and tab.page.view.current_row().status == "draft"
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("the paper was withdrawn", True))
    tab.withdraw_button.click()
    assert tab.page.view.current_row().status == "withdrawn" and not tab.submit_button.isEnabled()


def test_a_refused_payment_keeps_the_dialog_open_with_the_reason(qtbot, tab):
    from app.ui.tabs.funding.steps import PaymentDialog

    dialog = PaymentDialog(999, 100)
    qtbot.addWidget(dialog)
    dialog.reference.setText("X")
    dialog.accept()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert dialog.general_error.text() == error("This record no longer exists.")
