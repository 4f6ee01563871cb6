"""The words of the Adjuncts tab: the states of a candidate and the kinds of activity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.errors import QT_TRANSLATE_NOOP

CONTEXT = "AdjunctWords"
_WORDS = {
    "candidate": QT_TRANSLATE_NOOP("AdjunctWords", "Candidate"),
    "proposed": QT_TRANSLATE_NOOP("AdjunctWords", "On the committee's agenda"),
    "approved": QT_TRANSLATE_NOOP("AdjunctWords", "Approved, ordinance drafted"),
    "rejected": QT_TRANSLATE_NOOP("AdjunctWords", "Rejected"),
    "appointed": QT_TRANSLATE_NOOP("AdjunctWords", "Appointed"),
    "current": QT_TRANSLATE_NOOP("AdjunctWords", "Appointed"),
    "ended": QT_TRANSLATE_NOOP("AdjunctWords", "Term ended"),
    "deferred": QT_TRANSLATE_NOOP("AdjunctWords", "Deferred"),
    "visit": QT_TRANSLATE_NOOP("AdjunctWords", "Visit"),
    "course": QT_TRANSLATE_NOOP("AdjunctWords", "Course taught"),
    "paper": QT_TRANSLATE_NOOP("AdjunctWords", "Joint paper"),
    "other": QT_TRANSLATE_NOOP("AdjunctWords", "Other"),
}


def state_word(code: str) -> str:
    source = _WORDS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
