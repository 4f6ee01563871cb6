"""Seasonal schools and exchange programmes (مدارس فصلی و برنامه‌های تبادل).

A programme has a partner, dates, a place, and participants: incoming ones come from the directory's
foreign guests, outgoing ones are the faculty's own people, each linked to their support request when they
have one (the request must be theirs). Every participant gets a certificate of attendance; the whole
programme prints as one PDF, reporting its progress certificate by certificate.

Modules: common (what they share), records (the programmes), roster (their participants), certificates
(of attendance).
"""

from app.services.programmes.certificates import certificates_pdf
from app.services.programmes.common import LANGS, TABLE, request_reference
from app.services.programmes.records import (
    ProgrammeRow,
    clean_programme,
    get_programme,
    get_programme_values,
    list_programmes,
    save_programme,
)
from app.services.programmes.roster import (
    ParticipantRow,
    add_participant,
    participants,
    remove_participant,
    requests_of,
)

__all__ = [
    "LANGS",
    "ParticipantRow",
    "ProgrammeRow",
    "TABLE",
    "add_participant",
    "certificates_pdf",
    "clean_programme",
    "get_programme",
    "get_programme_values",
    "list_programmes",
    "participants",
    "remove_participant",
    "request_reference",
    "requests_of",
    "save_programme",
]
