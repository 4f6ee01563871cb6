"""The dated exchange-rate table: rials for one unit of a currency from a day on, until the next rate.

Amounts are integers in the currency's minor units; a conversion to rials is exact integer arithmetic,
rounded half up to the rial once per line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.money import CURRENCIES
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import ExchangeRate

MAX_RIALS = 10**15  # far beyond any rate or budget, inside SQLite's integer range with room for sums


@dataclass(frozen=True)
class Rate:
    id: int
    currency: str
    effective_on: dt.date
    rials: int


class MissingRateError(ValidationError):
    """No rate of the currency is dated on or before the day asked for."""


def to_rials(amount: int, currency: str, rials_per_unit: int) -> int:
    """`amount` minor units of `currency` in rials, rounded half up."""
    scale = 10 ** CURRENCIES[currency].minor_digits
    return (amount * rials_per_unit * 2 + scale) // (2 * scale)


def rate_on(session: Session, currency: str, day: dt.date) -> int:
    """Rials per unit of `currency` on `day`: the latest rate dated on or before it."""
    if currency == "IRR":
        return 1
    rials = session.execute(
        select(ExchangeRate.rials)
        .where(ExchangeRate.currency == currency, ExchangeRate.effective_on <= day)
        .order_by(ExchangeRate.effective_on.desc())
        .limit(1)
    ).scalar()
    if rials is None:
        raise MissingRateError(
            "lines",
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no exchange rate for {currency} on or before {day}; add one under Rules and rates.",
            ),
            currency=currency,
            day=dates.format_date(day, dates.GREGORIAN, "en"),
        )
    return rials


def clean_rate(data: dict[str, Any]) -> dict[str, Any]:
    currency = validate.choice(data, "currency", [c for c in CURRENCIES if c != "IRR"])
    day = validate.date(data, "effective_on", required=True)
    rials = data.get("rials")
    if not isinstance(rials, int) or isinstance(rials, bool) or not 0 < rials <= MAX_RIALS:
        raise ValidationError(
            "rials", QT_TRANSLATE_NOOP("errors", "Enter a whole number of rials greater than zero.")
        )
    return {"currency": currency, "effective_on": day, "rials": rials}


def save_rate(data: dict[str, Any]) -> int:
    """Add a dated rate, or change the rate of that currency and day; returns its id."""
    values = clean_rate(data)
    with context.database().writing() as session:
        row = session.execute(
            select(ExchangeRate).where(
                ExchangeRate.currency == values["currency"],
                ExchangeRate.effective_on == values["effective_on"],
            )
        ).scalar()
        if row is None:
            row = ExchangeRate(**values)
            session.add(row)
            session.flush()
            audit.record(
                session, "exchange_rates", row.id, "create", {k: (None, v) for k, v in values.items()}
            )
        else:
            changes = audit.apply(row, values)
            if changes:
                audit.record(session, "exchange_rates", row.id, "update", changes)
        return row.id


def list_rates(currency: str = "") -> list[Rate]:
    """Every dated rate, newest first (of one currency when given)."""
    stmt = select(ExchangeRate.id, ExchangeRate.currency, ExchangeRate.effective_on, ExchangeRate.rials)
    if currency:
        stmt = stmt.where(ExchangeRate.currency == currency)
    with context.database().reading() as session:
        rows = session.execute(stmt.order_by(ExchangeRate.effective_on.desc(), ExchangeRate.currency))
        return [Rate(*r) for r in rows]
