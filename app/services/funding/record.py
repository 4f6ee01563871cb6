"""A funding request as the editor reads it (its fields, lines, documents and step history), and its move
to the archive and back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.clock import utcnow
from app.services import audit, context
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, StateError
from app.services.funding.requests import TABLE, get_request_in, lines_of
from app.services.funding.validation import Line
from db.models import Attachment, FundingDocument, FundingTransition, Person


@dataclass(frozen=True)
class Transition:
    at: dt.datetime  # UTC
    actor: str
    from_status: str
    to_status: str
    amount_irr: int | None
    note: str


@dataclass(frozen=True)
class DocumentRow:
    attachment_id: int
    kind: str
    original_name: str
    size: int


@dataclass
class RequestRecord:
    """A request's fields (as the editor shows them), its state, lines, documents and history."""

    id: int
    values: dict[str, Any]
    lines: list[Line] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    history: list[Transition] = field(default_factory=list)


def attached_documents(request_id: int) -> list[DocumentRow]:
    with context.database().reading() as session:
        rows = session.execute(
            select(Attachment.id, FundingDocument.kind, Attachment.original_name, Attachment.size)
            .join(FundingDocument, FundingDocument.attachment_id == Attachment.id)
            .where(FundingDocument.request_id == request_id, Attachment.archived_at.is_(None))
            .order_by(Attachment.id)
        )
        return [DocumentRow(*r) for r in rows]


def history_in(session: Session, request_id: int) -> list[Transition]:
    rows = session.execute(
        select(FundingTransition)
        .where(FundingTransition.request_id == request_id)
        .order_by(FundingTransition.id)
    ).scalars()
    return [Transition(r.at, r.actor, r.from_status, r.to_status, r.amount_irr, r.note) for r in rows]


FIELDS = (
    "kind",
    "host_institution",
    "host_institution_id",
    "duration_months",
    "study_plan",
    "supervisor_approved",
    "language_certificate",
    "language_score",
    "applicant_id",
    "applicant_kind",
    "academic_rank",
    "supervisor_id",
    "unit_id",
    "conference",
    "organiser",
    "city",
    "country",
    "starts_on",
    "ends_on",
    "presentation_kind",
    "paper_title",
    "author_position",
    "notes",
    "fiscal_year",
    "status",
    "submitted_on",
    "requested_irr",
    "meeting_id",
    "agenda_item_id",
    "decided_on",
    "approved_irr",
    "decision_reason",
    "decision_letter_id",
    "paid_irr",
    "paid_on",
    "payment_reference",
    "report_received_on",
)


def get_request(request_id: int) -> RequestRecord:
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        values = {name: getattr(request, name) for name in FIELDS}
        values["archived"] = request.archived_at is not None
        for key in ("applicant", "supervisor"):
            person = session.get(Person, values[f"{key}_id"]) if values[f"{key}_id"] else None
            values[f"{key}_en"] = (
                person_name(person.title, person.first_name_en, person.last_name_en) if person else ""
            )
            values[f"{key}_fa"] = person_name("", person.first_name_fa, person.last_name_fa) if person else ""
        record = RequestRecord(
            request.id, values, lines_of(session, request.id), history=history_in(session, request.id)
        )
    record.documents = attached_documents(request_id)
    return record


def archive_request(request_id: int) -> None:
    """Move a draft or withdrawn request to the archive (decided requests stay in the register)."""
    with context.database().writing() as session:
        request = get_request_in(session, request_id)
        if request.status not in ("draft", "withdrawn"):
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Only drafts and withdrawn requests can be moved to the archive.")
            )
        if request.archived_at is None:
            request.archived_at = utcnow()
            audit.record(session, TABLE, request.id, "archive")


def restore_request(request_id: int) -> None:
    with context.database().writing() as session:
        request = get_request_in(session, request_id)
        if request.archived_at is not None:
            request.archived_at = None
            audit.record(session, TABLE, request.id, "restore")
