"""Who holds which position: for every department and hospital, each position held in every unit.

A holder on a day is the recipient of an issued appointment whose term covers the day and which had
not ended by then (a superseded or revoked ordinance counts until the day it ended, so the history can
be read for any past day). A term that ends within the reminder period is flagged.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select, true, tuple_
from sqlalchemy.orm import Session

from app.common import dates
from app.services import context
from app.services.ordinances import options
from db.models import Ordinance, OrdinanceKind, Unit

UNIT_KINDS = ("department", "hospital")


@dataclass(frozen=True)
class Holding:
    """One position of one unit on a day: its holder (None when vacant) and the term."""

    unit_id: int
    unit_kind: str
    unit_fa: str
    unit_en: str
    kind_id: int
    position_fa: str
    position_en: str
    ordinance_id: int | None = None
    number: str | None = None
    person_id: int | None = None
    holder_fa: str = ""
    holder_en: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    ending_soon: bool = False  # the term ends within the reminder period
    renewal_id: int | None = None  # a renewal already drafted or issued

    @property
    def vacant(self) -> bool:
        return self.ordinance_id is None

    def unit(self, lang: str) -> str:
        return (self.unit_fa or self.unit_en) if lang == "fa" else (self.unit_en or self.unit_fa)

    def holder(self, lang: str) -> str:
        return (self.holder_fa or self.holder_en) if lang == "fa" else (self.holder_en or self.holder_fa)

    def position(self, lang: str) -> str:
        return (
            (self.position_fa or self.position_en) if lang == "fa" else (self.position_en or self.position_fa)
        )


def current_holders(
    on: dt.date | None = None, within_days: int | None = None, search: str = ""
) -> list[Holding]:
    """Every department and hospital with each unit position: who holds it on `on` (today), since and until.

    Terms that end within `within_days` (the setting by default) of `on` are flagged `ending_soon`.
    """
    from app.common.text import normalize_for_search

    on = on or dates.today()
    days = options.reminder_days() if within_days is None else within_days
    words = normalize_for_search(search).split()
    with context.database().reading() as session:
        kinds = list(
            session.execute(
                select(OrdinanceKind)
                .where(OrdinanceKind.unit_position.is_(True), OrdinanceKind.archived_at.is_(None))
                .order_by(OrdinanceKind.id)
            ).scalars()
        )
        units = list(
            session.execute(
                select(Unit)
                .where(Unit.kind.in_(UNIT_KINDS), Unit.archived_at.is_(None))
                .order_by(Unit.kind, Unit.sort_fa)
            ).scalars()
        )
        held = session.execute(
            select(Ordinance)
            .where(
                Ordinance.kind_id.in_([k.id for k in kinds]),
                Ordinance.status.in_(("issued", "revoked", "superseded")),
                Ordinance.term_start <= on,
                or_(Ordinance.term_end.is_(None), Ordinance.term_end >= on),
                or_(Ordinance.ended_on.is_(None), Ordinance.ended_on > on),
            )
            .order_by(Ordinance.term_start)
        ).scalars()
        holder: dict[tuple[int, int], Ordinance] = {}
        for ordinance in held:
            holder[(ordinance.unit_id, ordinance.kind_id)] = ordinance  # the latest start wins
        renewals = dict(
            session.execute(
                select(Ordinance.previous_id, Ordinance.id).where(
                    Ordinance.previous_id.is_not(None),
                    Ordinance.status.in_(("draft", "issued")),
                    Ordinance.archived_at.is_(None),
                )
            ).all()
        )
        result = []
        for unit in units:
            if words and not all(w in unit.search_key for w in words):
                continue
            for kind in kinds:
                base = Holding(
                    unit.id,
                    unit.kind,
                    unit.name_fa,
                    unit.name_en,
                    kind.id,
                    kind.position_fa,
                    kind.position_en,
                )
                o = holder.get((unit.id, kind.id))
                if o is None:
                    result.append(base)
                    continue
                result.append(
                    Holding(
                        unit.id,
                        unit.kind,
                        unit.name_fa,
                        unit.name_en,
                        kind.id,
                        o.position_fa or kind.position_fa,
                        o.position_en or kind.position_en,
                        o.id,
                        o.number,
                        o.person_id,
                        _name(o.recipient_title_fa, o.recipient_name_fa),
                        _name(o.recipient_title_en, o.recipient_name_en),
                        o.term_start,
                        o.term_end,
                        o.term_end is not None and (o.term_end - on).days <= days,
                        renewals.get(o.id),
                    )
                )
        return result


def _name(title: str, name: str) -> str:
    return " ".join(p for p in (title, name) if p)


# ---------------------------------------------------------------- the same rule, counted in SQL
# At 100,000 units the list above is 100,000 objects a position; what the annual report and Today need of it
# (how many positions are filled, which are vacant first) is read here without it.


def _positions_held(on: dt.date):  # type: ignore[no-untyped-def]
    """The rule of a holder on `on`, for an ordinance: an issued appointment whose term covers the day and
    which had not ended by then."""
    return (
        Ordinance.status.in_(("issued", "revoked", "superseded")),
        Ordinance.term_start <= on,
        or_(Ordinance.term_end.is_(None), Ordinance.term_end >= on),
        or_(Ordinance.ended_on.is_(None), Ordinance.ended_on > on),
    )


def _position_kinds():  # type: ignore[no-untyped-def]
    return select(OrdinanceKind.id).where(
        OrdinanceKind.unit_position.is_(True), OrdinanceKind.archived_at.is_(None)
    )


def _position_units():  # type: ignore[no-untyped-def]
    return select(Unit.id).where(Unit.kind.in_(UNIT_KINDS), Unit.archived_at.is_(None))


def position_counts(session: Session, on: dt.date) -> tuple[int, int]:
    """(positions, filled) on `on`: every live department and hospital times every live unit position, and
    how many of those pairs have a holder; as len(current_holders(on)) and its entries not vacant."""
    held = (
        select(Ordinance.unit_id, Ordinance.kind_id)
        .where(
            Ordinance.kind_id.in_(_position_kinds()),
            Ordinance.unit_id.in_(_position_units()),  # unit by unit, in the covering ix_ordinances_held
            *_positions_held(on),
        )
        .distinct()
        .subquery()
    )
    kinds = session.execute(select(func.count()).select_from(_position_kinds().subquery())).scalar_one()
    units = session.execute(select(func.count()).select_from(_position_units().subquery())).scalar_one()
    return kinds * units, session.execute(select(func.count()).select_from(held)).scalar_one()


def vacant_positions(session: Session, on: dt.date, limit: int) -> list[Holding]:
    """The first `limit` vacant positions on `on`, in the order of current_holders (unit kind, unit name,
    position), read without the others."""
    # The pairs held that day, read once from the covering index (a NOT EXISTS per unit and position would
    # be planned on the wrong index and read every ordinance of the kind for each unit).
    held = select(Ordinance.unit_id, Ordinance.kind_id).where(
        Ordinance.unit_id.is_not(None), Ordinance.kind_id.in_(_position_kinds()), *_positions_held(on)
    )
    rows = session.execute(
        select(Unit, OrdinanceKind)
        .join(OrdinanceKind, true())  # every unit with every position
        .where(
            Unit.kind.in_(UNIT_KINDS),
            Unit.archived_at.is_(None),
            OrdinanceKind.unit_position.is_(True),
            OrdinanceKind.archived_at.is_(None),
            tuple_(Unit.id, OrdinanceKind.id).not_in(held),
        )
        .order_by(Unit.kind, Unit.sort_fa, Unit.id, OrdinanceKind.id)
        .limit(limit)
    )
    return [
        Holding(unit.id, unit.kind, unit.name_fa, unit.name_en, kind.id, kind.position_fa, kind.position_en)
        for unit, kind in rows
    ]
