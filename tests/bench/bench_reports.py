"""Benchmark of the annual report: `python tests/bench/bench_reports.py [DATA_DIR ...] [--runs N]`.

Prints the median time of counting the current Jalali year's report (beside the year before) and of the
whole PDF, against the 2 s budget of issue 17; and, to compare, the time of reading the same two years'
records one by one (what the report did before its counts moved into SQL, and what a figure's traces still
do). The DATA_DIRs default to the 1,000- and 100,000-record folders that `make bench` (tests/bench/run.py)
makes (a 5,000 one: `ivc-desk --data-dir DIR demo --size 5000`); a missing one is said and skipped.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULTS = [ROOT / "build" / "bench" / f"data-{size}" for size in (1000, 100_000)]  # what `make bench` makes
BUDGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dirs", nargs="*", default=[str(d) for d in DEFAULTS], metavar="DATA_DIR")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    for data_dir in args.data_dirs:
        database = Path(data_dir) / "ivc-desk.sqlite3"
        if not database.exists():
            print(f"bench_reports: no database at {database} (run `make bench` first)")
            continue
        measure(database, args.runs)
    return 0


def measure(database: Path, runs: int) -> None:
    from app.common import clock, dates
    from app.services import context, reports
    from app.services.reports.records import Year

    context.open_database(database, readonly=True)
    year = dates.jalali_year(clock.today())
    with context.database().reading() as session:
        from sqlalchemy import func, select

        from db.models import Visit

        visits = session.execute(select(func.count(Visit.id))).scalar_one()
    print(f"{database.parent.name}: {visits:,} visits")

    def one_by_one() -> None:
        with context.database().reading() as session:
            for y in (year, year - 1):
                Year(session, y, "fa", clock.today()).gather()

    for label, action in (
        ("figures", lambda: reports.annual_report(year, "fa")),
        ("PDF, Persian", lambda: reports.annual_report_pdf(year, "fa")),
        ("records one by one (the traces; the report before)", one_by_one),
    ):
        times, cpu = [], []
        for _ in range(runs):
            start, started = time.perf_counter(), time.process_time()
            action()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - started)
        median = statistics.median(times)
        verdict = "PASS" if median <= BUDGET_S else "OVER"
        print(
            f"  annual report {year}, {label}: {median:.2f} s (budget {BUDGET_S:.0f} s) {verdict}; "
            f"CPU {statistics.median(cpu):.2f} s (on a shared machine the wall time waits for others)"
        )
    context.close_database()


if __name__ == "__main__":
    sys.exit(main())
