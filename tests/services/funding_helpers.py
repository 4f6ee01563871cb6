"""Shared set-up for the funding tests: an applicant of the directory, rules, rates and a complete request;
and the rows a refusal must leave as they were."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from app.services import context, directory, funding
from db.models import AuditEntry, FundingLine, FundingRequest, FundingTransition

TODAY = dt.date(2026, 11, 24)  # 1405/09/03
YEAR = 1405
BUDGET = 5_000_000_000
CAPS = {
    "applicant_kind": {
        "faculty": 900_000_000,
        "resident": 500_000_000,
        "phd_student": 400_000_000,
        "msc_student": 300_000_000,
    },
    "academic_rank": {"professor": 1_000_000_000, "assistant_professor": 700_000_000},
    "presentation_kind": {"poster": 450_000_000},
}
EUR_RATE = 600_000  # rials per euro


def unit() -> int:
    return directory.save_unit(
        {"kind": "department", "name_fa": "گروه قلب و عروق", "name_en": "Department of Cardiology"}
    )


def person(
    last_en: str = "Karimi", last_fa: str = "کریمی", kind: str = "faculty", unit_id: int | None = None
) -> int:
    return directory.save_person(
        {
            "kind": kind,
            "title": "Dr." if kind == "faculty" else "",
            "first_name_en": "Maryam",
            "last_name_en": last_en,
            "first_name_fa": "مریم",
            "last_name_fa": last_fa,
            "unit_id": unit_id,
            "academic_rank": "associate_professor" if kind == "faculty" else "",
        }
    )


def set_up_year(year: int = YEAR, budget: int = BUDGET, **changes) -> None:
    funding.save_rules(
        {
            "fiscal_year": year,
            "budget_irr": budget,
            "caps": CAPS,
            "max_awards": 1,
            "award_window_years": 2,
            "min_days_before": 30,
            "report_required": True,
            **changes,
        }
    )
    funding.save_rate({"currency": "EUR", "effective_on": dt.date(2026, 1, 1), "rials": EUR_RATE})


def request_data(applicant: int, **changes) -> dict:
    data = {
        "applicant_id": applicant,
        "applicant_kind": "faculty",
        "academic_rank": "associate_professor",
        "conference": "European Society of Cardiology Congress 2027",
        "organiser": "ESC",
        "city": "Vienna",
        "country": "AT",
        "starts_on": dt.date(2027, 2, 10),
        "ends_on": dt.date(2027, 2, 13),
        "presentation_kind": "oral",
        "paper_title": "Outcomes of early PCI in Tehran",
        "author_position": 1,
        "lines": [
            {"kind": "registration", "currency": "EUR", "amount": 650_00},
            {"kind": "airfare", "currency": "IRR", "amount": 250_000_000},
        ],
    }
    data.update(changes)
    return data


def attach_all(
    request_id: int, tmp_path: Path, kinds=("acceptance_letter", "abstract", "registration_invoice")
) -> None:
    for kind in kinds:
        source = tmp_path / f"{kind}.pdf"
        source.write_bytes(b"%PDF-1.4 " + kind.encode())
        funding.attach_document(request_id, kind, source)


def ready_request(tmp_path: Path, applicant: int | None = None, **changes) -> int:
    """A complete draft with its documents attached."""
    request_id = funding.save_request(request_data(applicant or person(), **changes))
    attach_all(request_id, tmp_path)
    return request_id


CASE_DOCUMENTS = {
    "sabbatical": ("host_acceptance", "research_plan", "language_certificate", "cv"),
    "mission": ("host_acceptance", "department_approval"),
    "student_study": ("host_acceptance", "research_plan", "supervisor_letter", "language_certificate"),
    "travel_plan": ("host_acceptance", "research_plan"),
}


def case_data(applicant: int, kind: str = "sabbatical", **changes) -> dict:
    """A complete request of a kind other than conferences (a sabbatical unless told)."""
    data = {
        "kind": kind,
        "applicant_id": applicant,
        "applicant_kind": "faculty",
        "academic_rank": "associate_professor",
        "conference": "Cardiac MRI in congenital heart disease",
        "host_institution": "Karolinska Institutet",
        "city": "Stockholm",
        "country": "SE",
        "starts_on": dt.date(2027, 3, 1),
        "ends_on": dt.date(2027, 8, 31),
        "duration_months": 6 if kind == "sabbatical" else None,
        "study_plan": "Six months of joint work on cardiac MRI protocols.",
        "language_certificate": "ielts" if kind in ("sabbatical", "student_study") else "",
        "language_score": 70 if kind in ("sabbatical", "student_study") else None,
        "lines": [{"kind": "stipend", "currency": "IRR", "amount": 4_000_000_000}],
    }
    if kind == "student_study":
        data.update(
            applicant_kind="phd_student",
            academic_rank="",
            supervisor_approved=True,
            lines=[{"kind": "tuition", "currency": "IRR", "amount": 2_000_000_000}],
        )
    if kind in ("mission", "travel_plan"):
        data.update(
            starts_on=dt.date(2027, 3, 1),
            ends_on=dt.date(2027, 3, 20),
            lines=[{"kind": "airfare", "currency": "IRR", "amount": 900_000_000}],
        )
    data.update(changes)
    return data


def ready_case(tmp_path: Path, applicant: int | None = None, kind: str = "sabbatical", **changes) -> int:
    """A complete draft of a kind with the kind's documents attached."""
    if applicant is None:
        applicant = person(kind="phd_student") if kind == "student_study" else person()
    if kind == "student_study" and "supervisor_id" not in changes:
        changes["supervisor_id"] = person("Supervisor", "راهنما")
    request_id = funding.save_request(case_data(applicant, kind, **changes))
    attach_all(request_id, tmp_path, CASE_DOCUMENTS[kind])
    return request_id


def counts():
    """The rows of the requests, their lines and steps, and of the audit log: what a refusal must leave."""
    with context.database().reading() as session:
        return tuple(
            session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (FundingRequest, FundingLine, FundingTransition, AuditEntry)
        )
