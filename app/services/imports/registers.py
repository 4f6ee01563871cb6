"""What each register takes from a sheet: its fields (with the header names sheets give them, in Persian and
English) and how one row becomes a record's values, checked by the directory's own rules."""

from __future__ import annotations

from typing import Any

from app.services import directory
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.imports import values as read
from app.services.imports import words
from app.services.imports.fields import (  # noqa: F401 (also re-exported here, the old path)
    Field,
    Register,
    Row,
    _cell,
    _choice,
    _country,
    _f,
    _split_name,
)
from app.services.imports.people_rows import PEOPLE_FIELDS, _finish_person, _person, person_keys
from db.models import Agreement, Institution, Person, Unit

# ---------------------------------------------------------------- people


# ---------------------------------------------------------------- units

UNIT_FIELDS = (
    _f(
        "name_fa",
        QT_TRANSLATE_NOOP("imports", "Name (Persian)"),
        "نام واحد",
        "نام گروه",
        "عنوان",
        "نام",
        "واحد",
        "گروه",
        kind="name",
        required=True,
    ),
    _f(
        "name_en",
        QT_TRANSLATE_NOOP("imports", "Name (English)"),
        "نام انگلیسی",
        "نام لاتین",
        "name",
        "english name",
        "unit",
        kind="name",
    ),
    _f("kind", QT_TRANSLATE_NOOP("imports", "Kind"), "نوع", "kind", "type", kind="choice"),
)


def _unit(cells: dict[str, Any], _options: dict[str, str]) -> Row:
    name_fa = read.name(_cell(cells, "name_fa"), "name_fa", 200)
    kind, _ = _choice(cells, "kind", words.UNIT_KINDS, default=words.unit_kind_of(name_fa))
    values = directory.clean_unit(
        {"kind": kind, "name_fa": name_fa, "name_en": read.name(_cell(cells, "name_en"), "name_en", 200)}
    )
    return Row(values, values["name_fa"], ("unit:" + words.unit_key(values["name_fa"]),))


def _same(values: dict[str, Any]) -> dict[str, Any]:
    return values


# ---------------------------------------------------------------- partner institutions

PARTNER_FIELDS = (
    _f(
        "name_en",
        QT_TRANSLATE_NOOP("imports", "Name (English)"),
        "نام لاتین",
        "نام انگلیسی",
        "name",
        "institution",
        "university",
        "partner",
        kind="name",
        required=True,
    ),
    _f(
        "name_fa",
        QT_TRANSLATE_NOOP("imports", "Name (Persian)"),
        "نام فارسی",
        "نام دانشگاه",
        "نام موسسه",
        "نام",
        kind="name",
    ),
    _f("country", QT_TRANSLATE_NOOP("imports", "Country"), "کشور", "country", kind="country"),
    _f("city", QT_TRANSLATE_NOOP("imports", "City"), "شهر", "city"),
    _f(
        "website",
        QT_TRANSLATE_NOOP("imports", "Website"),
        "وب سایت",
        "وبگاه",
        "سایت",
        "website",
        "web",
        "url",
    ),
)


def _partner(cells: dict[str, Any], _options: dict[str, str]) -> Row:
    values = directory.clean_institution(
        {
            "name_en": read.name(_cell(cells, "name_en"), "name_en", 250),
            "name_fa": read.name(_cell(cells, "name_fa"), "name_fa", 250),
            "country": _country(cells, "country"),
            "city": read.text(_cell(cells, "city"), "city", 120),
            "website": read.text(_cell(cells, "website"), "website", 250),
        }
    )
    return Row(values, values["name_en"], ("partner:" + words.name_key(values["name_en"]),))


# ---------------------------------------------------------------- agreements

AGREEMENT_FIELDS = (
    _f(
        "partner",
        QT_TRANSLATE_NOOP("imports", "Partner institution"),
        "طرف قرارداد",
        "دانشگاه طرف تفاهم",
        "دانشگاه",
        "موسسه",
        "partner",
        "institution",
        "university",
        kind="partner",
        required=True,
    ),
    _f(
        "title",
        QT_TRANSLATE_NOOP("imports", "Title"),
        "عنوان تفاهم نامه",
        "عنوان",
        "موضوع",
        "title",
        "subject",
        kind="name",
        required=True,
    ),
    _f(
        "signed_on",
        QT_TRANSLATE_NOOP("imports", "Signed on"),
        "تاریخ امضا",
        "تاریخ انعقاد",
        "تاریخ شروع",
        "از تاریخ",
        "signed",
        "signed on",
        "start",
        "from",
        kind="date",
    ),
    _f(
        "valid_until",
        QT_TRANSLATE_NOOP("imports", "Valid until"),
        "تاریخ پایان",
        "تاریخ اعتبار",
        "اعتبار تا",
        "تا تاریخ",
        "valid until",
        "end",
        "expires",
        "until",
        kind="date",
    ),
    _f("status", QT_TRANSLATE_NOOP("imports", "Status"), "وضعیت", "status", "state", kind="choice"),
    _f(
        "scope",
        QT_TRANSLATE_NOOP("imports", "Scope"),
        "حوزه همکاری",
        "زمینه همکاری",
        "شرح",
        "scope",
        "description",
    ),
)


def _agreement(cells: dict[str, Any], options: dict[str, str]) -> Row:
    from app.common.dates import JALALI

    partner = read.name(_cell(cells, "partner"), "partner", 250)
    if not partner:
        raise ValidationError("partner", QT_TRANSLATE_NOOP("errors", "Name the partner institution."))
    signed = read.date(_cell(cells, "signed_on"), "signed_on", options.get("signed_on", JALALI))
    until = read.date(_cell(cells, "valid_until"), "valid_until", options.get("valid_until", JALALI))
    read.date_order(signed, until, "valid_until")
    status, reason = _choice(cells, "status", words.AGREEMENT_STATUSES, default="active")
    scope = read.text(_cell(cells, "scope"), "scope", 4000)
    if reason:
        scope = f"{scope}\n{reason}".strip()
    values = directory.clean_agreement(
        {
            "institution_id": 1,  # stands for the partner until it is matched or created (see batch)
            "title": read.name(_cell(cells, "title"), "title", 300),
            "signed_on": signed,
            "valid_until": until,
            "scope": scope,
            "status": status,
        }
    )
    values["institution_id"] = None
    # the key gets the partner's id (or its name, for one to be created) when the partner is matched
    return Row(values, values["title"], ("title:" + words.name_key(values["title"]),), partner=partner)


def _finish_agreement(values: dict[str, Any]) -> dict[str, Any]:
    return values


DIRECTORY_REGISTERS: dict[str, Register] = {
    r.name: r
    for r in (
        Register(
            "people",
            QT_TRANSLATE_NOOP("imports", "People"),
            "people",
            Person,
            PEOPLE_FIELDS,
            _person,
            _finish_person,
        ),
        Register("units", QT_TRANSLATE_NOOP("imports", "Units"), "units", Unit, UNIT_FIELDS, _unit, _same),
        Register(
            "partners",
            QT_TRANSLATE_NOOP("imports", "Partner institutions"),
            "institutions",
            Institution,
            PARTNER_FIELDS,
            _partner,
            _same,
        ),
        Register(
            "agreements",
            QT_TRANSLATE_NOOP("imports", "Agreements"),
            "agreements",
            Agreement,
            AGREEMENT_FIELDS,
            _agreement,
            _finish_agreement,
        ),
    )
}


def existing_keys(obj: Any, spec: Register) -> tuple[str, ...]:
    """The match keys of a stored record of the register."""
    register = spec.name
    if spec.keys_of is not None:
        return spec.keys_of(obj)
    if register == "people":
        return person_keys(obj)
    if register == "units":
        return ("unit:" + words.unit_key(obj.name_fa),)
    if register == "partners":
        return ("partner:" + words.name_key(obj.name_en),)
    return (f"{obj.institution_id}|title:" + words.name_key(obj.title),)
