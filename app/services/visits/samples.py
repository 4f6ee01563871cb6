"""Sample visits for a new database (demonstrations, benchmarks): guests from many countries, delegations,
past visits with reports, coming ones still being arranged, and full programmes (bulk inserts)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import insert, select

from app.common import dates
from app.common.clock import utcnow
from app.common.countries import country_name
from app.common.text import normalize_for_search
from app.services import audit, context, numbering
from app.services.directory import person_name
from app.services.visits.core import STATUS_FLOW
from app.services.visits.itinerary import COMMON_ITEMS
from db.models import NumberSequence, Person, Visit, VisitCost, VisitGuest, VisitItem, VisitItemPerson

PROGRAMMES = 2_000  # visits that get a full programme; larger samples keep the rest without one
PURPOSES = [
    ("Joint research planning in cardiovascular medicine", "برنامه‌ریزی پژوهش مشترک در طب قلب و عروق"),
    ("Lecture series on medical education", "سلسله سخنرانی‌های آموزش پزشکی"),
    ("External examination of PhD theses", "داوری خارجی رساله‌های دکتری"),
    ("Signing of a memorandum of understanding", "امضای تفاهم‌نامه همکاری"),
    ("Accreditation visit of the medical programme", "بازدید اعتباربخشی برنامه پزشکی عمومی"),
    ("Student exchange planning", "برنامه‌ریزی تبادل دانشجو"),
    ("Workshop on clinical research methods", "کارگاه روش‌های پژوهش بالینی"),
]
KINDS = (
    "visiting_professor",
    "delegation",
    "external_examiner",
    "mou_signing",
    "accreditation",
    "visiting_professor",
    "delegation",
)
ROOMS = (
    "IVC meeting room",
    "Main building, hall A",
    "Conference hall",
    "Library seminar room",
    "Dean's office",
    "Skills lab",
    "Research centre, room 12",
)
EXTRA_ITEMS = [
    ("Meeting with the department", "جلسه با اعضای گروه آموزشی", 60),
    ("Joint research session", "نشست پژوهشی مشترک", 120),
    ("Visit to the research centre", "بازدید از مرکز تحقیقات", 90),
    ("Meeting with residents and students", "دیدار با دستیاران و دانشجویان", 60),
    ("Working lunch", "ناهار کاری", 60),
]
HOTELS = ("Faculty guest house", "Espinas Hotel", "Parsian Azadi Hotel", "University guest house")
AIRLINES = ("TK", "LH", "QR", "EK", "AF", "OS", "IR", "W5")


def _programme(
    rng: random.Random, visit_id: int, first: dt.date, last: dt.date, landing: dt.time, hosts: list[int]
) -> list[tuple[dict, list[int]]]:
    """A day-by-day programme: welcome and tour on the first day, work in between, farewell at the end."""
    items = []
    days = (last - first).days + 1
    for n in range(days):
        day = first + dt.timedelta(days=n)
        if n == 0:
            plan = [COMMON_ITEMS["welcome"], COMMON_ITEMS["campus_tour"], COMMON_ITEMS["lecture"]]
        elif n == days - 1 and days > 1:
            plan = [EXTRA_ITEMS[rng.randrange(len(EXTRA_ITEMS))], COMMON_ITEMS["farewell"]]
            plan[0] = (plan[0][0], plan[0][1], dt.time(10, 0), plan[0][2])
        else:
            extra = EXTRA_ITEMS[rng.randrange(len(EXTRA_ITEMS))]
            plan = [COMMON_ITEMS["hospital"], (extra[0], extra[1], dt.time(14, 0), extra[2])]
        clock = dt.datetime.combine(
            day, max(dt.time(9, 0), landing) if n == 0 and landing > dt.time(8) else dt.time(9)
        )
        for title_en, title_fa, preferred, minutes in plan:
            start = max(clock, dt.datetime.combine(day, preferred))
            end = start + dt.timedelta(minutes=minutes)
            if end.date() != day:
                break
            host = rng.choice(hosts)
            items.append(
                (
                    {
                        "visit_id": visit_id,
                        "day": day,
                        "start_time": start.time(),
                        "end_time": end.time(),
                        "title_en": title_en,
                        "title_fa": title_fa,
                        "location": rng.choice(ROOMS),
                        "host_person_id": host,
                        "participants_text": "",
                        "transport": "Faculty car",
                        "notes": "",
                    },
                    [rng.choice(hosts)],
                )
            )
            clock = end + dt.timedelta(minutes=30)
    return items


@numbering.sample_history()
def add_visits(size: int, seed: int = 2026) -> int:
    """`size` sample visits through bulk inserts (the first PROGRAMMES with a full programme); returns the
    count."""
    rng = random.Random(seed)
    now = utcnow()
    today = dates.today()
    with context.database().writing() as session:
        guests = list(
            session.execute(
                select(Person).where(Person.kind == "foreign_guest", Person.archived_at.is_(None))
            ).scalars()
        )
        faculty = list(
            session.execute(select(Person.id, Person.unit_id).where(Person.kind == "faculty").limit(400))
        )
        if not guests or not faculty:
            return 0
        hosts = [row.id for row in faculty]
        sequences: dict[int, int] = {}
        rows, guest_rows, cost_rows, programmes = [], [], [], []
        for n in range(size):
            first = today + dt.timedelta(days=rng.randrange(-700, 180))
            last = first + dt.timedelta(days=rng.choice((1, 2, 2, 3, 4, 4)))
            delegation = rng.sample(guests, k=min(len(guests), rng.choice((1, 1, 1, 2, 3, 4))))
            head = delegation[0]
            year = dates.jalali_year(first)
            if year not in sequences:  # references go on from those already given
                taken = session.get(NumberSequence, ("visits", year))
                sequences[year] = taken.last_number if taken else 0
            sequences[year] += 1
            purpose_en, purpose_fa = PURPOSES[rng.randrange(len(PURPOSES))]
            landing = dt.time(rng.choice((2, 3, 4, 5, 9, 14)), rng.choice((0, 15, 30, 45)))
            if last < today:
                status = rng.choice(("report_filed", "report_filed", "completed", "cancelled"))
            elif first <= today:
                status = "in_progress"
            else:
                status = rng.choice(STATUS_FLOW[:4])
            host, unit = faculty[rng.randrange(len(faculty))]
            airline = rng.choice(AIRLINES)
            leaving = rng.choice((1, 3, 5, 22, 23))
            night = leaving < 12  # a night flight: the guests leave in the small hours after the last day
            names = [person_name(g.title, g.first_name_en, g.last_name_en) for g in delegation]
            more = f" (+{len(delegation) - 1})" if len(delegation) > 1 else ""
            reference = f"V-{year}-{sequences[year]:03d}"
            words = [
                reference,
                purpose_en,
                purpose_fa,
                *names,
                country_name(head.country, "en"),
                country_name(head.country, "fa"),
            ]
            rows.append(
                {
                    "reference": reference,
                    "kind": "delegation" if len(delegation) > 1 else rng.choice(KINDS),
                    "purpose_en": purpose_en,
                    "purpose_fa": purpose_fa,
                    "institution_id": head.institution_id,
                    "agreement_id": None,
                    "host_unit_id": unit,
                    "host_person_id": host,
                    "arrival_date": first,
                    "arrival_time": landing,
                    "arrival_flight": f"{airline}{rng.randrange(100, 999)}",
                    "arrival_airport": "IKA Tehran",
                    "departure_date": last + dt.timedelta(days=1) if night else last,
                    "departure_time": dt.time(leaving, 30),
                    "departure_flight": f"{airline}{rng.randrange(100, 999)}",
                    "departure_airport": "IKA Tehran",
                    "accommodation": rng.choice(HOTELS),
                    "local_transport": "Faculty car with driver",
                    "interpreter": "" if rng.random() < 0.6 else "Ms Sara Karimi",
                    "costs_by": rng.choice(("faculty", "faculty", "shared", "guest", "partner")),
                    "notes": "",
                    "status": status,
                    "cancel_reason": "Postponed at the partner's request" if status == "cancelled" else "",
                    "report_summary": "The programme was carried out as planned; lectures were well attended."
                    if status == "report_filed"
                    else "",
                    "report_meetings": "Meeting with the Vice-Chancellor\nMeeting with the host department"
                    if status == "report_filed"
                    else "",
                    "report_agreements": "Follow-up visit and joint proposal agreed."
                    if status == "report_filed"
                    else "",
                    "search_key": normalize_for_search(" ".join(w for w in words if w))[:2000],
                    "guests_en": names[0] + more,
                    "guests_fa": (person_name("", head.first_name_fa, head.last_name_fa) or names[0]) + more,
                    "country": head.country,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            guest_rows.append([(g.id, i == 0) for i, g in enumerate(delegation)])
            cost_rows.append(
                [
                    ("hotel", "IRR", rng.randrange(20, 90) * 10_000_000),
                    ("honorarium", "EUR", rng.randrange(3, 15) * 10_000),
                ][: rng.choice((1, 2))]
            )
            programmes.append((first, last, landing, status != "cancelled" and n < PROGRAMMES))
        ids = [r.id for r in session.execute(insert(Visit).returning(Visit.id), rows)]
        session.execute(
            insert(VisitGuest),
            [
                {"visit_id": visit_id, "person_id": person_id, "is_head": head, "position": i}
                for visit_id, delegation in zip(ids, guest_rows, strict=True)
                for i, (person_id, head) in enumerate(delegation)
            ],
        )
        session.execute(
            insert(VisitCost),
            [
                {
                    "visit_id": visit_id,
                    "kind": kind,
                    "currency": cur,
                    "amount": amount,
                    "note": "",
                    "position": i,
                }
                for visit_id, costs in zip(ids, cost_rows, strict=True)
                for i, (kind, cur, amount) in enumerate(costs)
            ],
        )
        items, people = [], []
        for visit_id, (first, last, landing, planned) in zip(ids, programmes, strict=True):
            if planned:
                for item, participants in _programme(rng, visit_id, first, last, landing, hosts):
                    item["created_at"] = item["updated_at"] = now
                    items.append(item)
                    people.append(participants)
        if items:
            item_ids = [r.id for r in session.execute(insert(VisitItem).returning(VisitItem.id), items)]
            session.execute(
                insert(VisitItemPerson),
                [
                    {"item_id": item_id, "person_id": p}
                    for item_id, ps in zip(item_ids, people, strict=True)
                    for p in set(ps)
                ],
            )
        for year, last_number in sequences.items():
            session.merge(NumberSequence(register="visits", year=year, last_number=last_number))
        audit.record(session, "demo", None, "create", {"visits": (0, size), "visit_items": (0, len(items))})
    return size
