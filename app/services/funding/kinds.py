"""The codes of the funding register (applicant kinds, documents, cost lines, presentations, statuses), as the
schema defines them; the UI takes them from here, not from db/."""

from db.models.funding import (
    APPLICANT_KINDS,
    DOCUMENT_KINDS,
    FUNDING_STATUSES,
    LANGUAGE_CERTIFICATES,
    LINE_KINDS,
    PRESENTATION_KINDS,
    REQUEST_KINDS,
)

__all__ = [
    "APPLICANT_KINDS",
    "DOCUMENT_KINDS",
    "FUNDING_STATUSES",
    "LANGUAGE_CERTIFICATES",
    "LINE_KINDS",
    "PRESENTATION_KINDS",
    "REQUEST_KINDS",
]
