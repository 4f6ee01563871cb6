"""Today's lists and the one search box: `python tests/bench/bench_today.py [--repeats N]`.

On the benchmark databases of run.py (build/bench/data-1000 and data-100000, made by `ivc-desk demo`), opened
as the app opens them, this times in one warm process:
  today    app.services.today.today_report(): every Today list (what the Today tab reads off the GUI thread);
  search   app.services.search.search(text) for typed texts (Persian with Arabic letters, Latin, numbers
           with either separator and Persian digits, a word that is nowhere, a two-letter word);
  bare     one register's filter as plain SQL through sqlite3 (SELECT id FROM people WHERE search_key LIKE
           '%word%' LIMIT 40): what one register's plain scan costs, for the ratio.
Medians of the repeats, wall-clock and CPU time (the CPU figure is what a search costs when other work
shares the machine). Budgets (DESIGN.md section 5): a search under 100 ms at 100,000 records a register;
Today is reported with its ratio 100k / 1k (it reads the first 100 entries of each rule and counts the rest).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import figures  # noqa: E402

SEARCH_BUDGET_MS = 100.0
# Short texts: one or two letters, common ("a", "ka", "م") and found nowhere ("zq"), and a short number ("۴۲")
SEARCHES = ("كريمي", "karimi", "1405-42", "۷/۱۴۰۵", "Karolinska", "nunez", "zzzz", "ka", "a", "م", "zq", "۴۲")


def all_ms(action: Callable[[], object], repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def all_cpu_ms(action: Callable[[], object], repeats: int) -> list[float]:
    """CPU time (user + system of this process) of each run: what the search costs on a shared machine."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        action()
        times.append((time.process_time() - start) * 1000)
    return times


def median_ms(action: Callable[[], object], repeats: int) -> float:
    return statistics.median(all_ms(action, repeats))


def per_register(folder: Path, repeats: int) -> dict[str, dict[str, list[float]]]:
    """register -> text -> times (ms) of that register's part of the search (its finder in one session)."""
    from app.services import context, search

    found: dict[str, dict[str, list[float]]] = {}
    context.open_database(folder / "ivc-desk.sqlite3", readonly=True)
    try:
        for text in SEARCHES:
            words = search.words_of(text)
            for register in search.REGISTERS:
                finder = search._FINDERS[register]  # noqa: SLF001 - each register's share of the one search

                def one(finder=finder, words=words) -> None:  # type: ignore[no-untyped-def]
                    with context.database().reading() as session:
                        finder(session, words)

                one()
                found.setdefault(register, {})[text] = all_ms(one, repeats)
    finally:
        context.close_database()
    return found


def measure(folder: Path, repeats: int) -> dict[str, float]:
    from app.common.text import normalize_for_search
    from app.services import context, search, today

    context.open_database(folder / "ivc-desk.sqlite3", readonly=True)
    try:
        today.today_report()  # warm: statements compiled, pages in the cache
        found = {"today": median_ms(today.today_report, repeats)}
        for text in SEARCHES:
            search.search(text)
            times = all_ms(lambda t=text: search.search(t), repeats)
            found[f"search {text}"], found[f"min {text}"] = statistics.median(times), min(times)
            cpu = all_cpu_ms(lambda t=text: search.search(t), repeats)
            found[f"cpu {text}"], found[f"cpu min {text}"] = statistics.median(cpu), min(cpu)
    finally:
        context.close_database()
    with sqlite3.connect(f"file:{folder / 'ivc-desk.sqlite3'}?mode=ro", uri=True) as connection:
        for text in SEARCHES:
            word = normalize_for_search(text).split()[0]
            found[f"bare {text}"] = median_ms(
                lambda w=word: connection.execute(
                    "SELECT id FROM people WHERE archived_at IS NULL AND search_key LIKE ? LIMIT 40",
                    (f"%{w}%",),
                ).fetchall(),
                repeats,
            )
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument(
        "--large", type=Path, default=ROOT / "build" / "bench" / "data-100000", help="the 100,000 folder"
    )
    args = parser.parse_args()
    folders = {1_000: ROOT / "build" / "bench" / "data-1000", 100_000: args.large}
    missing = [str(f) for f in folders.values() if not (f / "ivc-desk.sqlite3").exists()]
    if missing:
        print(f"bench_today.py: no benchmark database in {', '.join(missing)} (run tests/bench/run.py first)")
        for key in (
            "search.all",
            "search.all.cpu",
            "today.100k",
            *(f"search.{r}" for r in figures.REGISTERS),
        ):
            figures.not_measured(key, "no benchmark database")
        return 1
    results = {size: measure(folder, args.repeats) for size, folder in folders.items()}
    small, large = results[1_000], results[100_000]
    print(
        f"today lists      1k {small['today']:7.1f} ms   100k {large['today']:7.1f} ms   "
        f"ratio 100k/1k {large['today'] / small['today']:.2f}"
    )
    over = 0
    for text in SEARCHES:
        took, bare = large[f"search {text}"], large[f"bare {text}"]
        verdict = "PASS" if took < SEARCH_BUDGET_MS else "OVER"
        over += verdict == "OVER"
        print(
            f"search {text!r:14} 1k {small[f'search {text}']:6.1f} ms   100k {took:6.1f} ms "
            f"(CPU {large[f'cpu {text}']:6.1f} ms)   "
            f"{took / max(bare, 0.01):6.2f}x one register's bare LIKE ({bare:.1f} ms)   {verdict} (< "
            f"{SEARCH_BUDGET_MS:.0f} ms)"
        )
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    print(f"{len(SEARCHES) - over} of {len(SEARCHES)} searches within budget; load average {load}")
    slowest = max(SEARCHES, key=lambda t: large[f"search {t}"])
    figures.report(
        "search.all",
        large[f"search {slowest}"],
        large[f"min {slowest}"],
        note=f"slowest text {slowest!r}",
        text=slowest,
    )
    slowest_cpu = max(SEARCHES, key=lambda t: large[f"cpu {t}"])
    figures.report(
        "search.all.cpu",
        large[f"cpu {slowest_cpu}"],
        large[f"cpu min {slowest_cpu}"],
        note=f"slowest text {slowest_cpu!r}",
        text=slowest_cpu,
    )
    figures.report("today.100k", large["today"], peer="1k", peer_median=small["today"])
    print("each register's part of the search at 100k, slowest text (median / min of the repeats, ms):")
    for register, texts in per_register(folders[100_000], args.repeats).items():
        text = max(texts, key=lambda t: statistics.median(texts[t]))
        median, least = statistics.median(texts[text]), min(texts[text])
        print(f"  {register:<11} {median:7.1f} / {least:7.1f}  ({text!r})")
        figures.report(f"search.{register}", median, least, note=f"text {text!r}", text=text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
