"""Benchmark of the annual report: `python tests/bench/bench_reports.py [DATA_DIR] [--runs N]`.

Prints the median time of counting the current Jalali year's report (beside the year before) and of the
whole PDF, against the 2 s budget of issue 17; and, to compare, the time of reading the same two years'
records one by one (what the report did before its counts moved into SQL, and what a figure's traces still
do). DATA_DIR defaults to the 100,000-record folder that
`make bench` (tests/bench/run.py) makes; without it the benchmark says so and stops.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT / "build" / "bench" / "data-100000"
BUDGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    database = Path(args.data_dir) / "ivc-desk.sqlite3"
    if not database.exists():
        print(f"bench_reports: no database at {database} (run `make bench` first)")
        return 0
    from app.common import clock, dates
    from app.services import context, reports
    from app.services.reports.records import Year

    context.open_database(database, readonly=True)
    year = dates.jalali_year(clock.today())

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
        for _ in range(args.runs):
            start, started = time.perf_counter(), time.process_time()
            action()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - started)
        median = statistics.median(times)
        verdict = "PASS" if median <= BUDGET_S else "OVER"
        print(
            f"annual report {year}, {label}: {median:.2f} s (budget {BUDGET_S:.0f} s) {verdict}; "
            f"CPU {statistics.median(cpu):.2f} s (on a shared machine the wall time waits for others)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
