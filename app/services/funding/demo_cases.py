"""Sample support requests of the kinds other than conferences: sabbaticals at partner universities, teaching
missions abroad and at home, a student's short course and a travel plan, in the states of the council's
path. Made after the conference samples, through the same services, with a budget of their own added to
each year's (so the conference samples come out as they always have)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from app.common import dates
from app.services import directory, letters
from app.services.errors import ServiceError
from app.services.funding import attached, cases, council, record, requests, rules, workflow

CASES_BUDGET = 60_000_000_000  # rials added to each year's budget for these samples

# (kind, title, host, city, country, months, plan)
SAMPLES: list[tuple[str, str, str, str, str, int | None, str]] = [
    (
        "sabbatical",
        "Cardiac MRI in congenital heart disease",
        "Karolinska Institutet",
        "Stockholm",
        "SE",
        6,
        "Joint work with the paediatric cardiology group on cardiac MRI protocols; two papers and a training "
        "course for our residents on return.",
    ),
    (
        "sabbatical",
        "مقاومت میکروبی در بیمارستان‌های آموزشی",
        "University of Toronto",
        "تورنتو",
        "CA",
        9,
        "همکاری با مرکز پایش مقاومت میکروبی دانشگاه تورنتو و راه‌اندازی نظام پایش مشابه در بیمارستان‌های "
        "آموزشی دانشکده.",
    ),
    (
        "sabbatical",
        "Simulation-based teaching of emergency medicine",
        "Charité – Universitätsmedizin Berlin",
        "Berlin",
        "DE",
        6,
        "Six months at the simulation centre; a curriculum for the faculty's skills lab.",
    ),
    (
        "sabbatical",
        "Population genetics of type 2 diabetes",
        "Kyoto University",
        "Kyoto",
        "JP",
        12,
        "A year with the genomic medicine group: analysis of the Iranian diabetes cohort.",
    ),
    (
        "mission",
        "Clinical skills course for medical students",
        "Kabul University of Medical Sciences",
        "Kabul",
        "AF",
        None,
        "",
    ),
    (
        "mission",
        "کارگاه آموزش پزشکی مبتنی بر شواهد",
        "دانشگاه علوم پزشکی زاهدان",
        "زاهدان",
        "IR",
        None,
        "",
    ),
    (
        "mission",
        "Joint PhD supervision workshop",
        "Aga Khan University",
        "Karachi",
        "PK",
        None,
        "",
    ),
    (
        "student_study",
        "Short course in clinical epidemiology",
        "London School of Hygiene & Tropical Medicine",
        "London",
        "GB",
        3,
        "A three-month course in clinical epidemiology for the thesis on cardiovascular risk.",
    ),
    (
        "travel_plan",
        "Visit to set up a joint master's programme",
        "Universiti Malaya",
        "Kuala Lumpur",
        "MY",
        None,
        "Meetings with the medical faculty to agree the curriculum of a joint master's programme.",
    ),
]
# The state each sample is taken to, in the order above.
STATES = (
    "paid",
    "on_agenda",
    "approved",
    "submitted",
    "closed",
    "rejected",
    "draft",
    "approved",
    "submitted",
)


def _partner(name: str) -> int | None:
    """The directory's partner of that name, when there is one."""
    found = directory.list_institutions(directory.PageRequest(search=name, limit=5)).rows
    return next((p.id for p in found if p.name("en") == name), None)


def fill_cases(
    rng: random.Random,
    people: list[directory.PersonRow],
    faculty: list[int],
    year: int,
    today: dt.date,
    kind_id: int,
    files: dict[str, Path],
) -> int:
    """The samples of SAMPLES in their STATES; returns how many were made."""
    for fiscal_year in (year - 1, year):
        current = rules.get_rules(fiscal_year)
        rules.save_rules(
            {
                **{k: getattr(current, k) for k in ("fiscal_year", "max_awards", "award_window_years")},
                "budget_irr": current.budget_irr + CASES_BUDGET,
                "caps": current.caps,
                "min_days_before": current.min_days_before,
                "report_required": current.report_required,
                "required_documents": current.required_documents,
            }
        )
    teachers = [p for p in people if p.kind == "faculty"]
    students = [p for p in people if p.kind in requests.STUDENTS]
    made = 0
    for (kind, title, host, city, country, months, plan), state in zip(SAMPLES, STATES, strict=True):
        pool = students if kind == "student_study" else teachers
        if not pool:
            continue
        applicant = pool.pop()
        try:
            _one(
                rng,
                applicant,
                faculty,
                kind,
                title,
                host,
                city,
                country,
                months,
                plan,
                state,
                today,
                kind_id,
                files,
            )
            made += 1
        except ServiceError:
            continue  # a rule refused this sample (a small directory); the others go on
    return made


def _one(
    rng: random.Random,
    applicant: directory.PersonRow,
    faculty: list[int],
    kind: str,
    title: str,
    host: str,
    city: str,
    country: str,
    months: int | None,
    plan: str,
    state: str,
    today: dt.date,
    kind_id: int,
    files: dict[str, Path],
) -> None:
    person = directory.get_person(applicant.id).values
    rank = (
        person["academic_rank"]
        if person["academic_rank"] not in ("", "instructor")
        else "associate_professor"
    )
    done = state in ("paid", "closed")
    meeting_day = (
        today - dt.timedelta(days=rng.randrange(150, 200)) if done else today + dt.timedelta(days=12)
    )
    if state in ("approved", "rejected"):
        meeting_day = today - dt.timedelta(days=rng.randrange(10, 40))
    submitted = meeting_day - dt.timedelta(days=rng.randrange(10, 20)) if meeting_day < today else today
    starts = meeting_day + dt.timedelta(days=45) if state != "closed" else meeting_day + dt.timedelta(days=35)
    length = dt.timedelta(days=30 * months - 1) if months else dt.timedelta(days=rng.randrange(7, 20))
    year = dates.jalali_year(submitted)
    own = cases.get_kind_rules(year, kind)
    cap = own.cap_irr(rank, country, months) or own.lump_sum_irr or 1_000_000_000
    student = kind == "student_study"
    if kind == "sabbatical":
        lines = [
            {"kind": "stipend", "currency": "IRR", "amount": cap},
            {"kind": "airfare", "currency": "IRR", "amount": rng.randrange(300, 500) * 1_000_000},
        ]
    else:
        lines = [
            {"kind": "airfare", "currency": "IRR", "amount": cap * rng.randrange(40, 60) // 100},
            {"kind": "per_diem", "currency": "IRR", "amount": cap * rng.randrange(20, 35) // 100},
        ]
    data: dict[str, Any] = {
        "kind": kind,
        "applicant_id": applicant.id,
        "applicant_kind": applicant.kind,
        "academic_rank": "" if student else rank,
        "supervisor_id": rng.choice([f for f in faculty if f != applicant.id]) if student else None,
        "supervisor_approved": student,
        "unit_id": person["unit_id"],
        "conference": title,
        "host_institution": host,
        "host_institution_id": _partner(host),
        "city": city,
        "country": country,
        "starts_on": starts,
        "ends_on": starts + length,
        "duration_months": months if kind == "sabbatical" else None,
        "study_plan": plan,
        "language_certificate": "ielts" if kind in ("sabbatical", "student_study") else "",
        "language_score": rng.choice((60, 65, 70, 75)) if kind in ("sabbatical", "student_study") else None,
        "lines": lines,
    }
    request_id = requests.save_request(data)
    if state == "draft":
        return
    for document in own.required_documents:
        attached.attach_document(request_id, document, files[document])
    workflow.submit(request_id, on=submitted)
    if state == "submitted":
        return
    from app.services import meetings
    from app.services.funding.demo import _meeting_near

    council.put_pending_on_agenda(_meeting_near(meeting_day, kind_id), [request_id])
    if state == "on_agenda":
        return
    item = record.get_request(request_id).values["agenda_item_id"]
    if state == "rejected":
        meetings.record_resolution(
            item,
            {
                "outcome": "rejected",
                "text": "مؤسسه میزبان تاریخ برنامه را تأیید نکرده است."
                if any("\u0600" <= c <= "\u06ff" for c in title)
                else "The host has not confirmed the programme's dates.",
            },
        )
    else:
        meetings.record_resolution(
            item,
            {"outcome": "approved", "text": "Support approved.", "amount": min(cap, sum_irr(request_id))},
        )
    decision = record.get_request(request_id).values
    letters.issue_letter(decision["decision_letter_id"], decision["decided_on"] + dt.timedelta(days=1))
    if not done:
        return
    workflow.record_payment(
        request_id,
        decision["approved_irr"],
        decision["decided_on"] + dt.timedelta(days=7),
        f"FIN-C-{request_id:05d}",
    )
    if state == "paid":
        return
    attached.attach_document(request_id, "trip_report", files["trip_report"])
    workflow.record_report(request_id, min(today, data["ends_on"] + dt.timedelta(days=10)))
    workflow.close(request_id, "Report in order.")


def sum_irr(request_id: int) -> int:
    return record.get_request(request_id).values["requested_irr"]
