"""Data-safety proof tests (DESIGN.md section 3): each test records its figures, printed at the end of the
run.

`pytest -q` ends with a "data-safety figures" section, one line per measurement, e.g.
`kill test: 200 kills, 0 integrity failures, 0 lost, 0 half-saved`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator

import pytest

from tests.stress.storage_records import records  # noqa: F401  (the storage tests' fixture)

# The kill tests fork a prepared process and SIGKILL its children: POSIX only.
collect_ignore = ["test_kills.py"] if sys.platform == "win32" else []
FIGURES: list[str] = []


@pytest.fixture(scope="session")
def figures() -> Callable[[str], None]:
    """figures(line): keep a line of measured figures for the summary at the end of the run."""
    return FIGURES.append


TIMES: dict[str, float] = {}


@pytest.fixture(autouse=True)
def _timed(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every stress test's wall time is kept (the suite has a time budget); the long ones are shown."""
    start = time.perf_counter()
    yield
    TIMES[request.node.name] = time.perf_counter() - start


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    if FIGURES or TIMES:
        terminalreporter.section("data-safety figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
        slow = ", ".join(
            f"{name} {t:.0f} s" for name, t in sorted(TIMES.items(), key=lambda i: -i[1]) if t >= 2
        )
        terminalreporter.write_line(
            f"time: {len(TIMES)} stress tests in {sum(TIMES.values()):.0f} s; longest: {slow}"
        )
