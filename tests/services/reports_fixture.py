"""A small database whose annual-report answers are counted by hand (see EXPECTED), with the edge cases of
issue 17: records at 1405/12/29 23:30 and 1406/01/01 00:30, an agreement ending mid-year, a request decided
in the next fiscal year, a guest who came twice, a cancelled visit, a void ordinance and letter.

Dates are written in the Jalali calendar and turned into Gregorian with jdatetime (not the code under test).
The clock stands at 1406/02/01 10:00 while the records are made and the report is read."""

from __future__ import annotations

import datetime as dt

import jdatetime

from app.common import clock
from app.services import context, letters
from db.models import (
    ActionItem,
    AgendaItem,
    Agreement,
    FundingRequest,
    Institution,
    Meeting,
    Ordinance,
    Person,
    Resolution,
    Unit,
    Visit,
    VisitGuest,
)

NOW = dt.datetime.combine(jdatetime.date(1406, 2, 1).togregorian(), dt.time(10, 0))
EVE = dt.datetime.combine(jdatetime.date(1405, 12, 29).togregorian(), dt.time(23, 30))  # Nowruz eve
NOWRUZ = dt.datetime.combine(jdatetime.date(1406, 1, 1).togregorian(), dt.time(0, 30))
DEPUTY, APPRECIATION = 1, 3  # the seeded ordinance kinds (deputy: a position in each unit)
COUNCIL, PLANNING = 1, 3  # the seeded meeting kinds

# Counted by hand from the records below: figure -> (1405, 1404).
EXPECTED = {
    "visits": (3, 1),
    "guests": (3, 1),
    "delegations": (1, 0),
    "days_hosted": (9, 1),
    "agreements_active": (2, 2),
    "agreements_new": (1, 0),
    "agreements_ended": (1, 1),
    "agreements_dormant": (1, 2),
    "requests": (3, 1),
    "approved": (800_000_000, 0),
    "paid": (280_000_000, 0),
    "meetings": (2, 0),
    "resolutions": (2, 0),
    "actions_closed": (1, 0),
    "actions_overdue": (2, 0),
    "ordinances": (2, 0),
    "positions_filled": (1, 0),
    "positions_vacant": (1, 2),
    "letters": (1, 0),
}


def j(year: int, month: int, day: int) -> dt.date:
    return jdatetime.date(year, month, day).togregorian()


def _person(s, kind: str, first: str, last: str, unit_id: int | None = None, nationality: str = "") -> int:  # type: ignore[no-untyped-def]
    person = Person(
        kind=kind,
        first_name_en=first,
        last_name_en=last,
        unit_id=unit_id,
        nationality=nationality,
        search_key=last.lower(),
    )
    s.add(person)
    s.flush()
    return person.id


def _visit(s, ref: str, arrival: dt.date, departure: dt.date | None, guests: list[int], **fields) -> int:  # type: ignore[no-untyped-def]
    visit = Visit(reference=ref, arrival_date=arrival, departure_date=departure, **fields)
    s.add(visit)
    s.flush()
    for n, person_id in enumerate(guests):
        s.add(VisitGuest(visit_id=visit.id, person_id=person_id, is_head=n == 0, position=n))
    return visit.id


def _meeting(s, kind: int, seq: int, starts: dt.datetime, status: str, resolutions: int = 0) -> int:  # type: ignore[no-untyped-def]
    year = jdatetime.date.fromgregorian(date=starts.date()).year
    meeting = Meeting(
        kind_id=kind,
        year=year,
        sequence=seq,
        number=f"{seq}/{year}",
        title=f"Meeting {seq}",
        starts_at=starts,
        ends_at=starts + dt.timedelta(minutes=20),
        status=status,
    )
    s.add(meeting)
    s.flush()
    if resolutions:
        item = AgendaItem(meeting_id=meeting.id, title="Item")
        s.add(item)
        s.flush()
        for n in range(resolutions):
            s.add(Resolution(item_id=item.id, position=n, text=f"Resolution {n}", outcome="approved"))
    return meeting.id


def _request(s, person: int, unit: int, fiscal: int, kind: str, status: str, **fields) -> None:  # type: ignore[no-untyped-def]
    s.add(
        FundingRequest(
            fiscal_year=fiscal,
            status=status,
            applicant_id=person,
            applicant_kind=kind,
            unit_id=unit,
            conference="Congress",
            country="AT",
            starts_on=j(fiscal, 9, 1),
            ends_on=j(fiscal, 9, 3),
            presentation_kind=fields.pop("presentation", "oral"),
            **fields,
        )
    )


def _ordinance(s, kind: int, status: str, issued: dt.date | None, number: str | None, **fields) -> None:  # type: ignore[no-untyped-def]
    year = jdatetime.date.fromgregorian(date=issued).year if issued else None
    sequence = int(number.split("/")[1]) if number else None
    s.add(
        Ordinance(
            kind_id=kind,
            status=status,
            issued_on=issued,
            number=number,
            year=year,
            sequence=sequence,
            recipient_name_en="Dr. Someone",
            recipient_name_fa="دکتر فلانی",
            **fields,
        )
    )


def _letter(at: dt.datetime, subject: str) -> int:
    """A letter issued through the letters register with the clock at `at`."""
    clock.freeze(at)
    letter_id = letters.save_draft(
        {"lang": "en", "recipient": "Prof. X\nUniversity", "subject": subject, "body": "Text of the letter."}
    )
    letters.issue_letter(letter_id)
    return letter_id


def build() -> dict[str, int]:
    """Make the records; returns the ids a test may want."""
    clock.freeze(NOW)
    ids: dict[str, int] = {}
    with context.database().writing() as s:
        u1 = Unit(kind="department", name_fa="گروه قلب", name_en="Cardiology", name_key="قلب")
        u2 = Unit(kind="department", name_fa="گروه کودکان", name_en="Pediatrics", name_key="کودکان")
        p1 = Institution(name_en="Heidelberg University", country="DE", name_key="heidelberg")
        p2 = Institution(name_en="Kyoto University", country="JP", name_key="kyoto")
        p3 = Institution(name_en="University of Leeds", country="GB", name_key="leeds")
        s.add_all([u1, u2, p1, p2, p3])
        s.flush()
        a = _person(s, "foreign_guest", "Anna", "Schmidt", nationality="DE")
        b = _person(s, "foreign_guest", "Marie", "Dubois", nationality="FR")
        c = _person(s, "foreign_guest", "Luc", "Martin", nationality="FR")
        f1 = _person(s, "faculty", "Maryam", "Karimi", u1.id)
        r1 = _person(s, "resident", "Reza", "Ahmadi", u2.id)
        ids.update(anna=a, cardiology=u1.id, pediatrics=u2.id)
        # Visits: V1 (5 days), V2 (arrives on Nowruz eve, 3 days, a delegation) and V7 (one day, a guest of V2
        # again) are 1405's; V3 arrives on 1 Farvardin 1406; V4 is cancelled, V6 archived; V5 is 1404's.
        ids["v1"] = _visit(
            s,
            "V-1405-001",
            j(1405, 3, 10),
            j(1405, 3, 14),
            [a],
            country="DE",
            kind="visiting_professor",
            host_unit_id=u1.id,
            institution_id=p1.id,
        )
        _visit(
            s,
            "V-1405-002",
            j(1405, 12, 29),
            j(1406, 1, 2),
            [b, c],
            country="FR",
            kind="delegation",
            host_unit_id=u2.id,
        )
        _visit(s, "V-1405-005", j(1405, 8, 1), None, [b], country="FR")  # Marie Dubois's second visit of 1405
        _visit(s, "V-1406-001", j(1406, 1, 1), j(1406, 1, 3), [a], country="DE")
        _visit(s, "V-1405-003", j(1405, 5, 1), j(1405, 5, 2), [c], country="FR", status="cancelled")
        _visit(s, "V-1404-001", j(1404, 3, 11), None, [a], country="DE")
        _visit(s, "V-1405-004", j(1405, 6, 1), j(1405, 6, 2), [c], country="FR", archived_at=NOW)
        # Agreements: G1 ends mid-1405 (visited in 1405 through V1's partner, dormant in 1404); G2 is new in
        # 1405 and dormant; G3 a draft, G4 terminated (left out); G5 ends on the last day of 1404.
        s.add_all(
            [
                Agreement(
                    institution_id=p1.id, title="G1", signed_on=j(1402, 10, 11), valid_until=j(1405, 7, 1)
                ),
                Agreement(institution_id=p2.id, title="G2", signed_on=j(1405, 7, 9), valid_until=None),
                Agreement(institution_id=p3.id, title="G3", signed_on=j(1405, 1, 9), status="draft"),
                Agreement(institution_id=p3.id, title="G4", signed_on=j(1403, 1, 9), status="terminated"),
                Agreement(
                    institution_id=p3.id,
                    title="G5",
                    signed_on=j(1399, 1, 9),
                    valid_until=j(1404, 12, 29),
                    status="expired",
                ),
            ]
        )
        # Funding: Q1 approved and Q2 paid in 1405; Q3 (of 1405) decided in 1406; a draft and a withdrawn
        # request left out; Q6 of 1404 rejected.
        _request(
            s, f1, u1.id, 1405, "faculty", "approved", decided_on=j(1405, 8, 1), approved_irr=500_000_000
        )
        _request(
            s,
            r1,
            u2.id,
            1405,
            "resident",
            "paid",
            presentation="poster",
            decided_on=j(1405, 12, 29),
            approved_irr=300_000_000,
            paid_irr=280_000_000,
            paid_on=j(1406, 1, 15),
        )
        _request(
            s,
            f1,
            u1.id,
            1405,
            "faculty",
            "approved",
            presentation="invited_talk",
            decided_on=j(1406, 1, 5),
            approved_irr=700_000_000,
        )
        _request(s, f1, u1.id, 1405, "faculty", "draft")
        _request(s, r1, u2.id, 1405, "resident", "withdrawn")
        _request(s, f1, u1.id, 1404, "faculty", "rejected", decided_on=j(1404, 11, 1))
        # Meetings: M1 on Nowruz eve at 23:30 (1405), M2 at 00:30 on 1 Farvardin (1406), M3 held in 1405;
        # M4 cancelled, M5 still planned.
        m1 = _meeting(s, COUNCIL, 1, EVE, "held", resolutions=2)
        _meeting(s, COUNCIL, 1, NOWRUZ, "approved", resolutions=1)
        _meeting(s, PLANNING, 1, dt.datetime.combine(j(1405, 5, 1), dt.time(10)), "approved")
        _meeting(s, PLANNING, 2, dt.datetime.combine(j(1405, 6, 1), dt.time(10)), "cancelled")
        _meeting(s, PLANNING, 3, dt.datetime.combine(j(1405, 7, 1), dt.time(10)), "planned")
        # Actions: A1 closed in 1405; A2 open and overdue; A3 overdue at 1405's end, closed in 1406; A4 due
        # after today; A5 cancelled.
        s.add_all(
            [
                ActionItem(
                    meeting_id=m1, text="A1", status="done", due_on=j(1405, 9, 1), closed_on=j(1405, 10, 1)
                ),
                ActionItem(meeting_id=m1, text="A2", status="open", due_on=j(1405, 11, 1)),
                ActionItem(
                    meeting_id=m1, text="A3", status="done", due_on=j(1405, 12, 1), closed_on=j(1406, 1, 10)
                ),
                ActionItem(meeting_id=m1, text="A4", status="open", due_on=j(1406, 2, 10)),
                ActionItem(meeting_id=m1, text="A5", status="cancelled", due_on=j(1405, 6, 1)),
            ]
        )
        # Ordinances: O1 appoints Cardiology's deputy from 1405/03/01; O2 issued on Nowruz eve, revoked since;
        # a void and a draft one left out; O5 issued on 1 Farvardin 1406.
        _ordinance(
            s,
            DEPUTY,
            "issued",
            j(1405, 3, 1),
            "1405/1",
            unit_id=u1.id,
            term_start=j(1405, 3, 1),
            term_end=j(1407, 3, 1),
        )
        _ordinance(s, APPRECIATION, "revoked", j(1405, 12, 29), "1405/2", ended_on=j(1406, 1, 20))
        _ordinance(s, APPRECIATION, "void", j(1405, 9, 1), "1405/3")
        _ordinance(s, APPRECIATION, "draft", None, None)
        _ordinance(s, APPRECIATION, "issued", j(1406, 1, 1), "1406/1")
    # Letters through the register, at the two instants of the year's turn; and one voided.
    voided = _letter(dt.datetime.combine(j(1405, 10, 1), dt.time(9)), "Voided")
    letters.void_letter(voided, "A mistake")
    ids["eve_letter"] = _letter(EVE, "Issued on Nowruz eve")
    ids["nowruz_letter"] = _letter(NOWRUZ, "Issued on the first of Farvardin")
    clock.freeze(NOW)
    return ids
