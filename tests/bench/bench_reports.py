"""Benchmark of the annual report: `python tests/bench/bench_reports.py [DATA_DIR] [--runs N]`.

Prints the median time of counting the current Jalali year's report (beside the year before) and of the
whole PDF, against the 2 s budget of issue 17. DATA_DIR defaults to the 100,000-record folder that
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
sys.path.insert(0, str(ROOT / "tests" / "bench"))
DEFAULT = ROOT / "build" / "bench" / "data-100000"

import figures  # noqa: E402

BUDGET_S = 2.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    database = Path(args.data_dir) / "ivc-desk.sqlite3"
    if not database.exists():
        print(f"bench_reports: no database at {database} (run `make bench` first)")
        for key in ("reports.annual.figures", "reports.annual.pdf"):
            figures.not_measured(key, f"no database at {database}")
        return 0
    from app.common import clock, dates
    from app.services import context, reports

    context.open_database(database, readonly=True)
    year = dates.jalali_year(clock.today())
    for key, label, action in (
        ("reports.annual.figures", "figures", lambda: reports.annual_report(year, "fa")),
        ("reports.annual.pdf", "PDF, Persian", lambda: reports.annual_report_pdf(year, "fa")),
    ):
        times: list[float] = []
        while len(times) < args.runs and sum(times) < 60:  # fewer runs when one takes a minute
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        verdict = "PASS" if median <= BUDGET_S else "OVER"
        print(
            f"annual report {year}, {label}: {median:.2f} s, {len(times)} run(s) (budget {BUDGET_S:.0f} s) "
            f"{verdict}",
            flush=True,
        )
        figures.report(key, median, min(times), note=f"year {year}", year=year)
    return 0


if __name__ == "__main__":
    sys.exit(main())
