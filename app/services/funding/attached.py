"""A funding request's documents: files attached as one of the checklist's kinds (acceptance letter,
abstract, invoice...), and the checklist of those the applicant's kind requires."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.common import dates
from app.services import attachments, audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError
from app.services.funding.requests import TABLE, get_request_in
from app.services.funding.rules import documents_of
from db.models import FundingDocument
from db.models.funding import DOCUMENT_KINDS


def attach_document(request_id: int, kind: str, source: str | Path) -> int:
    """Attach a file to a request as one of the checklist's documents; returns the attachment's id."""
    validate.choice({"kind": kind}, "kind", DOCUMENT_KINDS)
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        if request.status in ("closed", "withdrawn"):
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "A closed or withdrawn request takes no more documents.")
            )
    attachment_id = attachments.add_attachment(TABLE, request_id, source)
    with context.database().writing() as session:
        session.add(FundingDocument(request_id=request_id, attachment_id=attachment_id, kind=kind))
        audit.record(session, TABLE, request_id, "document", {"kind": (None, kind)})
    return attachment_id


def detach_document(request_id: int, attachment_id: int) -> None:
    """Take a document attached by mistake off a draft (the file goes to the archive, as every attachment)."""
    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        if request.status != "draft":
            raise StateError(QT_TRANSLATE_NOOP("errors", "Only a draft request can be changed."))
        owned = session.execute(
            select(FundingDocument.id).where(
                FundingDocument.request_id == request_id, FundingDocument.attachment_id == attachment_id
            )
        ).scalar()
        if owned is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    attachments.archive_attachment(attachment_id)


def checklist(request_id: int) -> list[tuple[str, bool]]:
    """The documents the request's kind (for a conference: its applicant's kind) requires, each with whether
    it is attached."""
    from app.services.funding.cases import kind_rules_in
    from app.services.funding.rules import rules_in

    with context.database().reading() as session:
        request = get_request_in(session, request_id)
        year = request.fiscal_year if request.status != "draft" else dates.jalali_year(dates.today())
        required = (
            rules_in(session, year).required_documents.get(request.applicant_kind, [])
            if request.kind == "conference"
            else list(kind_rules_in(session, year, request.kind).required_documents)
        )
        have = documents_of(session, request_id)
        return [(kind, kind in have) for kind in required]
