"""The annual report's records of funding requests, meetings and their action items (a part of
reports.records.Year)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import or_, select

from app.common.text import digits_for
from app.documents.report_data import Trace
from app.services.funding.budgets import COMMITTED, PAID
from app.services.funding.names import name as funding_name
from app.services.reports.year_base import (
    HELD,
    Item,
    YearBase,
)
from db.models import (
    ActionItem,
    AgendaItem,
    FundingRequest,
    Meeting,
    MeetingKind,
    Resolution,
)


class MeetingRecords(YearBase):
    def _funding(self) -> None:
        """Requests of the year (its fiscal year), and the money decided in the year (as the budget
        counts)."""
        requests = (
            self.session.execute(
                select(FundingRequest)
                .where(
                    FundingRequest.archived_at.is_(None),
                    FundingRequest.status.not_in(("draft", "withdrawn")),
                    or_(
                        FundingRequest.fiscal_year == self.year,
                        FundingRequest.decided_on.between(self.first, self.last),
                    ),
                )
                .order_by(FundingRequest.id)
            )
            .scalars()
            .all()
        )
        self.load_people({r.applicant_id for r in requests})
        for request in requests:
            person = self.person(request.applicant_id)
            who = self.person_name(person)
            department = self.unit(request.unit_id)
            when = self.span(request.starts_on, request.ends_on)
            reference = f"FR-{request.fiscal_year}-{request.id:04d}"
            facts = ("funding", request.id, reference, who, department, when)  # every trace of the request
            groups = {
                "request_kind": funding_name(request.kind, self.lang),
                "applicant_kind": funding_name(request.applicant_kind, self.lang),
                "department": department,
                "country": self.country(request.country),
            }
            if request.kind == "conference":  # the other kinds present no paper
                groups["presentation"] = funding_name(request.presentation_kind, self.lang)
            if request.fiscal_year == self.year:
                self.add(
                    "requests",
                    Item(
                        Trace(
                            *facts,
                            self.t(
                                f"request of fiscal year {self.year}: {request.conference}",
                                f"درخواست سال مالی {digits_for(str(self.year), 'fa')}: {request.conference}",
                            ),
                        ),
                        groups,
                        self.month(request.submitted_on or request.starts_on),
                    ),
                )
                if (
                    request.status in COMMITTED + PAID
                    and request.approved_irr is not None
                    and request.country != "IR"
                ):
                    self.add(
                        "exchange_outbound",
                        Item(
                            Trace(
                                *facts,
                                self.t(
                                    f"approved: {request.conference}, {self.country(request.country)}",
                                    f"مصوب: {request.conference}، {self.country(request.country)}",
                                ),
                            ),
                            groups,
                        ),
                    )
            if not self.within(request.decided_on):
                continue
            decided = self.t(
                f"decided on {self.day(request.decided_on)}", f"تصمیم در {self.day(request.decided_on)}"
            )
            if request.status in COMMITTED + PAID and request.approved_irr is not None:
                self.add(
                    "approved",
                    Item(
                        Trace(*facts, decided, request.approved_irr), groups, self.month(request.decided_on)
                    ),
                )
            if request.status in PAID and request.paid_irr is not None:
                self.add(
                    "paid",
                    Item(
                        Trace(
                            *facts,
                            self.t(
                                f"paid on {self.day(request.paid_on)}",
                                f"پرداخت در {self.day(request.paid_on)}",
                            ),
                            request.paid_irr,
                        ),
                        groups,
                    ),
                )

    def _meetings(self) -> None:
        """Meetings held in the year (by the day they started), per kind, and their resolutions."""
        start = dt.datetime.combine(self.first, dt.time.min)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time.min)
        rows = self.session.execute(
            select(Meeting, MeetingKind)
            .join(MeetingKind)
            .where(
                Meeting.starts_at >= start,
                Meeting.starts_at < end,
                Meeting.status.in_(HELD),
                Meeting.archived_at.is_(None),
            )
            .order_by(Meeting.starts_at, Meeting.id)
        ).all()
        resolutions_of: dict[int, list[Resolution]] = defaultdict(list)
        for start in range(0, len(rows), 500):
            chunk = [meeting.id for meeting, _kind in rows[start : start + 500]]
            for meeting_id, resolution in self.session.execute(
                select(AgendaItem.meeting_id, Resolution)
                .join(AgendaItem)
                .where(AgendaItem.meeting_id.in_(chunk))
                .order_by(AgendaItem.position, Resolution.position)
            ):
                resolutions_of[meeting_id].append(resolution)
        for meeting, kind in rows:
            kind_name = kind.name_fa if self.lang == "fa" else (kind.name_en or kind.name_fa)
            number = digits_for(meeting.number, self.lang)
            when = self.day(meeting.starts_at.date())
            self.add(
                "meetings",
                Item(
                    Trace(
                        "meetings",
                        meeting.id,
                        number,
                        meeting.title,
                        kind_name,
                        when,
                        self.t("held", "برگزار شد"),
                    ),
                    {"kind": kind_name},
                    self.month(meeting.starts_at.date()),
                ),
            )
            for resolution in resolutions_of[meeting.id]:
                self.add(
                    "resolutions",
                    Item(
                        Trace(
                            "meetings",
                            meeting.id,
                            number,
                            resolution.text[:120],
                            kind_name,
                            when,
                            funding_name(resolution.outcome, self.lang),
                        ),
                        {"kind": kind_name},
                    ),
                )

    def _actions(self) -> None:
        """Actions closed in the year, and actions overdue on its last day (or today, in the current year)."""
        closed = (
            self.session.execute(
                select(ActionItem)
                .where(ActionItem.status == "done", ActionItem.closed_on.between(self.first, self.last))
                .order_by(ActionItem.closed_on, ActionItem.id)
            )
            .scalars()
            .all()
        )
        overdue = (
            self.session.execute(
                select(ActionItem)
                .where(
                    ActionItem.due_on < self.cut,
                    ActionItem.status != "cancelled",
                    or_(ActionItem.status == "open", ActionItem.closed_on > self.cut),
                )
                .order_by(ActionItem.due_on, ActionItem.id)
            )
            .scalars()
            .all()
        )
        self.load_people({a.owner_id for a in (*closed, *overdue) if a.owner_id is not None})
        for key, actions in (("actions_closed", closed), ("actions_overdue", overdue)):
            for action in actions:
                owner = self.person_name(self.person(action.owner_id))
                why = (
                    self.t(
                        f"closed on {self.day(action.closed_on)}", f"انجام در {self.day(action.closed_on)}"
                    )
                    if key == "actions_closed"
                    else self.t(
                        f"due {self.day(action.due_on)}, open on {self.day(self.cut)}",
                        f"موعد {self.day(action.due_on)}، باز در {self.day(self.cut)}",
                    )
                )
                self.add(
                    key,
                    Item(
                        Trace(
                            "actions", action.id, "", action.text[:120], owner, self.day(action.due_on), why
                        )
                    ),
                )
