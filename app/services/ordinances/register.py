"""The ordinances register as a list: a page at a time, filtered by state, year and kind, sorted.

"Expired" is not stored: it is an issued ordinance whose term has ended, found by date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from app.common import dates
from app.services import context
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.paging import Page, PageRequest, conditions, every_row, page
from db.models import Ordinance, OrdinanceKind, Unit

FILTERS = ("", "draft", "current", "expired", "issued", "revoked", "superseded", "void")


@dataclass(frozen=True)
class OrdinanceRow:
    id: int
    number: str | None
    issued_on: dt.date | None
    kind_fa: str
    kind_en: str
    recipient_fa: str
    recipient_en: str
    unit_fa: str
    unit_en: str
    term_start: dt.date | None
    term_end: dt.date | None
    status: str  # as stored
    state: str  # what a reader sees: "expired" for an issued ordinance whose term has ended
    archived: bool
    version: int = 0  # as the list read it: a step taken from the row checks it (versions.acting)

    def kind(self, lang: str) -> str:
        return (self.kind_fa or self.kind_en) if lang == "fa" else (self.kind_en or self.kind_fa)

    def recipient(self, lang: str) -> str:
        return (
            (self.recipient_fa or self.recipient_en)
            if lang == "fa"
            else (self.recipient_en or self.recipient_fa)
        )

    def unit(self, lang: str) -> str:
        return (self.unit_fa or self.unit_en) if lang == "fa" else (self.unit_en or self.unit_fa)


def state_of(
    status: str, term_end: dt.date | None, today: dt.date | None = None, ended_on: dt.date | None = None
) -> str:
    """The state shown: the stored status, or "expired" for an issued ordinance past its term. An ordinance
    superseded (or revoked) from a later day stands until that day: a renewal issued early supersedes it at
    the renewal's start, as the current holders show."""
    today = today or dates.today()
    if status in _ENDING and ended_on is not None and ended_on > today:
        status = "issued"
    if status == "issued" and term_end is not None and term_end < today:
        return "expired"
    return status


_ENDING = ("superseded", "revoked")  # statuses that take effect on their ended_on day


def _standing(today: dt.date) -> Any:
    """Issued, or ended from a day still to come."""
    return or_(Ordinance.status == "issued", and_(Ordinance.status.in_(_ENDING), Ordinance.ended_on > today))


_kind_alias = aliased(OrdinanceKind)
_unit_alias = aliased(Unit)
ORDINANCES_SORT = {
    "number": Ordinance.number,
    "issued_on": Ordinance.issued_on,
    "kind_fa": _kind_alias.name_fa,
    "kind_en": _kind_alias.name_en,
    "recipient_fa": Ordinance.recipient_name_fa,
    "recipient_en": Ordinance.recipient_name_en,
    "unit_fa": _unit_alias.sort_fa,
    "unit_en": _unit_alias.name_en,
    "term_end": Ordinance.term_end,
    "status": Ordinance.status,
    "sequence": Ordinance.sequence,
    "id": Ordinance.id,
}


def _filter(where: str, year: int | None, kind_id: int | None) -> list[Any]:
    today = dates.today()
    conditions: list[Any] = []
    if where == "current":
        conditions.append(
            and_(_standing(today), or_(Ordinance.term_end.is_(None), Ordinance.term_end >= today))
        )
    elif where == "expired":
        conditions.append(and_(_standing(today), Ordinance.term_end < today))
    elif where == "issued":
        conditions.append(_standing(today))
    elif where in _ENDING:
        conditions.append(
            and_(Ordinance.status == where, or_(Ordinance.ended_on.is_(None), Ordinance.ended_on <= today))
        )
    elif where:
        conditions.append(Ordinance.status == where)
    if year is not None:
        conditions.append(Ordinance.year == year)
    if kind_id is not None:
        conditions.append(Ordinance.kind_id == kind_id)
    return conditions


def list_ordinances(
    request: PageRequest = PageRequest(), where: str = "", year: int | None = None, kind_id: int | None = None
) -> Page:
    """The register, a page at a time: `where` is one of FILTERS ("current", "expired", a status)."""
    if where not in FILTERS:
        raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    stmt = (
        select(
            Ordinance.id,
            Ordinance.number,
            Ordinance.issued_on,
            _kind_alias.name_fa,
            _kind_alias.name_en,
            Ordinance.recipient_title_fa,
            Ordinance.recipient_name_fa,
            Ordinance.recipient_title_en,
            Ordinance.recipient_name_en,
            _unit_alias.name_fa,
            _unit_alias.name_en,
            Ordinance.term_start,
            Ordinance.term_end,
            Ordinance.status,
            Ordinance.archived_at,
            Ordinance.ended_on,
            Ordinance.version,
        )
        .join(_kind_alias, Ordinance.kind_id == _kind_alias.id)
        .outerjoin(_unit_alias, Ordinance.unit_id == _unit_alias.id)
    )
    filters = _filter(where, year, kind_id)
    with context.database().reading() as session:
        result = page(session, stmt.where(*filters), Ordinance, request, ORDINANCES_SORT)
        if filters and result.total is not None:  # page() counts the search alone
            count = (
                select(func.count()).select_from(Ordinance).where(*conditions(Ordinance, request), *filters)
            )
            result = Page(result.rows, int(session.execute(count).scalar_one()))
    today = dates.today()
    return Page(
        [
            OrdinanceRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                # a recipient with no name in one script keeps that script's title before the other's name
                # («پروفسور Olga Kovalenko»), never the title alone
                person_name(r[5], "", r[6] or r[8]) if (r[6] or r[8]) else "",
                person_name(r[7], "", r[8] or r[6]) if (r[6] or r[8]) else "",
                r[9] or "",
                r[10] or "",
                r[11],
                r[12],
                r[13],
                state_of(r[13], r[12], today, r[15]),
                r[14] is not None,
                r[16],
            )
            for r in result.rows
        ],
        result.total,
    )


def years() -> list[int]:
    """The Jalali years that have numbered ordinances, newest first."""
    with context.database().reading() as session:
        found = session.execute(
            select(Ordinance.year).where(Ordinance.year.is_not(None)).distinct()
        ).scalars()
        return sorted(found, reverse=True)


def numbered_in(year: int) -> list[OrdinanceRow]:
    """Every numbered ordinance of a Jalali year (voided ones too), in number order."""
    return every_row(lambda request: list_ordinances(request, year=year), PageRequest(sort="sequence"))
