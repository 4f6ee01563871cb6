"""What every list of the Today tab is made of: its sections and rules, the entry, and the small helpers the
registers' queries share (the cap on what is listed, a span of days, a person's two names)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.common import clock
from app.services.directory import person_name
from db.models import (
    Person,
)

COMING, WAITING, LATE, ENDING = "coming", "waiting", "late", "ending"


SECTIONS = (COMING, WAITING, LATE, ENDING)


# The rules of each section, in the order they are shown.
RULES: dict[str, tuple[str, ...]] = {
    COMING: ("meeting", "arrival", "departure", "programme", "conference"),
    WAITING: (
        "not_on_agenda",
        "no_decision",
        "letter_not_issued",
        "not_paid",
        "report_overdue",
        "letter_draft",
        "ordinance_draft",
        "minutes_not_approved",
    ),
    LATE: ("action_overdue", "visit_report_overdue"),
    ENDING: (
        "ordinance_ending",
        "adjunct_ending",
        "vacant_position",
        "agreement_ending",
        "agreement_dormant",
    ),
}


APPROVED = ("approved", "partly_approved")


DECIDED = ("approved", "partly_approved", "rejected")


INVITED = ("invited", "held", "approved")  # a meeting whose invitations went out


@dataclass(frozen=True)
class Entry:
    """One line of Today. `register` and `record_id` name the record Enter opens (an action item opens its
    meeting: `record_id` is the meeting's, `action_id` the action's)."""

    rule: str
    register: str
    record_id: int
    day: dt.date | None
    title_fa: str
    title_en: str
    number: str = ""
    status: str = ""
    detail_fa: str = ""
    detail_en: str = ""
    action_id: int | None = None
    invited: bool | None = None  # meetings: whether the invitations went out
    at: dt.time | None = None

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)

    def detail(self, lang: str) -> str:
        return (self.detail_fa or self.detail_en) if lang == "fa" else (self.detail_en or self.detail_fa)


SHOWN = 100  # entries listed per rule (the count says how many there are in all)


def _capped(session: Session, stmt, rule: str, totals: dict[str, int]) -> list:  # type: ignore[no-untyped-def]
    """The first SHOWN rows of `stmt` (in its order); how many there are in all goes into totals[rule]."""
    rows = session.execute(stmt.limit(SHOWN)).all()
    if len(rows) < SHOWN:
        totals[rule] = totals.get(rule, 0) + len(rows)
    else:
        counted = select(func.count()).select_from(stmt.order_by(None).subquery())
        totals[rule] = totals.get(rule, 0) + int(session.execute(counted).scalar_one())
    return rows


def _between(column, first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    return and_(column >= first, column <= last)


def _names(p: Person | None) -> tuple[str, str]:
    if p is None:
        return "", ""
    fa = person_name("", p.first_name_fa, p.last_name_fa)
    en = person_name(p.title, p.first_name_en, p.last_name_en)
    return fa or en, en or fa


def _drafted_before(on: dt.date, days: int) -> dt.datetime:
    """The moment (UTC, as stored) before which a draft is older than `days` local days on day `on`."""
    return clock.utc_of(dt.datetime.combine(on - dt.timedelta(days=days), dt.time.min))


def _local_day(utc: dt.datetime) -> dt.date:
    """The office's day of a stored (naive UTC) moment."""
    return utc.replace(tzinfo=dt.UTC).astimezone().date()


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
