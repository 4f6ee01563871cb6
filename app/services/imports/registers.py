"""What each register takes from a sheet: its fields (with the header names sheets give them, in Persian and
English) and how one row becomes a record's values, checked by the directory's own rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.services import directory
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.imports import values as read
from app.services.imports import words
from db.models import Agreement, Institution, Person, Unit


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, marked for translation in the "imports" context
    headers: tuple[str, ...]  # header names found in sheets; the first Persian one heads the template
    kind: str = "text"  # text, name, date, choice, country, unit, partner, delegation
    required: bool = False


def _f(key: str, label: str, *headers: str, kind: str = "text", required: bool = False) -> Field:
    return Field(key, label, headers, kind, required)


@dataclass
class Row:
    """One row read: the record's values, what it needs created first, how it is matched."""

    values: dict[str, Any]
    display: str
    keys: tuple[str, ...]  # match keys; equal keys make a possible duplicate
    unit: str = ""  # a unit named by the row, to be matched or created
    partner: str = ""  # a partner institution named by the row
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Register:
    name: str
    label: str
    table: str
    model: type
    fields: tuple[Field, ...]
    convert: Callable[[dict[str, Any], dict[str, str]], Row]
    finish: Callable[[dict[str, Any]], dict[str, Any]]  # computed columns (search keys) once refs are known
    unit_field: str = "unit_id"  # where the unit a row names goes
    create: Callable[[Any, dict[str, Any]], Any] | None = (
        None  # (session, values) -> a new record, when not model(**values)
    )
    keys_of: Callable[[Any], tuple[str, ...]] | None = None  # a stored record's match keys

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


def _cell(cells: dict[str, Any], key: str) -> Any:
    return cells.get(key)


def _choice(
    cells: dict[str, Any], key: str, table: dict[str, tuple[str, ...]], default: str = ""
) -> tuple[str, str]:
    value = _cell(cells, key)
    if read.tidy(value) == "":
        return default, ""
    return read.choice(value, key, table, words.allowed(table))


def _country(cells: dict[str, Any], key: str) -> str:
    written = read.tidy(_cell(cells, key))
    if not written:
        return ""
    code = words.country_code(written)
    if code is None:
        raise ValidationError(
            key, QT_TRANSLATE_NOOP("errors", "«{value}» is not a country the program knows."), value=written
        )
    return code


def _split_name(full: str) -> tuple[str, str, str]:
    """A full name as (title, first, family): the first word is the given name, the rest the family name."""
    title, rest = words.split_title(full)
    first, _, last = rest.partition(" ")
    return title, (first if last else ""), (last or first)


# ---------------------------------------------------------------- people

PEOPLE_FIELDS = (
    _f(
        "kind",
        QT_TRANSLATE_NOOP("imports", "Kind"),
        "نوع",
        "سمت سازمانی",
        "kind",
        "type",
        "category",
        kind="choice",
    ),
    _f("title", QT_TRANSLATE_NOOP("imports", "Title"), "عنوان", "title"),
    _f(
        "full_name_fa",
        QT_TRANSLATE_NOOP("imports", "Full name (Persian)"),
        "نام و نام خانوادگی",
        "نام کامل",
        "نام و نام‌خانوادگی",
        kind="name",
    ),
    _f("first_name_fa", QT_TRANSLATE_NOOP("imports", "First name (Persian)"), "نام", kind="name"),
    _f(
        "last_name_fa",
        QT_TRANSLATE_NOOP("imports", "Family name (Persian)"),
        "نام خانوادگی",
        "نام‌خانوادگی",
        "فامیل",
        kind="name",
    ),
    _f(
        "full_name_en",
        QT_TRANSLATE_NOOP("imports", "Full name (Latin)"),
        "نام لاتین",
        "نام انگلیسی",
        "full name",
        "name",
        kind="name",
    ),
    _f(
        "first_name_en",
        QT_TRANSLATE_NOOP("imports", "First name (Latin)"),
        "نام (لاتین)",
        "first name",
        "given name",
        "first",
        kind="name",
    ),
    _f(
        "last_name_en",
        QT_TRANSLATE_NOOP("imports", "Family name (Latin)"),
        "نام خانوادگی (لاتین)",
        "last name",
        "family name",
        "surname",
        kind="name",
    ),
    _f(
        "academic_rank",
        QT_TRANSLATE_NOOP("imports", "Academic rank"),
        "مرتبه علمی",
        "رتبه علمی",
        "مرتبه",
        "rank",
        "academic rank",
        kind="choice",
    ),
    _f("position", QT_TRANSLATE_NOOP("imports", "Position"), "سمت", "position", "post", "role"),
    _f(
        "unit",
        QT_TRANSLATE_NOOP("imports", "Unit"),
        "گروه",
        "واحد",
        "گروه آموزشی",
        "دانشکده",
        "unit",
        "department",
        kind="unit",
    ),
    _f(
        "affiliation",
        QT_TRANSLATE_NOOP("imports", "Affiliation"),
        "وابستگی",
        "دانشگاه",
        "محل کار",
        "affiliation",
        "university",
        "institution",
    ),
    _f(
        "email",
        QT_TRANSLATE_NOOP("imports", "Email"),
        "ایمیل",
        "پست الکترونیک",
        "رایانامه",
        "email",
        "e-mail",
        "mail",
    ),
    _f(
        "phone",
        QT_TRANSLATE_NOOP("imports", "Phone"),
        "تلفن",
        "شماره تماس",
        "تلفن همراه",
        "موبایل",
        "phone",
        "mobile",
        "tel",
    ),
    _f("country", QT_TRANSLATE_NOOP("imports", "Country"), "کشور", "country", kind="country"),
    _f(
        "nationality",
        QT_TRANSLATE_NOOP("imports", "Nationality"),
        "ملیت",
        "تابعیت",
        "nationality",
        kind="country",
    ),
    _f(
        "passport_number",
        QT_TRANSLATE_NOOP("imports", "Passport number"),
        "شماره گذرنامه",
        "گذرنامه",
        "پاسپورت",
        "passport",
        "passport number",
        "passport no",
    ),
    _f(
        "notes",
        QT_TRANSLATE_NOOP("imports", "Notes"),
        "توضیحات",
        "یادداشت",
        "ملاحظات",
        "notes",
        "remarks",
        "comments",
    ),
)


def _person(cells: dict[str, Any], _options: dict[str, str]) -> Row:
    data: dict[str, Any] = {}
    title = read.text(_cell(cells, "title"), "title", 40)
    for script in ("fa", "en"):
        full_key = f"full_name_{script}"
        full = read.name(_cell(cells, full_key), full_key, 250)
        count = read.head_count(full) if full else None
        for part in ("first", "last"):
            key = f"{part}_name_{script}"
            data[key] = read.name(_cell(cells, key), key)
            count = count or (read.head_count(data[key]) if data[key] else None)
        if count is not None:
            raise ValidationError(
                full_key,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This row names a delegation ({count} people), not one person: "
                    "put each member on a row of their own.",
                ),
                count=count or "?",
            )
        if full and not (data[f"first_name_{script}"] or data[f"last_name_{script}"]):
            full_title, data[f"first_name_{script}"], data[f"last_name_{script}"] = _split_name(full)
            title = title or full_title
        for part in ("first", "last"):  # titles typed into the name cells themselves
            key = f"{part}_name_{script}"
            name_title, rest = words.split_title(data[key])
            if name_title and rest:
                data[key], title = rest, title or name_title
    kind, _ = _choice(cells, "kind", words.PERSON_KINDS, default="faculty")
    rank, _ = _choice(cells, "academic_rank", words.ACADEMIC_RANKS)
    data.update(
        kind=kind,
        title=title,
        academic_rank=rank,
        position=read.text(_cell(cells, "position"), "position", 200),
        affiliation=read.text(_cell(cells, "affiliation"), "affiliation", 250),
        email=read.text(_cell(cells, "email"), "email", 200).lower(),
        phone=read.text(_cell(cells, "phone"), "phone", 60),
        country=_country(cells, "country"),
        nationality=_country(cells, "nationality"),
        passport_number=read.text(_cell(cells, "passport_number"), "passport_number", 40),
        notes=read.text(_cell(cells, "notes"), "notes", 5000),
    )
    values = directory.clean_person(data)
    keys = tuple(
        k
        for k in (
            "fa:" + words.name_key(values["first_name_fa"], values["last_name_fa"])
            if values["last_name_fa"]
            else "",
            "en:" + words.name_key(values["first_name_en"], values["last_name_en"])
            if values["last_name_en"]
            else "",
            "mail:" + values["email"] if values["email"] else "",
        )
        if k
    )
    display = directory.person_name(
        values["title"],
        values["first_name_fa"] or values["first_name_en"],
        values["last_name_fa"] or values["last_name_en"],
    )
    return Row(values, display, keys, unit=read.tidy(_cell(cells, "unit")))


def _finish_person(values: dict[str, Any]) -> dict[str, Any]:
    from app.services.directory import person_search_key

    return {**values, "search_key": person_search_key(values), "sort_fa": directory.person_sort_fa(values)}


def person_keys(obj: Person) -> tuple[str, ...]:
    return tuple(
        k
        for k in (
            "fa:" + words.name_key(obj.first_name_fa, obj.last_name_fa) if obj.last_name_fa else "",
            "en:" + words.name_key(obj.first_name_en, obj.last_name_en) if obj.last_name_en else "",
            "mail:" + obj.email.lower() if obj.email else "",
        )
        if k
    )


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
