"""Benchmark of the visit itinerary: `python tests/bench/bench_visits.py [--runs N]`.

Prints the median time of printing a five-day bilingual (side-by-side) itinerary of a two-guest delegation
in a warm process, against the 100 ms budget of DESIGN.md section 5, and the same for the English and the
Persian itinerary. The data (a database with that visit) is built once under build/bench/visits/ and
reused. Each run reads the visit from the database and lays out and writes the whole PDF.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
BUILD = ROOT / "build" / "bench" / "visits"
BUDGET_MS = 100.0
MARKER = ".bench-complete"


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def build(folder: Path) -> int:
    """A database holding one five-day visit with a full, detailed programme; returns the visit's id."""
    from app.services import context, directory, settings, visits

    if not (folder / MARKER).exists():  # a build cut short is started again from nothing
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    context.open_database(folder / "ivc-desk.sqlite3")
    context.set_actor("bench")
    if (folder / MARKER).exists():
        return int((folder / MARKER).read_text())
    settings.save(
        {"phone": "+98 21 8899 0011", "email": "ivc@med.example.ac.ir", "address_fa": "تهران، دانشکده پزشکی"}
    )
    partner = directory.save_institution(
        {"name_en": "Karolinska Institutet", "name_fa": "مؤسسه کارولینسکا", "country": "SE"}
    )
    guests = [
        directory.save_person(
            {
                "kind": "foreign_guest",
                "title": title,
                "first_name_en": first,
                "last_name_en": last,
                "country": country,
                "institution_id": partner,
                "position": "Professor",
            }
        )
        for title, first, last, country in (
            ("Prof.", "Lars", "Andersson", "SE"),
            ("Dr.", "Sofia", "García", "ES"),
        )
    ]
    host = directory.save_person(
        {
            "kind": "faculty",
            "title": "Dr.",
            "first_name_en": "Maryam",
            "last_name_en": "Hosseini",
            "first_name_fa": "مریم",
            "last_name_fa": "حسینی",
            "phone": "+98 912 123 4567",
        }
    )
    first = dt.date(2026, 12, 5)
    visit_id = visits.save_visit(
        {
            "kind": "delegation",
            "purpose_en": "Joint research planning in cardiovascular medicine",
            "purpose_fa": "برنامه‌ریزی پژوهش مشترک در طب قلب و عروق",
            "institution_id": partner,
            "host_person_id": host,
            "arrival_date": first,
            "arrival_time": dt.time(4, 30),
            "arrival_flight": "TK878",
            "arrival_airport": "IKA",
            "departure_date": first + dt.timedelta(days=4),
            "departure_time": dt.time(23, 30),
            "departure_flight": "TK879",
            "accommodation": "Faculty guest house",
            "local_transport": "Faculty car",
            "interpreter": "Ms Sara Karimi",
            "costs_by": "faculty",
            "guests": [{"person_id": g} for g in guests],
        }
    )
    for n in range(5):
        day = first + dt.timedelta(days=n)
        keys = (
            ["welcome", "campus_tour", "lecture", "farewell"]
            if n in (0, 4)
            else ["hospital", "lecture", "farewell"]
        )
        for item_id in visits.add_common_items(visit_id, day, keys):
            values = visits.get_item(item_id)
            values.update(
                location="Main building, room 204 (ساختمان اصلی)",
                host_person_id=host,
                participant_ids=[host],
                participants_text="Heads of department",
                transport="Faculty car",
                notes="Coffee will be served; توضیحات بیشتر در محل ارائه می‌شود.",
            )
            visits.save_item(
                visit_id, {k: v for k, v in values.items() if k not in ("id", "visit_id")}, item_id
            )
    (folder / MARKER).write_text(str(visit_id))
    return visit_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    os.environ["IVC_DESK_HOME"] = str(BUILD)
    from app.services import visits

    visit_id = build(BUILD)
    items = len(visits.list_items(visit_id))
    pages = {}
    for lang in ("both", "en", "fa"):
        pdf = visits.itinerary_pdf(visit_id, lang)  # warm-up: fonts, caches, imports
        pages[lang] = pdf.count(b"/Type /Page\n")
    print(
        f"five-day itinerary of a two-guest delegation, {items} items (warm process, median of {args.runs} "
        f"runs); pages: {pages['both']} bilingual, {pages['en']} English, {pages['fa']} Persian"
    )
    for lang, name in (("both", "bilingual, side by side"), ("en", "English"), ("fa", "Persian")):
        ms = median_ms(lambda lang=lang: visits.itinerary_pdf(visit_id, lang), args.runs)
        verdict = "PASS" if ms <= BUDGET_MS else "OVER"
        print(f"  {name:<24} {ms:7.1f} ms  = {ms / BUDGET_MS:.2f} x the {BUDGET_MS:.0f} ms budget  {verdict}")


if __name__ == "__main__":
    main()
