"""`make bench-pg`: ready and filter-as-you-type on the office's PostgreSQL server, against the same on
SQLite.

    python tests/bench/bench_server.py URL [--rounds N] [--sizes 1000 100000] [--no-filter]

URL is a PostgreSQL role that may create databases (make bench-pg starts a throwaway cluster, as make
test-pg does). For each size, the benchmark's SQLite data folder (made once by run.py's ensure_database,
`ivc-desk demo --size N`) is moved into a new server database with `ivc-desk move-to-server`, as an office
moves in. Then, alternating in rounds (the first a discarded warm-up):
  sqlite   ivc-desk --data-dir FOLDER --exit-after-start
  server   ivc-desk --data-dir PC --database URL_N --exit-after-start   (PC: an empty data folder)
and the medians of launch -> first paint, launch -> ready and peak RSS are printed side by side, with
the server's ratio to SQLite. Last, bench_filter.py on the largest size on both engines.

A report, not a test: the exit status is non-zero only when a measurement could not be made.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402 - tests/bench/run.py: the data folders and the measured launch (from launch.py)


def server_database(url: str, size: int) -> str:
    """A new, empty database on the server for `size` (dropped first if a run left one); its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    name = f"ivc_bench_{size}"
    with psycopg.connect(
        host=u.host, port=u.port, dbname=u.database, user=u.username, password=u.password, autocommit=True
    ) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return u.set(database=name).render_as_string(hide_password=False)


def move_in(folder: Path, url: str) -> None:
    start = time.perf_counter()
    done = subprocess.run(
        [*run.ivc_desk(), "--data-dir", str(folder), "move-to-server", url],
        env=run.child_env(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.exit(f"bench_server.py: move-to-server failed:\n{done.stderr.strip()}\n{done.stdout.strip()}")
    last = done.stdout.strip().splitlines()[-1:] or [""]
    print(
        f"  moved {folder.name} to the server in {time.perf_counter() - start:.1f} s: {last[0]}", flush=True
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="a PostgreSQL role that may create databases")
    parser.add_argument("--rounds", type=int, default=11, help="rounds, incl. 1 warm-up (default 11)")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(run.SIZES), help="records per register")
    parser.add_argument("--no-filter", action="store_true", help="skip filter-as-you-type")
    args = parser.parse_args()
    if args.rounds < 2:
        parser.error("--rounds must be at least 2 (the first is a warm-up)")
    started = time.perf_counter()
    run.header()
    revision = run.schema_revision()
    pc = run.BUILD / "server-pc"
    pc.mkdir(parents=True, exist_ok=True)
    series: list[tuple[int, run.Series, run.Series]] = []
    urls: dict[int, str] = {}
    for size in args.sizes:
        folder = run.ensure_database(size, revision, False)
        urls[size] = server_database(args.url, size)
        move_in(folder, urls[size])
        local = run.Series(
            f"sqlite {size}", [*run.ivc_desk(), "--data-dir", str(folder), "--exit-after-start"]
        )
        server = run.Series(
            f"server {size}",
            [*run.ivc_desk(), "--data-dir", str(pc), "--database", urls[size], "--exit-after-start"],
        )
        series.append((size, local, server))
    for round_ in range(args.rounds):
        for _size, local, server in series:
            for s in (local, server):
                measured = run.measure(s.command)
                if round_ > 0:
                    s.runs.append(measured)
    print(f"\n## Start-up, SQLite against the server ({args.rounds - 1} measured rounds; medians, s)")
    print(
        f"{'records':>9} {'engine':>7} {'first paint':>12} {'ready':>8} "
        f"{'peak RSS MB':>12} {'ready ratio':>12}"
    )
    for size, local, server in series:
        for s in (local, server):
            ratio = s.median("ready") / local.median("ready")
            print(
                f"{size:>9,} {s.name.split()[0]:>7} {s.median('first_paint'):>12.3f} "
                f"{s.median('ready'):>8.3f} "
                f"{statistics.median(r.peak_kb for r in s.runs) / 1024:>12.0f} {ratio:>11.2f}x"
            )
    ok = True
    if not args.no_filter:
        size = max(args.sizes)
        database = run.data_dir(size) / run.DB_FILENAME
        # The People filter, on either engine.
        filter_script = [run.python(), str(HERE / "bench_filter_server.py"), str(database)]
        sink, limit = run.BUILD / "server-filter.json", 3600.0
        ok &= not run.run_script(
            f"Filter as you type on SQLite, {size:,} per register", filter_script, sink, limit
        )
        ok &= not run.run_script(
            f"Filter as you type on the server, {size:,} per register",
            [*filter_script, "--server", urls[size]],
            sink,
            limit,
        )
    print(f"\nserver benchmarks done in {time.perf_counter() - started:.0f} s", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
