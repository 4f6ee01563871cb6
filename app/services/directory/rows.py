"""The directory's plain rows, as its lists and forms return them (people, units, partners, agreements),
and a passport number masked for lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def mask_passport(number: str) -> str:
    """Passport numbers are sensitive: lists show only the last three characters."""
    if not number:
        return ""
    return "•" * max(0, len(number) - 3) + number[-3:]


@dataclass(frozen=True)
class PersonRow:
    id: int
    kind: str
    name_en: str
    name_fa: str
    unit_en: str
    unit_fa: str
    email: str
    phone: str
    country: str
    passport_masked: str
    archived: bool
    version: int = 0  # as the list read it: Move to archive from the row checks it (versions.acting)

    def name(self, lang: str) -> str:
        """The name in the language asked for, falling back to the other script."""
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


@dataclass(frozen=True)
class UnitRow:
    id: int
    kind: str
    name_fa: str
    name_en: str
    people: int
    archived: bool
    version: int = 0  # as the list read it: Move to archive from the row checks it (versions.acting)

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


@dataclass(frozen=True)
class InstitutionRow:
    id: int
    name_en: str
    name_fa: str
    country: str
    city: str
    website: str
    agreements: int
    archived: bool
    version: int = 0  # as the list read it: Move to archive from the row checks it (versions.acting)

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


@dataclass(frozen=True)
class AgreementRow:
    id: int
    institution_id: int
    institution_en: str
    institution_fa: str
    title: str
    signed_on: dt.date | None
    valid_until: dt.date | None
    scope: str
    status: str
    archived: bool
    version: int = 0  # as the list read it: Move to archive from the row checks it (versions.acting)


@dataclass
class Record:
    """One record's editable fields, as the forms show and send them back."""

    id: int | None
    values: dict[str, Any] = field(default_factory=dict)
