"""`make bench`: every figure of issue 21 against its budget, in one summary table.

    python tests/bench/run.py [--rounds N] [--session-rounds N] [--skip AREA ...] [--only AREA ...]
                              [--rebuild]

1. Makes (once, cached under build/bench/ with a marker file) two data folders filled by
   `ivc-desk demo --size N`: 1,000 and 100,000 records per register; and a copy of the second whose
   smaller registers are topped up to 100,000 rows each (tests/bench/topup.py), for the filter and search.
2. Start-up: runs, alternating in rounds (a, b, c1k, c100k, a, b, ...), the first round a discarded warm-up:
   (a) tests/bench/floor_bare.py   a bare QMainWindow + QTabWidget, quit after its first paint;
   (b) tests/bench/floor_stack.py  the same + sqlalchemy.orm + a 50-row SELECT in a QTableView;
   (c) ivc-desk --exit-after-start on the 1,000 and the 100,000 database (IVC_DESK_TIMINGS=1; Today is the
       default tab, and "ready" is its first page painted).
   For each process: launch -> first paint and launch -> ready (from the stderr timing lines, Unix times
   compared with time.time() taken just before Popen), launch -> exit, its peak RSS when it says "ready"
   (VmHWM of /proc/PID/status, read as the line arrives; the floors: at their paint), and its own peak RSS
   over its whole life (os.wait4).
3. Runs the bench scripts (tests/bench/bench_*.py): filter-as-you-type in every register, the one search
   box, letters / minutes / xlsx against LibreOffice, the import preview, the annual report, memory over a
   scripted session, and each register's own benchmark. Each hands its figures over through
   tests/bench/figures.py (IVC_BENCH_FIGURES).
4. Prints one table: each figure, its floor or peer, the ratio, the budget and a verdict (PASS, OVER, or
   NOT MEASURED with the reason), the median and the minimum of the run; and writes build/bench/results.json
   (commit, date, machine, every figure) so that runs can be compared across commits.

It is a report, not a test: the exit status is 0 even when a budget is exceeded (non-zero only when a
measurement could not be made). The child processes get their own XDG_CONFIG_HOME (under build/bench/),
so the interface preferences are the defaults whatever the user running the benchmark has chosen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import figures  # noqa: E402
from launch import (  # noqa: E402, F401 (bench_server.py reads them as run.*)
    BUILD,
    DB_FILENAME,
    HERE,
    ROOT,
    SIZES,
    Series,
    byte_compile,
    child_env,
    commit,
    data_dir,
    ensure_database,
    ensure_full,
    header,
    ivc_desk,
    measure,
    python,
    schema_revision,
)

# The scripts run, in this order (the others found in tests/bench/bench_*.py run after them).
ORDER = ("filter", "today", "letters", "office", "imports", "reports", "session")


def startup(rounds: int, folders: dict[int, Path], full: Path, full_rounds: int) -> None:
    """The start-up figures (first paint, ready, peak RSS) against floors (a) and (b). The app on the folder
    whose every register holds 100,000 rows is started in the first `full_rounds` rounds only (it is slow)."""
    small, large = folders[SIZES[0]], folders[SIZES[1]]
    series = [
        Series("a", [python(), str(HERE / "floor_bare.py")]),
        Series("b", [python(), str(HERE / "floor_stack.py"), str(large / DB_FILENAME)]),
        Series("c1k", [*ivc_desk(), "--data-dir", str(small), "--exit-after-start"]),
        Series("c100k", [*ivc_desk(), "--data-dir", str(large), "--exit-after-start"]),
    ]
    every = Series("c100k-all", [*ivc_desk(), "--data-dir", str(full), "--exit-after-start"])
    print(
        f"\n## Start-up: {rounds} rounds of a, b, c1k, c100k, the first {full_rounds} also c100k-all "
        "(every register at 100,000; round 1 is a warm-up, not counted)",
        flush=True,
    )
    start = time.perf_counter()
    for number in range(rounds):
        for s in series:
            run = measure(s.command)
            if number > 0:
                s.runs.append(run)
        if number < full_rounds:  # killed at ready: its exit waits for the integrity check of 1.5 GB
            run = measure(every.command, stop_at_ready=True)
            if number > 0:
                every.runs.append(run)
    print(f"({time.perf_counter() - start:.1f} s)")
    a, b, c1, c100 = series
    if every.runs:
        print(
            f"app, every register at 100k: first paint {every.spread('first_paint')}, ready "
            f"{every.spread('ready')}, RSS at ready "
            f"{every.spread('ready_kb', 1 / 1024, 1)} MB"
        )
        figures.report(
            "ready.100k_all",
            every.median("ready"),
            min(every.values("ready")),
            peer="(b) stack floor",
            peer_median=b.median("first_paint"),
            peer_minimum=min(b.values("first_paint")),
            rounds=len(every.runs),
        )

    print(
        "\nmedian (min-max) over the counted rounds; seconds from launch, RSS in MB "
        "(peak at ready; whole life)"
    )
    print(
        f"{'':28} {'first paint':>20} {'ready':>20} {'exit (total)':>20} {'RSS at ready':>18} "
        f"{'RSS peak':>18}"
    )
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
        at_ready = s.spread("ready_kb", 1 / 1024, 1)
        print(f"{label:28} {paint:>20} {ready:>20} {total:>20} {at_ready:>18} {memory:>18}")
    print(
        "CPU (user+sys) medians: "
        + ", ".join(f"{s.name} {statistics.median(s.values('cpu')):.3f} s" for s in series)
    )

    floor_a, floor_b = "(a) bare floor", "(b) stack floor"
    for key, app, what, floor, name, floor_what in (
        ("first_paint.1k", c1, "first_paint", a, floor_a, "first_paint"),
        ("first_paint.100k", c100, "first_paint", a, floor_a, "first_paint"),
        ("ready.1k", c1, "ready", b, floor_b, "first_paint"),
        ("ready.100k", c100, "ready", b, floor_b, "first_paint"),
        ("memory.peak_rss.100k", c100, "ready_kb", b, floor_b, "ready_kb"),
    ):
        scale = 1 / 1024 if what == "ready_kb" else 1.0
        figures.report(
            key,
            app.median(what) * scale,
            min(app.values(what)) * scale,
            peer=name,
            peer_median=floor.median(floor_what) * scale,
            peer_minimum=min(floor.values(floor_what)) * scale,
            rounds=len(app.runs),
        )
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


def run_script(title: str, command: list[str], sink: Path, timeout: float) -> str:
    """Run one bench script, its figures going to `sink`; returns "" or why it did not finish."""
    print(f"\n## {title}", flush=True)
    if sink.exists():
        sink.unlink()
    env = child_env()
    env[figures.ENV] = str(sink)
    start = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f"run.py: {' '.join(command[1:])} did not finish in {timeout:.0f} s", flush=True)
        return f"{Path(command[1]).name} timed out after {timeout:.0f} s"
    print(f"({time.perf_counter() - start:.1f} s)", flush=True)
    if done.returncode != 0:
        print(f"run.py: {' '.join(command[1:])} exited with {done.returncode}", flush=True)
        return f"{Path(command[1]).name} exited with {done.returncode}"
    return ""


def scripts(folders: dict[int, Path], full: Path, args: argparse.Namespace) -> dict[str, list[str]]:
    """area -> the command of its bench script, in the order they run."""
    known = {
        "filter": [str(full / DB_FILENAME), "--repeats", str(args.filter_repeats)],
        "today": ["--large", str(full)],
        "letters": [],
        "office": [],
        "imports": [],
        "reports": [str(full)],
        "session": [str(folders[SIZES[0]]), "--rounds", str(args.session_rounds)],
    }
    found = sorted(p.stem[6:] for p in HERE.glob("bench_*.py"))
    ordered = [a for a in ORDER if a in found] + [a for a in found if a not in ORDER]
    return {area: [python(), str(HERE / f"bench_{area}.py"), *known.get(area, [])] for area in ordered}


def earlier(sink: Path) -> dict[str, figures.Figure]:
    """The figures a skipped script gave in an earlier run (--reuse), each marked with that run's time."""
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(sink.stat().st_mtime))
    kept = figures.read(sink)
    for f in kept.values():
        f.extra["earlier_run"] = when
        f.reason = f"{f.reason}; " if f.reason else ""
        f.reason += f"from the run of {when}"
        if f.median is not None:
            f.verdict += "*"
    return kept


def write_results(
    path: Path, machine: dict, found: dict[str, figures.Figure], why: dict[str, str], args, seconds: float
) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for key, budget in figures.CATALOGUE.items():
        f = found.get(key) or figures.Figure(key, reason=why.get(budget.script, "not reported"))
        if f.median is None and not f.reason:
            f.reason = why.get(budget.script, "not reported")
        rows.append(
            {
                "key": key,
                "label": budget.label,
                "unit": budget.unit,
                "median": f.median,
                "minimum": f.minimum,
                "peer": f.peer,
                "peer_median": f.peer_median,
                "peer_minimum": f.peer_minimum,
                "ratio": f.ratio(),
                "ratio_of_minimums": f.ratio("minimum"),
                "budget": budget.text(),
                "budget_sense": budget.sense,
                "budget_limit": budget.limit,
                "verdict": f.verdict if f.median is not None else "NOT MEASURED",
                "reason": f.reason,
                "script": budget.script,
                "extra": f.extra,
            }
        )
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    data = {
        "commit": commit(),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": {**machine, "load_at_end": load},
        "options": {k: v for k, v in vars(args).items()},
        "seconds": round(seconds, 1),
        "figures": rows,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description="IVC Desk benchmarks (issue 21)")
    parser.add_argument("--rounds", type=int, default=21, help="rounds of a, b, c1k, c100k, incl. 1 warm-up")
    parser.add_argument(
        "--session-rounds", type=int, default=8, help="rounds of the scripted session (default 8)"
    )
    parser.add_argument(
        "--full-rounds",
        type=int,
        default=6,
        help="rounds (of --rounds) that also start the app on the folder"
        " with every register at 100,000 (0: none)",
    )
    parser.add_argument("--filter-repeats", type=int, default=3, help="times each filter string is typed")
    parser.add_argument("--skip", nargs="*", default=[], metavar="AREA", help="skip bench_AREA.py scripts")
    parser.add_argument("--only", nargs="*", default=None, metavar="AREA", help="run only these scripts")
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up rounds")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds one script may take")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="show a skipped script's figures of its last run (marked *), e.g. after re-running one part",
    )
    parser.add_argument("--rebuild", action="store_true", help="make the benchmark databases again")
    args = parser.parse_args()
    if args.rounds < 2:
        parser.error("--rounds must be at least 2 (the first is a warm-up)")

    started = time.perf_counter()
    machine = header()
    BUILD.mkdir(parents=True, exist_ok=True)
    byte_compile()
    revision = schema_revision()
    folders = {size: ensure_database(size, revision, args.rebuild) for size in SIZES}
    full = ensure_full(folders[SIZES[1]], revision, args.rebuild)
    sinks = BUILD / "figures"
    sinks.mkdir(exist_ok=True)
    why: dict[str, str] = {}  # script -> why its figures are missing
    found: dict[str, figures.Figure] = {}
    ok = True
    start_sink = sinks / "run.py.jsonl"
    if args.no_startup:
        why["run.py"] = "skipped (--no-startup)"
        if args.reuse and start_sink.exists():
            found.update(earlier(start_sink))
    else:
        if start_sink.exists():
            start_sink.unlink()
        os.environ[figures.ENV] = str(start_sink)
        try:
            startup(args.rounds, folders, full, args.full_rounds)
        except RuntimeError as exc:
            print(f"run.py: start-up benchmark failed: {exc}", flush=True)
            why["run.py"] = f"start-up failed: {str(exc).splitlines()[0]}"
            ok = False
        finally:
            del os.environ[figures.ENV]
        found.update(figures.read(start_sink))
    for area, command in scripts(folders, full, args).items():
        name = f"bench_{area}.py"
        sink = sinks / f"{name}.jsonl"
        if area in args.skip or (args.only is not None and area not in args.only):
            why[name] = "skipped"
            if args.reuse and sink.exists():
                found.update(earlier(sink))
            continue
        failure = run_script(f"{area.capitalize()} ({name})", command, sink, args.timeout)
        if failure:
            why[name] = failure
            ok = False
        found.update(figures.read(sink))
    seconds = time.perf_counter() - started
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"\nbenchmarks done in {seconds:.0f} s; load average at the end: {load}", flush=True)
    print("\n## Summary (issue 21): verdicts on the medians; [min] is the ratio of the minimums\n")
    print(figures.table(found, why))
    if any(f.extra.get("earlier_run") for f in found.values()):
        print("* a skipped script's figure from its last run (--reuse), not from this one")
    results = BUILD / "results.json"
    write_results(results, machine, found, why, args, seconds)
    print(f"\nwritten: {results.relative_to(ROOT)}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
