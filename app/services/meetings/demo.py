"""Sample meetings: a year of every kind through the real services (agendas, attendance, minutes, open
actions), and, for large sample sizes, older meetings added in bulk (benchmarks, demonstrations)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, insert, select

from app.common import dates
from app.common.clock import utcnow
from app.services import audit, context, directory, numbering
from app.services.meetings import agenda, core, kinds
from app.services.meetings.action_items import add_action, set_action_status
from app.services.meetings.attendance import participants, set_states
from db.models import Meeting, MeetingKind, NumberSequence

# Per kind: days between meetings, start hour, the usual place, a title, and agenda items (Persian, English).
PLAN = {
    "scholarship-council": (
        14,
        10,
        "اتاق جلسات معاونت بین‌الملل",
        ("جلسه شورای بورس", "Scholarship council session"),
        [
            ("بررسی درخواست‌های فرصت مطالعاتی", "Sabbatical requests"),
            ("درخواست‌های حمایت از شرکت در همایش‌های خارجی", "Conference funding requests"),
            ("مأموریت‌های آموزشی اعضای هیئت علمی", "Educational missions of faculty members"),
            ("برنامه سفرهای علمی نیمسال آینده", "Academic travel plans for next term"),
        ],
    ),
    "adjunct-recruitment": (
        30,
        11,
        "دفتر معاون بین‌الملل",
        ("جذب اعضای هیئت علمی وابسته", "Adjunct faculty recruitment"),
        [
            ("بررسی پرونده متقاضیان عضویت وابسته", "Review of adjunct faculty applications"),
            ("تمدید قرارداد اعضای وابسته فعلی", "Renewal of current adjunct appointments"),
        ],
    ),
    "planning": (
        30,
        9,
        "اتاق جلسات معاونت بین‌الملل",
        ("برنامه‌ریزی امور بین‌الملل", "International affairs planning"),
        [
            ("گزارش پیشرفت برنامه عملیاتی", "Progress of the operational plan"),
            ("تفاهم‌نامه‌های در دست امضا", "Agreements awaiting signature"),
            ("برنامه بازدید مهمانان خارجی", "Programme of foreign guest visits"),
        ],
    ),
    "deputies-annual": (
        365,
        9,
        "تالار اجتماعات دانشکده",
        ("نشست سالانه معاونان بین‌الملل", "Annual meeting of international deputies"),
        [
            ("گزارش عملکرد سالانه معاونت", "Annual report of the office"),
            ("اولویت‌های همکاری بین‌المللی سال آینده", "Priorities of international cooperation"),
            ("معرفی معاونان بین‌الملل جدید گروه‌ها", "Introduction of new departmental deputies"),
        ],
    ),
    "english-evaluation": (
        30,
        13,
        "مرکز مطالعات و توسعه آموزش",
        ("ارزیابی زبان انگلیسی", "English evaluation session"),
        [
            ("ارزیابی مهارت زبان متقاضیان ارتقا", "Language assessment of promotion candidates"),
            ("نتایج آزمون‌های دوره قبل", "Results of the previous round"),
        ],
    ),
}
RESOLUTIONS = [
    ("approved", "با درخواست مطرح‌شده موافقت شد و مراتب به متقاضی ابلاغ می‌شود."),
    ("approved", "The committee approved the proposal as presented."),
    ("deferred", "بررسی موضوع به جلسه آینده موکول شد تا مدارک تکمیلی ارائه شود."),
    ("rejected", "با توجه به محدودیت بودجه، با درخواست موافقت نشد."),
    ("noted", "گزارش ارائه‌شده مطرح و ملاحظه شد."),
]
ACTIONS = [
    "ابلاغ مصوبات به گروه‌های آموزشی",
    "پیگیری مدارک تکمیلی متقاضیان",
    "تهیه گزارش بودجه برای جلسه آینده",
    "Send the decision letters to the applicants",
    "Update the list of partner universities",
]


@numbering.sample_history()
def add_year(size: int, seed: int = 1405) -> dict[str, int]:
    """A year of meetings of every kind up to today, and a few planned ones after it, through the services:
    standing members, agendas, attendance, discussions, resolutions, actions (some still open). Older
    meetings are added in bulk when `size` asks for more."""
    rng = random.Random(seed)
    people = [
        r.id
        for r in directory.list_people(directory.PageRequest(sort="id", limit=400)).rows
        if r.kind == "faculty"
    ]
    if len(people) < 8:
        return {"meetings": 0}
    today = dates.today()
    first_day = today - dt.timedelta(days=365)
    plan = [(kinds.kind_by_code(code), *spec) for code, spec in PLAN.items()]
    year_count = sum(1 + (365 + 45) // every for _k, every, *_rest in plan)
    older = max(0, size - year_count)
    if older:
        add_bulk(older, before=first_day, seed=seed)
    count = 0
    for kind, every, hour, place, titles, items in plan:
        members = rng.sample(people, 7 if kind.code == "scholarship-council" else 5)
        kinds.set_kind_members(
            kind.id, [(pid, "chair" if n == 0 else "member") for n, pid in enumerate(members)]
        )
        day = first_day + dt.timedelta(days=rng.randrange(0, min(every, 30)))
        while day <= today + dt.timedelta(days=45):
            count += 1
            _meeting(rng, kind, day, hour, place, titles, items, members, today)
            day += dt.timedelta(days=every)
    return {"meetings": count + older}


def _meeting(
    rng: random.Random,
    kind: kinds.KindRow,
    day: dt.date,
    hour: int,
    place: str,
    titles: tuple[str, str],
    items: list[tuple[str, str]],
    members: list[int],
    today: dt.date,
) -> None:
    start = dt.datetime.combine(day, dt.time(hour, 0))
    lang = rng.choice(("fa", "fa", "en"))
    meeting = core.create_meeting(
        {
            "kind_id": kind.id,
            "title": titles[0] if lang == "fa" else titles[1],
            "starts_at": start,
            "ends_at": start + dt.timedelta(minutes=kind.default_minutes),
            "location": place,
            "chair_id": members[0],
            "secretary_id": members[-1],
        }
    )
    item_ids = []
    for n, (fa, en) in enumerate(rng.sample(items, min(len(items), rng.randint(2, 3)))):
        item_ids.append(
            agenda.add_agenda_item(
                meeting,
                {
                    "title": fa if lang == "fa" else en,
                    "minutes": rng.choice((10, 15, 20, 30)),
                    "presenter_id": rng.choice(members),
                    "recurring": n == 0,
                },
            )
        )
    if day > today:
        if day - today < dt.timedelta(days=10):
            from app.services.meetings.documents import issue_invitation

            issue_invitation(meeting, lang, today)
        return
    if rng.random() < 0.05:
        core.cancel_meeting(meeting, "عدم حد نصاب" if lang == "fa" else "No quorum expected")
        return
    core.mark_held(meeting)
    states = {}
    for p in participants(meeting):
        states[p.id] = rng.choices(("present", "excused", "absent"), (85, 10, 5))[0]
    set_states(meeting, states)
    for item in item_ids:
        agenda.set_discussion(
            item,
            "موضوع در جلسه مطرح شد و اعضا نظرات خود را بیان کردند."
            if lang == "fa"
            else "The item was presented and discussed by the members.",
        )
        outcome, text = rng.choice(RESOLUTIONS)
        votes = (
            {"votes_for": 4, "votes_against": 0, "votes_abstain": 1}
            if outcome in ("approved", "rejected")
            else {}
        )
        resolution = agenda.record_resolution(item, {"text": text, "outcome": outcome, **votes})
        if outcome == "approved" and rng.random() < 0.7:
            action = add_action(
                meeting,
                {
                    "text": rng.choice(ACTIONS),
                    "owner_id": rng.choice(members),
                    "due_on": day + dt.timedelta(days=rng.choice((14, 30, 60))),
                    "resolution_id": resolution,
                },
            )
            if day < today - dt.timedelta(days=60) or rng.random() < 0.4:
                closed = min(today, day + dt.timedelta(days=rng.randrange(3, 40)))
                set_action_status(action, "done", "انجام شد", closed)
    if day < today - dt.timedelta(days=14):
        core.approve_minutes(meeting)


@numbering.sample_history()
def add_bulk(count: int, before: dt.date, seed: int = 1) -> int:
    """`count` older meetings (minutes approved) inserted in bulk, spread over the kinds and the years before
    `before`, numbered per kind and year as the numbering service would have."""
    rng = random.Random(seed)
    now = utcnow()
    with context.database().writing() as session:
        all_kinds = list(
            session.execute(
                select(MeetingKind).where(MeetingKind.archived_at.is_(None)).order_by(MeetingKind.position)
            ).scalars()
        )
        sequences: dict[tuple[str, int], int] = {}
        for register, year, last in session.execute(
            select(NumberSequence.register, NumberSequence.year, NumberSequence.last_number)
        ):
            sequences[(register, year)] = last
        # About five meetings a day across the kinds, on the days before `before`; numbered in date order.
        planned = []
        for n in range(count):
            day = before - dt.timedelta(days=1 + n // 5)
            if day < dates.MIN_DATE:
                break
            start = dt.datetime.combine(day, dt.time(8 + rng.randrange(0, 9), rng.choice((0, 30))))
            planned.append((start, n, all_kinds[n % len(all_kinds)]))
        planned.sort(key=lambda entry: (entry[0], entry[1]))
        rows = []
        for start, n, kind in planned:
            day = start.date()
            year = dates.jalali_year(day)
            key = (core.register(kind.code), year)
            sequences[key] = sequences.get(key, 0) + 1
            number = core.format_number(year, sequences[key])
            fa, en = PLAN.get(kind.code, (0, 0, "", (kind.name_fa, kind.name_en), []))[3]
            title = fa if n % 3 else en
            rows.append(
                {
                    "kind_id": kind.id,
                    "year": year,
                    "sequence": sequences[key],
                    "number": number,
                    "title": title,
                    "starts_at": start,
                    "ends_at": start + dt.timedelta(minutes=kind.default_minutes),
                    "location": "",
                    "online_link": "",
                    "mode": "in_person",
                    "status": "approved",
                    "status_note": "",
                    "notes": "",
                    "held_at": now,
                    "approved_at": now,
                    "created_at": now,
                    "updated_at": now,
                    "search_key": core.search_key(number, title, "", day),
                }
            )
            if len(rows) >= 10_000:
                session.execute(insert(Meeting), rows)
                rows = []
        if rows:
            session.execute(insert(Meeting), rows)
        for (register, year), last in sequences.items():
            row = session.get(NumberSequence, (register, year))
            if row is None:
                session.add(NumberSequence(register=register, year=year, last_number=last))
            else:
                row.last_number = last
        total = session.execute(select(func.count(Meeting.id))).scalar_one()
        audit.record(session, "demo", None, "create", {"meetings": (0, count)})
    return total
