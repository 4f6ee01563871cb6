"""The office's day: what comes in the next days, what waits for the office, what is late, what ends soon.

Every list is read from the registers as they are, on the program's clock's day, with the periods of
`Thresholds`; each entry names the record that opens it. Plain data, no Qt.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from app.common import clock
from app.services import context
from app.services.directory import person_name
from app.services.today.settings import Thresholds, load
from db.models import (
    ActionItem,
    AgendaItem,
    Agreement,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    MeetingKind,
    Ordinance,
    OrdinanceKind,
    Person,
    Visit,
    VisitGuest,
    VisitItem,
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


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


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


def _meeting_rows(session: Session, rule: str, totals: dict[str, int], *where) -> list:  # type: ignore[no-untyped-def]
    stmt = (
        select(Meeting, MeetingKind.name_fa, MeetingKind.name_en)
        .join(MeetingKind, MeetingKind.id == Meeting.kind_id)
        .where(Meeting.archived_at.is_(None), *where)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return _capped(session, stmt, rule, totals)


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
        Entry(
            "meeting",
            "meetings",
            m.id,
            m.starts_at.date(),
            m.title,
            m.title,
            m.number,
            m.status,
            kind_fa,
            kind_en or kind_fa,
            invited=m.status in INVITED,
            at=m.starts_at.time(),
        )
        for m, kind_fa, kind_en in rows
    ]


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


def _drafted_before(on: dt.date, days: int) -> dt.datetime:
    """The moment (UTC, as stored) before which a draft is older than `days` local days on day `on`."""
    return clock.utc_of(dt.datetime.combine(on - dt.timedelta(days=days), dt.time.min))


def _local_day(utc: dt.datetime) -> dt.date:
    """The office's day of a stored (naive UTC) moment."""
    return utc.replace(tzinfo=dt.UTC).astimezone().date()


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


def _minutes(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    rows = _meeting_rows(session, "minutes_not_approved", totals, Meeting.status == "held")
    return [
        Entry(
            "minutes_not_approved",
            "meetings",
            m.id,
            m.starts_at.date(),
            m.title,
            m.title,
            m.number,
            m.status,
            kind_fa,
            kind_en or kind_fa,
        )
        for m, kind_fa, kind_en in rows
    ]


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


def _ordinances_ending(
    session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]
) -> list[Entry]:
    renewed = aliased(Ordinance)
    has_renewal = (
        select(renewed.id)
        .where(
            renewed.previous_id == Ordinance.id,
            renewed.status.in_(("draft", "issued")),
            renewed.archived_at.is_(None),
        )
        .exists()
    )
    stmt = (
        select(Ordinance, OrdinanceKind.name_fa, OrdinanceKind.name_en)
        .join(OrdinanceKind, OrdinanceKind.id == Ordinance.kind_id)
        .where(
            Ordinance.archived_at.is_(None),
            Ordinance.status == "issued",
            Ordinance.ended_on.is_(None),
            _between(Ordinance.term_end, on, on + dt.timedelta(days=limits.ordinance_days)),
            ~has_renewal,
        )
        .order_by(Ordinance.term_end, Ordinance.id)
    )
    return [
        _ordinance_entry("ordinance_ending", o, o.term_end, kind_fa, kind_en)
        for o, kind_fa, kind_en in _capped(session, stmt, "ordinance_ending", totals)
    ]


def _adjuncts_ending(
    session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]
) -> list[Entry]:
    from app.services.adjuncts import today_entries

    return today_entries(session, on, limits, totals)


def _vacancies(on: dt.date, totals: dict[str, int]) -> list[Entry]:
    from app.services import ordinances

    vacant = [h for h in ordinances.current_holders(on) if h.vacant]
    totals["vacant_position"] = len(vacant)
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
        for h in vacant[:SHOWN]
    ]


def _activity(partners: set[int] | None = None, agreements: set[int] | None = None):  # type: ignore[no-untyped-def]
    """Two selects of (key, day): activity by partner institution, and activity linked to an agreement itself
    (for the given partners and agreements when given)."""
    visit_day = [Visit.archived_at.is_(None), Visit.status != "cancelled"]
    letter_day = [Letter.status == "issued"]
    meeting_day = [Meeting.archived_at.is_(None), Meeting.status != "cancelled"]
    by_visit, by_guest, by_letter = (
        Visit.institution_id.is_not(None),
        Person.institution_id.is_not(None),
        Person.institution_id.is_not(None),
    )
    if partners is not None:
        by_visit, by_guest, by_letter = (
            Visit.institution_id.in_(partners),
            Person.institution_id.in_(partners),
            Person.institution_id.in_(partners),
        )
    by_partner = union_all(
        select(Visit.institution_id.label("key"), Visit.arrival_date.label("day")).where(
            by_visit, *visit_day
        ),
        select(Person.institution_id, Visit.arrival_date)
        .join(VisitGuest, VisitGuest.person_id == Person.id)
        .join(Visit, Visit.id == VisitGuest.visit_id)
        .where(by_guest, *visit_day),
        select(Person.institution_id, Letter.issued_on)
        .join(Letter, Letter.recipient_person_id == Person.id)
        .where(by_letter, *letter_day),
    ).subquery()
    own_visit = Visit.agreement_id.is_not(None) if agreements is None else Visit.agreement_id.in_(agreements)
    own_item = AgendaItem.linked_table == "agreements"
    if agreements is not None:
        own_item = and_(own_item, AgendaItem.linked_id.in_(agreements))
    by_agreement = union_all(
        select(Visit.agreement_id.label("key"), Visit.arrival_date.label("day")).where(own_visit, *visit_day),
        select(AgendaItem.linked_id, func.date(Meeting.starts_at))
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(own_item, *meeting_day),
    ).subquery()
    return by_partner, by_agreement


def _latest(session: Session, activity, on: dt.date | None = None) -> dict[int, dt.date]:  # type: ignore[no-untyped-def]
    stmt = select(activity.c.key, func.max(activity.c.day)).group_by(activity.c.key)
    if on is not None:  # what happened by the end of `on`; a visit or meeting planned for later is not yet
        stmt = stmt.where(activity.c.day <= on)
    rows = session.execute(stmt)
    return {key: _as_date(day) for key, day in rows if day is not None}


def last_activity(
    session: Session, agreement_ids: set[int] | None = None, on: dt.date | None = None
) -> dict[int, dt.date]:
    """The date of each agreement's latest linked activity: a visit of its partner (or under it, or by the
    partner's people), a meeting whose item links to it, a letter to the partner's people; with `on`, only
    what happened by that day (a visit planned for later is not activity yet)."""
    stmt = select(Agreement.id, Agreement.institution_id).where(Agreement.archived_at.is_(None))
    if agreement_ids is not None:
        stmt = stmt.where(Agreement.id.in_(agreement_ids))
    pairs = list(session.execute(stmt))
    by_partner, by_agreement = _activity(
        {p for _, p in pairs} if agreement_ids is not None else None, agreement_ids
    )
    partner_last, own_last = _latest(session, by_partner, on), _latest(session, by_agreement, on)
    result: dict[int, dt.date] = {}
    for agreement_id, partner_id in pairs:
        days = [d for d in (partner_last.get(partner_id), own_last.get(agreement_id)) if d is not None]
        if days:
            result[agreement_id] = max(days)
    return result


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _agreement_entry(rule: str, a: Agreement, partner: Institution, day: dt.date | None) -> Entry:
    return Entry(
        rule,
        "agreements",
        a.id,
        day,
        a.title,
        a.title,
        "",
        a.status,
        partner.name_fa or partner.name_en,
        partner.name_en or partner.name_fa,
    )


def _agreements(session: Session, on: dt.date, limits: Thresholds, totals: dict[str, int]) -> list[Entry]:
    live = [
        Agreement.archived_at.is_(None),
        Institution.archived_at.is_(None),
        Agreement.status == "active",
        or_(Agreement.valid_until.is_(None), Agreement.valid_until >= on),
    ]
    stmt = (
        select(Agreement, Institution)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(*live, Agreement.valid_until <= on + dt.timedelta(days=limits.agreement_days))
        .order_by(Agreement.valid_until, Agreement.id)
    )
    found = [
        _agreement_entry("agreement_ending", a, p, a.valid_until)
        for a, p in _capped(session, stmt, "agreement_ending", totals)
    ]
    # Dormant: signed before the period began, and no activity of the partner or linked to it since.
    since = months_before(on, limits.dormant_months)
    since_at = dt.datetime.combine(since, dt.time.min)
    recent = [  # a visit planned for later is not activity yet (last_activity takes the same view)
        Visit.archived_at.is_(None),
        Visit.status != "cancelled",
        Visit.arrival_date >= since,
        Visit.arrival_date <= on,
    ]
    partner_people = (
        select(Person.id).where(Person.institution_id == Agreement.institution_id).correlate(Agreement)
    )
    partner_visit = select(Visit.id).where(Visit.institution_id == Agreement.institution_id, *recent).exists()
    own_visit = select(Visit.id).where(Visit.agreement_id == Agreement.id, *recent).exists()
    guest_visit = (
        select(VisitGuest.id)
        .join(Visit, Visit.id == VisitGuest.visit_id)
        .where(VisitGuest.person_id.in_(partner_people), *recent)
        .exists()
    )
    letter = (
        select(Letter.id)
        .where(
            Letter.recipient_person_id.in_(partner_people),
            func.coalesce(Letter.status, "") == "issued",
            Letter.issued_on >= since,
        )
        .exists()
    )
    item = (
        select(AgendaItem.id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.linked_table == "agreements",
            AgendaItem.linked_id == Agreement.id,
            Meeting.archived_at.is_(None),
            Meeting.status != "cancelled",
            Meeting.starts_at >= since_at,
            Meeting.starts_at < dt.datetime.combine(on + dt.timedelta(days=1), dt.time.min),
        )
        .exists()
    )
    started = or_(
        Agreement.signed_on < since,
        and_(Agreement.signed_on.is_(None), Agreement.created_at < clock.utc_of(since_at)),
    )
    candidates = session.execute(
        select(Agreement.id)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(*live, started, ~partner_visit, ~own_visit, ~letter, ~item, ~guest_visit)
        .order_by(Agreement.id)
    )
    dormant = list(candidates.scalars())
    totals["agreement_dormant"] = len(dormant)
    shown = set(dormant[:SHOWN])
    latest = last_activity(session, shown, on) if shown else {}
    rows = session.execute(
        select(Agreement, Institution)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(Agreement.id.in_(shown))
    )
    found += [_agreement_entry("agreement_dormant", a, p, latest.get(a.id)) for a, p in rows]
    return found
