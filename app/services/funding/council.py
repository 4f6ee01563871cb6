"""The scholarship council's side of funding: pending requests go onto the next council meeting's agenda
as linked items in one step, and the council's resolution on such an item decides the request.

The meetings register (app.services.meetings) owns agendas and resolutions; recording a resolution on an
item linked to "funding_requests" calls apply_council_resolution in the same write transaction, so the
minutes and the request never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.clock import utcnow
from app.common.countries import country_name
from app.common.money import format_amount
from app.common.text import isolate
from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError
from app.services.funding.decision import applicant_name, meeting_of
from app.services.funding.names import name
from app.services.funding.requests import TABLE, get_request_in
from app.services.funding.workflow import PENDING, decide, mark_on_agenda
from db.models import AgendaItem, FundingRequest, Letter, Meeting

COUNCIL_KIND = "scholarship-council"


def _meetings():  # type: ignore[no-untyped-def]
    from app.services import meetings

    return meetings


def item_title(session: Session, request: FundingRequest, lang: str = "fa") -> str:
    """The agenda item's title: whose request, for which conference."""
    who = applicant_name(session, request.applicant_id, lang)
    if request.kind != "conference":
        if lang == "fa":
            return f"درخواست {name(request.kind, 'fa')}: {who} — {request.conference}"
        return f"{name(request.kind, 'en')} request: {who} — {request.conference}"
    if lang == "fa":
        return f"درخواست حمایت از شرکت در همایش: {who} — {request.conference}"
    return f"Conference funding request: {who} — {request.conference}"


def _description(request: FundingRequest, lang: str = "fa") -> str:
    where = ", ".join(isolate(p) for p in (request.city, country_name(request.country, lang)) if p)
    amount = format_amount(request.requested_irr, "IRR", lang)
    day = dates.written(request.starts_on, lang)
    what = (
        name(request.presentation_kind, lang)
        if request.kind == "conference"
        else isolate(request.host_institution)
    )
    if lang == "fa":
        place = where.replace(", ", "، ")
        return f"{what}، {place}، {day}؛ مبلغ درخواستی {amount}"
    return f"{what}, {where}, {day}; requested {amount}"


def next_council() -> Any:
    """The soonest scholarship council meeting not yet held, or None."""
    return _meetings().next_meeting(COUNCIL_KIND)


ITEM_MINUTES = 10  # the time an agenda item of a funding request is given


@dataclass(frozen=True)
class PendingRequest:
    """A request that may go onto the council's agenda, as the secretary confirms it."""

    id: int
    applicant: str
    conference: str
    submitted_on: dt.date | None
    status: str  # submitted or deferred
    minutes: int = ITEM_MINUTES


@dataclass(frozen=True)
class CouncilAgendaPlan:
    """What "put pending requests on the council's agenda" would do: which meeting, which requests, and
    how the agenda's time compares with the meeting's planned length."""

    meeting_id: int
    meeting_number: str
    meeting_title: str
    starts_at: dt.datetime
    planned_minutes: int  # the meeting's length as planned (its end less its start)
    agenda_minutes: int  # the items already on its agenda
    invited: bool  # the invitation has gone out: the members have the agenda as it was
    requests: list[PendingRequest] = field(default_factory=list)

    def minutes_after(self, chosen: Collection[int]) -> int:
        return self.agenda_minutes + sum(r.minutes for r in self.requests if r.id in chosen)

    def runs_over(self, chosen: Collection[int]) -> bool:
        return self.minutes_after(chosen) > self.planned_minutes


def _council_meeting_id(meeting_id: int | None) -> int:
    if meeting_id is not None:
        return meeting_id
    meeting = next_council()
    if meeting is None:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no scholarship council meeting to come; schedule one in the Meetings tab first.",
            )
        )
    return meeting.id


def _pending_in(session: Session, request_ids: Collection[int] | None) -> list[FundingRequest]:
    stmt = select(FundingRequest).where(
        FundingRequest.status.in_(PENDING), FundingRequest.archived_at.is_(None)
    )
    if request_ids is not None:
        stmt = stmt.where(FundingRequest.id.in_(list(request_ids)))
    return list(session.execute(stmt.order_by(FundingRequest.submitted_on, FundingRequest.id)).scalars())


def council_agenda_plan(meeting_id: int | None = None, lang: str = "fa") -> CouncilAgendaPlan:
    """The meeting (the next scholarship council when none is given) and the pending requests (submitted
    or deferred) that put_pending_on_agenda would add, for the secretary to confirm; nothing is changed."""
    meeting_id = _council_meeting_id(meeting_id)
    with context.database().reading() as session:
        meeting = session.get(Meeting, meeting_id) if isinstance(meeting_id, int) else None
        if meeting is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        on_agenda = session.execute(
            select(func.coalesce(func.sum(AgendaItem.minutes), 0)).where(AgendaItem.meeting_id == meeting.id)
        ).scalar()
        requests = [
            PendingRequest(
                r.id, applicant_name(session, r.applicant_id, lang), r.conference, r.submitted_on, r.status
            )
            for r in _pending_in(session, None)
        ]
        return CouncilAgendaPlan(
            meeting.id,
            meeting.number,
            meeting.title,
            meeting.starts_at,
            max(0, int((meeting.ends_at - meeting.starts_at).total_seconds() // 60)),
            int(on_agenda or 0),
            meeting.status == "invited",
            requests,
        )


def put_pending_on_agenda(
    meeting_id: int | None = None, request_ids: list[int] | None = None
) -> tuple[int, int]:
    """Put the pending requests (submitted or deferred; or those given) on the agenda of a council meeting
    (the next scholarship council when none is given) as linked items; returns (meeting id, items added).
    One transaction: every item is added and every request marked, or nothing is."""
    meeting_id = _council_meeting_id(meeting_id)
    with context.database().writing() as session:
        return meeting_id, put_on_agenda_in(session, meeting_id, request_ids)


def put_on_agenda_in(session: Session, meeting_id: int, request_ids: list[int] | None = None) -> int:
    """put_pending_on_agenda inside the caller's transaction; returns how many items were added."""
    from app.services.meetings.agenda import add_agenda_item_in, clean_item

    pending = _pending_in(session, request_ids)
    if request_ids is not None and len(pending) != len(set(request_ids)):
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Only submitted or deferred requests can go on a council agenda.")
        )
    for request in pending:
        item_id = add_agenda_item_in(
            session,
            meeting_id,
            clean_item(
                {
                    "title": item_title(session, request),
                    "presenter_id": None,
                    "minutes": ITEM_MINUTES,
                    "description": _description(request),
                    "linked_table": TABLE,
                    "linked_id": request.id,
                }
            ),
        )
        mark_on_agenda(session, request, meeting_id, item_id)
    return len(pending)


DECIDED = ("approved", "partly_approved", "rejected", "deferred")


def _reopen(session: Session, request: FundingRequest, item_id: int) -> None:
    """A corrected resolution: the earlier decision of this item is set aside before the new one is applied.

    Refused once money has been paid or the decision letter issued (void the letter first).
    """
    from app.services.audit import record
    from app.services.funding.workflow import move_back

    if request.agenda_item_id != item_id:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "This funding request is not waiting for the council's decision.")
        )
    letter = session.get(Letter, request.decision_letter_id) if request.decision_letter_id else None
    if letter is not None and letter.status == "issued":
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The decision letter {number} has been issued; void it before correcting the decision.",
            ),
            number=letter.number or "",
        )
    if letter is not None and letter.status == "draft" and letter.archived_at is None:
        letter.archived_at = utcnow()
        record(session, "letters", letter.id, "archive")
    move_back(session, request, "on_agenda", "resolution corrected")
    request.approved_irr, request.decided_on, request.decision_reason, request.decision_letter_id = (
        None,
        None,
        "",
        None,
    )


def apply_council_resolution(session: Session, item: Any, resolution: Any) -> None:
    """Called by the meetings register, inside its write transaction, for a resolution on an item linked to
    a funding request: approved (amount in rials, None = as requested; less is a partial approval), rejected
    (the resolution's text is the reason), deferred; noted changes nothing. The rules and the budget are
    checked for the amount, the transition recorded and the decision letter drafted. A corrected resolution
    replaces the item's earlier decision. A refusal raises a ServiceError, which rolls the resolution back."""
    if getattr(item, "linked_table", "") != TABLE:
        return
    outcome = getattr(resolution, "outcome", "")
    if outcome == "noted":
        return
    request = session.get(FundingRequest, getattr(item, "linked_id", None))
    if request is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "The funding request of this agenda item no longer exists.")
        )
    if request.status in DECIDED and request.agenda_item_id == item.id:
        _reopen(session, request, item.id)
    if request.status != "on_agenda" or request.agenda_item_id != item.id:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "This funding request is not waiting for the council's decision.")
        )
    meeting = meeting_of(session, item.meeting_id)
    on = meeting[1] if meeting and meeting[1] else dates.today()
    decide(
        session,
        request,
        outcome,
        getattr(resolution, "amount", None),
        getattr(resolution, "text", "") or "",
        on,
        meeting,
    )


def record_council_decision(request_id: int, outcome: str, amount: int | None, text: str) -> int:
    """The council's decision on a request on its agenda, recorded as the meeting's resolution on the
    request's item (which decides the request through apply_council_resolution); returns the resolution id."""
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        if request.status != "on_agenda" or request.agenda_item_id is None:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "This funding request is not waiting for the council's decision.")
            )
        item_id = request.agenda_item_id
    return _meetings().record_resolution(item_id, {"text": text, "outcome": outcome, "amount": amount})
