"""Translated names of the values services store as codes (kinds, ranks, statuses, countries)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.common.countries import COUNTRIES
from app.ui import i18n

_LABELS: dict[str, str] = {
    # people
    "faculty": QT_TRANSLATE_NOOP("labels", "Faculty member"),
    "resident": QT_TRANSLATE_NOOP("labels", "Resident"),
    "phd_student": QT_TRANSLATE_NOOP("labels", "PhD student"),
    "msc_student": QT_TRANSLATE_NOOP("labels", "MSc student"),
    "student": QT_TRANSLATE_NOOP("labels", "Student"),
    "staff": QT_TRANSLATE_NOOP("labels", "Staff"),
    "foreign_guest": QT_TRANSLATE_NOOP("labels", "Foreign guest"),
    # academic ranks
    "instructor": QT_TRANSLATE_NOOP("labels", "Instructor"),
    "assistant_professor": QT_TRANSLATE_NOOP("labels", "Assistant professor"),
    "associate_professor": QT_TRANSLATE_NOOP("labels", "Associate professor"),
    "professor": QT_TRANSLATE_NOOP("labels", "Professor"),
    # units
    "department": QT_TRANSLATE_NOOP("labels", "Department"),
    "hospital": QT_TRANSLATE_NOOP("labels", "Hospital"),
    "research_centre": QT_TRANSLATE_NOOP("labels", "Research centre"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
    # agreements
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"),
    "active": QT_TRANSLATE_NOOP("labels", "Active"),
    "expired": QT_TRANSLATE_NOOP("labels", "Expired"),
    "terminated": QT_TRANSLATE_NOOP("labels", "Terminated"),
    # letters
    "issued": QT_TRANSLATE_NOOP("labels", "Issued"),
    "void": QT_TRANSLATE_NOOP("labels", "Void"),
    "fa": QT_TRANSLATE_NOOP("labels", "Persian"),
    "en": QT_TRANSLATE_NOOP("labels", "English"),
    "a4": QT_TRANSLATE_NOOP("labels", "A4 (210 × 297 mm)"),
    "a5": QT_TRANSLATE_NOOP("labels", "A5 (148 × 210 mm)"),
}


def label(code: str) -> str:
    """The translated name of a stored code; unknown codes are shown as they are."""
    source = _LABELS.get(code)
    return QCoreApplication.translate("labels", source) if source else code


def country(code: str) -> str:
    names = COUNTRIES.get(code or "")
    if not names:
        return code or ""
    return names[1] if i18n.language() == "fa" else names[0]


def countries_sorted() -> list[tuple[str, str]]:
    """(code, name) in the interface's language, in its alphabetical order."""
    from PySide6.QtCore import QCollator

    collator = QCollator()
    items = [(code, country(code)) for code in COUNTRIES]
    return sorted(items, key=lambda item: collator.sortKey(item[1]))
