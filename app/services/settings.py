"""The institution's settings (names, signatory, numbering formats), stored in the database."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.defaults import INSTITUTION_DEFAULTS
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from db.models import Setting

if TYPE_CHECKING:
    from app.documents.frame import Letterhead

LONG_FIELDS = {"address_fa", "address_en"}


def load() -> dict[str, str]:
    """Every institution setting, the stored value or its default."""
    with context.database().reading() as session:
        return load_in(session)


# What may stand in braces: {year}, {seq}, or {seq:0Nd} with a width of at most 8 digits.
_FIELD = re.compile(r"\{(year|seq(?::0?[1-8]d)?)\}")
NUMBER_MAX = 60  # the number column's width


def check_number_format(fmt: str, field: str) -> str:
    """A numbering format must hold {seq} and {year} once each: "{year}/{seq:04d}/IVC"."""
    fields = _FIELD.findall(fmt)
    rest = _FIELD.sub("", fmt)
    if "{" in rest or "}" in rest:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Only {{year}} and {{seq}} (e.g. {{seq:04d}}) may appear in braces."),
        )
    if sum(1 for f in fields if f.startswith("seq")) != 1:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "The format must contain {{seq}} once."))
    if sum(1 for f in fields if f == "year") != 1:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "The format must contain {{year}} once, so that each year's numbers differ."
            ),
        )
    if len(fmt.format(year=1405, seq=99_999_999)) > NUMBER_MAX:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("errors", "At most {limit} characters, please."), limit=NUMBER_MAX
        )
    return fmt


# The numbers of the registers whose format is fixed (meetings: "7/1405", visits: "V-1405-007").
FIXED_FORMATS = {"meetings": "{seq}/{year}", "visits": "V-{year}-{seq:03d}"}
_SAMPLE_YEARS = (1399, 1404, 1405, 1406, 1410, 1435)
_SAMPLE_SEQUENCES = (*range(1, 13), 99, 100, 101, 999, 1000, 1001, 9999, 10000, 10001, 99999, 123456)


Formats = list[tuple[str, str, tuple[int, ...] | None]]  # (register, format, the years it is for: None all)


def check_distinct(formats: Formats, field: str) -> None:
    """Refuse formats that could print one number on two documents of different registers (e.g. letters
    and ordinances both "{year}/{seq:04d}/IVC"). Checked on a wide sample of years and numbers; within
    one register, {year} (required) keeps the years apart."""
    printed: dict[str, str] = {}
    for register, fmt, years in formats:
        for year in years or _SAMPLE_YEARS:
            for sequence in _SAMPLE_SEQUENCES:
                number = fmt.format(year=year, seq=sequence)
                other = printed.setdefault(number, register)
                if other != register:
                    raise ValidationError(
                        field,
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "With this format two documents of different registers could have the same "
                            "number ({number}). Make the formats differ, e.g. by a letter of their own.",
                        ),
                        number=number,
                    )


def next_number_example(fmt: str, register: str) -> str:
    """The number the next document of `register` would get with `fmt` (for the Settings dialog)."""
    from app.common import dates
    from app.services import numbering

    year = dates.jalali_year(dates.today())
    with context.database().reading() as session:
        return numbering.format_number(fmt, year, numbering.peek_next(session, register, year))


def number_example(fmt: str) -> str:
    """The next letter's number with `fmt`, after the checks of saving it (a ValidationError says why not)."""
    fmt = check_number_format(fmt, "letter_number_format")
    with context.database().reading() as session:
        if fmt != load_in(session)["letter_number_format"]:
            check_distinct(
                [("letters", fmt, None), *other_formats(session, "letters")], "letter_number_format"
            )
    return next_number_example(fmt, "letters")


def other_formats(session: Any, register: str) -> Formats:
    """Every format in use or to be used by the registers other than `register`."""
    from app.services.ordinances import options

    found: Formats = [(name, fmt, None) for name, fmt in FIXED_FORMATS.items()]
    if register != "letters":
        found.append(("letters", load_in(session)["letter_number_format"], None))
    if register != "ordinances":
        for year, fmt in options.formats(session).items():
            found.append(("ordinances", fmt, None if year == "*" else (int(year),)))
    return found


def load_in(session: Any) -> dict[str, str]:
    values = dict(INSTITUTION_DEFAULTS)
    for row in session.execute(select(Setting.key, Setting.value)):
        if row.key in values:
            values[row.key] = json.loads(row.value)
    return values


INTERNAL = {"logo"}  # set through set_logo only: a name in the data folder, never a path from outside


def save(data: dict[str, Any]) -> None:
    """Save the given settings (unknown keys are refused); one transaction, audited."""
    clean: dict[str, str] = {}
    for key in data:
        if key not in INSTITUTION_DEFAULTS or key in INTERNAL:
            raise ValidationError("settings", QT_TRANSLATE_NOOP("errors", "Unknown setting."))
        if key in LONG_FIELDS:
            clean[key] = validate.long_text(data, key, max_len=1000)
        else:
            clean[key] = validate.text(data, key, max_len=300)
    if "letter_paper" in clean:
        validate.choice(clean, "letter_paper", ("a4", "a5"))
    if "letter_number_format" in clean:
        fmt = check_number_format(clean["letter_number_format"], "letter_number_format")
        with context.database().reading() as session:
            if fmt != load_in(session)["letter_number_format"]:  # a new format: checked against the others
                check_distinct(
                    [("letters", fmt, None), *other_formats(session, "letters")], "letter_number_format"
                )
    _store(clean)


def _store(clean: dict[str, str]) -> None:
    with context.database().writing() as session:
        changes = {}
        for key, value in clean.items():
            row = session.get(Setting, key)
            old = json.loads(row.value) if row else INSTITUTION_DEFAULTS[key]
            if old == value:
                continue
            if row is None:
                session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
            else:
                row.value = json.dumps(value, ensure_ascii=False)
            changes[key] = (old, value)
        if changes:
            audit.record(session, "settings", None, "update", changes)


def is_set_up() -> bool:
    """True once the first-run welcome has been completed (or sample data loaded)."""
    return bool(load()["setup_done"])


LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}
LOGO_MAX_BYTES = 2 * 1024 * 1024


def set_logo(source: str | None) -> None:
    """Copy a PNG or JPEG logo into the data folder (or remove it with None) and remember it."""
    from pathlib import Path

    from app import paths
    from app.documents.output import write_atomic

    if not source:
        _store({"logo": ""})
        return
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("logo", QT_TRANSLATE_NOOP("errors", "The logo file cannot be read.")) from None
    suffix = next((s for magic, s in LOGO_TYPES.items() if data.startswith(magic)), None)
    if suffix is None:
        raise ValidationError("logo", QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG image."))
    if len(data) > LOGO_MAX_BYTES:
        raise ValidationError("logo", QT_TRANSLATE_NOOP("errors", "The logo must be smaller than 2 MB."))
    name = "logo" + suffix
    write_atomic(paths.ensure_data_dir() / name, data)
    _store({"logo": name})


def logo_path(values: dict[str, str] | None = None) -> str | None:
    """The stored logo's path, None when there is none (`values`: the settings already loaded)."""
    from pathlib import Path

    from app import paths

    name = (values or load())["logo"]
    path = paths.data_dir() / name if name and Path(name).name == name else None
    return str(path) if path and path.is_file() else None


def letterhead(session: Any = None) -> Letterhead:
    """The institution's letterhead from the settings (read in the caller's session when one is given)."""
    from app.documents.frame import Letterhead

    s = load() if session is None else load_in(session)
    return Letterhead(
        university_fa=s["university_fa"],
        university_en=s["university_en"],
        faculty_fa=s["faculty_fa"],
        faculty_en=s["faculty_en"],
        office_fa=s["office_fa"],
        office_en=s["office_en"],
        logo_path=logo_path(s),
        invocation_fa=s["invocation_fa"] or None,
        address_fa=s["address_fa"],
        address_en=s["address_en"],
        phone=s["phone"],
        email=s["email"],
        website=s["website"],
    )
