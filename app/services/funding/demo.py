"""Sample funding requests: two fiscal years (the last and this one) with requests in every state, decided by
scholarship council meetings (the sample meetings when there are editable ones, new ones otherwise), with
documents, payments, reports and issued decision letters. Everything goes through the real services, so
the samples obey the rules they show."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from sqlalchemy import select

from app.common import dates
from app.services import context, directory, letters, numbering
from app.services.errors import ServiceError
from app.services.funding import attached, council, rates, requests, rules, workflow
from app.services.funding.record import get_request
from db.models import Meeting, MeetingKind

CONFERENCES = [
    ("European Society of Cardiology Congress", "ESC", "Vienna", "AT"),
    ("World Congress of Gastroenterology", "WGO", "Istanbul", "TR"),
    ("International AIDS Conference", "IAS", "Munich", "DE"),
    ("European Congress of Radiology", "ESR", "Vienna", "AT"),
    ("Asia Pacific Congress of Cardiology", "APSC", "Kuala Lumpur", "MY"),
    ("Annual Meeting of the European Association for the Study of Diabetes", "EASD", "Madrid", "ES"),
    ("International Conference on Medical Education", "AMEE", "Barcelona", "ES"),
    ("World Congress of Neurology", "WFN", "Seoul", "KR"),
    ("European Respiratory Society Congress", "ERS", "Milan", "IT"),
    ("Emirates Critical Care Conference", "ECCC", "Dubai", "AE"),
    ("Congress of the European Academy of Neurology", "EAN", "Helsinki", "FI"),
    ("International Society of Nephrology World Congress", "ISN", "Yokohama", "JP"),
]
PAPERS = [
    "Outcomes of primary PCI in a Tehran referral centre",
    "Helicobacter pylori resistance in Iranian adults",
    "A cohort of HIV pre-exposure prophylaxis users",
    "Deep learning for chest radiographs of tuberculosis",
    "Gestational diabetes screening in primary care",
    "Peer teaching in the anatomy laboratory",
    "Multiple sclerosis incidence in Isfahan",
    "Home-based pulmonary rehabilitation after COVID-19",
    "Early mobilisation in the intensive care unit",
    "Acute kidney injury after cardiac surgery",
]
CAPS = {
    "applicant_kind": {
        "faculty": 1_400_000_000,
        "resident": 900_000_000,
        "phd_student": 800_000_000,
        "msc_student": 600_000_000,
    },
    "academic_rank": {"instructor": 1_000_000_000, "assistant_professor": 1_200_000_000},
    "presentation_kind": {"poster": 900_000_000},
}
RATES = {"EUR": 610_000, "USD": 560_000, "GBP": 710_000, "TRY": 17_000, "AED": 152_000}
# The states a sample request is left in, in turn; each state appears in both years.
STATES = (
    "closed",
    "report_received",
    "paid",
    "approved",
    "partly_approved",
    "rejected",
    "deferred",
    "on_agenda",
    "submitted",
    "withdrawn",
    "draft",
)
# Days of the fiscal year a state's story needs before today (submission, council, payment, trip, report):
# early in a year, those not yet possible are told in the last year, so that nothing is dated after today.
STORY_DAYS = {
    "closed": 200,
    "report_received": 200,
    "paid": 120,
    "approved": 120,
    "partly_approved": 120,
    "rejected": 120,
    "deferred": 120,
}
DECIDED = ("closed", "report_received", "paid", "approved", "partly_approved", "rejected", "deferred")


def _council_kind() -> int | None:
    with context.database().reading() as session:
        return session.execute(
            select(MeetingKind.id).where(MeetingKind.code == council.COUNCIL_KIND)
        ).scalar()


def _meeting_near(day: dt.date, kind_id: int) -> int:
    """An editable scholarship council meeting within a fortnight of `day` (a sample one), or a new one."""
    from app.services import meetings

    with context.database().reading() as session:
        found = session.execute(
            select(Meeting.id)
            .where(
                Meeting.kind_id == kind_id,
                Meeting.status.in_(("planned", "invited", "held")),
                Meeting.archived_at.is_(None),
                Meeting.starts_at.between(
                    dt.datetime.combine(day - dt.timedelta(days=14), dt.time()),
                    dt.datetime.combine(day + dt.timedelta(days=14), dt.time()),
                ),
            )
            .order_by(Meeting.starts_at)
            .limit(1)
        ).scalar()
    if found is not None:
        return found
    start = dt.datetime.combine(day, dt.time(10, 0))
    return meetings.create_meeting(
        {
            "kind_id": kind_id,
            "title": "جلسه شورای بورس دانشکده",
            "starts_at": start,
            "ends_at": start + dt.timedelta(hours=2),
            "location": "اتاق جلسات معاونت بین‌الملل",
        }
    )


def _documents(folder: Path) -> dict[str, Path]:
    from db.models.funding import DOCUMENT_KINDS

    files = {}
    for kind in DOCUMENT_KINDS:
        path = folder / f"{kind}.pdf"
        path.write_bytes(b"%PDF-1.4\n% sample document: " + kind.encode() + b"\n%%EOF\n")
        files[kind] = path
    return files


def _applicants() -> tuple[list[directory.PersonRow], list[int]]:
    people = []
    offset = 0
    while True:
        batch = directory.list_people(directory.PageRequest(sort="id", offset=offset, limit=1000)).rows
        if not batch:
            break
        people += [p for p in batch if p.kind in ("faculty", "resident", "phd_student", "msc_student")]
        offset += len(batch)
    faculty = [p.id for p in people if p.kind == "faculty"]
    return people, faculty


@numbering.sample_history()
def fill(size: int = 300, seed: int = 1405) -> dict[str, int]:
    """Sample requests for the last and this fiscal year; returns how many of each were made."""
    rng = random.Random(seed)
    today = dates.today()
    year = dates.jalali_year(today)
    kind_id = _council_kind()
    people, faculty = _applicants()
    if kind_id is None or not people or not faculty:
        return {"funding requests": 0}
    first_day = dates.fiscal_year_bounds(year - 1)[0]
    for fiscal_year, budget in ((year - 1, 60_000_000_000), (year, 80_000_000_000)):
        rules.save_rules(
            {
                "fiscal_year": fiscal_year,
                "budget_irr": budget,
                "caps": CAPS,
                "max_awards": 2,
                "award_window_years": 2,
                "min_days_before": 30,
                "report_required": True,
            }
        )
    for code, rials in RATES.items():
        rates.save_rate({"currency": code, "effective_on": first_day, "rials": rials})
        rates.save_rate(
            {"currency": code, "effective_on": dates.fiscal_year_bounds(year)[0], "rials": rials * 108 // 100}
        )
    per_year = max(len(STATES), min(size // 6, 150))
    rng.shuffle(people)
    made = 0
    with tempfile.TemporaryDirectory() as folder:
        files = _documents(Path(folder))
        for fiscal_year in (year - 1, year):
            for n in range(per_year):
                if not people:
                    break
                applicant = people.pop()
                state = STATES[n % len(STATES)]
                told_in = fiscal_year
                start, end = dates.fiscal_year_bounds(told_in)
                end = min(end, today - dt.timedelta(days=1))
                if (end - start).days < STORY_DAYS.get(
                    state, 0
                ):  # a young year: this story happened last year
                    told_in = fiscal_year - 1
                    start, end = dates.fiscal_year_bounds(told_in)
                try:
                    _one(rng, applicant, faculty, state, told_in, start, end, today, kind_id, files)
                    made += 1
                except ServiceError:
                    continue  # a rule refused this sample (a small directory); the others go on
        from app.services.funding.demo_cases import fill_cases

        cases = fill_cases(rng, people, faculty, year, today, kind_id, files)
    return {"funding requests": made, "sabbaticals, missions and other cases": cases}


def _one(
    rng: random.Random,
    applicant: directory.PersonRow,
    faculty: list[int],
    state: str,
    fiscal_year: int,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    kind_id: int,
    files: dict[str, Path],
) -> None:
    """One sample request taken through the services to `state`."""
    person = directory.get_person(applicant.id).values
    kind = applicant.kind
    conference, organiser, city, country = rng.choice(CONFERENCES)
    span = max(1, (end - start).days - 60)
    if state in ("on_agenda", "submitted", "draft", "withdrawn"):
        meeting_day = today + dt.timedelta(days=rng.randrange(5, 25))
        submitted = min(end, today - dt.timedelta(days=rng.randrange(1, 20)))
    else:
        meeting_day = start + dt.timedelta(days=30 + rng.randrange(span))
        if state in ("closed", "report_received"):  # the trip is over and reported
            meeting_day = min(meeting_day, today - dt.timedelta(days=60))
        submitted = meeting_day - dt.timedelta(days=rng.randrange(10, 25))
    conference_day = meeting_day + dt.timedelta(days=rng.randrange(35, 80))
    if state in ("closed", "report_received"):
        conference_day = min(conference_day, today - dt.timedelta(days=20))
        submitted = min(submitted, conference_day - dt.timedelta(days=45))
        meeting_day = min(meeting_day, conference_day - dt.timedelta(days=12))
    lines = [
        {"kind": "registration", "currency": "EUR", "amount": rng.randrange(350, 900) * 100},
        {"kind": "airfare", "currency": "IRR", "amount": rng.randrange(150, 420) * 1_000_000},
    ]
    if state == "approved":  # a modest request, within every cap: approved as asked
        lines = [
            {"kind": "registration", "currency": "EUR", "amount": rng.randrange(300, 450) * 100},
            {"kind": "airfare", "currency": "IRR", "amount": rng.randrange(150, 250) * 1_000_000},
        ]
    elif rng.random() < 0.7:
        lines.append(
            {
                "kind": "accommodation",
                "currency": rng.choice(("EUR", "USD")),
                "amount": rng.randrange(300, 1100) * 100,
            }
        )
    if state != "approved" and rng.random() < 0.5:
        lines.append({"kind": "per_diem", "currency": "EUR", "amount": rng.randrange(150, 500) * 100})
    if state != "approved" and rng.random() < 0.4:
        lines.append({"kind": "visa", "currency": "EUR", "amount": rng.randrange(60, 120) * 100})
    supervisor = rng.choice([f for f in faculty if f != applicant.id]) if kind in requests.STUDENTS else None
    data = {
        "applicant_id": applicant.id,
        "applicant_kind": kind,
        "supervisor_id": supervisor,
        "academic_rank": person["academic_rank"] or ("assistant_professor" if kind == "faculty" else ""),
        "unit_id": person["unit_id"],
        "conference": f"{conference} {conference_day.year}",
        "organiser": organiser,
        "city": city,
        "country": country,
        "starts_on": conference_day,
        "ends_on": conference_day + dt.timedelta(days=rng.randrange(2, 5)),
        "presentation_kind": rng.choice(("oral", "oral", "poster", "invited_talk", "workshop")),
        "paper_title": rng.choice(PAPERS),
        "author_position": rng.choice((1, 1, 1, 2, 3)),
    }
    request_id = requests.save_request({**data, "lines": lines})
    if state == "draft":
        return
    for document in rules.get_rules(fiscal_year).required_documents.get(kind, []):
        attached.attach_document(request_id, document, files[document])
    workflow.submit(request_id, on=submitted)
    if state == "submitted":
        return
    if state == "withdrawn":
        workflow.withdraw(request_id, "The applicant could not travel.")
        return
    meeting_id = _meeting_near(meeting_day, kind_id)
    council.put_pending_on_agenda(meeting_id, [request_id])
    if state == "on_agenda":
        return
    record = get_request(request_id).values
    item = record["agenda_item_id"]
    from app.services import meetings

    requested = record["requested_irr"]
    cap = rules.cap_of(rules.get_rules(fiscal_year), requests.facts_for(request_id))
    if state == "rejected":
        meetings.record_resolution(
            item,
            {"outcome": "rejected", "text": "The conference is not among the faculty's priority fields."},
        )
    elif state == "deferred":
        meetings.record_resolution(
            item, {"outcome": "deferred", "text": "Deferred until the final programme is published."}
        )
    else:
        amount = min(requested, cap) if cap else requested
        if state == "partly_approved" or (state not in ("approved",) and rng.random() < 0.3):
            amount = min(amount, requested * rng.randrange(55, 90) // 100 // 1_000_000 * 1_000_000)
        elif state == "approved":
            amount = requested if not cap or requested <= cap else amount
        meetings.record_resolution(
            item, {"outcome": "approved", "text": "Support approved.", "amount": amount}
        )
    decision = get_request(request_id).values
    if decision["decision_letter_id"] and (state != "approved" or rng.random() < 0.6):
        letters.issue_letter(decision["decision_letter_id"], decision["decided_on"] + dt.timedelta(days=1))
    if state not in ("paid", "report_received", "closed"):
        return
    workflow.record_payment(
        request_id,
        decision["approved_irr"],
        decision["decided_on"] + dt.timedelta(days=7),
        f"FIN-{fiscal_year}-{request_id:05d}",
    )
    if state == "paid":
        return
    for document in workflow.REPORT_DOCUMENTS:
        attached.attach_document(request_id, document, files[document])
    workflow.record_report(request_id, min(today, data["ends_on"] + dt.timedelta(days=10)))
    if state == "closed":
        workflow.close(request_id, "Report and receipts in order.")
