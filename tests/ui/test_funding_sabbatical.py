"""A secretary takes a sabbatical («فرصت مطالعاتی») from the first draft to the printed decision letter in the
Funding tab, typing as a person does, in both interface languages; the record then holds what was typed."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.common import dates
from app.services import funding, letters, meetings
from app.ui import i18n
from app.ui.tabs.funding import FundingTab
from app.ui.tabs.funding.agenda import CouncilAgendaDialog
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import CAPS, CASE_DOCUMENTS, EUR_RATE, person, unit
from tests.ui.dialogs import close_discarding, on_dialog, shown_tab
from tests.ui.typing import press, select_all, type_text


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr("app.ui.tabs.funding.open_pdf", lambda _parent, data, _stem: shown.append(data))
    return shown


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text))
    return said


@pytest.fixture
def tab(qtbot, db, ui_language, warnings):
    year = dates.jalali_year(dates.today())
    for fiscal_year in (year, year + 1):
        funding.save_rules(
            {
                "fiscal_year": fiscal_year,
                "budget_irr": 50_000_000_000,
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
    return fa if i18n.language() == "fa" else en


def typed(en: str, fa: str) -> str:
    """What a secretary types in that interface's language (Persian digits on a Persian keyboard)."""
    return fa if i18n.language() == "fa" else en


def choose(combo, code: str) -> None:
    """Pick an entry of a drop-down with the keyboard: focus it and press Down until it shows `code`."""
    combo.setFocus()
    combo.setCurrentIndex(0)
    for _ in range(combo.count()):
        if combo.currentData() == code:
            return
        press(Qt.Key.Key_Down, combo)
    raise AssertionError(f"{code} is not in the list")


def enter(widget, text: str) -> None:
    widget.setFocus()
    select_all(widget)
    type_text(text, widget)


def test_a_sabbatical_from_the_draft_to_the_printed_decision_letter(qtbot, tab, opened, tmp_path, pdf_text):
    department = unit()
    person("Karimi", "کریمی", unit_id=department)
    mh.council_members(3)
    council = mh.new_council(dt.datetime.combine(dates.today() + dt.timedelta(days=7), dt.time(10)))
    start = dates.today() + dt.timedelta(days=60)
    title = typed("Cardiac MRI in congenital heart disease", "تصویربرداری قلب در بیماری‌های مادرزادی")
    seen: dict = {}

    def compose(dialog):
        assert dialog.paper.isVisibleTo(dialog) and not dialog.host.isVisibleTo(dialog)
        choose(dialog.request_kind, "sabbatical")
        assert not dialog.paper.isVisibleTo(dialog) and dialog.host.isVisibleTo(dialog)
        assert dialog.months.isVisibleTo(dialog) and dialog.plan.isVisibleTo(dialog)
        dialog.applicant.setFocus()
        type_text("karimi", dialog.applicant)
        dialog.applicant._suggest()
        dialog.applicant._chosen(dialog.applicant._model.index(0, 0))
        assert dialog.kind.code() == "faculty" and dialog.rank.code() == "associate_professor"
        enter(dialog.conference, title)
        enter(dialog.host, "Karolinska Institutet")
        enter(dialog.city, typed("Stockholm", "استکهلم"))
        dialog.country.set_code("SE")
        dialog.starts_on.set_date(start)
        dialog.ends_on.set_date(start + dt.timedelta(days=181))
        enter(dialog.months, typed("6", "۶"))
        enter(
            dialog.plan, typed("Joint work on cardiac MRI protocols.", "همکاری در طراحی پروتکل‌های MRI قلب.")
        )
        choose(dialog.certificate, "ielts")
        enter(dialog.score, typed("6.5", "۶٫۵"))
        stipend = dialog.lines["stipend"]
        stipend.currency.setCurrentIndex(stipend.currency.findData("IRR"))
        enter(stipend.amount, typed("9,000,000,000", "۹٬۰۰۰٬۰۰۰٬۰۰۰"))
        dialog._recheck()
        seen["checks"] = dialog.checks.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible():
            seen["errors"] = {f: dialog.form.error_text(f) for f in ("duration_months", "language_score")}
            close_discarding(dialog)

    on_dialog(compose)
    tab.new_record()
    assert "errors" not in seen, seen.get("errors")
    assert said("Required documents are missing", "مدارک لازم پیوست نشده است") in seen["checks"]
    row = tab.page.view.current_row()
    assert row.kind == "sabbatical" and row.status == "draft"
    values = funding.get_request(row.id).values
    assert values["kind"] == "sabbatical" and values["conference"] == title
    assert values["host_institution"] == "Karolinska Institutet" and values["duration_months"] == 6
    assert values["language_certificate"] == "ielts" and values["language_score"] == 65
    assert values["study_plan"].startswith(("Joint work", "همکاری"))
    assert values["requested_irr"] == 9_000_000_000 and values["country"] == "SE"

    def attach(dialog):
        assert said("✗ Host's acceptance letter", "✗ پذیرش مؤسسه میزبان") in dialog.checklist.text()
        for kind in CASE_DOCUMENTS["sabbatical"]:
            path = tmp_path / f"{kind}.pdf"
            path.write_bytes(b"%PDF-1.4 " + kind.encode())
            dialog.attach_file(kind, str(path))
        seen["after"] = dialog.checks.text()
        assert dialog.months.value() == 6 and dialog.score.text() == typed("6.5", "۶٫۵")
        close_discarding(dialog)

    on_dialog(attach)
    tab.page.edit(row)
    assert said("No rule is broken", "مغایرتی با قواعد ندارد") in seen["after"]
    tab.submit_button.click()
    assert tab.page.view.current_row().status == "submitted"

    choose(tab.kind_filter, "mission")
    assert tab.page.view.model.rowCount() == 0
    choose(tab.kind_filter, "sabbatical")
    assert tab.page.view.model.rowCount() == 1
    tab.page.view.select_id(row.id)

    on_dialog(lambda dialog: dialog.ok.click(), CouncilAgendaDialog)
    tab.agenda_button.click()
    items = meetings.agenda_items(council)
    assert [i.linked_id for i in items] == [row.id] and "فرصت مطالعاتی" in items[0].title
    tab.page.view.select_id(row.id)

    def decide(dialog):
        enter(dialog.amount, typed("8,000,000,000", "۸٬۰۰۰٬۰۰۰٬۰۰۰"))
        dialog.text.setFocus()
        type_text(typed("Approved for six months.", "برای شش ماه تصویب شد."), dialog.text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():
            seen["decision"] = dialog.warning.text()
            close_discarding(dialog)

    on_dialog(decide)
    tab.decision_button.click()
    assert "decision" not in seen, seen.get("decision")
    row = tab.page.view.current_row()
    assert row.status == "partly_approved" and row.approved_irr == 8_000_000_000
    letter_id = funding.get_request(row.id).values["decision_letter_id"]
    letters.issue_letter(letter_id)
    tab.print_actions[("decision-letter", "en")].trigger()
    tab.print_actions[("decision-letter", "fa")].trigger()
    english, persian = (pdf_text(data) for data in opened)
    english = english.replace("\n", " ")
    assert "sabbatical" in english and "Karolinska Institutet" in english and "(6 months)" in english
    assert "8,000,000,000 IRR" in english and "notice of your return to duty" in english
    assert "فرصت" in persian and "مطالعاتی" in persian and "Karolinska" in persian
    assert "بازگشت" in persian and "۶ ماه" in persian  # (amounts come back from the PDF in visual order)
    history = [t.to_status for t in funding.get_request(row.id).history]
    assert history == ["draft", "submitted", "on_agenda", "partly_approved"]
