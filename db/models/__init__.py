"""All models, one module per area; importing this package registers every table on Base.metadata."""

from db.models.common import Attachment, AuditEntry, NumberSequence, Setting
from db.models.directory import Agreement, Institution, Person, Unit
from db.models.letters import Letter
from db.models.ordinances import Ordinance, OrdinanceKind

__all__ = [
    "Agreement",
    "Attachment",
    "AuditEntry",
    "Institution",
    "Letter",
    "NumberSequence",
    "Ordinance",
    "OrdinanceKind",
    "Person",
    "Setting",
    "Unit",
]
