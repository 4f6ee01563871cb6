"""Realistic sample data for a new database, demonstrations and benchmarks (bulk inserts)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, insert, select

from app.common import clock
from app.common.countries import country_name
from app.common.text import normalize_for_search, persian_sort_key
from app.services import audit, context, directory, numbering
from app.services.demo_names import (
    AGREEMENT_TITLES,
    CENTRES,
    DEPARTMENTS,
    FIRST_NAMES,
    FOREIGN,
    HOSPITALS,
    KIND_WEIGHTS,
    LAST_NAMES,
    PARTNERS,
    RANKS,
    WOMEN,
)
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from db.models import Agreement, Institution, Person, Unit

BATCH = 10_000


def _units() -> list[dict]:
    rows = []
    for kind, names in (("department", DEPARTMENTS), ("hospital", HOSPITALS), ("research_centre", CENTRES)):
        for fa, en in names:
            rows.append(
                {
                    "kind": kind,
                    "name_fa": fa,
                    "name_en": en,
                    "name_key": normalize_for_search(fa),
                    "sort_fa": persian_sort_key(fa),
                    "search_key": normalize_for_search(f"{fa} {en}"),
                }
            )
    return rows


def _institutions(count: int) -> list[dict]:
    rows = []
    for i in range(count):
        en, fa, country, city = PARTNERS[i % len(PARTNERS)]
        if i >= len(PARTNERS):  # larger sample sizes: campuses of the same partners
            en, fa = f"{en} (campus {i // len(PARTNERS) + 1})", f"{fa} (پردیس {i // len(PARTNERS) + 1})"
        rows.append(
            {
                "name_en": en,
                "name_fa": fa,
                "country": country,
                "city": city,
                "website": "www." + "".join(ch for ch in en.lower() if ch.isalnum())[:20] + ".edu",
                "name_key": normalize_for_search(en),
                "sort_fa": persian_sort_key(fa),
                "search_key": normalize_for_search(
                    f"{en} {fa} {city} {country_name(country, 'en')} {country_name(country, 'fa')}"
                ),
            }
        )
    return rows


def _person(rng: random.Random, i: int, unit_ids: list[int], institution_ids: list[int]) -> dict:
    kind = rng.choices([k for k, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
    row = {
        "kind": kind,
        "title": "",
        "title_fa": "",
        "address_form": "",
        "academic_rank": "",
        "position": "",
        "unit_id": None,
        "institution_id": None,
        "affiliation": "",
        "country": "IR",
        "nationality": "IR",
        "passport_number": "",
        "notes": "",
    }
    if kind == "foreign_guest":
        first, last, country = FOREIGN[rng.randrange(len(FOREIGN))]
        row.update(
            first_name_en=first,
            last_name_en=last,
            first_name_fa="",
            last_name_fa="",
            title="Prof.",
            title_fa="پروفسور",
            country=country,
            nationality=country,
            institution_id=rng.choice(institution_ids),
            passport_number=f"{country}{rng.randrange(10**6, 10**7)}",
            email=f"{first.lower()}.{last.lower().replace(' ', '')}{i}@uni.example.org",
        )
    else:
        (first_fa, first_en), (last_fa, last_en) = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        row.update(
            first_name_en=first_en,
            last_name_en=last_en,
            first_name_fa=first_fa,
            last_name_fa=last_fa,
            unit_id=rng.choice(unit_ids),
            email=f"{first_en[0].lower()}.{last_en.lower()}{i}@med.example.ac.ir",
        )
        row["address_form"] = "ms" if first_fa in WOMEN else "mr"
        if kind == "faculty":
            row["title"], row["academic_rank"] = "Dr.", rng.choice(RANKS)
            row["title_fa"] = "دکتر"
    row["phone"] = f"+98 21 {rng.randrange(6000, 9000)} {rng.randrange(1000, 9999)}"
    row["sort_fa"] = directory.person_sort_fa(row)
    row["search_key"] = normalize_for_search(
        " ".join(
            [
                row["title"],
                row["title_fa"],
                row["first_name_en"],
                row["last_name_en"],
                row["first_name_fa"],
                row["last_name_fa"],
                row["email"],
                row["phone"],
                country_name(row["country"], "en"),
                country_name(row["country"], "fa"),
            ]
        )
    )
    return row


FOREIGN_HOMES = ("AF", "IQ", "IN", "PK", "SY", "LB", "TR", "DE")  # foreign faculty's and students' countries
STUDENTS = ("resident", "phd_student", "msc_student", "student")


def _citizenship(rng: random.Random, row: dict, today: dt.date) -> None:
    """A faculty member's or student's second citizenship, time at the faculty and study mode (for the
    ranking indicators), drawn from `rng` (not the main one, so the other samples stay as they were)."""
    row.update(
        nationality2="",
        nationality2_at_birth=False,
        at_faculty_from=None,
        at_faculty_until=None,
        employed_elsewhere=False,
        study_mode="on_campus",
    )
    kind, roll = row["kind"], rng.random()
    if kind not in ("faculty", *STUDENTS):
        return
    if roll < (0.10 if kind == "faculty" else 0.16):  # foreign (more often a student than a faculty member)
        row["nationality"] = rng.choice(FOREIGN_HOMES)
    elif roll < 0.19:  # Iranian at birth, a second citizenship since
        row["nationality2"] = rng.choice(("CA", "DE", "GB", "US"))
    elif roll < 0.21:  # foreign at birth, Iranian since
        row["nationality2"], row["nationality2_at_birth"] = rng.choice(FOREIGN_HOMES), True
    if kind == "faculty":
        if rng.random() < 0.08:  # a visiting academic: a few months' stay, sometimes employed elsewhere
            start = today - dt.timedelta(days=rng.randrange(20, 500))
            row["at_faculty_from"], row["at_faculty_until"] = (
                start,
                start + dt.timedelta(days=rng.choice((60, 120))),
            )
            row["employed_elsewhere"] = rng.random() < 0.5
            row.update(nationality=rng.choice(FOREIGN_HOMES), nationality2="", nationality2_at_birth=False)
        else:
            row["at_faculty_from"] = today - dt.timedelta(days=rng.randrange(200, 365 * 25))
            if rng.random() < 0.05:  # left
                row["at_faculty_until"] = today - dt.timedelta(days=rng.randrange(10, 700))
        return
    start = today - dt.timedelta(days=rng.randrange(30, 365 * 6))
    row["at_faculty_from"], row["at_faculty_until"] = (
        start,
        start + dt.timedelta(days=365 * rng.choice((2, 4, 6))),
    )
    mode = rng.random()
    row["study_mode"] = "distance" if mode < 0.04 else ("offshore" if mode < 0.06 else "on_campus")


@numbering.sample_history()
def fill(size: int = 300, seed: int = 1405) -> dict[str, int]:
    """Fill an empty database with sample records: `size` people, partners and agreements.

    Refuses a database that already has people, so real data is never mixed with samples.
    """
    rng = random.Random(seed)
    extra = random.Random(seed + 1)  # the citizenship and stays (issue 17): the main draws stay as they were
    now = clock.utcnow()
    with context.database().writing() as session:
        if session.execute(select(func.count(Person.id))).scalar_one():
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Sample data can only be added to an empty database.")
            )
        unit_ids = [r.id for r in session.execute(insert(Unit).returning(Unit.id), _units())]
        n_inst = max(len(PARTNERS), size // 10)
        institutions = _institutions(n_inst)
        institution_ids = [
            r.id for r in session.execute(insert(Institution).returning(Institution.id), institutions)
        ]
        today = clock.today()
        agreements = []
        for n, (inst, inst_row) in enumerate(zip(institution_ids, institutions, strict=True)):
            signed = today - dt.timedelta(days=rng.randrange(30, 365 * 6))
            until = signed + dt.timedelta(days=365 * rng.choice((3, 5)))
            title = rng.choice(AGREEMENT_TITLES) + f" #{n + 1}"
            agreements.append(
                {
                    "institution_id": inst,
                    "title": title,
                    "signed_on": signed,
                    "valid_until": until,
                    "scope": "Faculty and student exchange; joint research.",
                    "status": "active" if until >= today else "expired",
                    "search_key": normalize_for_search(f"{title} {inst_row['search_key']}"),
                }
            )
        session.execute(insert(Agreement), agreements)
        for start in range(0, size, BATCH):
            rows = [
                _person(rng, i, unit_ids, institution_ids) for i in range(start, min(size, start + BATCH))
            ]
            for row in rows:
                _citizenship(extra, row, today)
                row["created_at"] = row["updated_at"] = now
            session.execute(insert(Person), rows)
        audit.record(session, "demo", None, "create", {"people": (0, size), "institutions": (0, n_inst)})
    return {"units": len(unit_ids), "institutions": n_inst, "agreements": n_inst, "people": size}


LETTER_SAMPLES = [
    (
        "fa",
        "دعوت به سخنرانی در همایش سالانه دانشکده",
        "احتراماً، بدین‌وسیله از جنابعالی دعوت می‌شود در همایش سالانه آموزش پزشکی دانشکده که در تاریخ "
        "۱۴۰۵/۱۰/۱۵ برگزار می‌شود، سخنرانی کلیدی را بر عهده بگیرید. هزینه اقامت و سفر از سوی دانشکده پرداخت "
        "خواهد شد.",
    ),
    (
        "en",
        "Invitation to visit the School of Medicine",
        "On behalf of the School of Medicine, I am pleased to invite you to visit our faculty for a week of "
        "lectures and joint research planning. The faculty will cover accommodation and local transport.",
    ),
    (
        "fa",
        "معرفی نماینده دانشکده برای نشست هماهنگی",
        "احتراماً، خانم دکتر مریم حسینی (عضو هیئت علمی گروه داخلی) به عنوان نماینده این معاونت برای شرکت در "
        "نشست هماهنگی تبادل دانشجو معرفی می‌شوند. خواهشمند است دستور فرمایید همکاری لازم به عمل آید.",
    ),
]


@numbering.sample_history()
def add_letters(count: int) -> int:
    """Sample letters through the real service: drafts issued with numbers and stored PDFs."""
    from app.services import letters

    people = directory.list_people(directory.PageRequest(sort="id", limit=count)).rows
    for n in range(count):
        lang, subject, body = LETTER_SAMPLES[n % len(LETTER_SAMPLES)]
        person = people[n % len(people)] if people else None
        recipient = letters.recipient_text(person.id, lang) if person else "—"
        letter_id = letters.save_draft(
            {
                "lang": lang,
                "recipient": recipient,
                "subject": subject,
                "body": body,
                "recipient_person_id": person.id if person else None,
                **letters.STANDARD_PHRASES[lang],
            }
        )
        if n % 4 != 3:  # every fourth stays a draft
            letters.issue_letter(letter_id, clock.today() - dt.timedelta(days=3 * (count - n)))
    return count


SAMPLE_SIGNATORIES = (
    {
        "name_fa": "دکتر علی محمدی",
        "name_en": "Dr. Ali Mohammadi",
        "title_fa": "معاون بین‌الملل دانشکده پزشکی",
        "title_en": "International Vice-Chancellor, School of Medicine",
    },
    {
        "name_fa": "دکتر مهسا کاظمی",
        "name_en": "Dr. Mahsa Kazemi",
        "title_fa": "قائم‌مقام معاون بین‌الملل",
        "title_en": "Deputy International Vice-Chancellor",
    },
)


def _sample_signatories() -> None:
    """Sample signatories (the vice-chancellor and a deputy) after the office's own, unless one of those
    already signs in both languages (the sample letters are Persian and English)."""
    from dataclasses import asdict

    from app.services import signatories

    own = signatories.list_signatories()
    if not any(s.name_fa and s.title_fa and s.name_en and s.title_en for s in own):
        signatories.save_signatories(
            [asdict(s) for s in own]
            + [dict(s) for s in SAMPLE_SIGNATORIES if s["name_en"] not in {o.name_en for o in own}]
        )


def fill_every_register(size: int) -> dict[str, int]:
    """Sample data in every register of an empty database, `size` records each, in the order they build on
    one another (meetings invite the directory's people, funding requests go to the meetings' councils)."""
    from app.services.funding import demo as funding_demo
    from app.services.meetings import demo as meetings_demo
    from app.services.ordinances.demo import add_ordinances
    from app.services.visits.samples import add_visits

    counts = fill(size)
    _sample_signatories()
    counts["letters"] = add_letters(min(size, 24))
    counts.update(meetings_demo.add_year(size))
    counts["visits"] = add_visits(size)
    counts.update(add_ordinances(size))
    counts.update(funding_demo.fill(size))
    from app.services.adjuncts_demo import add_adjuncts

    counts["adjuncts"] = add_adjuncts()
    from app.services.evaluations_demo import add_evaluations

    counts["evaluations"] = add_evaluations()
    from app.services.programmes_demo import add_programmes

    counts["programmes"] = add_programmes()
    return counts
