"""The figures of `make bench` (issue 21): one catalogue of budgets, one way for every bench script to hand
its figures to run.py, one summary table and build/bench/results.json.

A bench script measures and calls `report(key, median, minimum, peer=..., peer_value=...)`, or
`not_measured(key, reason)`. When run.py started it, IVC_BENCH_FIGURES names a JSON-lines file the figure is
appended to; run by hand, the figure is only printed. run.py then reads every file and prints the table over
the whole catalogue: a figure nobody reported is NOT MEASURED, with the reason (the script that should have
measured it failed, or was skipped).

Budgets come in three senses:
  "ratio<="   the figure divided by its floor (peer) must be at most the limit (start-up, memory);
  "peer>="    the peer divided by the figure must be at least the limit (LibreOffice / IVC Desk);
  "value<"    the figure itself must be under the limit (milliseconds, seconds, percent); its ratio is the
              figure over the limit;
  "info"      no budget: shown for the reader (e.g. each register's share of the search).
The verdict is taken on the median; the minimum (which other load on the machine disturbs least) is shown
beside it, with its own ratio.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

ENV = "IVC_BENCH_FIGURES"

REGISTERS = (
    "people",
    "units",
    "partners",
    "agreements",
    "letters",
    "meetings",
    "visits",
    "funding",
    "ordinances",
)
REGISTER_NAMES = {"funding": "requests"}  # the word for the funding register


@dataclass(frozen=True)
class Budget:
    label: str
    unit: str  # of the median and minimum: "s", "ms", "MB", "%"
    sense: str  # "ratio<=", "peer>=", "value<", "info"
    limit: float = 0.0
    script: str = ""  # the bench script that measures it

    def text(self) -> str:
        if self.sense == "ratio<=":
            return f"<= {self.limit:g}x"
        if self.sense == "peer>=":
            return f">= {self.limit:g}x faster"
        if self.sense == "value<":
            return f"< {self.limit:g} {self.unit}"
        return "(info)"


def _catalogue() -> dict[str, Budget]:
    c: dict[str, Budget] = {}
    for size in ("1k", "100k"):
        c[f"first_paint.{size}"] = Budget(f"first paint, {size}", "s", "ratio<=", 1.3, "run.py")
    for size in ("1k", "100k"):
        c[f"ready.{size}"] = Budget(f"ready (Today), {size}", "s", "ratio<=", 1.2, "run.py")
    c["ready.100k_all"] = Budget("ready, every register 100k", "s", "ratio<=", 1.2, "run.py")
    c["memory.peak_rss.100k"] = Budget("peak RSS at ready, 100k", "MB", "ratio<=", 1.2, "run.py")
    for register in REGISTERS:
        name = REGISTER_NAMES.get(register, register)
        c[f"filter.{register}.worst"] = Budget(
            f"filter {name}, worst key", "ms", "value<", 50, "bench_filter.py"
        )
        c[f"filter.{register}.median"] = Budget(
            f"filter {name}, median key", "ms", "value<", 16, "bench_filter.py"
        )
    c["search.all"] = Budget("search box, slowest text", "ms", "value<", 100, "bench_today.py")
    c["search.all.cpu"] = Budget("search box, slowest text, CPU", "ms", "value<", 100, "bench_today.py")
    for register in REGISTERS:
        name = REGISTER_NAMES.get(register, register)
        c[f"search.{register}"] = Budget(f"  of which {name}", "ms", "info", 0, "bench_today.py")
    c["today.100k"] = Budget("Today lists, 100k", "ms", "info", 0, "bench_today.py")
    c["imports.preview.10k"] = Budget("import preview, 10k people", "s", "value<", 5, "bench_imports.py")
    for key, what in (("figures", "figures"), ("pdf", "PDF")):  # a year of 100k records per register
        c[f"reports.annual.{key}"] = Budget(
            f"annual report {what}, year 100k", "s", "value<", 2, "bench_reports.py"
        )
        c[f"reports.annual.{key}.cpu"] = Budget(
            f"annual report {what}, year 100k, CPU", "s", "value<", 2, "bench_reports.py"
        )
    c["letters.batch200"] = Budget("200 letters vs LibreOffice", "s", "peer>=", 25, "bench_letters.py")
    c["minutes.3pages"] = Budget("3-page minutes vs LibreOffice", "s", "peer>=", 25, "bench_office.py")
    c["xlsx.10k"] = Budget("xlsx 10k rows vs LibreOffice", "s", "peer>=", 25, "bench_office.py")
    c["session.rss_growth"] = Budget("RSS growth over a session", "%", "value<", 10, "bench_session.py")
    return c


CATALOGUE = _catalogue()


@dataclass
class Figure:
    key: str
    median: float | None = None
    minimum: float | None = None
    peer: str = ""  # what it is compared with, e.g. "(b) stack floor" or "LibreOffice batch"
    peer_median: float | None = None
    peer_minimum: float | None = None
    verdict: str = "NOT MEASURED"
    reason: str = ""  # why not measured, or a note
    extra: dict = field(default_factory=dict)

    @property
    def budget(self) -> Budget:
        return CATALOGUE[self.key]

    def ratio(self, which: str = "median") -> float | None:
        """The figure against its floor or peer; a figure with a limit of its own and no peer, against the
        limit (0.5x: half the budget)."""
        value = getattr(self, which)
        peer = getattr(self, f"peer_{which}")
        if peer is None and not self.peer and self.budget.sense == "value<" and value is not None:
            return value / self.budget.limit
        if value is None or peer is None or value <= 0 or peer <= 0:
            return None
        return peer / value if self.budget.sense == "peer>=" else value / peer

    def judge(self) -> None:
        b = self.budget
        if self.median is None:
            self.verdict = "NOT MEASURED"
            return
        if b.sense == "info":
            self.verdict = "INFO"
            return
        if b.sense == "value<":
            self.verdict = "PASS" if self.median < b.limit else "OVER"
            return
        ratio = self.ratio()
        if ratio is None:
            self.verdict = "NOT MEASURED"
            self.reason = self.reason or "no floor or peer measured"
        elif b.sense == "ratio<=":
            self.verdict = "PASS" if ratio <= b.limit else "OVER"
        else:
            self.verdict = "PASS" if ratio >= b.limit else "OVER"


def _write(figure: Figure) -> None:
    target = os.environ.get(ENV)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(figure), ensure_ascii=False) + "\n")


def report(
    key: str,
    median: float,
    minimum: float | None = None,
    *,
    peer: str = "",
    peer_median: float | None = None,
    peer_minimum: float | None = None,
    note: str = "",
    **extra: object,
) -> Figure:
    """Hand one measured figure to run.py (and print it)."""
    if key not in CATALOGUE:
        raise KeyError(f"figures.py: {key!r} is not in the catalogue")
    figure = Figure(
        key,
        median,
        median if minimum is None else minimum,
        peer,
        peer_median,
        peer_minimum if peer_minimum is not None else peer_median,
        reason=note,
        extra=dict(extra),
    )
    figure.judge()
    _write(figure)
    print(f"figure: {line(figure)}", flush=True)
    return figure


def not_measured(key: str, reason: str) -> Figure:
    figure = Figure(key, reason=reason)
    _write(figure)
    print(f"figure: {CATALOGUE[key].label}: NOT MEASURED ({reason})", flush=True)
    return figure


def read(path: Path) -> dict[str, Figure]:
    found: dict[str, Figure] = {}
    if path.exists():
        for text in path.read_text(encoding="utf-8").splitlines():
            if text.strip():
                data = json.loads(text)
                found[data["key"]] = Figure(**data)
    return found


# ---------------------------------------------------------------- the table


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value:.3f}" if value < 10 else f"{value:.1f}"
    if unit in ("ms", "%", "MB"):
        return f"{value:.1f}"
    return f"{value:g}"


def line(f: Figure) -> str:
    b = f.budget
    ratio = f.ratio()
    best = f.ratio("minimum")
    shown_ratio = "" if ratio is None else f" ratio {ratio:.2f}x [min {best:.2f}x]" if best else ""
    peer = f" vs {f.peer} {_number(f.peer_median, b.unit)}" if f.peer else ""
    return (
        f"{b.label}: median {_number(f.median, b.unit)} {b.unit}, min {_number(f.minimum, b.unit)}{peer}"
        f"{shown_ratio} (budget {b.text()}) {f.verdict}"
    )


def table(figures: dict[str, Figure], missing_reason: dict[str, str]) -> str:
    """The summary table over the whole catalogue; a figure not in `figures` is NOT MEASURED with the
    reason missing_reason[its script] (or "not reported")."""
    header = (
        f"{'figure':<34} {'median':>9} {'min':>9} {'unit':<4} {'floor / peer':<26} {'ratio':>7} "
        f"{'[min]':>7} {'budget':<18} verdict"
    )
    rows = [header, "-" * len(header)]
    for key, b in CATALOGUE.items():
        f = figures.get(key) or Figure(key, reason=missing_reason.get(b.script, "not reported"))
        if f.median is None and not f.reason:
            f.reason = missing_reason.get(b.script, "not reported")
        ratio, best = f.ratio(), f.ratio("minimum")
        peer = f"{f.peer} {_number(f.peer_median, b.unit)}" if f.peer else ""
        verdict = f.verdict if f.median is not None else "NOT MEASURED"
        if verdict == "NOT MEASURED" or f.extra.get("earlier_run"):
            verdict += f" ({f.reason})"
        rows.append(
            f"{b.label:<34} {_number(f.median, b.unit):>9} {_number(f.minimum, b.unit):>9} {b.unit:<4} "
            f"{peer[:26]:<26} {'' if ratio is None else f'{ratio:.2f}x':>7} "
            f"{'' if best is None else f'{best:.2f}x':>7} {b.text():<18} {verdict}"
        )
    return "\n".join(rows)
