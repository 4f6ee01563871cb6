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
    "save",
    "today_report",
]
