"""The ordinances on the Today tab: those ending, and the deputy positions left vacant."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.services import context
from app.services.today.entries import (
    SHOWN,
    Entry,
    _between,
    _capped,
)
from app.services.today.settings import Thresholds
from db.models import (
    AdjunctCandidate,
    Ordinance,
    OrdinanceKind,
)


def has_renewal():
    """A condition on Ordinance: a live renewal (drafted or issued) follows it."""
    renewed = aliased(Ordinance)
    return (
        select(renewed.id)
        .where(
            renewed.previous_id == Ordinance.id,
            renewed.status.in_(("draft", "issued")),
            renewed.archived_at.is_(None),
        )
        .exists()
    )


def appoints_an_adjunct():
    """A condition on Ordinance: it is the appointment of a current adjunct, which Today lists under
    the adjuncts' terms ending rather than a second time among the ordinances."""
    return Ordinance.id.in_(
        select(AdjunctCandidate.ordinance_id).where(
            AdjunctCandidate.archived_at.is_(None),
            AdjunctCandidate.status == "approved",
            AdjunctCandidate.ordinance_id.is_not(None),
        )
    )


def _ordinance_entry(rule: str, o: Ordinance, day: dt.date | None, kind_fa: str, kind_en: str) -> Entry:
    return Entry(
        rule,
        "ordinances",
        o.id,
        day,
        o.recipient_name_fa or o.recipient_name_en,
        o.recipient_name_en or o.recipient_name_fa,
        o.number or "",
        o.status,
        o.position_fa or kind_fa,
        o.position_en or kind_en or kind_fa,
    )


def _ordinances_ending(
    session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]
) -> list[Entry]:
    stmt = (
        select(Ordinance, OrdinanceKind.name_fa, OrdinanceKind.name_en)
        .join(OrdinanceKind, OrdinanceKind.id == Ordinance.kind_id)
        .where(
            Ordinance.archived_at.is_(None),
            Ordinance.status == "issued",
            Ordinance.ended_on.is_(None),
            _between(Ordinance.term_end, on, on + dt.timedelta(days=limits.ordinance_days)),
            ~has_renewal(),
            ~appoints_an_adjunct(),
        )
        .order_by(Ordinance.term_end, Ordinance.id)
    )
    return [
        _ordinance_entry("ordinance_ending", o, o.term_end, kind_fa, kind_en)
        for o, kind_fa, kind_en in _capped(session, stmt, "ordinance_ending", totals)
    ]


def _vacancies(on: dt.date, totals: dict[str, int]) -> list[Entry]:
    """The first vacant positions and how many there are (counted in SQL: there may be 100,000 units)."""
    from app.services.ordinances.holders import position_counts, vacant_positions

    with context.database().reading() as session:
        positions, filled = position_counts(session, on)
        vacant = vacant_positions(session, on, SHOWN)
    totals["vacant_position"] = positions - filled
    return [
        Entry(
            "vacant_position",
            "units",
            h.unit_id,
            None,
            h.unit("fa"),
            h.unit("en"),
            "",
            "vacant",
            h.position("fa"),
            h.position("en"),
        )
        for h in vacant
    ]


def _adjuncts_ending(
    session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]
) -> list[Entry]:
    from app.services.adjuncts import today_entries

    return today_entries(session, on, limits, totals)
