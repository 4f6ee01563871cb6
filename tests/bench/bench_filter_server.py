"""Filter-as-you-type on the People register for `make bench-pg`:
`python tests/bench/bench_filter_server.py DB_FILE [--repeats N] [--server URL]`; with `--server URL` the
same on the office's PostgreSQL server (the bare SQL then through psycopg).

In one process the database is opened as the app opens it (app.services.context.open_database) and the
People table model is built as the People tab builds it (PagedTableModel over directory.list_people,
sorted by the Persian name). Several search strings are then "typed" one keystroke at a time; for each
prefix this times:
  model   model.reload(search=prefix): the service's queries, the row objects and the model reset;
  bare    the same filter as plain SQL through sqlite3: a SELECT count(*) and a SELECT of the first 200
          rows (the same columns and join as the service) ordered by sort_fa, with the service's WHERE:
          archived_at IS NULL AND search_key LIKE '%word%' for every normalised word.
Each typing is repeated (default 3 times) and the median of the repeats is each keystroke's time.
Budgets (DESIGN.md section 5): model within 3x of bare, and under 50 ms, for every keystroke.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ("rezaei", "رضایی", "mohammad ahmadi", "zzz", "a", "hosp", "@med", "09")
RATIO_BUDGET = 3.0
ABSOLUTE_BUDGET_MS = 50.0
PAGE = 200  # the People table's page size (PagedTableModel's default)

BARE_COLUMNS = (
    "people.id, people.kind, people.title, people.first_name_en, people.last_name_en, people.first_name_fa, "
    "people.last_name_fa, units.name_en, units.name_fa, people.email, people.phone, people.country, "
    "people.passport_number, people.archived_at"
)


def like_pattern(word: str) -> str:
    """The LIKE operand SQLAlchemy's contains(word, autoescape=True) sends (escape character '/')."""
    escaped = word.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def bare_query(connection: sqlite3.Connection, text: str, normalize) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The filter as plain SQL: (how many match, rows fetched for the first page)."""
    words = normalize(text).split()
    mark = "?" if isinstance(connection, sqlite3.Connection) else "%s"
    where = " AND ".join(
        ["people.archived_at IS NULL"] + [f"people.search_key LIKE {mark} ESCAPE '/'"] * len(words)
    )
    params = [like_pattern(w) for w in words]
    total = connection.execute(f"SELECT count(*) FROM people WHERE {where}", params).fetchone()[0]
    rows = connection.execute(
        f"SELECT {BARE_COLUMNS} FROM people LEFT OUTER JOIN units ON people.unit_id = units.id "
        f"WHERE {where} ORDER BY people.sort_fa, people.id LIMIT {PAGE}",
        params,
    ).fetchall()
    return total, len(rows)


def server_connection(url: str):  # type: ignore[no-untyped-def]
    """A plain psycopg connection to the server (autocommit: each query its own snapshot, as the app's
    reads)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=u.username, password=u.password, autocommit=True
    )


def ms(seconds: float) -> float:
    return seconds * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_db = ROOT / "build" / "bench" / "data-100000" / "ivc-desk.sqlite3"
    parser.add_argument("database", nargs="?", default=str(default_db), help="the 100,000-record database")
    parser.add_argument("--repeats", type=int, default=3, help="times each string is typed (default 3)")
    parser.add_argument("--server", metavar="URL", help="time the filter on this PostgreSQL database instead")
    args = parser.parse_args()
    path = Path(args.database)
    if not args.server and not path.exists():
        print(f"bench_filter.py: no database at {path} (run tests/bench/run.py to make it)", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from app.common.text import normalize_for_search
    from app.services import context, directory
    from app.ui import i18n
    from app.ui.models.paged import PagedTableModel
    from app.ui.tabs.directory.people import people_columns

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(app, "fa")
    if args.server:
        context.open_database(url=args.server)
    else:
        context.open_database(path)
    model = PagedTableModel(people_columns(), directory.list_people, directory.PageRequest(sort="name_fa"))
    model.reload()
    people = model.total
    bare = server_connection(args.server) if args.server else sqlite3.connect(path)
    bare_query(bare, "", normalize_for_search)  # warm both paths: caches, prepared statements
    for warm in ("a", "zzz"):
        model.reload(search=warm)
        bare_query(bare, warm, normalize_for_search)

    # keystroke (search string, prefix) -> times over the repeats
    model_times: dict[tuple[str, str], list[float]] = {}
    bare_times: dict[tuple[str, str], list[float]] = {}
    matches: dict[tuple[str, str], int] = {}
    mismatches: list[str] = []
    for _ in range(args.repeats):
        for text in SEARCHES:
            model.reload(search="")  # the box is cleared between searches (not timed)
            for end in range(1, len(text) + 1):
                prefix = text[:end]
                key = (text, prefix)
                start = time.perf_counter()
                model.reload(search=prefix)
                model_times.setdefault(key, []).append(time.perf_counter() - start)
                start = time.perf_counter()
                total, fetched = bare_query(bare, prefix, normalize_for_search)
                bare_times.setdefault(key, []).append(time.perf_counter() - start)
                matches[key] = total
                if (model.total, model.rowCount()) != (total, fetched):
                    mismatches.append(
                        f"{prefix!r}: model {model.total}/{model.rowCount()}, bare {total}/{fetched}"
                    )
    bare.close()
    context.close_database()

    keys = list(model_times)
    model_ms = {k: ms(statistics.median(v)) for k, v in model_times.items()}
    bare_ms = {k: ms(statistics.median(v)) for k, v in bare_times.items()}
    ratio = {k: model_ms[k] / bare_ms[k] if bare_ms[k] > 0 else float("inf") for k in keys}

    print(
        f"{people:,} live people; {len(keys)} keystrokes over {len(SEARCHES)} strings, each typed "
        f"{args.repeats} times (a keystroke's time: median of its repeats); times in ms"
    )
    print(
        f"{'string':>18} {'keys':>4} {'model med/max':>15} {'bare med/max':>15} {'ratio med/max':>15}  "
        "matches (last key)"
    )
    for text in SEARCHES:
        ks = [k for k in keys if k[0] == text]
        m = [model_ms[k] for k in ks]
        b = [bare_ms[k] for k in ks]
        r = [ratio[k] for k in ks]
        shown = f"'{text}'"
        print(
            f"{shown:>18} {len(ks):>4} {statistics.median(m):7.1f}/{max(m):<7.1f} "
            f"{statistics.median(b):7.1f}/{max(b):<7.1f} {statistics.median(r):7.2f}/{max(r):<7.2f}  "
            f"{matches[ks[-1]]:,}"
        )
    all_m = [model_ms[k] for k in keys]
    all_b = [bare_ms[k] for k in keys]
    all_r = [ratio[k] for k in keys]
    print(
        f"{'all keystrokes':>18} {len(keys):>4} {statistics.median(all_m):7.1f}/{max(all_m):<7.1f} "
        f"{statistics.median(all_b):7.1f}/{max(all_b):<7.1f} "
        f"{statistics.median(all_r):7.2f}/{max(all_r):<7.2f}"
    )

    over_ratio = [k for k in keys if ratio[k] > RATIO_BUDGET]
    over_time = [k for k in keys if model_ms[k] >= ABSOLUTE_BUDGET_MS]
    worst_ratio = max(all_r)
    worst_time = max(all_m)
    print("\nbudgets (DESIGN.md section 5), every keystroke:")
    print(
        f"  model refresh / bare SQL      worst {worst_ratio:5.2f}x, median {statistics.median(all_r):.2f}x "
        f"(budget <= {RATIO_BUDGET:.0f}x)  {'PASS' if not over_ratio else 'OVER'}"
    )
    print(
        f"  model refresh, absolute       worst {worst_time:5.1f} ms, median {statistics.median(all_m):.1f} "
        f"ms (budget < {ABSOLUTE_BUDGET_MS:.0f} ms)  {'PASS' if not over_time else 'OVER'}"
    )
    if over_ratio or over_time:
        print("keystrokes over a budget (prefix: model ms, bare ms, ratio, matches):")
        for k in keys:
            if k in over_ratio or k in over_time:
                why = " and ".join(
                    w for w, bad in (("ratio", k in over_ratio), ("> 50 ms", k in over_time)) if bad
                )
                print(
                    f"  '{k[1]}' (typing '{k[0]}'): {model_ms[k]:.1f} ms, {bare_ms[k]:.1f} ms, "
                    f"{ratio[k]:.2f}x, {matches[k]:,} matches  [{why}]"
                )
    else:
        print("no keystroke over a budget")
    if mismatches:
        print("WARNING: the model and the bare SQL disagree on:", *mismatches[:10], sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
