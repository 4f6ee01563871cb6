"""Benchmark of the annual report: `python tests/bench/bench_reports.py [DATA_DIR] [--runs N]`.

The budget of issue 17: the annual report of a year with 100,000 records per register in under 2 s. DATA_DIR
is a folder whose every register holds 100,000 rows (the one `make bench` tops up, tests/bench/run.py); a
copy of it with every dated record moved into the current Jalali year (year_db.py) is made once beside it
and reused. On that copy this times, in one warm process, counting the year's report (beside the year
before) and the whole Persian PDF: median and minimum of the runs, wall-clock and CPU time (the machine may
be shared: CPU time is what the report itself costs), each against the 2 s budget.
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
DEFAULT = ROOT / "build" / "bench" / "data-100000-full"

import figures  # noqa: E402
import year_db  # noqa: E402

BUDGET_S = 2.0
MARKER = "year.txt"


def year_folder(source: Path, year: int) -> Path:
    """The copy of `source` with a year of 100,000 records per register, made once per source and schema."""
    from db import SCHEMA_REVISION

    target = source.parent / f"{source.name}-year"
    wanted = f"year={year} source={source.resolve()} schema={SCHEMA_REVISION}\n"
    if (target / MARKER).exists() and (target / MARKER).read_text() == wanted:
        return target
    print(f"moving every dated record of {source.name} into {year}, in {target.name} ...", flush=True)
    start = time.perf_counter()
    counts = year_db.make(source, target, year)
    print(f"  dated in {year}: {counts} ({time.perf_counter() - start:.1f} s)", flush=True)
    (target / MARKER).write_text(wanted)
    return target


def timed(action, runs: int) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    walls: list[float] = []
    cpus: list[float] = []
    while len(walls) < runs and sum(walls) < 60:  # fewer runs when one takes a minute
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return walls, cpus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", nargs="?", default=str(DEFAULT))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = Path(args.data_dir)
    keys = (
        "reports.annual.figures",
        "reports.annual.pdf",
        "reports.annual.figures.cpu",
        "reports.annual.pdf.cpu",
    )
    if not (source / year_db.DB_FILENAME).exists():
        print(f"bench_reports: no database at {source} (run `make bench` first)")
        for key in keys:
            figures.not_measured(key, f"no database in {source}")
        return 0
    from app.common import clock, dates
    from app.services import context, reports

    year = dates.jalali_year(clock.today())
    folder = year_folder(source, year)
    context.open_database(folder / year_db.DB_FILENAME, readonly=True)
    try:
        reports.annual_report(year, "fa")  # warm: statements compiled, pages in the cache
        for key, label, action in (
            ("reports.annual.figures", "figures", lambda: reports.annual_report(year, "fa")),
            ("reports.annual.pdf", "PDF, Persian", lambda: reports.annual_report_pdf(year, "fa")),
        ):
            walls, cpus = timed(action, args.runs)
            for name, values in ((key, walls), (f"{key}.cpu", cpus)):
                median = statistics.median(values)
                figures.report(
                    name, median, min(values), note=f"year {year}, {len(values)} run(s)", year=year
                )
            print(
                f"annual report {year}, {label}: wall {statistics.median(walls):.2f} s, CPU "
                f"{statistics.median(cpus):.2f} s, {len(walls)} run(s) (budget {BUDGET_S:.0f} s)",
                flush=True,
            )
    finally:
        context.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
