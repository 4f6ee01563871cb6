"""The funding register at 100,000 requests: filter-as-you-type, and the funding documents.

Usage: python tests/bench/bench_funding.py   (builds its database under build/bench/funding/ the first time,
then reuses it). For each keystroke of a few searches it times, median of 3:
  model   funding.list_funding(first page of 200, newest first): the service's queries and row objects;
  bare    the same filter as plain SQL through sqlite3 (count, then the page's rows with the same joins).
Budgets (DESIGN.md section 5, as for every register): within 3x of bare and under 50 ms per keystroke.
It also times the council annex of a meeting with 20 requests and a decision letter (warm process);
DESIGN.md sets no budget for them: the figures are printed against the 100 ms of the other documents.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
FOLDER = ROOT / "build" / "bench" / "funding"
REQUESTS = 100_000
SEARCHES = ("vienna", "وین", "karimi congress", "zzz", "a", "oxford")
PAGE = 200


def build() -> None:
    """A data folder with 2,000 people and 100,000 requests (bulk inserted), and one council meeting with
    20."""
    from app.services import context, demo
    from app.services.funding import demo as funding_demo

    context.open_database(FOLDER / "ivc-desk.sqlite3")
    context.set_actor("bench")
    demo.fill(2000)
    funding_demo.fill(120)  # rules, rates, council meetings and sample requests through the services
    add_requests(REQUESTS)
    context.close_database()


def add_requests(count: int) -> None:
    """`count` requests of the people already there, bulk inserted (to an open database)."""
    from sqlalchemy import insert, select

    from app.common.countries import country_name
    from app.common.text import normalize_for_search
    from app.services import context
    from app.services.funding import demo as funding_demo
    from db.models import FundingRequest, Person

    rng = random.Random(7)
    with context.database().reading() as session:
        people = list(
            session.execute(
                select(
                    Person.id,
                    Person.first_name_en,
                    Person.last_name_en,
                    Person.first_name_fa,
                    Person.last_name_fa,
                    Person.unit_id,
                )
            )
        )
    rows = []
    for _ in range(count):
        pid, first_en, last_en, first_fa, last_fa, unit_id = rng.choice(people)
        conference, _org, city, country = rng.choice(funding_demo.CONFERENCES)
        start = dt.date(2025, 4, 1) + dt.timedelta(days=rng.randrange(600))
        status = rng.choice(("submitted", "approved", "paid", "closed", "rejected", "withdrawn"))
        requested = rng.randrange(300, 1500) * 1_000_000
        rows.append(
            {
                "fiscal_year": 1404 + (start >= dt.date(2026, 3, 21)),
                "status": status,
                "applicant_id": pid,
                "applicant_kind": "faculty",
                "academic_rank": "professor",
                "unit_id": unit_id,
                "conference": f"{conference} {start.year}",
                "city": city,
                "country": country,
                "starts_on": start,
                "ends_on": start + dt.timedelta(days=3),
                "presentation_kind": "oral",
                "paper_title": "Bench paper",
                "requested_irr": requested,
                "approved_irr": requested if status in ("approved", "paid", "closed") else None,
                "search_key": normalize_for_search(
                    " ".join(
                        [
                            conference,
                            city,
                            first_en,
                            last_en,
                            first_fa,
                            last_fa,
                            country_name(country, "en"),
                            country_name(country, "fa"),
                        ]
                    )
                ),
            }
        )
        if len(rows) == 10_000:
            with context.database().writing() as session:
                session.execute(insert(FundingRequest), rows)
            rows = []
    if rows:
        with context.database().writing() as session:
            session.execute(insert(FundingRequest), rows)


def bare(connection: sqlite3.Connection, text: str, normalize) -> int:  # type: ignore[no-untyped-def]
    words = normalize(text).split()
    where = " AND ".join(["r.archived_at IS NULL"] + ["r.search_key LIKE ? ESCAPE '/'"] * len(words))
    params = ["%" + w.replace("/", "//").replace("%", "/%").replace("_", "/_") + "%" for w in words]
    connection.execute(f"SELECT count(*) FROM funding_requests r WHERE {where}", params).fetchone()
    return len(
        connection.execute(
            "SELECT r.id, r.fiscal_year, r.status, p.title, p.first_name_en, p.last_name_en, "
            "p.first_name_fa, "
            "p.last_name_fa, u.name_en, u.name_fa, r.conference, r.city, r.country, r.starts_on, r.ends_on, "
            "r.requested_irr, r.approved_irr, r.paid_irr, r.archived_at FROM funding_requests r "
            "JOIN people p ON p.id = r.applicant_id LEFT OUTER JOIN units u ON u.id = r.unit_id "
            f"WHERE {where} ORDER BY r.id DESC LIMIT {PAGE}",
            params,
        ).fetchall()
    )


def median_ms(action, repeats: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    os.environ["IVC_DESK_HOME"] = str(FOLDER)
    if not (FOLDER / "ivc-desk.sqlite3").exists():
        FOLDER.mkdir(parents=True, exist_ok=True)
        print("building 100,000 requests (once)...", flush=True)
        build()
    from app.common.text import normalize_for_search
    from app.services import context, funding
    from app.services.paging import PageRequest

    context.open_database(FOLDER / "ivc-desk.sqlite3", lock=False)
    connection = sqlite3.connect(FOLDER / "ivc-desk.sqlite3")
    worst_ratio = worst_ms = 0.0
    for text in SEARCHES:
        for end in range(1, len(text) + 1):
            prefix = text[:end]
            request = PageRequest(search=prefix, sort="id", descending=True, limit=PAGE)
            model = median_ms(lambda r=request: funding.list_funding(r))
            plain = median_ms(lambda p=prefix: bare(connection, p, normalize_for_search))
            worst_ratio, worst_ms = max(worst_ratio, model / max(plain, 0.05)), max(worst_ms, model)
        print(f"{text!r:20} last keystroke: model {model:6.1f} ms, bare {plain:6.1f} ms")
    print(
        f"filter: worst model/bare {worst_ratio:.2f}x (budget 3x) -> {worst_ratio / 3:.2f} of budget; "
        f"worst keystroke {worst_ms:.1f} ms (budget 50 ms) -> {worst_ms / 50:.2f} of budget"
    )
    meeting = next(
        r["meeting_id"]
        for r in (
            funding.get_request(row.id).values
            for row in funding.list_funding(
                PageRequest(limit=1000), funding.FundingFilter(status="on_agenda")
            ).rows
        )
        if r["meeting_id"]
    )
    funding.council_annex_pdf(meeting, "fa")  # warm up fonts
    annex = median_ms(lambda: funding.council_annex_pdf(meeting, "fa"), 5)
    decided = (
        funding.list_funding(PageRequest(limit=50), funding.FundingFilter(status="partly_approved"))
        .rows[0]
        .id
    )
    letter = median_ms(lambda: funding.decision_letter_pdf(decided, "en"), 5)
    print(
        f"council annex (fa): {annex:.1f} ms -> {annex / 100:.2f} of 100 ms; "
        f"decision letter (en, other language): {letter:.1f} ms -> {letter / 100:.2f} of 100 ms"
    )
    context.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
