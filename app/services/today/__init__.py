"""The office's day (Today) and its periods; the reminder at start reads the same report."""

from app.services.today.lists import (
    COMING,
    ENDING,
    LATE,
    RULES,
    SECTIONS,
    WAITING,
    Entry,
    TodayReport,
    last_activity,
    months_before,
    today_report,
)
from app.services.today.settings import LIMITS, Thresholds, load, save


def prepare() -> None:
    """Import, on the calling thread (the GUI thread, before the report runs on the thread pool), what the
    report imports only when it first needs it. Two threads importing one package at once (the pool's
    report and a tab being built) can each find the other's half-made module: the report then failed with
    "partially initialized module app.services.ordinances"."""
    import app.services.adjuncts  # noqa: F401
    import app.services.ordinances.holders  # noqa: F401


__all__ = [
    "COMING",
    "ENDING",
    "LATE",
    "LIMITS",
    "RULES",
    "SECTIONS",
    "WAITING",
    "Entry",
    "Thresholds",
    "TodayReport",
    "last_activity",
    "load",
    "months_before",
    "prepare",
    "save",
    "today_report",
]
