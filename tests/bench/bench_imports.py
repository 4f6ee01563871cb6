"""Benchmark of the import (issue 16): `python tests/bench/bench_imports.py [--rows N]`.

A people sheet of N rows (default 10,000: Persian and Latin names, units, emails, countries) is read and
previewed, then imported in one transaction, on an empty database; the first --one-by-one rows (default
1,000) are then written one by one through directory.save_person on another empty database, and that time
scaled to all the rows for the comparison. Budgets: preview under 5 s (issue 21), import under 10 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

import figures  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from app.services import context, directory, imports  # noqa: E402

_FIRST_FA = ("علی", "مریم", "حسین", "زهرا", "رضا", "فاطمه", "محمد", "سارا")
_LAST_FA = ("رضایی", "کریمی", "احمدی", "حسینی", "موسوی", "نوری", "کاظمی", "صادقی")
_FIRST_EN = ("Ali", "Maryam", "Hossein", "Zahra", "Reza", "Fatemeh", "Mohammad", "Sara")
_LAST_EN = ("Rezaei", "Karimi", "Ahmadi", "Hosseini", "Mousavi", "Nouri", "Kazemi", "Sadeghi")


def sheet(path: Path, rows: int) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(["ردیف", "نام", "نام خانوادگی", "first name", "last name", "گروه", "ایمیل", "کشور"])
    for n in range(rows):
        a, b = n % 8, (n // 8) % 8
        ws.append(
            [
                n + 1,
                _FIRST_FA[a],
                f"{_LAST_FA[b]} {n}",
                _FIRST_EN[a],
                f"{_LAST_EN[b]} {n}",
                f"گروه {n % 40}",
                f"p{n}@example.ir",
                "ایران",
            ]
        )
    book.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--one-by-one", type=int, default=1_000, help="rows saved one by one, for comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = sheet(Path(folder) / "people.xlsx", args.rows)
        context.open_database(Path(folder) / "a.sqlite3")
        context.set_actor("bench")
        start, cpu = time.perf_counter(), time.process_time()
        table = imports.open_sheet("people", path)
        read = time.perf_counter() - start
        result = imports.preview("people", table, imports.guess_mapping("people", table))
        previewed, previewed_cpu = time.perf_counter() - start, time.process_time() - cpu
        figures.report(
            "imports.preview.10k", previewed, note=f"{args.rows:,} rows", rows=args.rows, cpu=previewed_cpu
        )
        start, cpu = time.perf_counter(), time.process_time()
        done = imports.apply_import(result)
        imported, imported_cpu = time.perf_counter() - start, time.process_time() - cpu
        context.close_database()
        assert done.added == args.rows, done
        context.open_database(Path(folder) / "b.sqlite3")
        context.set_actor("bench")
        unit_ids: dict[str, int] = {}
        start = time.perf_counter()
        some = result.rows[: args.one_by_one]
        for outcome in some:
            values = dict(outcome.values)
            if outcome.unit not in unit_ids:
                unit_ids[outcome.unit] = directory.save_unit({"kind": "department", "name_fa": outcome.unit})
            values["unit_id"] = unit_ids[outcome.unit]
            directory.save_person(values)
        one_by_one = (time.perf_counter() - start) * len(result.rows) / max(1, len(some))
        context.close_database()
    print(
        f"{args.rows} rows: read {read:.2f} s, read + preview {previewed:.2f} s (CPU {previewed_cpu:.2f} s; "
        f"budget 5 s), import {imported:.2f} s (CPU {imported_cpu:.2f} s; budget 10 s); "
        "the same rows one by one "
        f"through the services (the first {len(some):,}, scaled to all): {one_by_one:.2f} s "
        f"({one_by_one / imported:.1f}x the import)"
    )
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
