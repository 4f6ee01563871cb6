"""Data-safety proof tests (DESIGN.md section 3): each test records its figures, printed at the end of the run.

`pytest -q` ends with a "data-safety figures" section, one line per measurement, e.g.
`kill test: 200 kills, 0 integrity failures, 0 lost, 0 half-saved`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest

FIGURES: list[str] = []


@pytest.fixture(scope="session")
def figures() -> Callable[[str], None]:
    """figures(line): keep a line of measured figures for the summary at the end of the run."""
    return FIGURES.append


@pytest.fixture(autouse=True)
def _timed(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every stress test's wall time goes into the figures too (the suite has a time budget)."""
    start = time.perf_counter()
    yield
    FIGURES.append(f"time: {request.node.name} {time.perf_counter() - start:.1f} s")


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    if FIGURES:
        terminalreporter.section("data-safety figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
