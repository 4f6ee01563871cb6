"""Sample adjunct faculty for `ivc-desk demo`: foreign and expatriate academics proposed by departments,
decided by a recruitment committee meeting (approved, rejected, deferred, one still waiting), the approved
ones appointed by ordinance, with courses and joint papers noted."""

from __future__ import annotations

import datetime as dt

from app.common import dates
from app.services import adjuncts, directory, meetings

# (first_en, last_en, first_fa, last_fa, country, partner_en, partner_fa, fields, expatriate)
ACADEMICS = (
    (
        "Helen",
        "McAllister",
        "هلن",
        "مک‌آلیستر",
        "GB",
        "University of Edinburgh",
        "دانشگاه ادینبورگ",
        "Interventional cardiology\nCardiac imaging",
        False,
    ),
    (
        "Reza",
        "Farahani",
        "رضا",
        "فراهانی",
        "CA",
        "McGill University",
        "دانشگاه مک‌گیل",
        "Paediatric nephrology",
        True,
    ),
    (
        "Akiko",
        "Tanabe",
        "آکیکو",
        "تانابه",
        "JP",
        "Kyoto University",
        "دانشگاه کیوتو",
        "Molecular pathology\nBiobanking",
        False,
    ),
    (
        "Lukas",
        "Brenner",
        "لوکاس",
        "برنر",
        "DE",
        "Charité – Universitätsmedizin Berlin",
        "بیمارستان شاریته برلین",
        "Neurosurgery",
        False,
    ),
    (
        "Shirin",
        "Navabi",
        "شیرین",
        "نوابی",
        "SE",
        "Karolinska Institutet",
        "مؤسسه کارولینسکا",
        "Epidemiology\nPublic health",
        True,
    ),
)
DECISIONS = (
    ("approved", "با عضویت وابسته بین‌المللی موافقت شد."),
    ("approved", "با عضویت وابسته بین‌المللی برای سه سال موافقت شد."),
    ("rejected", "با توجه به نبود برنامه همکاری مشخص با گروه، موافقت نشد."),
    ("deferred", "تکمیل مدارک و برنامه آموزشی پیشنهادی به جلسه بعد موکول شد."),
)


def _guests(count: int) -> list[int]:
    """The directory's foreign guests (the sample people), so the demo adds no one of its own."""
    rows = directory.list_people(directory.PageRequest(sort="id", limit=500)).rows
    return [r.id for r in rows if r.kind == "foreign_guest"][:count]


def _person(n: int) -> int:
    first_en, last_en, first_fa, last_fa, country = ACADEMICS[n][:5]
    return directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof." if n % 2 == 0 else "Dr.",
            "first_name_en": first_en,
            "last_name_en": last_en,
            "first_name_fa": first_fa,
            "last_name_fa": last_fa,
            "country": country,
        }
    )


def _partner(n: int, partners: list[int]) -> int:
    if n < len(partners):
        return partners[n]
    country, name_en, name_fa = ACADEMICS[n][4:7]
    return directory.save_institution({"name_en": name_en, "name_fa": name_fa, "country": country})


def add_adjuncts() -> int:
    """Five candidates in every state, from the directory's foreign guests and partners; returns how many."""
    units = directory.list_units(directory.PageRequest(sort="id", limit=20)).rows
    departments = [u.id for u in units if u.kind == "department"] or [u.id for u in units]
    if not departments:
        return 0
    partners = [r.id for r in directory.list_institutions(directory.PageRequest(sort="id", limit=5)).rows]
    guests = _guests(len(ACADEMICS))
    kind = meetings.kind_by_code(adjuncts.COMMITTEE_KIND)
    today = dates.today()
    held = dt.datetime.combine(today - dt.timedelta(days=40), dt.time(10, 0))
    committee = meetings.create_meeting(
        {
            "kind_id": kind.id,
            "title": "کمیته جذب اعضای هیئت علمی وابسته بین‌المللی",
            "starts_at": held,
            "ends_at": held + dt.timedelta(hours=2),
            "location": "اتاق جلسات معاونت بین‌الملل",
        }
    )
    ids = []
    for n, academic in enumerate(ACADEMICS):
        fields, expatriate = academic[7], academic[8]
        ids.append(
            adjuncts.save_candidate(
                {
                    "person_id": guests[n] if n < len(guests) else _person(n),
                    "unit_id": departments[n % len(departments)],
                    "institution_id": _partner(n, partners),
                    "fields": fields,
                    "expatriate": expatriate,
                    "term_months": 36 if n == 1 else 24,
                    "notes": "CV and letter of the proposing department received.",
                }
            )
        )
    for candidate, (outcome, text) in zip(ids, DECISIONS, strict=False):
        adjuncts.propose(candidate, committee)
        adjuncts.record_committee_decision(candidate, outcome, text)
    for candidate in ids[:2]:
        adjuncts.appoint(candidate, held.date() + dt.timedelta(days=3))
    adjuncts.add_activity(
        ids[0], {"kind": "course", "title": "Echocardiography workshop for cardiology residents", "on": today}
    )
    adjuncts.add_activity(
        ids[0],
        {"kind": "paper", "title": "Joint paper: outcomes of primary PCI in two centres (Heart, 2026)"},
    )
    adjuncts.add_activity(ids[1], {"kind": "course", "title": "دوره آموزشی نفرولوژی کودکان (برخط)"})
    return len(ids)
