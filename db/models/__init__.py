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
    "Person",
    "Resolution",
    "Setting",
    "Unit",
]
