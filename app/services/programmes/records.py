"""The programmes themselves: checked, saved, listed and read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.text import normalize_for_search
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.programmes.common import TABLE, _get
from app.services.programmes.roster import _participants_in
from db.models import Institution, Programme
from db.models.programmes import PROGRAMME_KINDS


def clean_programme(data: dict[str, Any]) -> dict[str, Any]:
    """A programme's fields checked, every bad field at once (FieldErrors for several)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "kind": check(validate.choice, data, "kind", PROGRAMME_KINDS),
        "title_fa": check(validate.text, data, "title_fa", max_len=300),
        "title_en": check(validate.text, data, "title_en", max_len=300),
        "institution_id": check(validate.record_id, data, "institution_id"),
        "starts_on": check(validate.date, data, "starts_on", required=True),
        "ends_on": check(validate.date, data, "ends_on", required=True),
        "location": check(validate.text, data, "location", max_len=200),
        "notes": check(validate.long_text, data, "notes", max_len=10_000),
    }
    if check.passed("title_fa", "title_en") and not (values["title_fa"] or values["title_en"]):
        with check.rule():
            raise ValidationError(
                "title_fa", QT_TRANSLATE_NOOP("errors", "Give the title in Persian or in English.")
            )
    if check.passed("starts_on", "ends_on"):
        with check.rule():
            validate.date_order(values["starts_on"], values["ends_on"], "ends_on")
    check.done()
    return values


def save_programme(data: dict[str, Any], programme_id: int | None = None) -> int:
    """Create a programme (programme_id None) or change one; returns its id."""
    values = clean_programme(data)
    with context.database().writing() as session:
        if (
            values["institution_id"] is not None
            and session.get(Institution, values["institution_id"]) is None
        ):
            raise ValidationError(
                "institution_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list.")
            )
        if programme_id is None:
            programme = Programme(**values)
            session.add(programme)
            session.flush()
            audit.record(session, TABLE, programme.id, "create", {"title_fa": (None, programme.title_fa)})
        else:
            programme = _get(session, programme_id)
            changes = audit.apply(programme, values)
            if changes:
                audit.record(session, TABLE, programme.id, "update", changes)
        partner = session.get(Institution, programme.institution_id) if programme.institution_id else None
        parts = [programme.title_fa, programme.title_en, programme.location]
        if partner is not None:
            parts += [partner.name_fa, partner.name_en]
        programme.search_key = normalize_for_search(" ".join(parts))[:1000]
        return programme.id


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    kind: str
    title_fa: str
    title_en: str
    partner_fa: str
    partner_en: str
    starts_on: dt.date
    ends_on: dt.date
    location: str
    notes: str
    incoming: int
    outgoing: int

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)

    def partner(self, lang: str) -> str:
        return (self.partner_fa or self.partner_en) if lang == "fa" else (self.partner_en or self.partner_fa)


def _row(session: Session, p: Programme) -> ProgrammeRow:
    partner = session.get(Institution, p.institution_id) if p.institution_id else None
    people = _participants_in(session, p.id)
    return ProgrammeRow(
        p.id,
        p.kind,
        p.title_fa,
        p.title_en,
        partner.name_fa if partner else "",
        partner.name_en if partner else "",
        p.starts_on,
        p.ends_on,
        p.location,
        p.notes,
        sum(1 for x in people if x.direction == "incoming"),
        sum(1 for x in people if x.direction == "outgoing"),
    )


def list_programmes(search: str = "") -> list[ProgrammeRow]:
    """The programmes not archived, the latest first, filtered by typed words."""
    stmt = (
        select(Programme)
        .where(Programme.archived_at.is_(None))
        .order_by(Programme.starts_on.desc(), Programme.id)
    )
    for word in normalize_for_search(search).split():
        stmt = stmt.where(Programme.search_key.contains(word))
    with context.database().reading() as session:
        return [_row(session, p) for p in session.execute(stmt).scalars()]


def get_programme(programme_id: int) -> ProgrammeRow:
    with context.database().reading() as session:
        return _row(session, _get(session, programme_id))


def get_programme_values(programme_id: int) -> dict[str, Any]:
    """A programme's fields as an editor fills them."""
    with context.database().reading() as session:
        p = _get(session, programme_id)
        names = (
            "kind",
            "title_fa",
            "title_en",
            "institution_id",
            "starts_on",
            "ends_on",
            "location",
            "notes",
        )
        return {"id": p.id, **{name: getattr(p, name) for name in names}}
