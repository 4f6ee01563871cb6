"""The directory: people and units (core), partner institutions and their agreements (partners).

Every change is validated here, written in one transaction with its audit entry, and records are
archived instead of deleted. Search matches either script: names are folded with normalize_for_search.
The package's names are re-exported here: callers write `directory.save_person(...)`.
"""

from app.services.directory.core import (
    AgreementRow,
    InstitutionRow,
    PersonRow,
    Record,
    UnitRow,
    archive_person,
    archive_unit,
    clean_person,
    clean_unit,
    get_person,
    get_unit,
    list_people,
    list_units,
    mask_passport,
    person_name,
    person_search_key,
    person_sort_fa,
    restore_person,
    restore_unit,
    save_person,
    save_unit,
)
from app.services.directory.partners import (
    archive_agreement,
    archive_institution,
    clean_agreement,
    clean_institution,
    get_agreement,
    get_institution,
    list_agreements,
    list_institutions,
    restore_agreement,
    restore_institution,
    save_agreement,
    save_institution,
)
from app.services.paging import Page, PageRequest
from db.models.directory import ACADEMIC_RANKS, AGREEMENT_STATUSES, PERSON_KINDS, UNIT_KINDS

__all__ = [
    "ACADEMIC_RANKS", "AGREEMENT_STATUSES", "PERSON_KINDS", "UNIT_KINDS", "AgreementRow", "InstitutionRow", "Page",
    "PageRequest", "PersonRow", "Record", "UnitRow", "archive_agreement", "archive_institution", "archive_person",
    "archive_unit", "clean_agreement", "clean_institution", "clean_person", "clean_unit", "get_agreement",
    "get_institution", "get_person", "get_unit", "list_agreements", "list_institutions", "list_people", "list_units",
    "mask_passport", "person_name", "person_search_key", "person_sort_fa", "restore_agreement", "restore_institution", "restore_person",
    "restore_unit", "save_agreement", "save_institution", "save_person", "save_unit",
]  # fmt: skip
