"""The directory's people and units, and what the directory's registers share (plain rows, saving with
the audit entry, archiving).

Every change is validated here, written in one transaction with its audit entry, and records are
archived instead of deleted. Search matches either script: names are folded with normalize_for_search.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.common.clock import utcnow
from app.common.countries import country_name
from app.common.text import normalize_for_search, persian_sort_key
from app.services import audit, context, validate
from app.services.directory.address import (  # noqa: F401 (the directory's addressing, re-exported)
    ADDRESS_WORDS,
    PERSIAN_TITLES,
    _check_title,
    address_title,
    addressed_name,
    persian_title,
    person_name,
    salutation_name,
    sorted_title,
)
from app.services.directory.rows import (  # noqa: F401 (the plain rows, re-exported)
    AgreementRow,
    InstitutionRow,
    PersonRow,
    Record,
    UnitRow,
    mask_passport,
)
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from app.services.paging import Page, PageRequest, page
from db.models import Institution, Person, Unit
from db.models.directory import ACADEMIC_RANKS, ADDRESS_FORMS, PERSON_KINDS, STUDY_MODES, UNIT_KINDS

# ---------------------------------------------------------------- validation

PERSON_TEXT = {
    "title": 40,
    "title_fa": 40,
    "first_name_en": 120,
    "last_name_en": 120,
    "first_name_fa": 120,
    "last_name_fa": 120,
    "position": 200,
    "affiliation": 250,
    "passport_number": 40,
}


def clean_person(data: dict[str, Any]) -> dict[str, Any]:
    """The person's fields checked and tidied; raises ValidationError (FieldErrors for several bad fields)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {"kind": check(validate.choice, data, "kind", PERSON_KINDS)}
    for name, limit in PERSON_TEXT.items():
        values[name] = check(validate.text, data, name, max_len=limit) or ""
    if check.passed("last_name_en", "last_name_fa") and not (
        values["last_name_en"] or values["last_name_fa"]
    ):
        with check.rule():
            raise ValidationError(
                "last_name_fa",
                QT_TRANSLATE_NOOP("errors", "Enter the family name in Persian or in Latin script."),
            )
    for name in ("title", "title_fa"):
        if check.passed(name):
            with check.rule():
                _check_title(name, values[name])
    values["address_form"] = check(validate.choice, data, "address_form", ADDRESS_FORMS, required=False)
    values["academic_rank"] = check(validate.choice, data, "academic_rank", ACADEMIC_RANKS, required=False)
    values["email"] = check(validate.email, data)
    values["phone"] = check(validate.phone, data)
    values["country"] = check(validate.country, data, "country")
    values["nationality"] = check(validate.country, data, "nationality")
    values["nationality2"] = check(validate.country, data, "nationality2")
    values["nationality2_at_birth"] = check(_flag, data, "nationality2_at_birth")
    if check.passed("nationality", "nationality2", "nationality2_at_birth"):
        with check.rule():
            _check_citizenships(values)
    values["at_faculty_from"] = check(validate.date, data, "at_faculty_from")
    values["at_faculty_until"] = check(validate.date, data, "at_faculty_until")
    if check.passed("at_faculty_from", "at_faculty_until"):
        with check.rule():
            validate.date_order(values["at_faculty_from"], values["at_faculty_until"], "at_faculty_until")
    values["employed_elsewhere"] = check(_flag, data, "employed_elsewhere")
    values["study_mode"] = (
        check(validate.choice, data, "study_mode", STUDY_MODES, required=False) or "on_campus"
    )
    values["unit_id"] = check(validate.record_id, data, "unit_id")
    values["institution_id"] = check(validate.record_id, data, "institution_id")
    values["notes"] = check(validate.long_text, data, "notes", max_len=5000)
    values["needs"] = check(validate.long_text, data, "needs", max_len=1000)
    check.done()
    values["passport_number"] = values["passport_number"].upper().replace(" ", "")
    return values


def _flag(data: dict[str, Any], field: str) -> bool:
    """A yes/no field: True, False, or absent (no)."""
    value = data.get(field, False)
    if not isinstance(value, bool):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Tick the box or leave it empty."))
    return value


def _check_citizenships(values: dict[str, Any]) -> None:
    """A second citizenship needs a first, differs from it, and only then can be the one at birth."""
    first, second = values["nationality"], values["nationality2"]
    if second and not first:
        raise ValidationError(
            "nationality", QT_TRANSLATE_NOOP("errors", "Enter the first citizenship before a second one.")
        )
    if second and second == first:
        raise ValidationError(
            "nationality2", QT_TRANSLATE_NOOP("errors", "The second citizenship must differ from the first.")
        )
    if values["nationality2_at_birth"] and not second:
        raise ValidationError(
            "nationality2_at_birth",
            QT_TRANSLATE_NOOP("errors", "Choose the second citizenship that was held at birth."),
        )


def person_sort_fa(v: dict[str, Any]) -> str:
    """Family name then first name in Persian dictionary order (Latin names when there is no Persian)."""
    return persian_sort_key(
        f"{v['last_name_fa'] or v['last_name_en']} {v['first_name_fa'] or v['first_name_en']}"
    )


def person_search_key(v: dict[str, Any]) -> str:
    parts = [
        v.get(k, "")
        for k in ("title", "title_fa", "first_name_en", "last_name_en", "first_name_fa", "last_name_fa")
    ]
    parts += [v.get("email", ""), v.get("phone", ""), country_name(v.get("country", ""), "en")]
    parts += [country_name(v.get("country", ""), "fa"), v.get("affiliation", ""), v.get("position", "")]
    return normalize_for_search(" ".join(p for p in parts if p))


def _check_refs(session: Session, values: dict[str, Any]) -> None:
    for key, model in (("unit_id", Unit), ("institution_id", Institution)):
        if values.get(key) is not None and session.get(model, values[key]) is None:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))


def _get(session: Session, model: type, record_id: int) -> Any:
    obj = session.get(model, record_id) if validate.is_record_id(record_id) else None
    if obj is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return obj


def _save(
    model: type, record_id: int | None, values: dict[str, Any], table: str, unique_field: str = ""
) -> int:
    """Create (record_id None) or update one record with its audit entry, in one transaction."""
    with context.database().writing() as session:
        _check_refs(session, values)
        if unique_field:
            _unique(session, model, record_id, values["name_key"], unique_field)
        if record_id is None:
            obj = model(**values)
            session.add(obj)
            session.flush()
            audit.record(session, table, obj.id, "create", {k: (None, v) for k, v in values.items() if v})
        else:
            obj = _get(session, model, record_id)
            changes = audit.apply(obj, values)
            if changes:
                session.flush()
                audit.record(session, table, obj.id, "update", changes)
        return obj.id


def _set_archived(model: type, record_id: int, archived: bool, table: str) -> None:
    with context.database().writing() as session:
        obj = _get(session, model, record_id)
        if (obj.archived_at is not None) == archived:
            return
        obj.archived_at = utcnow() if archived else None
        audit.record(session, table, obj.id, "archive" if archived else "restore")


# ---------------------------------------------------------------- people


def save_person(data: dict[str, Any], person_id: int | None = None) -> int:
    """Create a person (person_id None) or update one; returns the id."""
    values = clean_person(data)
    values["search_key"] = person_search_key(values)
    values["sort_fa"] = person_sort_fa(values)
    return _save(Person, person_id, values, "people")


def get_person(person_id: int) -> Record:
    with context.database().reading() as session:
        person = _get(session, Person, person_id)
        fields = (
            "kind",
            "address_form",
            "academic_rank",
            "email",
            "phone",
            "country",
            "nationality",
            "nationality2",
            "nationality2_at_birth",
            "at_faculty_from",
            "at_faculty_until",
            "employed_elsewhere",
            "study_mode",
            "unit_id",
            "institution_id",
            "notes",
            "needs",
        )
        values = {name: getattr(person, name) for name in (*PERSON_TEXT, *fields)}
        values["archived"] = person.archived_at is not None
        return Record(person.id, values)


def archive_person(person_id: int) -> None:
    _set_archived(Person, person_id, True, "people")


def restore_person(person_id: int) -> None:
    _set_archived(Person, person_id, False, "people")


_unit = aliased(Unit)
PEOPLE_SORT = {
    "name_en": Person.last_name_en,
    "name_fa": Person.sort_fa,
    "kind": Person.kind,
    "unit": _unit.sort_fa,
    "email": Person.email,
    "phone": Person.phone,
    "country": Person.country,
    "id": Person.id,
}


def list_people(request: PageRequest = PageRequest()) -> Page:
    stmt = select(
        Person.id,
        Person.kind,
        Person.title,
        Person.first_name_en,
        Person.last_name_en,
        Person.first_name_fa,
        Person.last_name_fa,
        _unit.name_en,
        _unit.name_fa,
        Person.email,
        Person.phone,
        Person.country,
        Person.passport_number,
        Person.archived_at,
        Person.version,
    ).outerjoin(_unit, Person.unit_id == _unit.id)
    with context.database().reading() as session:
        result = page(session, stmt, Person, request, PEOPLE_SORT)
    return Page(
        [
            PersonRow(
                id=r[0],
                kind=r[1],
                name_en=person_name(r[2], r[3], r[4]),
                name_fa=person_name("", r[5], r[6]),
                unit_en=r[7] or "",
                unit_fa=r[8] or "",
                email=r[9],
                phone=r[10],
                country=r[11],
                passport_masked=mask_passport(r[12]),
                archived=r[13] is not None,
                version=r[14],
            )
            for r in result.rows
        ],
        result.total,
    )


# ---------------------------------------------------------------- units


def clean_unit(data: dict[str, Any]) -> dict[str, Any]:
    values = {
        "kind": validate.choice(data, "kind", UNIT_KINDS),
        "name_fa": validate.text(data, "name_fa", max_len=200, required=True),
        "name_en": validate.text(data, "name_en", max_len=200),
    }
    values["name_key"] = normalize_for_search(values["name_fa"])
    values["sort_fa"] = persian_sort_key(values["name_fa"])
    values["search_key"] = normalize_for_search(f"{values['name_fa']} {values['name_en']}")
    return values


def _unique(session: Session, model: type, record_id: int | None, key: str, field_name: str) -> None:
    clash = session.execute(select(model.id).where(model.name_key == key)).scalar()
    if clash is not None and clash != record_id:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("errors", "Another entry already has this name."))


def save_unit(data: dict[str, Any], unit_id: int | None = None) -> int:
    return _save(Unit, unit_id, clean_unit(data), "units", unique_field="name_fa")


def get_unit(unit_id: int) -> Record:
    with context.database().reading() as session:
        unit = _get(session, Unit, unit_id)
        return Record(unit.id, {"kind": unit.kind, "name_fa": unit.name_fa, "name_en": unit.name_en})


def archive_unit(unit_id: int) -> None:
    _set_archived(Unit, unit_id, True, "units")


def restore_unit(unit_id: int) -> None:
    _set_archived(Unit, unit_id, False, "units")


UNITS_SORT = {"name_fa": Unit.sort_fa, "name_en": Unit.name_en, "kind": Unit.kind, "id": Unit.id}


def list_units(request: PageRequest = PageRequest(limit=1000)) -> Page:
    people = select(func.count(Person.id)).where(Person.unit_id == Unit.id, Person.archived_at.is_(None))
    stmt = select(
        Unit.id,
        Unit.kind,
        Unit.name_fa,
        Unit.name_en,
        people.scalar_subquery(),
        Unit.archived_at,
        Unit.version,
    )
    with context.database().reading() as session:
        result = page(session, stmt, Unit, request, UNITS_SORT)
    return Page(
        [UnitRow(r[0], r[1], r[2], r[3], r[4], r[5] is not None, r[6]) for r in result.rows], result.total
    )
