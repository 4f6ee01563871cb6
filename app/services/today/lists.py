"""The office's day: what comes in the next days, what waits for the office, what is late, what ends soon.

Every list is read from the registers as they are, on the program's clock's day, with the periods of
`Thresholds`; each entry names the record that opens it. Plain data, no Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.common import clock
from app.services import context
from app.services.today.agreements import (  # noqa: F401 (also re-exported here, the old path)
    _agreements,
    last_activity,
)
from app.services.today.entries import (  # noqa: F401 (also re-exported here, the old path)
    APPROVED,
    COMING,
    DECIDED,
    ENDING,
    INVITED,
    LATE,
    RULES,
    SECTIONS,
    SHOWN,
    WAITING,
    Entry,
    _as_date,
    _between,
    _capped,
    _drafted_before,
    _local_day,
    _names,
    months_before,
)
from app.services.today.ordinances import _adjuncts_ending, _ordinance_entry, _ordinances_ending, _vacancies
from app.services.today.settings import Thresholds, load
from app.services.today.visits import _visit_reports, _visits
from db.models import (
    ActionItem,
    FundingRequest,
    Letter,
    Meeting,
    MeetingKind,
    Ordinance,
    OrdinanceKind,
    Person,
)


@dataclass(frozen=True)
class TodayReport:
    """Today's four sections; `entries[section]` in the order of RULES, then by date, at most SHOWN a rule;
    `totals[rule]` how many records each rule finds in all."""

    on: dt.date
    thresholds: Thresholds
    entries: dict[str, list[Entry]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)

    def count(self, section: str) -> int:
        return sum(self.totals.get(rule, 0) for rule in RULES[section])

    def has(self, section: str) -> bool:
        """Whether the section was read (a report of the next days only leaves the others out)."""
        return section in self.entries

    def shown(self, rule: str) -> list[Entry]:
        return [e for section in SECTIONS for e in self.entries.get(section, []) if e.rule == rule]

    def due_today(self) -> list[Entry]:
        """What falls on the day itself (for the reminder at start)."""
        return [e for e in self.entries.get(COMING, []) if e.day == self.on]


def today_report(
    on: dt.date | None = None,
    thresholds: Thresholds | None = None,
    coming_days: int | None = None,
    sections: tuple[str, ...] = SECTIONS,
) -> TodayReport:
    """Every Today list on day `on` (the clock's today), with the stored thresholds unless given; only the
    `sections` asked for (the others are left empty: the Today tab paints the next days first)."""
    on = on or clock.today()
    limits = thresholds or load()
    if coming_days is not None:
        limits = Thresholds(**{**limits.__dict__, "coming_days": coming_days})
    readers = {
        COMING: (_meetings, _visits, _conferences),
        WAITING: (_funding_waiting, _drafts, _minutes),
        LATE: (_actions, _visit_reports),
        ENDING: (_ordinances_ending, _adjuncts_ending, _agreements),
    }
    totals: dict[str, int] = {}
    found: list[Entry] = []
    with context.database().reading() as session:
        for section in sections:
            for reader in readers[section]:
                found += reader(session, on, limits, totals)
    if ENDING in sections:
        found += _vacancies(on, totals)
    entries: dict[str, list[Entry]] = {}
    for section in sections:
        order = {rule: n for n, rule in enumerate(RULES[section])}
        chosen = [e for e in found if e.rule in order]
        chosen.sort(key=lambda e: (order[e.rule], e.day or dt.date.max, e.at or dt.time.min, e.record_id))
        entries[section] = chosen
    wanted = [rule for section in sections for rule in RULES[section]]
    return TodayReport(on, limits, entries, {rule: totals.get(rule, 0) for rule in wanted})


def _meeting_rows(session: Session, rule: str, totals: dict[str, int], *where) -> list:  # type: ignore[no-untyped-def]
    stmt = (
        select(Meeting, MeetingKind.name_fa, MeetingKind.name_en)
        .join(MeetingKind, MeetingKind.id == Meeting.kind_id)
        .where(Meeting.archived_at.is_(None), *where)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return _capped(session, stmt, rule, totals)


def _meeting_entry(rule: str, m: Meeting, kind_fa: str, kind_en: str, **more: object) -> Entry:
    """A meeting on a list, on its day, named by its title and kind."""
    return Entry(
        rule,
        "meetings",
        m.id,
        m.starts_at.date(),
        m.title,
        m.title,
        m.number,
        m.status,
        kind_fa,
        kind_en or kind_fa,
        **more,  # type: ignore[arg-type]
    )


def _meetings(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    last = on + dt.timedelta(days=limits.coming_days)
    rows = _meeting_rows(
        session,
        "meeting",
        totals,
        Meeting.status.in_(("planned", "invited", "postponed", "held")),
        Meeting.starts_at >= dt.datetime.combine(on, dt.time.min),
        Meeting.starts_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min),
    )
    return [
        _meeting_entry("meeting", m, kind_fa, kind_en, invited=m.status in INVITED, at=m.starts_at.time())
        for m, kind_fa, kind_en in rows
    ]


def _funding(session: Session, rule: str, totals: dict[str, int], day, *where) -> list[Entry]:  # type: ignore[no-untyped-def]
    """The requests of one rule, each shown on `day(request)`."""
    stmt = (
        select(FundingRequest, Person)
        .join(Person, Person.id == FundingRequest.applicant_id)
        .where(FundingRequest.archived_at.is_(None), *where)
        .order_by(FundingRequest.starts_on, FundingRequest.id)
    )
    found = []
    for r, p in _capped(session, stmt, rule, totals):
        fa, en = _names(p)
        found.append(
            Entry(rule, "funding", r.id, day(r), fa, en, f"#{r.id}", r.status, r.conference, r.conference)
        )
    return found


def _conferences(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    last = on + dt.timedelta(days=limits.coming_days)
    return _funding(
        session,
        "conference",
        totals,
        lambda r: r.starts_on,
        FundingRequest.status.in_((*APPROVED, "paid")),
        _between(FundingRequest.starts_on, on, last),
    )


def _funding_waiting(
    session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]
) -> list[Entry]:
    issued = (
        select(Letter.id)
        .where(Letter.id == FundingRequest.decision_letter_id, Letter.status == "issued")
        .exists()
    )
    due = on - dt.timedelta(days=limits.report_days)
    report_day = dt.timedelta(days=limits.report_days)
    return [
        *_funding(
            session,
            "not_on_agenda",
            totals,
            lambda r: r.submitted_on,
            FundingRequest.status.in_(("submitted", "deferred")),
        ),
        *_funding(
            session, "no_decision", totals, lambda r: r.submitted_on, FundingRequest.status == "on_agenda"
        ),
        *_funding(
            session,
            "letter_not_issued",
            totals,
            lambda r: r.decided_on,
            FundingRequest.status.in_(DECIDED),
            ~issued,
        ),
        *_funding(session, "not_paid", totals, lambda r: r.decided_on, FundingRequest.status.in_(APPROVED)),
        *_funding(
            session,
            "report_overdue",
            totals,
            lambda r: r.ends_on + report_day,
            FundingRequest.status == "paid",
            FundingRequest.ends_on < due,
        ),
    ]


def _drafts(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    before = _drafted_before(on, limits.draft_days)
    found = []
    stmt = select(Letter).where(
        Letter.archived_at.is_(None), Letter.status == "draft", Letter.created_at < before
    )
    for (letter,) in _capped(session, stmt.order_by(Letter.created_at, Letter.id), "letter_draft", totals):
        recipient = letter.recipient.split("\n")[0]
        found.append(
            Entry(
                "letter_draft",
                "letters",
                letter.id,
                _local_day(letter.created_at),
                letter.subject,
                letter.subject,
                "",
                letter.status,
                recipient,
                recipient,
            )
        )
    stmt = (
        select(Ordinance, OrdinanceKind.name_fa, OrdinanceKind.name_en)
        .join(OrdinanceKind, OrdinanceKind.id == Ordinance.kind_id)
        .where(Ordinance.archived_at.is_(None), Ordinance.status == "draft", Ordinance.created_at < before)
        .order_by(Ordinance.created_at, Ordinance.id)
    )
    for o, kind_fa, kind_en in _capped(session, stmt, "ordinance_draft", totals):
        found.append(_ordinance_entry("ordinance_draft", o, _local_day(o.created_at), kind_fa, kind_en))
    return found


def _minutes(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    rows = _meeting_rows(session, "minutes_not_approved", totals, Meeting.status == "held")
    return [_meeting_entry("minutes_not_approved", m, kind_fa, kind_en) for m, kind_fa, kind_en in rows]


def _actions(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    owner = aliased(Person)
    stmt = (
        select(ActionItem, Meeting.number, owner)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(owner, owner.id == ActionItem.owner_id)
        .where(ActionItem.status == "open", ActionItem.due_on < on, Meeting.archived_at.is_(None))
        .order_by(ActionItem.due_on, ActionItem.id)
    )
    found = []
    for action, number, person in _capped(session, stmt, "action_overdue", totals):
        fa, en = _names(person)
        text = action.text.replace("\n", " ")
        found.append(
            Entry(
                "action_overdue",
                "meetings",
                action.meeting_id,
                action.due_on,
                text,
                text,
                number,
                action.status,
                fa,
                en,
                action_id=action.id,
            )
        )
    return found
