"""The steps of a request: draft → submitted → on the council's agenda → approved (amount) / partly approved /
rejected (reason) / deferred → paid → report received → closed; withdrawn at any point before payment.

Each step checks what the office's rules ask at that point, changes the request, and records the transition
(who, when, from, to, amount, note) and an audit entry in one transaction: a refused step changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from app.common import dates
from app.services import audit, context, validate
from app.services.errors import CONTEXT, QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.funding.names import name
from app.services.funding.requests import TABLE, facts_of, get_request_in
from app.services.funding.rules import Finding, check
from db.models import FundingRequest, FundingTransition

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("submitted", "withdrawn"),
    "submitted": ("on_agenda", "draft", "withdrawn"),
    "on_agenda": ("approved", "partly_approved", "rejected", "deferred", "withdrawn"),
    "deferred": ("on_agenda", "withdrawn"),
    "approved": ("paid", "withdrawn"),
    "partly_approved": ("paid", "withdrawn"),
    "rejected": ("closed",),
    "paid": ("report_received",),
    "report_received": ("closed",),
    "closed": (),
    "withdrawn": (),
}
PENDING = ("submitted", "deferred")  # waiting for the council
REPORT_DOCUMENTS = ("attendance_certificate", "trip_report")


class FundingRuleError(StateError):
    """A step refused because the request breaks the office's rules; says which rules, and why.

    The findings are written in both languages by the service; the one shown follows the interface, which
    is Persian exactly when this message's translation is installed.
    """

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "The request breaks the office's rules: {rules}"))
        self.findings = [f for f in findings if f.blocking]

    def text(
        self,
        translate: Callable[[str, str], str] | None = None,
        digits: Callable[[str], str] = str,
        words: Callable[[str], str] = str,
    ) -> str:
        template = translate(CONTEXT, self.message) if translate else self.message
        lang = "fa" if template != self.message else "en"
        return template.replace("{rules}", " ".join(f.text(lang) for f in self.findings))


class TransitionError(StateError):
    """A step the workflow does not allow from the request's present status (names in both languages)."""

    def __init__(self, current: str, wanted: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "A request that is “{current}” cannot become “{wanted}”.")
        )
        self.current, self.wanted = current, wanted

    def text(
        self,
        translate: Callable[[str, str], str] | None = None,
        digits: Callable[[str], str] = str,
        words: Callable[[str], str] = str,
    ) -> str:
        template = translate(CONTEXT, self.message) if translate else self.message
        lang = "fa" if template != self.message else "en"
        return template.replace("{current}", name(self.current, lang)).replace(
            "{wanted}", name(self.wanted, lang)
        )


def allowed(current: str, wanted: str) -> bool:
    return wanted in TRANSITIONS.get(current, ())


def move(
    session: Session, request: FundingRequest, wanted: str, note: str = "", amount: int | None = None
) -> None:
    """Change the request's status, recording the transition and the audit entry (checks done by the
    caller)."""
    if not allowed(request.status, wanted):
        raise TransitionError(request.status, wanted)
    session.add(
        FundingTransition(
            request_id=request.id,
            actor=context.actor(),
            from_status=request.status,
            to_status=wanted,
            amount_irr=amount,
            note=note,
        )
    )
    audit.record(session, TABLE, request.id, "status", {"status": (request.status, wanted)})
    request.status = wanted


def move_back(session: Session, request: FundingRequest, wanted: str, note: str) -> None:
    """A step outside the forward flow (a corrected council resolution), recorded like any other."""
    session.add(
        FundingTransition(
            request_id=request.id,
            actor=context.actor(),
            from_status=request.status,
            to_status=wanted,
            note=note,
        )
    )
    audit.record(session, TABLE, request.id, "status", {"status": (request.status, wanted)})
    request.status = wanted


def _note(note: str, required: bool = False) -> str:
    return validate.long_text({"note": note}, "note", max_len=2000, required=required)


def _step(request_id: int, act: Callable[[Session, FundingRequest], Any]) -> Any:
    with context.database().writing() as session:
        return act(session, get_request_in(session, request_id))


def _not_archived(request: FundingRequest) -> None:
    if request.archived_at is not None:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Restore the request from the archive first."))


# ---------------------------------------------------------------- the steps


def submit(request_id: int, on: dt.date | None = None, note: str = "") -> None:
    """Submit a draft: every rule is checked for the day of submission; the fiscal year and the requested
    total in rials (at that day's rates) are fixed."""
    from app.services.funding.requests import lines_of, total_irr

    on = on or dates.today()
    validate.date({"on": on}, "on", required=True)
    note = _note(note)

    def act(session: Session, request: FundingRequest) -> None:
        _not_archived(request)
        if not allowed(request.status, "submitted"):
            raise TransitionError(request.status, "submitted")
        request.fiscal_year = dates.jalali_year(on)
        request.requested_irr = total_irr(session, lines_of(session, request.id), on)
        findings = check(session, facts_of(session, request), on)
        if any(f.blocking for f in findings):
            raise FundingRuleError(findings)
        request.submitted_on = on
        move(session, request, "submitted", note, request.requested_irr)

    _step(request_id, act)


def return_to_draft(request_id: int, note: str) -> None:
    """Give a submitted request back to be corrected (before it reaches the council)."""
    note = _note(note, required=True)
    _step(request_id, lambda session, request: move(session, request, "draft", note))


def withdraw(request_id: int, note: str) -> None:
    """The applicant withdraws (possible at any point before payment); an approval's money is released."""
    note = _note(note, required=True)
    _step(request_id, lambda session, request: move(session, request, "withdrawn", note))


def mark_on_agenda(
    session: Session, request: FundingRequest, meeting_id: int, item_id: int, note: str = ""
) -> None:
    """Inside the caller's transaction: the request has become an item of a council meeting's agenda."""
    _not_archived(request)
    move(session, request, "on_agenda", note)
    request.meeting_id, request.agenda_item_id = meeting_id, item_id


def decision_year(day: dt.date) -> int:
    """The fiscal year whose budget and rules a council decision taken on `day` uses: the Jalali year of
    the meeting's day. The money is committed when the council approves, so it comes from that year's
    budget (budget.py counts approvals by their decided_on); a submission, by contrast, is checked against
    the rules of the day it was submitted."""
    return dates.jalali_year(day)


def decision_day(session: Session, request: FundingRequest) -> dt.date:
    """The day the council decided the request, or will decide it: its meeting's day; today without one."""
    from app.services.funding.decision import meeting_of

    if request.decided_on is not None:
        return request.decided_on
    meeting = meeting_of(session, request.meeting_id)
    return meeting[1] if meeting and meeting[1] else dates.today()


def decide(
    session: Session,
    request: FundingRequest,
    outcome: str,
    amount: int | None,
    reason: str,
    on: dt.date,
    meeting: tuple[str, dt.date | None] | None = None,
    lang: str = "fa",
) -> int | None:
    """Record the council's decision of day `on` (the meeting's day) inside the caller's transaction;
    returns the drafted letter's id.

    approved: `amount` rials (None: as requested); less than requested is a partial approval. The caps,
    the earlier awards, a missing report and the year's budget are checked for that amount. rejected: the
    reason is required. deferred: the request waits for a later meeting.

    The approval is checked against, and committed to, the budget and rules of the decision's fiscal year
    (decision_year): a request submitted in Esfand and decided in Farvardin is paid from the new year's
    budget. The request keeps its fiscal year (that of its submission, in its reference).
    """
    from app.services.funding.decision import draft_decision_letter

    reason = _note(reason, required=outcome == "rejected")
    if outcome == "deferred":
        move(session, request, "deferred", reason)
        return None
    if outcome == "rejected":
        move(session, request, "rejected", reason)
        request.decided_on, request.decision_reason, request.approved_irr = on, reason, None
        return draft_decision_letter(session, request, meeting, lang)
    if outcome != "approved":
        raise ValidationError("outcome", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    amount = request.requested_irr if amount is None else amount
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError(
            "amount", QT_TRANSLATE_NOOP("errors", "An approval needs an amount greater than zero.")
        )
    if not allowed(request.status, "approved"):
        raise TransitionError(request.status, "approved")
    findings = check(session, facts_of(session, request, decision_year(on)), on, amount=amount)
    if any(f.blocking for f in findings):
        raise FundingRuleError(findings)
    wanted = "approved" if amount == request.requested_irr else "partly_approved"
    move(session, request, wanted, reason, amount)
    request.decided_on, request.approved_irr, request.decision_reason = on, amount, reason
    return draft_decision_letter(session, request, meeting, lang)


def record_payment(request_id: int, amount: int, paid_on: dt.date, reference: str, note: str = "") -> None:
    """Finance has paid: at most the approved amount, on a day not before the decision, with its reference."""
    validate.date({"paid_on": paid_on}, "paid_on", required=True)
    reference = validate.text(
        {"payment_reference": reference}, "payment_reference", max_len=100, required=True
    )
    note = _note(note)

    def act(session: Session, request: FundingRequest) -> None:
        if not allowed(request.status, "paid"):
            raise TransitionError(request.status, "paid")
        if (
            isinstance(amount, bool)
            or not isinstance(amount, int)
            or not 0 < amount <= (request.approved_irr or 0)
        ):
            raise ValidationError(
                "paid_irr",
                QT_TRANSLATE_NOOP(
                    "errors", "The payment must be more than zero and at most the approved {approved} rials."
                ),
                approved=request.approved_irr or 0,
            )
        if request.decided_on and paid_on < request.decided_on:
            raise ValidationError(
                "paid_on",
                QT_TRANSLATE_NOOP("errors", "The payment cannot come before the council's decision."),
            )
        move(session, request, "paid", note, amount)
        request.paid_irr, request.paid_on, request.payment_reference = amount, paid_on, reference

    _step(request_id, act)


def record_report(request_id: int, received_on: dt.date, note: str = "") -> None:
    """The post-trip report has come: the report must be attached (for a conference, the attendance
    certificate too)."""
    from app.services.funding.rules import documents_of

    validate.date({"report_received_on": received_on}, "report_received_on", required=True)
    note = _note(note)

    def act(session: Session, request: FundingRequest) -> None:
        if not allowed(request.status, "report_received"):
            raise TransitionError(request.status, "report_received")
        due = (
            REPORT_DOCUMENTS if request.kind == "conference" else ("trip_report",)
        )  # the other kinds: the report
        missing = [kind for kind in due if kind not in documents_of(session, request.id)]
        if missing:
            raise FundingRuleError([Finding("documents_missing", True, {"documents": missing})])
        if received_on < request.starts_on:
            raise ValidationError(
                "report_received_on",
                QT_TRANSLATE_NOOP("errors", "A report cannot come before the conference."),
            )
        move(session, request, "report_received", note)
        request.report_received_on = received_on

    _step(request_id, act)


def close(request_id: int, note: str = "") -> None:
    """Close a request whose report has come (or a rejected one)."""
    note = _note(note)
    _step(request_id, lambda session, request: move(session, request, "closed", note))


def preview_approval(request_id: int, amount: int | None) -> list[Finding]:
    """What approving `amount` rials (None: as requested) would break, budget included; nothing is saved.
    The interface shows it as a warning before the council's decision is recorded."""
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        amount = request.requested_irr if amount is None else amount
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise ValidationError(
                "amount", QT_TRANSLATE_NOOP("errors", "An approval needs an amount greater than zero.")
            )
        day = decision_day(session, request)
        return check(session, facts_of(session, request, decision_year(day)), day, amount=amount)
