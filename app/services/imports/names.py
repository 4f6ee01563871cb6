"""An imported record named in words, for the sentences that speak of it (an undo refused because of it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.common.text import isolate


def _both(*names: str) -> str:
    """The English and the Persian name, once each, whichever exist; each held in its own direction (an
    isolate), so that a Persian name beside an English one cannot reorder the sentence around them."""
    seen: list[str] = []
    for name in (" ".join(n.split()) for n in names):
        if name and name not in seen:
            seen.append(name)
    return " / ".join(isolate(n) for n in seen)


def record_name(session: Session, table: str, record_id: int) -> str:
    """«name» of the record: a person's or unit's or partner's name, an agreement's title, a visit's
    reference, a funding request's conference; the table and id when it has none."""
    from db.models import Agreement, FundingRequest, Institution, Person, Unit, Visit

    obj = session.get(
        {
            "people": Person,
            "units": Unit,
            "institutions": Institution,
            "agreements": Agreement,
            "visits": Visit,
            "funding_requests": FundingRequest,
        }.get(table, Person),
        record_id,
    )
    name = ""
    if obj is None:
        name = ""
    elif table == "people":
        name = _both(f"{obj.first_name_en} {obj.last_name_en}", f"{obj.first_name_fa} {obj.last_name_fa}")
    elif table in ("units", "institutions"):
        name = _both(obj.name_en, obj.name_fa)
    elif table == "agreements":
        name = isolate(obj.title)
    elif table == "visits":
        name = isolate(obj.reference)
    elif table == "funding_requests":
        name = isolate(obj.conference)
    return f"«{name}»" if name else f"{table} {record_id}"


def used_record(session: Session, table: str, record_id: int, row: int) -> str:
    """A record an undo cannot take back: its name and the sheet's row it came from."""
    return f"{record_name(session, table, record_id)} ({row})"
