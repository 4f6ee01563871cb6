"""All models, one module per area; importing this package registers every table on Base.metadata."""

from db.models.common import Attachment, AuditEntry, NumberSequence, Setting
from db.models.directory import Agreement, Institution, Person, Unit
from db.models.funding import (
    ExchangeRate,
    FundingDocument,
    FundingLine,
    FundingRequest,
    FundingRules,
    FundingTransition,
)
from db.models.letters import Letter
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
from db.models.visits import Visit, VisitCost, VisitGuest, VisitItem, VisitItemPerson, VisitLetter

__all__ = [
    "ActionItem",
    "AgendaItem",
    "Agreement",
    "Attachment",
    "AuditEntry",
    "ExchangeRate",
    "FundingDocument",
    "FundingLine",
    "FundingRequest",
    "FundingRules",
    "FundingTransition",
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
    "Resolution",
    "Setting",
    "Unit",
    "Visit",
    "VisitCost",
    "VisitGuest",
    "VisitItem",
    "VisitItemPerson",
    "VisitLetter",
]
