"""Funding requests: drafts, every rule in words in both languages, the workflow's steps allowed and refused,
and the council's resolution deciding a request in the same transaction."""

import datetime as dt

import pytest

from app.services import funding, letters, meetings
from app.services.errors import StateError, ValidationError
from app.services.funding.rules import Finding
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import (
    EUR_RATE,
    TODAY,
    YEAR,
    attach_all,
    person,
    ready_request,
    request_data,
    set_up_year,
    unit,
)


@pytest.fixture
def year(db, frozen_clock):
    frozen_clock(
        dt.datetime.combine(TODAY, dt.time(9))
    )  # the dates below (council on 2026-12-20...) are to come
    set_up_year()


def rules_broken(error) -> set[str]:
    return {f.rule for f in error.value.findings}


def test_a_draft_keeps_its_lines_in_minor_units_and_totals_in_rials(year):
    request_id = funding.save_request(request_data(person()))
    record = funding.get_request(request_id)
    assert record.values["status"] == "draft"
    assert [(line.kind, line.currency, line.amount) for line in record.lines] == [
        ("registration", "EUR", 65000),
        ("airfare", "IRR", 250_000_000),
    ]
    assert record.values["requested_irr"] == 650 * EUR_RATE + 250_000_000
    assert [t.to_status for t in record.history] == ["draft"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"applicant_kind": "faculty", "academic_rank": ""}, "academic_rank"),
        ({"applicant_kind": "phd_student", "supervisor_id": None}, "supervisor_id"),
        ({"country": "IR"}, "country"),
        ({"country": ""}, "country"),
        ({"ends_on": dt.date(2027, 2, 1)}, "ends_on"),
        ({"paper_title": " "}, "paper_title"),
        ({"author_position": 0}, "author_position"),
        ({"lines": [{"kind": "visa", "currency": "EUR", "amount": 0}]}, "lines"),
        ({"lines": [{"kind": "visa", "currency": "EUR", "amount": 10.5}]}, "lines"),
        (
            {
                "lines": [
                    {"kind": "visa", "currency": "EUR", "amount": 1},
                    {"kind": "visa", "currency": "USD", "amount": 1},
                ]
            },
            "lines",
        ),
        ({"lines": [{"kind": "visa", "currency": "USD", "amount": 100}]}, "lines"),  # no USD rate
        ({"applicant_id": 999}, "applicant_id"),
    ],
)
def test_bad_input_names_the_field_and_saves_nothing(year, changes, field):
    with pytest.raises(ValidationError) as error:
        funding.save_request(request_data(person(), **changes))
    assert error.value.field == field
    assert funding.list_funding().total == 0


def test_a_student_names_a_supervisor_and_a_faculty_member_a_rank(year):
    supervisor = person("Ahmadi", "احمدی")
    student = person("Nouri", "نوری", kind="phd_student")
    request_id = funding.save_request(
        request_data(student, applicant_kind="phd_student", supervisor_id=supervisor)
    )
    values = funding.get_request(request_id).values
    assert values["supervisor_id"] == supervisor and values["academic_rank"] == ""
    assert values["supervisor_en"] == "Dr. Maryam Ahmadi"


def test_submission_checks_every_rule_and_says_why_in_both_languages(year):
    request_id = funding.save_request(
        request_data(person(), starts_on=TODAY + dt.timedelta(days=10), ends_on=TODAY + dt.timedelta(days=12))
    )
    with pytest.raises(funding.FundingRuleError) as error:
        funding.submit(request_id, on=TODAY)
    assert rules_broken(error) == {"min_days", "documents_missing"}
    english = str(error.value)
    assert "at least 30 days before" in english and "Acceptance letter" in english
    persian = error.value.text(lambda _c, text: "قاعده: {rules}")
    assert "۳۰ روز" in persian and "پذیرش مقاله" in persian
    assert funding.get_request(request_id).values["status"] == "draft"


def test_a_submitted_request_is_fixed_and_locked(year, tmp_path):
    request_id = ready_request(tmp_path)
    funding.submit(request_id, on=TODAY)
    record = funding.get_request(request_id)
    assert record.values["status"] == "submitted" and record.values["submitted_on"] == TODAY
    assert record.values["fiscal_year"] == YEAR
    with pytest.raises(StateError):
        funding.save_request(request_data(person("Other", "دیگر")), request_id)
    funding.return_to_draft(request_id, "the dates were wrong")
    assert funding.get_request(request_id).values["status"] == "draft"
    assert [t.to_status for t in funding.get_request(request_id).history] == ["draft", "submitted", "draft"]


def test_a_year_without_rules_takes_no_submission(db, tmp_path, frozen_clock):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))  # the draft's total is taken at today's rates
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2026, 1, 1), "rials": EUR_RATE})
    request_id = ready_request(tmp_path)
    with pytest.raises(funding.FundingRuleError) as error:
        funding.submit(request_id, on=TODAY)
    assert rules_broken(error) == {"no_rules"}
    assert "fiscal year 1405" in str(error.value)


def test_transitions_outside_the_workflow_are_refused(year, tmp_path):
    request_id = ready_request(tmp_path)
    with pytest.raises(funding.TransitionError) as error:
        funding.record_payment(request_id, 1000, TODAY, "FIN-1")
    assert str(error.value) == "A request that is “Draft” cannot become “Paid”."
    assert "پیش‌نویس" in error.value.text(lambda _c, text: "درخواست «{current}» نمی‌تواند «{wanted}» شود.")
    with pytest.raises(funding.TransitionError):
        funding.close(request_id)
    with pytest.raises(funding.TransitionError):
        funding.record_report(request_id, TODAY)
    with pytest.raises(ValidationError):
        funding.withdraw(request_id, "  ")  # a withdrawal says why
    funding.withdraw(request_id, "the paper was not accepted")
    with pytest.raises(funding.TransitionError):
        funding.submit(request_id, on=TODAY)


def test_the_transition_table_is_closed_and_forward():
    for current, nexts in funding.TRANSITIONS.items():
        for wanted in nexts:
            assert wanted in funding.TRANSITIONS
        if current in ("paid", "report_received", "closed"):
            assert "withdrawn" not in nexts  # withdrawn only before payment


# ---------------------------------------------------------------- through the council


@pytest.fixture
def council(year):
    mh.council_members(3)
    return mh.new_council(dt.datetime(2026, 12, 20, 10, 0))


def test_pending_requests_go_on_the_next_council_agenda_in_one_step(council, tmp_path):
    first = ready_request(tmp_path)
    second = ready_request(tmp_path, person("Tehrani", "تهرانی"))
    funding.submit(first, on=TODAY)
    funding.submit(second, on=TODAY)
    assert funding.put_pending_on_agenda() == (council, 2)
    items = meetings.agenda_items(council)
    assert [(i.linked_table, i.linked_id) for i in items] == [
        ("funding_requests", first),
        ("funding_requests", second),
    ]
    assert "European Society of Cardiology" in items[0].title
    assert funding.get_request(first).values["status"] == "on_agenda"
    assert funding.put_pending_on_agenda() == (council, 0)  # nothing pending any more


def test_no_council_to_come_is_said_in_words(year, tmp_path):
    with pytest.raises(StateError, match="no scholarship council meeting"):
        funding.put_pending_on_agenda()


def _on_agenda(tmp_path, applicant=None) -> tuple[int, int]:
    request_id = ready_request(tmp_path, applicant)
    funding.submit(request_id, on=TODAY)
    funding.put_pending_on_agenda(request_ids=[request_id])
    return request_id, funding.get_request(request_id).values["agenda_item_id"]


def test_the_council_approves_less_and_the_letter_is_drafted(council, tmp_path, pdf_text):
    request_id, item = _on_agenda(tmp_path)
    meetings.record_resolution(
        item, {"text": "Approved in part.", "outcome": "approved", "amount": 500_000_000}
    )
    values = funding.get_request(request_id).values
    assert values["status"] == "partly_approved" and values["approved_irr"] == 500_000_000
    assert values["decided_on"] == dt.date(2026, 12, 20)
    letter = letters.get_letter(values["decision_letter_id"])
    assert letter["status"] == "draft" and letter["linked_table"] == "funding_requests"
    assert letter["linked_id"] == request_id and "۵۰۰٬۰۰۰٬۰۰۰" in letter["body"]
    assert (
        "شورای بورس" in letter["body"] and "۶۴۰٬۰۰۰٬۰۰۰" in letter["body"]
    )  # partly: the requested amount too
    letters.issue_letter(letter["id"], dt.date(2026, 12, 21))
    english = pdf_text(funding.decision_letter_pdf(request_id, "en"))
    assert "500,000,000 IRR" in english and "Scholarship Council" in english and "/IVC" in english
    both = pdf_text(funding.decision_letter_pdf(request_id, "both"))
    assert "Council approved a grant" in both and "موافقت" in both


def test_a_rejection_carries_the_resolution_as_reason(council, tmp_path):
    request_id, item = _on_agenda(tmp_path)
    meetings.record_resolution(
        item, {"text": "The conference is outside the faculty's priorities.", "outcome": "rejected"}
    )
    values = funding.get_request(request_id).values
    assert values["status"] == "rejected" and values["approved_irr"] is None
    assert values["decision_reason"] == "The conference is outside the faculty's priorities."
    body = letters.get_letter(values["decision_letter_id"])["body"]
    assert "The conference is outside the faculty's priorities." in body
    funding.close(request_id, "")
    assert funding.get_request(request_id).values["status"] == "closed"


def test_deferred_requests_wait_for_the_next_meeting_and_noted_changes_nothing(council, tmp_path):
    request_id, item = _on_agenda(tmp_path)
    meetings.record_resolution(item, {"text": "Discussed.", "outcome": "noted"})
    assert funding.get_request(request_id).values["status"] == "on_agenda"
    meetings.record_resolution(
        item, {"text": "Deferred until the acceptance is final.", "outcome": "deferred"}
    )
    assert funding.get_request(request_id).values["status"] == "deferred"
    later = mh.new_council(dt.datetime(2027, 1, 5, 10, 0))
    assert funding.put_pending_on_agenda(later) == (later, 1)
    assert funding.get_request(request_id).values["meeting_id"] == later


def test_an_approval_above_a_cap_or_the_budget_rolls_the_resolution_back(council, tmp_path):
    request_id, item = _on_agenda(tmp_path)
    with pytest.raises(funding.FundingRuleError) as error:
        meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved", "amount": 950_000_000})
    assert {"cap_applicant_kind", "above_requested"} <= rules_broken(error)
    assert "above the faculty member cap of 900,000,000 IRR" in str(error.value)
    assert meetings.agenda_items(council)[0].resolutions == []
    funding.save_rules({**_rules(), "budget_irr": 600_000_000})
    with pytest.raises(funding.FundingRuleError) as error:
        meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved", "amount": 640_000_000})
    assert rules_broken(error) == {"budget"}
    assert "40,000,000 IRR short" in str(error.value)
    assert funding.get_request(request_id).values["status"] == "on_agenda"


def _rules() -> dict:
    rules = funding.get_rules(YEAR)
    return {
        "fiscal_year": YEAR,
        "budget_irr": rules.budget_irr,
        "caps": rules.caps,
        "max_awards": rules.max_awards,
        "award_window_years": rules.award_window_years,
        "min_days_before": rules.min_days_before,
        "report_required": rules.report_required,
        "required_documents": rules.required_documents,
    }


def test_a_corrected_resolution_replaces_the_decision(council, tmp_path):
    request_id, item = _on_agenda(tmp_path)
    resolution = meetings.record_resolution(
        item, {"text": "Approved.", "outcome": "approved", "amount": None}
    )
    first_letter = funding.get_request(request_id).values["decision_letter_id"]
    assert funding.get_request(request_id).values["status"] == "approved"
    meetings.update_resolution(
        resolution, {"text": "Approved in part.", "outcome": "approved", "amount": 400_000_000}
    )
    values = funding.get_request(request_id).values
    assert values["status"] == "partly_approved" and values["decision_letter_id"] != first_letter
    assert letters.get_letter(first_letter)["archived"]


def test_paid_then_report_then_closed_and_the_report_blocks_the_next_request(council, tmp_path):
    applicant = person()
    request_id, item = _on_agenda(tmp_path, applicant)
    meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved"})
    with pytest.raises(ValidationError) as error:
        funding.record_payment(request_id, 700_000_000, dt.date(2026, 12, 22), "FIN-1405-77")
    assert error.value.field == "paid_irr"
    with pytest.raises(ValidationError):
        funding.record_payment(
            request_id, 600_000_000, dt.date(2026, 12, 1), "FIN-1405-77"
        )  # before the decision
    funding.record_payment(request_id, 600_000_000, dt.date(2026, 12, 22), "FIN-1405-77")
    with pytest.raises(funding.TransitionError):
        funding.withdraw(request_id, "too late")
    # the next year's request of the same person waits for the report
    set_up_year(1406)
    later = ready_request(tmp_path, applicant, starts_on=dt.date(2027, 9, 1), ends_on=dt.date(2027, 9, 3))
    with pytest.raises(funding.FundingRuleError) as error:
        funding.submit(later, on=dt.date(2027, 4, 1))
    assert rules_broken(error) == {"report_missing", "max_awards"}
    assert "report of the earlier trip to European Society of Cardiology Congress 2027" in str(error.value)
    with pytest.raises(funding.FundingRuleError) as error:
        funding.record_report(request_id, dt.date(2027, 2, 20))
    assert "Attendance certificate" in str(error.value)
    attach_all(request_id, tmp_path, ("attendance_certificate", "trip_report"))
    funding.record_report(request_id, dt.date(2027, 2, 20))
    funding.close(request_id, "all documents in order")
    history = funding.get_request(request_id).history
    assert [t.to_status for t in history] == [
        "draft",
        "submitted",
        "on_agenda",
        "approved",
        "paid",
        "report_received",
        "closed",
    ]
    assert history[4].amount_irr == 600_000_000 and history[0].actor == "tester"
    with pytest.raises(
        funding.FundingRuleError
    ) as error:  # the report is in; one award in two years still holds
        funding.submit(later, on=dt.date(2027, 4, 1))
    assert rules_broken(error) == {"max_awards"}
    assert "در سال‌های مالی ۱۴۰۵ تا ۱۴۰۶" in error.value.findings[0].text("fa")


def test_findings_read_in_both_languages():
    finding = Finding(
        "min_days", True, {"starts_on": dt.date(2027, 2, 10), "days": 12, "on": TODAY, "min_days": 30}
    )
    assert finding.text("en") == (
        "The conference starts on 10 February 2027, 12 days after 24 November 2026; requests must reach "
        "the office at least 30 days before the conference."
    )
    assert "۱۴۰۵/۱۱/۲۱" in finding.text("fa") and "۳۰ روز" in finding.text("fa")


def test_the_register_filters_by_status_year_and_words(council, tmp_path):
    department = unit()
    first = ready_request(tmp_path, person(unit_id=department), unit_id=department)
    ready_request(
        tmp_path, person("Tehrani", "تهرانی"), conference="Asia Pacific Congress", city="Kyoto", country="JP"
    )
    funding.submit(first, on=TODAY)
    assert [r.id for r in funding.list_funding(funding.PageRequest(search="vienna")).rows] == [first]
    assert funding.list_funding(funding.PageRequest(search="ژاپن")).total == 1
    assert funding.list_funding(where=funding.FundingFilter(status="pending")).total == 1
    assert funding.list_funding(where=funding.FundingFilter(status="draft")).total == 1
    assert funding.list_funding(where=funding.FundingFilter(fiscal_year=1404)).total == 0
    row = funding.list_funding(funding.PageRequest(sort="requested", descending=True)).rows[0]
    assert (
        row.requested_irr == 640_000_000 and row.applicant("fa") == "مریم تهرانی"
    )  # equal totals: newest first


def test_a_document_attached_by_mistake_comes_off_a_draft_only(year, tmp_path):
    request_id = ready_request(tmp_path)
    first = funding.attached_documents(request_id)[0]
    funding.detach_document(request_id, first.attachment_id)
    assert dict(funding.checklist(request_id))[first.kind] is False
    attach_all(request_id, tmp_path, (first.kind,))
    funding.submit(request_id, on=TODAY)
    with pytest.raises(StateError):
        funding.detach_document(request_id, funding.attached_documents(request_id)[0].attachment_id)


def test_the_council_annex_prints_with_the_agenda(council, tmp_path, pdf_text):
    import io

    from pypdf import PdfReader

    from app.services.meetings import documents as meeting_documents

    _on_agenda(tmp_path)

    def pages(data: bytes) -> int:
        return len(PdfReader(io.BytesIO(data)).pages)

    agenda_alone = meeting_documents._pdf([meeting_documents.agenda_doc(council, "en")])
    annex = funding.council_annex_pdf(council, "en")
    printed = meetings.agenda_pdf(council, "en")
    assert pages(printed) == pages(agenda_alone) + pages(annex)
    last = PdfReader(io.BytesIO(printed)).pages[-1].extract_text()
    assert last == PdfReader(io.BytesIO(annex)).pages[-1].extract_text()
    assert "European Society of Cardiology" in pdf_text(printed)
    # a meeting with no funding request on its agenda prints the agenda alone
    other = mh.new_council(dt.datetime(2027, 1, 20, 10, 0))
    assert pages(meetings.agenda_pdf(other, "en")) == pages(
        meeting_documents._pdf([meeting_documents.agenda_doc(other, "en")])
    )
