"""Every kind of support request through the council: the decision, its letter in both languages, payment,
the report or return obligation and closing; a cap breached rolls the resolution back; the budget and the
annual report count funding by kind."""

import datetime as dt

import pytest

from app.services import funding, letters, meetings
from app.services.funding import council
from app.services.funding.cases import KINDS
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import (
    TODAY,
    attach_all,
    person,
    ready_case,
    ready_request,
    set_up_year,
)


@pytest.fixture
def council_meeting(db, frozen_clock):
    """A council meeting on 1405/09/29, with three members, in a fiscal year set up for every kind."""
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))
    set_up_year()
    mh.council_members(3)
    return mh.new_council(dt.datetime(2026, 12, 20, 10, 0))


def _decide(request_id: int, outcome: str = "approved", amount: int | None = None) -> None:
    funding.submit(request_id, on=TODAY)
    funding.put_pending_on_agenda(request_ids=[request_id])
    item = funding.get_request(request_id).values["agenda_item_id"]
    resolution = {"text": "Approved.", "outcome": outcome}
    if amount is not None:
        resolution["amount"] = amount
    meetings.record_resolution(item, resolution)


WORDING = {
    "sabbatical": ("sabbatical", "فرصت مطالعاتی", "notice of your return to duty"),
    "mission": ("educational mission", "مأموریت آموزشی", "report of the mission"),
    "student_study": ("student study opportunity", "دوره کوتاه‌مدت دانشجویی", "endorsed by your supervisor"),
    "travel_plan": ("travel plan", "طرح سفر علمی", "report of the visit"),
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_goes_from_council_to_letter_payment_report_and_closing(
    council_meeting, tmp_path, pdf_text, kind
):
    request_id = ready_case(tmp_path, kind=kind)
    _decide(request_id)
    items = meetings.agenda_items(council_meeting)
    assert [(i.linked_table, i.linked_id) for i in items] == [("funding_requests", request_id)]
    assert WORDING[kind][1] in items[0].title
    values = funding.get_request(request_id).values
    assert values["status"] == "approved" and values["approved_irr"] == values["requested_irr"]
    letter = letters.get_letter(values["decision_letter_id"])
    assert WORDING[kind][1] in letter["subject"] and "Karolinska Institutet" in letter["body"]
    letters.issue_letter(letter["id"], dt.date(2026, 12, 21))
    english = pdf_text(funding.decision_letter_pdf(request_id, "en")).replace("\n", " ")
    assert WORDING[kind][0] in english and WORDING[kind][2] in english
    assert "Scholarship Council" in english and "Karolinska Institutet" in english
    persian = pdf_text(funding.decision_letter_pdf(request_id, "fa"))
    assert "موافقت" in persian
    funding.record_payment(request_id, values["approved_irr"], dt.date(2026, 12, 22), "FIN-1405-90")
    order = pdf_text(funding.payment_order_pdf(request_id, "en")).replace("\n", " ")
    assert f"Payment order: {WORDING[kind][0]}" in order and "Karolinska Institutet" in order
    assert "conference" not in order.lower()
    assert "دستور پرداخت" in pdf_text(funding.payment_order_pdf(request_id, "fa"))
    with pytest.raises(funding.FundingRuleError):
        funding.record_report(request_id, dt.date(2027, 9, 5))  # the report is not attached yet
    attach_all(request_id, tmp_path, ("trip_report",))
    funding.record_report(request_id, dt.date(2027, 9, 5))
    funding.close(request_id, "")
    assert [t.to_status for t in funding.get_request(request_id).history] == [
        "draft",
        "submitted",
        "on_agenda",
        "approved",
        "paid",
        "report_received",
        "closed",
    ]
    annex = pdf_text(funding.council_annex_pdf(council_meeting, "en")).replace("\n", " ")
    assert "Cardiac MRI" in annex and "Karolinska" in annex and "first author" not in annex
    if kind == "sabbatical":  # the kind's cap: 6 months at 1,700,000,000
        assert "10,200,000,00" in annex  # (the narrow column wraps the last digit onto a line of its own)


def test_a_rejected_sabbatical_letter_gives_the_reason(council_meeting, tmp_path):
    request_id = ready_case(tmp_path)
    funding.submit(request_id, on=TODAY)
    funding.put_pending_on_agenda(request_ids=[request_id])
    item = funding.get_request(request_id).values["agenda_item_id"]
    meetings.record_resolution(
        item, {"text": "The plan does not serve the department.", "outcome": "rejected"}
    )
    letter = letters.get_letter(funding.get_request(request_id).values["decision_letter_id"])
    assert "The plan does not serve the department." in letter["body"] and "متأسفانه" in letter["body"]


def test_an_approval_above_the_stipend_cap_rolls_the_resolution_back(council_meeting, tmp_path):
    request_id = ready_case(tmp_path, lines=[{"kind": "stipend", "currency": "IRR", "amount": 4_000_000_000}])
    funding.save_rules(
        {
            "fiscal_year": 1405,
            "budget_irr": 50_000_000_000,
            "max_awards": 1,
            "award_window_years": 1,
            "min_days_before": 30,
        }
    )
    funding.save_kind_rules(
        {
            "fiscal_year": 1405,
            "kind": "sabbatical",
            "min_service_years": 0,
            "max_months": 12,
            "stipends": {"associate_professor": {"1": 500_000_000}},
            "country_groups": {"SE": "1"},
        }
    )
    funding.submit(request_id, on=TODAY)
    assert {f.rule for f in funding.preview_approval(request_id, 4_000_000_000)} == {"cap_stipend"}
    funding.put_pending_on_agenda(request_ids=[request_id])
    item = funding.get_request(request_id).values["agenda_item_id"]
    with pytest.raises(funding.FundingRuleError):
        meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved"})
    assert funding.get_request(request_id).values["status"] == "on_agenda"
    meetings.record_resolution(item, {"text": "Approved.", "outcome": "approved", "amount": 3_000_000_000})
    assert funding.get_request(request_id).values["status"] == "partly_approved"


def test_requests_of_several_kinds_go_on_the_agenda_all_or_nothing(council_meeting, tmp_path, monkeypatch):
    requests = [ready_case(tmp_path, kind=kind) for kind in KINDS]
    for request_id in requests:
        funding.submit(request_id, on=TODAY)
    marked = []
    real = council.mark_on_agenda

    def mark_then_fail(session, request, meeting_id, item_id, note=""):
        if len(marked) == 2:  # two kinds marked, the third's item written: then the disk goes away
            raise RuntimeError("the disk went away")
        marked.append(request.id)
        return real(session, request, meeting_id, item_id, note)

    monkeypatch.setattr(council, "mark_on_agenda", mark_then_fail)
    with pytest.raises(RuntimeError):
        funding.put_pending_on_agenda(council_meeting)
    assert meetings.agenda_items(council_meeting) == []
    assert {funding.get_request(r).values["status"] for r in requests} == {"submitted"}
    monkeypatch.setattr(council, "mark_on_agenda", real)
    assert funding.put_pending_on_agenda(council_meeting) == (council_meeting, len(KINDS))
    assert {funding.get_request(r).values["status"] for r in requests} == {"on_agenda"}


# ---------------------------------------------------------------- obligations between requests


def test_the_last_sabbatical_and_its_return_report_block_the_next_request(council_meeting, tmp_path):
    applicant = person()
    first = ready_case(tmp_path, applicant)
    _decide(first)
    funding.record_payment(first, 4_000_000_000, dt.date(2026, 12, 22), "FIN-1405-91")
    set_up_year(1406)
    later = ready_case(
        tmp_path,
        applicant,
        starts_on=dt.date(2028, 1, 10),
        ends_on=dt.date(2028, 6, 30),
        conference="A second sabbatical",
    )
    findings = funding.current_checks(later, on=dt.date(2027, 10, 1))
    assert {f.rule for f in findings} == {"sabbatical_interval", "return_missing"}
    ret = next(f for f in findings if f.rule == "return_missing")
    assert "return report of the applicant's earlier sabbatical (Cardiac MRI" in ret.text("en")
    assert "گزارش بازگشت فرصت مطالعاتی پیشین" in ret.text("fa")
    # a mission of the same person waits for the return report too, but not for the interval
    mission = ready_case(
        tmp_path, applicant, "mission", starts_on=dt.date(2027, 11, 10), ends_on=dt.date(2027, 11, 20)
    )
    assert {f.rule for f in funding.current_checks(mission, on=dt.date(2027, 10, 1))} == {"return_missing"}
    attach_all(first, tmp_path, ("trip_report",))
    funding.record_report(first, dt.date(2027, 9, 20))
    assert {f.rule for f in funding.current_checks(later, on=dt.date(2027, 10, 1))} == {"sabbatical_interval"}
    assert funding.current_checks(mission, on=dt.date(2027, 10, 1)) == []
    # four years of service after the return: the next sabbatical may come
    far = ready_case(tmp_path, applicant, starts_on=dt.date(2031, 9, 1), ends_on=dt.date(2032, 2, 28))
    assert "sabbatical_interval" not in {f.rule for f in funding.current_checks(far, on=dt.date(2031, 6, 1))}


def test_the_budget_and_the_annual_report_count_funding_by_kind(council_meeting, tmp_path):
    from app.services import reports

    sabbatical = ready_case(tmp_path)
    _decide(sabbatical, amount=3_000_000_000)
    mission = ready_case(tmp_path, kind="mission")
    _decide(mission)
    conference = ready_request(tmp_path)
    funding.submit(conference, on=TODAY)
    by_kind = {line.kind: line for line in funding.budget(1405).kinds}
    assert list(by_kind) == ["conference", "sabbatical", "mission", "student_study", "travel_plan"]
    assert by_kind["sabbatical"].committed_irr == 3_000_000_000 and by_kind["sabbatical"].requests == 1
    assert by_kind["mission"].committed_irr == 900_000_000
    assert by_kind["conference"].requests == 1 and by_kind["conference"].committed_irr == 0
    assert by_kind["travel_plan"].requests == 0
    assert sum(line.committed_irr for line in by_kind.values()) == funding.budget(1405).committed_irr
    report = reports.annual_report(1405, "en")
    requests = {r.label: r.this_year for r in report.breakdown("requests_by_kind").rows}
    assert requests == {"Sabbatical": 1, "Educational mission": 1, "Conference": 1}
    approved = {r.label: r.this_year for r in report.breakdown("approved_by_kind").rows}
    assert approved == {"Sabbatical": 3_000_000_000, "Educational mission": 900_000_000}
    persian = reports.annual_report(1405, "fa").breakdown("requests_by_kind").rows
    assert {r.label for r in persian} == {"فرصت مطالعاتی", "مأموریت آموزشی", "همایش"}
