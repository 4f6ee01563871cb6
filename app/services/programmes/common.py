"""What the programmes share: the table, the languages, a programme looked up and a support request's
reference."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.services import validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError
from db.models import FundingRequest, Programme

TABLE = "programmes"
LANGS = ("fa", "en")


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _get(session: Session, programme_id: object) -> Programme:
    found = session.get(Programme, programme_id) if validate.is_record_id(programme_id) else None
    if found is None:
        raise _not_found()
    return found


def request_reference(request: FundingRequest) -> str:
    return f"FR-{request.fiscal_year}-{request.id:04d}"
