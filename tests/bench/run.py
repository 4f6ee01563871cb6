"""`make bench`: start-up, memory and filter-as-you-type against the budgets of DESIGN.md section 5.

    python tests/bench/run.py [--rounds N] [--no-filter] [--no-letters] [--rebuild]

1. Makes (once, cached under build/bench/ with a marker file) two data folders filled by
   `ivc-desk demo --size N`: 1,000 and 100,000 records per register.
2. Runs, alternating in rounds (a, b, c1k, c100k, a, b, ...), the first round a discarded warm-up:
   (a) tests/bench/floor_bare.py   a bare QMainWindow + QTabWidget, quit after its first paint;
   (b) tests/bench/floor_stack.py  the same + sqlalchemy.orm + a 50-row SELECT in a QTableView;
   (c) ivc-desk --exit-after-start on the 1,000 and the 100,000 database (IVC_DESK_TIMINGS=1).
   For each process: launch -> first paint and launch -> ready (from the stderr timing lines, Unix times
   compared with time.time() taken just before Popen), launch -> exit, and its own peak RSS (os.wait4).
3. Prints the medians and the budget ratios, each marked PASS or OVER.
4. Runs tests/bench/bench_filter.py (filter-as-you-type on the 100,000 database) and, when it exists,
   tests/bench/bench_letters.py, and includes their output.

It is a report, not a test: the exit status is 0 even when a budget is exceeded (non-zero only when a
measurement could not be made). The child processes get their own XDG_CONFIG_HOME (under build/bench/),
so the interface preferences are the defaults whatever the user running the benchmark has chosen.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "bench"
BUILD = ROOT / "build" / "bench"
SIZES = (1_000, 100_000)
MARKER = ".bench-complete"
DB_FILENAME = "ivc-desk.sqlite3"

# The budgets of DESIGN.md section 5.
FIRST_PAINT_BUDGET = 1.5  # app first paint / floor (a)
READY_BUDGET = 1.3  # app ready / floor (b), at 1,000 and at 100,000 records
MEMORY_BUDGET = 1.5  # app peak RSS with 100,000 records / floor (b) peak RSS


def python() -> str:
    return sys.executable


def ivc_desk() -> list[str]:
    """The installed `ivc-desk` script next to this Python, else `python -m app`."""
    script = Path(sys.executable).parent / "ivc-desk"
    return [str(script)] if script.exists() else [python(), "-m", "app"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["IVC_DESK_TIMINGS"] = "1"
    env["XDG_CONFIG_HOME"] = str(BUILD / "config")  # default interface preferences, nothing of the user's
    env.pop("IVC_DESK_HOME", None)
    return env


# ---------------------------------------------------------------- the databases


def schema_revision() -> str:
    try:
        sys.path.insert(0, str(ROOT))
        from db import SCHEMA_REVISION

        return str(SCHEMA_REVISION)
    except Exception:  # noqa: BLE001 - only used to notice a changed schema
        return "unknown"
    finally:
        sys.path.remove(str(ROOT))


def data_dir(size: int) -> Path:
    return BUILD / f"data-{size}"


def ensure_database(size: int, revision: str, rebuild: bool) -> Path:
    """The data folder holding a demo database of `size` records per register, made once and reused."""
    folder = data_dir(size)
    marker = folder / MARKER
    wanted = f"size={size} schema={revision}\n"
    if not rebuild and marker.exists() and marker.read_text() == wanted and (folder / DB_FILENAME).exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    print(f"making the {size:,}-record database in {folder.relative_to(ROOT)} ...", flush=True)
    start = time.perf_counter()
    done = subprocess.run(
        [*ivc_desk(), "--data-dir", str(folder), "demo", "--size", str(size)],
        env=child_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"run.py: `ivc-desk demo --size {size}` failed:\n{done.stderr.strip()}")
    print(f"  {done.stdout.strip()} ({time.perf_counter() - start:.1f} s)", flush=True)
    marker.write_text(wanted)
    return folder


# ---------------------------------------------------------------- one measured process


@dataclass
class Run:
    total: float  # launch -> exit, seconds
    first_paint: float | None  # launch -> first paint
    ready: float | None  # launch -> ready (for the floors: their paint)
    peak_kb: int  # the process's own peak RSS
    cpu: float  # user + system CPU seconds


def measure(command: list[str]) -> Run:
    """Launch `command`, wait for it with os.wait4 (its own rusage), and read the timing lines."""
    env = child_env()
    launch = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    assert process.stderr is not None
    err = process.stderr.read()  # EOF when the process ends; the timing lines are a few bytes
    _pid, status, usage = os.wait4(process.pid, 0)
    end = time.time()
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    text = err.decode(errors="replace")
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}:\n{text.strip()}")
    stamps: dict[str, float] = {}
    for line in text.splitlines():
        words = line.split()
        if len(words) == 3 and words[0] == "ivc-desk-timing":
            stamps.setdefault(words[1], float(words[2]))
        elif len(words) == 2 and words[0] == "first-paint":
            stamps.setdefault("first-paint", float(words[1]))
    paint = stamps.get("first-paint")
    ready = stamps.get("ready", paint)
    return Run(
        total=end - launch,
        first_paint=None if paint is None else paint - launch,
        ready=None if ready is None else ready - launch,
        peak_kb=usage.ru_maxrss,
        cpu=usage.ru_utime + usage.ru_stime,
    )


@dataclass
class Series:
    name: str
    command: list[str]
    runs: list[Run] = field(default_factory=list)

    def values(self, attribute: str) -> list[float]:
        return [v for v in (getattr(r, attribute) for r in self.runs) if v is not None]

    def median(self, attribute: str) -> float:
        values = self.values(attribute)
        if not values:
            raise RuntimeError(f"{self.name}: no {attribute} measured (timing line missing)")
        return statistics.median(values)

    def spread(self, attribute: str, scale: float = 1.0, digits: int = 3) -> str:
        values = [v * scale for v in self.values(attribute)]
        return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


# ---------------------------------------------------------------- report


def header() -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    try:
        import sqlalchemy

        sqlalchemy_version = sqlalchemy.__version__
    except ImportError:
        sqlalchemy_version = "absent"
    import sqlite3

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print("=" * 78)
    print(f"IVC Desk benchmarks  {time.strftime('%Y-%m-%d %H:%M:%S')}")
    print(f"machine: nproc {usable} ({os.cpu_count()} CPUs), {cpu}, {platform.system()} {platform.release()}")
    busy = hasattr(os, "getloadavg") and os.getloadavg()[0] > 0.5 * (usable or 1)
    print(
        f"load average at start: {load}" + ("  (the machine is busy: expect noisy figures)" if busy else "")
    )
    print(
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}, "
        f"SQLAlchemy {sqlalchemy_version}, SQLite {sqlite3.sqlite_version}"
    )
    print("=" * 78, flush=True)


def verdict(ratio: float, budget: float) -> str:
    return "PASS" if ratio <= budget else "OVER"


def startup(rounds: int, folders: dict[int, Path]) -> None:
    small, large = folders[SIZES[0]], folders[SIZES[1]]
    series = [
        Series("a", [python(), str(HERE / "floor_bare.py")]),
        Series("b", [python(), str(HERE / "floor_stack.py"), str(large / DB_FILENAME)]),
        Series("c1k", [*ivc_desk(), "--data-dir", str(small), "--exit-after-start"]),
        Series("c100k", [*ivc_desk(), "--data-dir", str(large), "--exit-after-start"]),
    ]
    print(
        f"\n## Start-up: {rounds} rounds of a, b, c1k, c100k (round 1 is a warm-up, not counted)", flush=True
    )
    start = time.perf_counter()
    for number in range(rounds):
        for s in series:
            run = measure(s.command)
            if number > 0:
                s.runs.append(run)
    print(f"({time.perf_counter() - start:.1f} s)")
    a, b, c1, c100 = series

    print("\nmedian (min-max) over the counted rounds; seconds from launch, peak RSS in MB")
    print(f"{'':32} {'first paint':>22} {'ready':>22} {'exit (total)':>22} {'peak RSS':>20}")
    rows = [
        ("(a) bare floor", a, False),
        ("(b) stack floor (100k db)", b, False),
        ("app, 1,000 records", c1, True),
        ("app, 100,000 records", c100, True),
    ]
    for label, s, is_app in rows:
        paint = s.spread("first_paint")
        ready = s.spread("ready") if is_app else "(= its paint)"
        total = s.spread("total")
        memory = s.spread("peak_kb", 1 / 1024, 1)
        print(f"{label:32} {paint:>22} {ready:>22} {total:>22} {memory:>20}")
    print(
        "CPU (user+sys) medians: "
        + ", ".join(f"{s.name} {statistics.median(s.values('cpu')):.3f} s" for s in series)
    )

    print(
        "\nbudgets (DESIGN.md section 5): ratio of the medians (verdict); ratio of the minimums, which other"
    )
    print("load on the machine disturbs least, in brackets:")
    checks = [
        ("first paint, 1k   / (a) paint", c1, "first_paint", a, "first_paint", FIRST_PAINT_BUDGET),
        ("first paint, 100k / (a) paint", c100, "first_paint", a, "first_paint", FIRST_PAINT_BUDGET),
        ("ready, 1k   / (b) paint", c1, "ready", b, "first_paint", READY_BUDGET),
        ("ready, 100k / (b) paint", c100, "ready", b, "first_paint", READY_BUDGET),
        ("peak RSS at ready, 100k / (b)", c100, "peak_kb", b, "peak_kb", MEMORY_BUDGET),
    ]
    for label, app, what, floor, floor_what, budget in checks:
        ratio = app.median(what) / floor.median(floor_what)
        best = min(app.values(what)) / min(floor.values(floor_what))
        print(f"  {label:32} {ratio:5.2f}x  [{best:4.2f}x]  (budget <= {budget}x)  {verdict(ratio, budget)}")
    print("for information, against total process times (launch -> exit):")
    print(
        f"  (b) / (a) {b.median('total') / a.median('total'):.2f}x (DESIGN.md: about 2.5x);"
        f"  app 1k / (b) {c1.median('total') / b.median('total'):.2f}x;"
        f"  app 100k / (b) {c100.median('total') / b.median('total'):.2f}x;"
        f"  app first paint 1k / (a) exit {c1.median('first_paint') / a.median('total'):.2f}x"
    )
    print(
        f"  app ready -> exit (shutdown): 1k {c1.median('total') - c1.median('ready'):.3f} s,"
        f" 100k {c100.median('total') - c100.median('ready'):.3f} s;"
        f" app first paint -> ready: 1k {c1.median('ready') - c1.median('first_paint'):.3f} s,"
        f" 100k {c100.median('ready') - c100.median('first_paint'):.3f} s",
        flush=True,
    )


def run_script(title: str, command: list[str]) -> bool:
    print(f"\n## {title}", flush=True)
    start = time.perf_counter()
    done = subprocess.run(command, env=child_env(), cwd=ROOT)
    print(f"({time.perf_counter() - start:.1f} s)", flush=True)
    if done.returncode != 0:
        print(f"run.py: {' '.join(command[1:])} exited with {done.returncode}", flush=True)
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description="IVC Desk benchmarks (DESIGN.md section 5)")
    parser.add_argument("--rounds", type=int, default=21, help="rounds of a, b, c1k, c100k, incl. 1 warm-up")
    parser.add_argument("--no-filter", action="store_true", help="skip the filter-as-you-type benchmark")
    parser.add_argument("--no-letters", action="store_true", help="skip bench_letters.py")
    parser.add_argument("--skip", nargs="*", default=[], metavar="AREA", help="skip bench_AREA.py scripts")
    parser.add_argument("--rebuild", action="store_true", help="make the benchmark databases again")
    args = parser.parse_args()
    if args.rounds < 2:
        parser.error("--rounds must be at least 2 (the first is a warm-up)")

    started = time.perf_counter()
    header()
    revision = schema_revision()
    folders = {size: ensure_database(size, revision, args.rebuild) for size in SIZES}
    ok = True
    try:
        startup(args.rounds, folders)
    except RuntimeError as exc:
        print(f"run.py: start-up benchmark failed: {exc}", flush=True)
        ok = False
    if not args.no_filter:
        database = folders[SIZES[1]] / DB_FILENAME
        ok &= run_script(
            "Filter as you type, 100,000 people (bench_filter.py)",
            [python(), str(HERE / "bench_filter.py"), str(database)],
        )
    letters = HERE / "bench_letters.py"
    if not args.no_letters and letters.exists():
        ok &= run_script("Letters (bench_letters.py)", [python(), str(letters)])
    # Each register's own benchmark (bench_<area>.py, run with no arguments; it builds its own data under
    # build/bench and prints its figures as ratios).
    for script in sorted(HERE.glob("bench_*.py")):
        if script.name not in ("bench_filter.py", "bench_letters.py") and script.stem[6:] not in args.skip:
            ok &= run_script(f"{script.stem[6:].capitalize()} ({script.name})", [python(), str(script)])
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(
        f"\nbenchmarks done in {time.perf_counter() - started:.0f} s; load average at the end: {load}",
        flush=True,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
