"""Sample seasonal schools and exchange programmes for `ivc-desk demo`: a winter school with a partner,
its incoming guests and an outgoing participant, and a student exchange whose outgoing students are
linked to their support requests when they have one."""

from __future__ import annotations

import datetime as dt

from app.common import dates
from app.services import directory, programmes


def add_programmes() -> int:
    """Two programmes from the directory's guests, people and partners; returns how many."""
    rows = directory.list_people(directory.PageRequest(sort="id", limit=500)).rows
    guests = [r.id for r in rows if r.kind == "foreign_guest"]
    own = [r.id for r in rows if r.kind != "foreign_guest"]
    partners = [r.id for r in directory.list_institutions(directory.PageRequest(sort="id", limit=3)).rows]
    if not guests or not own:
        return 0
    today = dates.today()
    school = programmes.save_programme(
        {
            "kind": "seasonal_school",
            "title_fa": "مدرسه زمستانی پزشکی مبتنی بر شواهد",
            "title_en": "Winter School of Evidence-Based Medicine",
            "institution_id": partners[0] if partners else None,
            "starts_on": today - dt.timedelta(days=20),
            "ends_on": today - dt.timedelta(days=14),
            "location": "تهران، دانشکده پزشکی",
            "notes": "Lectures in English; workshops on systematic reviews and meta-analysis.",
        }
    )
    for guest in guests[:3]:
        programmes.add_participant(school, {"person_id": guest, "direction": "incoming"})
    programmes.add_participant(school, {"person_id": own[0], "direction": "outgoing", "note": "مدرس کارگاه"})
    exchange = programmes.save_programme(
        {
            "kind": "exchange",
            "title_fa": "برنامه تبادل دانشجویی تابستانی",
            "title_en": "Summer Student Exchange",
            "institution_id": partners[1] if len(partners) > 1 else None,
            "starts_on": today + dt.timedelta(days=60),
            "ends_on": today + dt.timedelta(days=90),
            "location": "Stockholm",
        }
    )
    with_request = [(p, programmes.requests_of(p)) for p in own[1:]]
    chosen = [pair for pair in with_request if pair[1]][:1] + [pair for pair in with_request if not pair[1]][
        :1
    ]
    for person, requests in chosen:
        programmes.add_participant(
            exchange,
            {
                "person_id": person,
                "direction": "outgoing",
                "funding_request_id": requests[0][0] if requests else None,
            },
        )
    return 2
