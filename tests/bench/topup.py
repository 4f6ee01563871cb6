"""Every register at 100,000 records: `python tests/bench/topup.py SOURCE_DIR TARGET_DIR [--records N]`.

`ivc-desk demo --size 100000` fills people, meetings and visits to 100,000, but keeps the registers an
office has few of small (36 units, 10,000 partners and agreements, some hundred letters, ordinances and
funding requests). The filter and search budgets of issue 21 are set at 100,000 records in every register,
so this copies the demo folder and tops each smaller register up to N rows by copying its own rows in SQL
(INSERT ... SELECT, so the search index's triggers index the copies as they index any insert). Unique
columns are made unique again (a name key or a number gets " #n", a sequence is moved past the others);
everything else, the search key included, is copied as it is, so a search matches the copies as it matches
their originals.

Used by run.py for the filter-as-you-type and search-box figures only: start-up and memory are measured on
the demo folder itself, whose small registers are the ones an office has.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
from pathlib import Path

DB_FILENAME = "ivc-desk.sqlite3"
# table -> {column: SQL expression giving the n-th copy (`:n`) a unique value}
TABLES = {
    "units": {"name_key": "name_key || ' #' || :n"},
    "institutions": {"name_key": "name_key || ' #' || :n"},
    "agreements": {},
    "letters": {
        "number": "CASE WHEN number IS NULL THEN NULL ELSE number || ' #' || :n END",
        "sequence": "CASE WHEN sequence IS NULL THEN NULL ELSE sequence + :n * 1000000 END",
    },
    "funding_requests": {},
    "ordinances": {
        "number": "CASE WHEN number IS NULL THEN NULL ELSE number || ' #' || :n END",
        "sequence": "CASE WHEN sequence IS NULL THEN NULL ELSE sequence + :n * 1000000 END",
    },
}
# Links to other rows of the same table would point at originals; a copy has none.
SELF_LINKS = {"previous_id", "ended_by_id"}


def top_up(path: Path, records: int) -> dict[str, int]:
    connection = sqlite3.connect(path)
    counts = {}
    try:
        with connection:
            for table, unique in TABLES.items():
                columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                kept = [c for c in columns if c != "id"]
                values = [
                    unique.get(c, "NULL" if c in SELF_LINKS else c) for c in kept
                ]  # the copy's value of each column
                original = connection.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
                have = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                n = 0
                while 0 < have < records:
                    n += 1
                    connection.execute(
                        f"INSERT INTO {table} ({', '.join(kept)}) SELECT {', '.join(values)} FROM {table} "
                        f"WHERE id <= :original ORDER BY id LIMIT :wanted",
                        {"n": n, "original": original, "wanted": records - have},
                    )
                    have = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                counts[table] = have
    finally:
        connection.close()
    return counts


def make(source: Path, target: Path, records: int) -> dict[str, int]:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.lock", "attachments", "documents"))
    return top_up(target / DB_FILENAME, records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    print(make(args.source, args.target, args.records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
