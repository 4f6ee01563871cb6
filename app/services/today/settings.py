"""How far ahead and how far back the Today lists look: settings of their own in the settings table."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from app.services import audit, context
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import Setting

_KEY = "today/thresholds"


@dataclass(frozen=True)
class Thresholds:
    """The office's periods, in days (dormancy in months)."""

    coming_days: int = 14  # meetings, visits and conferences this many days ahead
    draft_days: int = 7  # a draft letter or ordinance older than this waits for the office
    ordinance_days: int = 60  # ordinances whose term ends within this many days
    agreement_days: int = 90  # agreements that end within this many days
    dormant_months: int = 12  # an agreement without activity for this long is dormant
    report_days: int = 30  # a paid trip's or a visit's report is late this many days after it ended


LIMITS = {
    "coming_days": (1, 366),
    "draft_days": (1, 366),
    "ordinance_days": (1, 731),
    "agreement_days": (1, 731),
    "dormant_months": (1, 120),
    "report_days": (0, 366),
}


def load() -> Thresholds:
    """The stored thresholds, each one its default until changed."""
    with context.database().reading() as session:
        row = session.get(Setting, _KEY)
        stored = json.loads(row.value) if row is not None else {}
    names = {f.name for f in fields(Thresholds)}
    return Thresholds(**{k: int(v) for k, v in stored.items() if k in names})


def save(data: dict[str, Any]) -> Thresholds:
    """Change some thresholds (whole numbers within LIMITS); one transaction, audited."""
    current = asdict(load())
    for key, value in data.items():
        if key not in LIMITS:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Unknown setting."))
        low, high = LIMITS[key]
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("errors", "Enter a number from {low} to {high}."), low=low, high=high
            )
    wanted = {**current, **data}
    if wanted == current:
        return Thresholds(**current)
    with context.database().writing() as session:
        row = session.get(Setting, _KEY)
        text = json.dumps(wanted, sort_keys=True)
        if row is None:
            session.add(Setting(key=_KEY, value=text))
        else:
            row.value = text
        audit.record(session, "settings", None, "update", {_KEY: (current, wanted)})
    return Thresholds(**wanted)
