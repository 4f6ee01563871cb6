"""The models, one module per area.

The directory, letters and the shared tables are imported with the package (the default tab needs them);
each register's own models (meetings, visits, funding, ordinances) are imported when one of their names is
first used — `from db.models import Meeting` works as usual — so start-up does not pay for tables it does
not show. `load_all()` imports every area, for whatever needs the whole schema on Base.metadata
(migrations, schema checks).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from db.models.common import Attachment, AuditEntry, CalendarRevision, NumberSequence, Setting
from db.models.directory import Agreement, AgreementReview, Institution, Person, Unit
from db.models.letters import Letter

if TYPE_CHECKING:
    from db.models.evaluations import (
        EnglishEvaluation,
        EvaluationCriterion,
        EvaluationPanelMember,
        EvaluationScore,
    )
    from db.models.faculty import AdjunctActivity, AdjunctCandidate
    from db.models.funding import (
        ExchangeRate,
        FundingDocument,
        FundingLine,
        FundingRequest,
        FundingRules,
        FundingTransition,
        SupportRules,
    )
    from db.models.meetings import (
        ActionItem,
        AgendaItem,
        Meeting,
        MeetingKind,
        MeetingKindMember,
        MeetingParticipant,
        Resolution,
    )
    from db.models.ordinances import Ordinance, OrdinanceKind
    from db.models.programmes import Programme, ProgrammeParticipant
    from db.models.visits import Visit, VisitCost, VisitGuest, VisitItem, VisitItemPerson, VisitLetter

AREAS: dict[str, tuple[str, ...]] = {
    "db.models.meetings": (
        "ActionItem",
        "AgendaItem",
        "Meeting",
        "MeetingKind",
        "MeetingKindMember",
        "MeetingParticipant",
        "Resolution",
    ),
    "db.models.visits": ("Visit", "VisitCost", "VisitGuest", "VisitItem", "VisitItemPerson", "VisitLetter"),
    "db.models.funding": (
        "ExchangeRate",
        "FundingDocument",
        "FundingLine",
        "FundingRequest",
        "FundingRules",
        "FundingTransition",
        "SupportRules",
    ),
    "db.models.ordinances": ("Ordinance", "OrdinanceKind"),
    "db.models.faculty": ("AdjunctActivity", "AdjunctCandidate"),
    "db.models.programmes": ("Programme", "ProgrammeParticipant"),
    "db.models.evaluations": (
        "EnglishEvaluation",
        "EvaluationCriterion",
        "EvaluationPanelMember",
        "EvaluationScore",
    ),
}
_WHERE = {name: module for module, names in AREAS.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'db.models' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def load_all() -> None:
    """Import every area's models: Base.metadata then holds the whole schema."""
    for module in AREAS:
        importlib.import_module(module)


__all__ = [
    "ActionItem",
    "AdjunctActivity",
    "AdjunctCandidate",
    "AgendaItem",
    "Agreement",
    "AgreementReview",
    "Attachment",
    "AuditEntry",
    "CalendarRevision",
    "EnglishEvaluation",
    "EvaluationCriterion",
    "EvaluationPanelMember",
    "EvaluationScore",
    "ExchangeRate",
    "FundingDocument",
    "FundingLine",
    "FundingRequest",
    "FundingRules",
    "FundingTransition",
    "SupportRules",
    "Institution",
    "Letter",
    "Meeting",
    "MeetingKind",
    "MeetingKindMember",
    "MeetingParticipant",
    "NumberSequence",
    "Ordinance",
    "OrdinanceKind",
    "Person",
    "Programme",
    "ProgrammeParticipant",
    "Resolution",
    "Setting",
    "Unit",
    "Visit",
    "VisitCost",
    "VisitGuest",
    "VisitItem",
    "VisitItemPerson",
    "VisitLetter",
    "load_all",
]
