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
    WAITING: ("not_on_agenda", "no_decision", "letter_not_issued", "not_paid", "report_overdue",
              "letter_draft", "ordinance_draft", "minutes_not_approved"),
    LATE: ("action_overdue", "visit_report_overdue"),
    ENDING: ("ordinance_ending", "vacant_position", "agreement_ending", "agreement_dormant"),
}  # fmt: skip
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


@dataclass(frozen=True)
class TodayReport:
    """Today's four sections; `entries[section]` in the order of RULES, then by date."""

    on: dt.date
    thresholds: Thresholds
    entries: dict[str, list[Entry]] = field(default_factory=dict)

    def count(self, section: str) -> int:
        return len(self.entries.get(section, []))

    def due_today(self) -> list[Entry]:
        """What falls on the day itself (for the reminder at start)."""
        return [e for e in self.entries.get(COMING, []) if e.day == self.on]


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def today_report(on: dt.date | None = None, thresholds: Thresholds | None = None, coming_days: int | None = None) -> TodayReport:
    """Every Today list on day `on` (the clock's today), with the stored thresholds unless given."""
    on = on or clock.today()
    limits = thresholds or load()
    if coming_days is not None:
        limits = Thresholds(**{**limits.__dict__, "coming_days": coming_days})
    with context.database().reading() as session:
        found = [
            *_meetings(session, on, limits), *_visits(session, on, limits), *_conferences(session, on, limits),
            *_funding_waiting(session, on, limits), *_drafts(session, on, limits), *_minutes(session),
            *_actions(session, on), *_visit_reports(session, on, limits), *_ordinances_ending(session, on, limits),
            *_vacancies(on), *_agreements(session, on, limits),
        ]  # fmt: skip
    entries: dict[str, list[Entry]] = {}
    for section, rules in RULES.items():
        order = {rule: n for n, rule in enumerate(rules)}
        chosen = [e for e in found if e.rule in order]
        chosen.sort(key=lambda e: (order[e.rule], e.day or dt.date.max, e.at or dt.time.min, e.record_id))
        entries[section] = chosen
    return TodayReport(on, limits, entries)


def _between(column, first: dt.date, last: dt.date):  # type: ignore[no-untyped-def]
    return and_(column >= first, column <= last)


def _names(p: Person | None) -> tuple[str, str]:
    if p is None:
        return "", ""
    fa = person_name("", p.first_name_fa, p.last_name_fa)
    en = person_name(p.title, p.first_name_en, p.last_name_en)
    return fa or en, en or fa


def _meetings(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    last = on + dt.timedelta(days=limits.coming_days)
    rows = session.execute(
        select(Meeting, MeetingKind.name_fa, MeetingKind.name_en).join(MeetingKind, MeetingKind.id == Meeting.kind_id)
        .where(Meeting.archived_at.is_(None), Meeting.status.in_(("planned", "invited", "postponed", "held")),
               Meeting.starts_at >= dt.datetime.combine(on, dt.time.min),
               Meeting.starts_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min))
        .order_by(Meeting.starts_at)
    ).all()  # fmt: skip
    return [Entry("meeting", "meetings", m.id, m.starts_at.date(), m.title, m.title, m.number, m.status, kind_fa,
                  kind_en or kind_fa, invited=m.status in INVITED, at=m.starts_at.time())
            for m, kind_fa, kind_en in rows]  # fmt: skip


def _visit_entry(rule: str, v: Visit, day: dt.date | None, at: dt.time | None, detail_fa: str = "", detail_en: str = "") -> Entry:
    return Entry(rule, "visits", v.id, day, v.guests_fa or v.guests_en, v.guests_en or v.guests_fa, v.reference,
                 v.status, detail_fa or v.purpose_fa, detail_en or v.purpose_en, at=at)  # fmt: skip


LIVE_VISIT = ("approved", "invited", "confirmed", "in_progress")


def _visits(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    last = on + dt.timedelta(days=limits.coming_days)
    live = and_(Visit.archived_at.is_(None), Visit.status.in_(("proposed", *LIVE_VISIT)))
    found = []
    for v in session.execute(select(Visit).where(live, _between(Visit.arrival_date, on, last))).scalars():
        found.append(_visit_entry("arrival", v, v.arrival_date, v.arrival_time, v.arrival_flight, v.arrival_flight))
    for v in session.execute(select(Visit).where(live, _between(Visit.departure_date, on, last))).scalars():
        found.append(_visit_entry("departure", v, v.departure_date, v.departure_time, v.departure_flight, v.departure_flight))
    items = session.execute(
        select(VisitItem, Visit).join(Visit, Visit.id == VisitItem.visit_id)
        .where(Visit.archived_at.is_(None), Visit.status == "in_progress", VisitItem.day == on)
        .order_by(VisitItem.start_time)
    ).all()  # fmt: skip
    for item, v in items:
        found.append(_visit_entry("programme", v, item.day, item.start_time, item.title_fa or item.title_en,
                                  item.title_en or item.title_fa))  # fmt: skip
    return found


def _funding_entry(rule: str, r: FundingRequest, p: Person, day: dt.date | None) -> Entry:
    fa, en = _names(p)
    return Entry(rule, "funding", r.id, day, fa, en, f"#{r.id}", r.status, r.conference, r.conference)


def _funding(session: Session, *where) -> list[tuple[FundingRequest, Person]]:  # type: ignore[no-untyped-def]
    stmt = select(FundingRequest, Person).join(Person, Person.id == FundingRequest.applicant_id)
    return list(session.execute(stmt.where(FundingRequest.archived_at.is_(None), *where)))


def _conferences(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    last = on + dt.timedelta(days=limits.coming_days)
    rows = _funding(session, FundingRequest.status.in_((*APPROVED, "paid")), _between(FundingRequest.starts_on, on, last))
    return [_funding_entry("conference", r, p, r.starts_on) for r, p in rows]


def _funding_waiting(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    found = [_funding_entry("not_on_agenda", r, p, r.submitted_on)
             for r, p in _funding(session, FundingRequest.status.in_(("submitted", "deferred")))]  # fmt: skip
    found += [_funding_entry("no_decision", r, p, r.submitted_on)
              for r, p in _funding(session, FundingRequest.status == "on_agenda")]  # fmt: skip
    issued = select(Letter.id).where(Letter.id == FundingRequest.decision_letter_id, Letter.status == "issued").exists()
    found += [_funding_entry("letter_not_issued", r, p, r.decided_on)
              for r, p in _funding(session, FundingRequest.status.in_(DECIDED), ~issued)]  # fmt: skip
    found += [_funding_entry("not_paid", r, p, r.decided_on)
              for r, p in _funding(session, FundingRequest.status.in_(APPROVED))]  # fmt: skip
    due = on - dt.timedelta(days=limits.report_days)
    found += [_funding_entry("report_overdue", r, p, r.ends_on + dt.timedelta(days=limits.report_days))
              for r, p in _funding(session, FundingRequest.status == "paid", FundingRequest.ends_on < due)]  # fmt: skip
    return found


def _drafted_before(on: dt.date, days: int) -> dt.datetime:
    """The moment (UTC, as stored) before which a draft is older than `days` local days on day `on`."""
    local = dt.datetime.combine(on - dt.timedelta(days=days), dt.time.min)
    return clock.utc_of(local)


def _local_day(utc: dt.datetime) -> dt.date:
    """The office's day of a stored (naive UTC) moment."""
    return utc.replace(tzinfo=dt.UTC).astimezone().date()


def _drafts(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    before = _drafted_before(on, limits.draft_days)
    found = []
    letters = session.execute(select(Letter).where(Letter.archived_at.is_(None), Letter.status == "draft",
                                                   Letter.created_at < before).order_by(Letter.created_at)).scalars()  # fmt: skip
    for letter in letters:
        recipient = letter.recipient.split("\n")[0]
        found.append(Entry("letter_draft", "letters", letter.id, _local_day(letter.created_at), letter.subject, letter.subject,
                           "", letter.status, recipient, recipient))  # fmt: skip
    rows = session.execute(
        select(Ordinance, OrdinanceKind.name_fa, OrdinanceKind.name_en).join(OrdinanceKind, OrdinanceKind.id == Ordinance.kind_id)
        .where(Ordinance.archived_at.is_(None), Ordinance.status == "draft", Ordinance.created_at < before)
        .order_by(Ordinance.created_at)
    ).all()  # fmt: skip
    for o, kind_fa, kind_en in rows:
        found.append(_ordinance_entry("ordinance_draft", o, _local_day(o.created_at), kind_fa, kind_en))
    return found


def _ordinance_entry(rule: str, o: Ordinance, day: dt.date | None, kind_fa: str, kind_en: str) -> Entry:
    return Entry(rule, "ordinances", o.id, day, o.recipient_name_fa or o.recipient_name_en,
                 o.recipient_name_en or o.recipient_name_fa, o.number or "", o.status,
                 o.position_fa or kind_fa, o.position_en or kind_en or kind_fa)  # fmt: skip


def _minutes(session: Session) -> list[Entry]:
    rows = session.execute(
        select(Meeting, MeetingKind.name_fa, MeetingKind.name_en).join(MeetingKind, MeetingKind.id == Meeting.kind_id)
        .where(Meeting.archived_at.is_(None), Meeting.status == "held").order_by(Meeting.starts_at)
    ).all()  # fmt: skip
    return [Entry("minutes_not_approved", "meetings", m.id, m.starts_at.date(), m.title, m.title, m.number, m.status,
                  kind_fa, kind_en or kind_fa) for m, kind_fa, kind_en in rows]  # fmt: skip


def _actions(session: Session, on: dt.date) -> list[Entry]:
    owner = aliased(Person)
    rows = session.execute(
        select(ActionItem, Meeting.number, owner).join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(owner, owner.id == ActionItem.owner_id)
        .where(ActionItem.status == "open", ActionItem.due_on < on, Meeting.archived_at.is_(None))
        .order_by(ActionItem.due_on)
    ).all()  # fmt: skip
    found = []
    for action, number, person in rows:
        fa, en = _names(person)
        text = action.text.replace("\n", " ")
        found.append(Entry("action_overdue", "meetings", action.meeting_id, action.due_on, text, text, number,
                           action.status, fa, en, action_id=action.id))  # fmt: skip
    return found


def _visit_reports(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    due = on - dt.timedelta(days=limits.report_days)
    visits = session.execute(select(Visit).where(
        Visit.archived_at.is_(None), Visit.status == "completed", Visit.departure_date < due)).scalars()  # fmt: skip
    return [_visit_entry("visit_report_overdue", v, v.departure_date + dt.timedelta(days=limits.report_days), None)
            for v in visits]  # fmt: skip


def _ordinances_ending(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    renewed = aliased(Ordinance)
    has_renewal = select(renewed.id).where(renewed.previous_id == Ordinance.id, renewed.status.in_(("draft", "issued")),
                                           renewed.archived_at.is_(None)).exists()  # fmt: skip
    rows = session.execute(
        select(Ordinance, OrdinanceKind.name_fa, OrdinanceKind.name_en).join(OrdinanceKind, OrdinanceKind.id == Ordinance.kind_id)
        .where(Ordinance.archived_at.is_(None), Ordinance.status == "issued", Ordinance.ended_on.is_(None),
               _between(Ordinance.term_end, on, on + dt.timedelta(days=limits.ordinance_days)), ~has_renewal)
    ).all()  # fmt: skip
    return [_ordinance_entry("ordinance_ending", o, o.term_end, kind_fa, kind_en) for o, kind_fa, kind_en in rows]


def _vacancies(on: dt.date) -> list[Entry]:
    from app.services import ordinance_holders

    return [Entry("vacant_position", "units", h.unit_id, None, h.unit("fa"), h.unit("en"), "", "vacant",
                  h.position("fa"), h.position("en"))
            for h in ordinance_holders.current_holders(on) if h.vacant]  # fmt: skip


def last_activity(session: Session) -> dict[int, dt.date]:
    """The date of each agreement's latest linked activity: a visit of its partner (or under it, or by the
    partner's people), a meeting whose item links to it, a letter to the partner's people."""
    by_partner = union_all(
        select(Visit.institution_id.label("partner"), Visit.arrival_date.label("day"))
        .where(Visit.archived_at.is_(None), Visit.institution_id.is_not(None), Visit.status != "cancelled"),
        select(Person.institution_id, Visit.arrival_date).join(VisitGuest, VisitGuest.person_id == Person.id)
        .join(Visit, Visit.id == VisitGuest.visit_id)
        .where(Visit.archived_at.is_(None), Person.institution_id.is_not(None), Visit.status != "cancelled"),
        select(Person.institution_id, Letter.issued_on).join(Letter, Letter.recipient_person_id == Person.id)
        .where(Letter.status == "issued", Person.institution_id.is_not(None)),
    ).subquery()  # fmt: skip
    partner_last = dict(session.execute(select(by_partner.c.partner, func.max(by_partner.c.day)).group_by(by_partner.c.partner)).all())
    by_agreement = union_all(
        select(Visit.agreement_id.label("agreement"), Visit.arrival_date.label("day"))
        .where(Visit.archived_at.is_(None), Visit.agreement_id.is_not(None), Visit.status != "cancelled"),
        select(AgendaItem.linked_id, func.date(Meeting.starts_at)).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.linked_table == "agreements", Meeting.archived_at.is_(None), Meeting.status != "cancelled"),
    ).subquery()  # fmt: skip
    own_last = dict(session.execute(select(by_agreement.c.agreement, func.max(by_agreement.c.day)).group_by(by_agreement.c.agreement)).all())
    result: dict[int, dt.date] = {}
    for agreement_id, partner_id in session.execute(select(Agreement.id, Agreement.institution_id).where(Agreement.archived_at.is_(None))):
        days = [_as_date(d) for d in (partner_last.get(partner_id), own_last.get(agreement_id)) if d is not None]
        if days:
            result[agreement_id] = max(days)
    return result


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _agreement_entry(rule: str, a: Agreement, partner: Institution, day: dt.date | None) -> Entry:
    return Entry(rule, "agreements", a.id, day, a.title, a.title, "", a.status, partner.name_fa or partner.name_en,
                 partner.name_en or partner.name_fa)  # fmt: skip


def _agreements(session: Session, on: dt.date, limits: Thresholds) -> list[Entry]:
    stmt = select(Agreement, Institution).join(Institution, Institution.id == Agreement.institution_id).where(
        Agreement.archived_at.is_(None), Institution.archived_at.is_(None), Agreement.status == "active")
    live = list(session.execute(stmt.where(or_(Agreement.valid_until.is_(None), Agreement.valid_until >= on))))
    last = on + dt.timedelta(days=limits.agreement_days)
    found = [_agreement_entry("agreement_ending", a, p, a.valid_until)
             for a, p in live if a.valid_until is not None and a.valid_until <= last]  # fmt: skip
    since = months_before(on, limits.dormant_months)
    activity = last_activity(session)
    for a, p in live:
        latest = activity.get(a.id)
        started = a.signed_on or _local_day(a.created_at)
        if started < since and (latest is None or latest < since):
            found.append(_agreement_entry("agreement_dormant", a, p, latest))
    return found
