"""Translated names of the codes the visits register stores (kinds, statuses, costs, common items)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "VisitsLabels"
_WORDS: dict[str, dict[str, str]] = {
    "kind": {
        "visiting_professor": QT_TRANSLATE_NOOP("VisitsLabels", "Visiting professor"),
        "delegation": QT_TRANSLATE_NOOP("VisitsLabels", "Delegation"),
        "external_examiner": QT_TRANSLATE_NOOP("VisitsLabels", "External examiner"),
        "accreditation": QT_TRANSLATE_NOOP("VisitsLabels", "Accreditation visit"),
        "mou_signing": QT_TRANSLATE_NOOP("VisitsLabels", "MoU signing"),
        "other": QT_TRANSLATE_NOOP("VisitsLabels", "Other"),
    },
    "status": {
        "proposed": QT_TRANSLATE_NOOP("VisitsLabels", "Proposed"),
        "approved": QT_TRANSLATE_NOOP("VisitsLabels", "Approved"),
        "invited": QT_TRANSLATE_NOOP("VisitsLabels", "Invited"),
        "confirmed": QT_TRANSLATE_NOOP("VisitsLabels", "Confirmed"),
        "in_progress": QT_TRANSLATE_NOOP("VisitsLabels", "In progress"),
        "completed": QT_TRANSLATE_NOOP("VisitsLabels", "Completed"),
        "report_filed": QT_TRANSLATE_NOOP("VisitsLabels", "Report filed"),
        "cancelled": QT_TRANSLATE_NOOP("VisitsLabels", "Cancelled"),
    },
    "cost": {
        "honorarium": QT_TRANSLATE_NOOP("VisitsLabels", "Honorarium"),
        "hotel": QT_TRANSLATE_NOOP("VisitsLabels", "Hotel"),
        "travel": QT_TRANSLATE_NOOP("VisitsLabels", "Travel"),
        "meals": QT_TRANSLATE_NOOP("VisitsLabels", "Meals"),
        "transport": QT_TRANSLATE_NOOP("VisitsLabels", "Local transport"),
        "other": QT_TRANSLATE_NOOP("VisitsLabels", "Other"),
    },
    "costs_by": {
        "faculty": QT_TRANSLATE_NOOP("VisitsLabels", "The faculty"),
        "guest": QT_TRANSLATE_NOOP("VisitsLabels", "The guest's institution"),
        "partner": QT_TRANSLATE_NOOP("VisitsLabels", "The partner, under the agreement"),
        "shared": QT_TRANSLATE_NOOP("VisitsLabels", "Shared"),
    },
    "common": {
        "welcome": QT_TRANSLATE_NOOP("VisitsLabels", "Welcome meeting with the vice-chancellor"),
        "campus_tour": QT_TRANSLATE_NOOP("VisitsLabels", "Campus tour"),
        "hospital": QT_TRANSLATE_NOOP("VisitsLabels", "Hospital visit"),
        "lecture": QT_TRANSLATE_NOOP("VisitsLabels", "Lecture"),
        "farewell": QT_TRANSLATE_NOOP("VisitsLabels", "Farewell dinner"),
    },
}


def word(group: str, code: str) -> str:
    """The translated name of a stored code; unknown codes are shown as they are."""
    source = _WORDS[group].get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def choices(group: str, codes: tuple[str, ...] | list[str]) -> list[tuple[str, str]]:
    return [(code, word(group, code)) for code in codes]
