"""The directory's partner institutions and the agreements (MoUs) made with them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.common.countries import country_name
from app.common.text import normalize_for_search, persian_sort_key
from app.services import context, validate
from app.services.directory.core import AgreementRow, InstitutionRow, Record, _get, _save, _set_archived
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.paging import Page, PageRequest, page
from db.models import Agreement, Institution
from db.models.directory import AGREEMENT_STATUSES


def clean_institution(data: dict[str, Any]) -> dict[str, Any]:
    values = {
        "name_en": validate.text(data, "name_en", max_len=250, required=True),
        "name_fa": validate.text(data, "name_fa", max_len=250),
        "country": validate.country(data, "country"),
        "city": validate.text(data, "city", max_len=120),
        "website": validate.url(data),
    }
    values["name_key"] = normalize_for_search(values["name_en"])
    values["sort_fa"] = persian_sort_key(values["name_fa"] or values["name_en"])
    values["search_key"] = normalize_for_search(
        " ".join(
            [
                values["name_en"],
                values["name_fa"],
                values["city"],
                country_name(values["country"], "en"),
                country_name(values["country"], "fa"),
            ]
        )
    )
    return values


def save_institution(data: dict[str, Any], institution_id: int | None = None) -> int:
    return _save(Institution, institution_id, clean_institution(data), "institutions", unique_field="name_en")


def get_institution(institution_id: int) -> Record:
    with context.database().reading() as session:
        obj = _get(session, Institution, institution_id)
        return Record(
            obj.id, {k: getattr(obj, k) for k in ("name_en", "name_fa", "country", "city", "website")}
        )


def archive_institution(institution_id: int) -> None:
    _set_archived(Institution, institution_id, True, "institutions")


def restore_institution(institution_id: int) -> None:
    _set_archived(Institution, institution_id, False, "institutions")


INSTITUTIONS_SORT = {
    "name_en": func.lower(Institution.name_en),
    "name_fa": Institution.sort_fa,
    "country": Institution.country,
    "city": Institution.city,
    "id": Institution.id,
}


def list_institutions(request: PageRequest = PageRequest()) -> Page:
    agreements = select(func.count(Agreement.id)).where(
        Agreement.institution_id == Institution.id, Agreement.archived_at.is_(None)
    )
    stmt = select(
        Institution.id,
        Institution.name_en,
        Institution.name_fa,
        Institution.country,
        Institution.city,
        Institution.website,
        agreements.scalar_subquery(),
        Institution.archived_at,
        Institution.version,
    )
    with context.database().reading() as session:
        result = page(session, stmt, Institution, request, INSTITUTIONS_SORT)
    return Page(
        [InstitutionRow(*r[:7], archived=r[7] is not None, version=r[8]) for r in result.rows], result.total
    )


# ---------------------------------------------------------------- agreements (MoUs)


def clean_agreement(data: dict[str, Any]) -> dict[str, Any]:
    values = {
        "institution_id": validate.record_id(data, "institution_id", required=True),
        "title": validate.text(data, "title", max_len=300, required=True),
        "signed_on": validate.date(data, "signed_on"),
        "valid_until": validate.date(data, "valid_until"),
        "scope": validate.long_text(data, "scope", max_len=5000),
        "status": validate.choice(data, "status", AGREEMENT_STATUSES),
    }
    validate.date_order(values["signed_on"], values["valid_until"], "valid_until")
    return values


def save_agreement(data: dict[str, Any], agreement_id: int | None = None) -> int:
    values = clean_agreement(data)
    with context.database().reading() as session:
        institution = session.get(Institution, values["institution_id"])
        if institution is None:
            raise ValidationError(
                "institution_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list.")
            )
        values["search_key"] = normalize_for_search(f"{values['title']} {institution.search_key}")
    return _save(Agreement, agreement_id, values, "agreements")


def get_agreement(agreement_id: int) -> Record:
    with context.database().reading() as session:
        obj = _get(session, Agreement, agreement_id)
        names = ("institution_id", "title", "signed_on", "valid_until", "scope", "status")
        return Record(obj.id, {k: getattr(obj, k) for k in names})


def archive_agreement(agreement_id: int) -> None:
    _set_archived(Agreement, agreement_id, True, "agreements")


def restore_agreement(agreement_id: int) -> None:
    _set_archived(Agreement, agreement_id, False, "agreements")


AGREEMENTS_SORT = {
    "valid_until": Agreement.valid_until,
    "title": Agreement.title,
    "signed_on": Agreement.signed_on,
    "status": Agreement.status,
    "institution": Institution.name_en,
    "id": Agreement.id,
}


def list_agreements(request: PageRequest = PageRequest(), institution_id: int | None = None) -> Page:
    stmt = select(
        Agreement.id,
        Agreement.institution_id,
        Institution.name_en,
        Institution.name_fa,
        Agreement.title,
        Agreement.signed_on,
        Agreement.valid_until,
        Agreement.scope,
        Agreement.status,
        Agreement.archived_at,
        Agreement.version,
    ).join(Institution, Agreement.institution_id == Institution.id)
    if institution_id is not None:
        stmt = stmt.where(Agreement.institution_id == institution_id)
    with context.database().reading() as session:
        result = page(session, stmt, Agreement, request, AGREEMENTS_SORT)
    return Page(
        [AgreementRow(*r[:9], archived=r[9] is not None, version=r[10]) for r in result.rows], result.total
    )
