"""The visits on the Today tab: arrivals, departures and programme items coming, and reports overdue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.services.today.entries import (
    Entry,
    _between,
    _capped,
)
from app.services.today.settings import Thresholds
from db.models import (
    Visit,
    VisitItem,
)


def _visit_entry(
    rule: str, v: Visit, day: dt.date | None, at: dt.time | None, detail_fa: str = "", detail_en: str = ""
) -> Entry:
    return Entry(
        rule,
        "visits",
        v.id,
        day,
        v.guests_fa or v.guests_en,
        v.guests_en or v.guests_fa,
        v.reference,
        v.status,
        detail_fa or v.purpose_fa,
        detail_en or v.purpose_en,
        at=at,
    )


LIVE_VISIT = ("proposed", "approved", "invited", "confirmed", "in_progress")


def _visits(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    last = on + dt.timedelta(days=limits.coming_days)
    # the status wrapped so that the planner walks the date's index (nearly every visit has a live status)
    live = and_(Visit.archived_at.is_(None), func.coalesce(Visit.status, "").in_(LIVE_VISIT))
    found = []
    arriving = (
        select(Visit)
        .where(live, _between(Visit.arrival_date, on, last))
        .order_by(Visit.arrival_date, Visit.id)
    )
    for (v,) in _capped(session, arriving, "arrival", totals):
        found.append(
            _visit_entry("arrival", v, v.arrival_date, v.arrival_time, v.arrival_flight, v.arrival_flight)
        )
    leaving = (
        select(Visit)
        .where(live, _between(Visit.departure_date, on, last))
        .order_by(Visit.departure_date, Visit.id)
    )
    for (v,) in _capped(session, leaving, "departure", totals):
        found.append(
            _visit_entry(
                "departure", v, v.departure_date, v.departure_time, v.departure_flight, v.departure_flight
            )
        )
    items = (
        select(VisitItem, Visit)
        .join(Visit, Visit.id == VisitItem.visit_id)
        .where(Visit.archived_at.is_(None), Visit.status == "in_progress", VisitItem.day == on)
        .order_by(VisitItem.start_time, VisitItem.id)
    )
    for item, v in _capped(session, items, "programme", totals):
        found.append(
            _visit_entry(
                "programme",
                v,
                item.day,
                item.start_time,
                item.title_fa or item.title_en,
                item.title_en or item.title_fa,
            )
        )
    return found


def _visit_reports(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    due = on - dt.timedelta(days=limits.report_days)
    stmt = select(Visit).where(
        Visit.archived_at.is_(None), Visit.status == "completed", Visit.departure_date < due
    )
    rows = _capped(session, stmt.order_by(Visit.departure_date, Visit.id), "visit_report_overdue", totals)
    return [
        _visit_entry(
            "visit_report_overdue", v, v.departure_date + dt.timedelta(days=limits.report_days), None
        )
        for (v,) in rows
    ]
