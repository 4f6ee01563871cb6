"""People from an office's sheet: the fields (Persian and English headers), one row made a person's values,
and the keys a person already in the directory is found by."""

from __future__ import annotations

from typing import Any

from app.services import directory
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.imports import values as read
from app.services.imports import words
from app.services.imports.fields import (
    Row,
    _cell,
    _choice,
    _country,
    _f,
    _split_name,
)
from db.models import Person

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
        "nationality2",
        QT_TRANSLATE_NOOP("imports", "Second citizenship"),
        "تابعیت دوم",
        "ملیت دوم",
        "second nationality",
        "second citizenship",
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
        **directory.sorted_title(title),  # the English and Persian titles, the form of address
        kind=kind,
        academic_rank=rank,
        position=read.text(_cell(cells, "position"), "position", 200),
        affiliation=read.text(_cell(cells, "affiliation"), "affiliation", 250),
        email=read.text(_cell(cells, "email"), "email", 200).lower(),
        phone=read.text(_cell(cells, "phone"), "phone", 60),
        country=_country(cells, "country"),
        nationality=_country(cells, "nationality"),
        nationality2=_country(cells, "nationality2"),
        passport_number=read.text(_cell(cells, "passport_number"), "passport_number", 40),
        notes=read.text(_cell(cells, "notes"), "notes", 5000),
    )
    values = directory.clean_person(data)
    for unread in ("nationality2_at_birth", "employed_elsewhere", "study_mode"):  # no column of their own:
        del values[unread]  # a row updating a person keeps what the directory holds (a new one, the defaults)
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
        values["title_fa"] if values["last_name_fa"] else values["title"],
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
