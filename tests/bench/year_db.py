"""A year of 100,000 records per register, for the annual report's budget (issue 17):
`python tests/bench/year_db.py SOURCE_DIR TARGET_DIR YEAR`.

Copies a folder whose every register holds 100,000 rows (topup.py's) and moves each record of the dated
registers into Jalali year YEAR: the record's own day (a visit's arrival, a meeting's start, an ordinance's
or a letter's issue, a request's submission, an agreement's signature) becomes the year's first day plus
(id modulo the year's days), and every other date of the same record moves by as many days, so a visit
keeps its length and a term its span. A request's fiscal year becomes YEAR. Statuses are left as they are:
the report then counts, of 100,000 records a register dated in the year, those its rules count (issued,
held, not cancelled...), as it would in an office that had such a year. The registers without dates of
their own (people, units, partners) already hold 100,000 rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
from pathlib import Path

DB_FILENAME = "ivc-desk.sqlite3"
# table -> the record's own day (the others of the row move with it)
ANCHORS = {
    "visits": "arrival_date",
    "meetings": "starts_at",
    "ordinances": "coalesce(issued_on, term_start)",
    "letters": "issued_on",
    "funding_requests": "coalesce(submitted_on, starts_on)",
    "agreements": "signed_on",
}
KEPT = {"created_at", "updated_at", "archived_at"}  # when the row was written: not part of the record's year


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    import jdatetime

    first = jdatetime.date(year, 1, 1).togregorian()
    return first, jdatetime.date(year + 1, 1, 1).togregorian() - dt.timedelta(days=1)


def move_into(path: Path, year: int) -> dict[str, int]:
    """Move every dated register's records into `year`; returns the rows of each now dated in it."""
    first, last = year_bounds(year)
    days = (last - first).days + 1
    connection = sqlite3.connect(path)
    counts = {}
    try:
        with connection:
            for table, anchor in ANCHORS.items():
                columns = [
                    (row[1], row[2].upper())
                    for row in connection.execute(f"PRAGMA table_info({table})")
                    if row[2].upper() in ("DATE", "DATETIME") and row[1] not in KEPT
                ]
                shift = (
                    f"printf('%+d days', CAST(julianday(date(:first, '+' || (id % :days) || ' days')) "
                    f"- julianday(date({anchor})) AS INTEGER))"
                )
                sets = [
                    f"{name} = date({name}, {shift})"
                    if kind == "DATE"
                    else f"{name} = strftime('%Y-%m-%d %H:%M:%S.000000', {name}, {shift})"
                    for name, kind in columns
                ]
                if table == "funding_requests":
                    sets.append("fiscal_year = :year")
                connection.execute(
                    f"UPDATE {table} SET {', '.join(sets)} WHERE {anchor} IS NOT NULL",
                    {"first": first.isoformat(), "days": days, "year": year},
                )
                counts[table] = connection.execute(
                    f"SELECT count(*) FROM {table} WHERE date({anchor}) BETWEEN :first AND :last",
                    {"first": first.isoformat(), "last": last.isoformat()},
                ).fetchone()[0]
    finally:
        connection.close()
    return counts


def make(source: Path, target: Path, year: int) -> dict[str, int]:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.lock", "attachments", "documents"))
    return move_into(target / DB_FILENAME, year)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("year", type=int)
    args = parser.parse_args()
    print(make(args.source, args.target, args.year))
    return 0


if __name__ == "__main__":
    sys.exit(main())
