"""Kinds of ordinance and their templates: the body text in each language with fields in braces.

A template names its fields in braces: "{recipient_name}", "{term_end}"; a brace of its own is written
twice ("{{"). A field that does not exist, or one misspelt, is refused when the template is saved, with
the field named, so no ordinance ever meets it when it is printed.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.common.clock import utcnow
from app.common.text import normalize_for_search
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from db.models import OrdinanceKind
from db.models.ordinances import KIND_EFFECTS

# Every field a template may use (the editor lists them, in this order).
FIELDS = (
    "recipient_title",
    "recipient_name",
    "position",
    "unit",
    "term_start",
    "term_end",
    "date",
    "number",
    "signatory",
    "previous_number",
    "previous_date",
)
TEMPLATE_MAX = 10_000
_SPACES = re.compile(r"[ \u00a0]{2,}")


def template_fields(text: str, field: str) -> list[str]:
    """The fields `text` uses, in order; raises ValidationError (on `field`) naming a bad one."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "errors", "A brace in the template has no partner; to print a brace, write it twice."
            ),
        ) from None
    used = []
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in FIELDS:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "errors", "The template uses an unknown field {braced}; the fields are: {fields}."
                ),
                name=name,
                braced="{" + name + "}",
                fields=", ".join(FIELDS),
            )
        if spec or conversion:
            raise ValidationError(
                field,
                QT_TRANSLATE_NOOP(
                    "errors", "Write the field {braced} in braces alone, without anything after its name."
                ),
                name=name,
                braced="{" + name + "}",
            )
        used.append(name)
    return used


def check_template(data: dict[str, Any], field: str, *, required: bool = True) -> str:
    """A template field of a form: text, at most TEMPLATE_MAX characters, only known fields."""
    text = validate.long_text(data, field, max_len=TEMPLATE_MAX, required=required)
    template_fields(text, field)
    return text


def fill(template: str, values: dict[str, str]) -> str:
    """The template with its fields filled in (unknown fields have been refused when it was saved).

    An empty value leaves no double space behind ("Dear  Ali Rezaei" reads "Dear Ali Rezaei")."""
    text = template.format_map({name: values.get(name, "") for name in FIELDS})
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# ---------------------------------------------------------------- kinds


@dataclass(frozen=True)
class Kind:
    id: int
    code: str
    name_fa: str
    name_en: str
    effect: str
    unit_position: bool
    position_fa: str
    position_en: str
    term_months: int
    body_fa: str
    body_en: str
    archived: bool

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


def _kind(row: OrdinanceKind) -> Kind:
    return Kind(
        row.id,
        row.code,
        row.name_fa,
        row.name_en,
        row.effect,
        row.unit_position,
        row.position_fa,
        row.position_en,
        row.term_months,
        row.body_fa,
        row.body_en,
        row.archived_at is not None,
    )


def clean_kind(data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name_fa": validate.text(data, "name_fa", max_len=200, required=True),
        "name_en": validate.text(data, "name_en", max_len=200),
        "effect": validate.choice(data, "effect", KIND_EFFECTS),
        "position_fa": validate.text(data, "position_fa", max_len=200),
        "position_en": validate.text(data, "position_en", max_len=200),
        "body_fa": check_template(data, "body_fa"),
        "body_en": check_template(data, "body_en"),
    }
    unit_position = data.get("unit_position", False)
    if not isinstance(unit_position, bool):
        raise ValidationError(
            "unit_position", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options.")
        )
    months = data.get("term_months", 0)
    if isinstance(months, bool) or not isinstance(months, int) or not 0 <= months <= 120:
        raise ValidationError(
            "term_months",
            QT_TRANSLATE_NOOP("errors", "Enter a number from {low} to {high}."),
            low=0,
            high=120,
        )
    if unit_position and values["effect"] != "appointment":
        raise ValidationError(
            "unit_position", QT_TRANSLATE_NOOP("errors", "Only an appointment holds a position in each unit.")
        )
    if values["effect"] == "appointment" and not months:
        raise ValidationError(
            "term_months", QT_TRANSLATE_NOOP("errors", "An appointment needs a term of at least one month.")
        )
    values["unit_position"], values["term_months"] = unit_position, months
    return values


def save_kind(data: dict[str, Any], kind_id: int | None = None) -> int:
    """Create or change a kind of ordinance; its templates are checked field by field."""
    values = clean_kind(data)
    with context.database().writing() as session:
        clash = session.execute(select(OrdinanceKind.id, OrdinanceKind.name_fa)).all()
        key = normalize_for_search(values["name_fa"])
        if any(normalize_for_search(name) == key and other != kind_id for other, name in clash):
            raise ValidationError(
                "name_fa", QT_TRANSLATE_NOOP("errors", "Another entry already has this name.")
            )
        if kind_id is None:
            kind = OrdinanceKind(**values)
            session.add(kind)
            session.flush()
            audit.record(
                session, "ordinance_kinds", kind.id, "create", {"name_fa": (None, values["name_fa"])}
            )
            return kind.id
        kind = _get(session, kind_id)
        changes = audit.apply(kind, values)
        if changes:
            audit.record(session, "ordinance_kinds", kind.id, "update", changes)
        return kind.id


def _get(session: Any, kind_id: int) -> OrdinanceKind:
    kind = session.get(OrdinanceKind, kind_id) if validate.is_record_id(kind_id) else None
    if kind is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return kind


def get_kind(kind_id: int) -> Kind:
    with context.database().reading() as session:
        return _kind(_get(session, kind_id))


def list_kinds(archived: bool = False) -> list[Kind]:
    """The kinds in the order they were made (the seeded four first)."""
    with context.database().reading() as session:
        archived_at = OrdinanceKind.archived_at
        where = archived_at.is_not(None) if archived else archived_at.is_(None)
        return [
            _kind(k)
            for k in session.execute(select(OrdinanceKind).where(where).order_by(OrdinanceKind.id)).scalars()
        ]


def set_kind_archived(kind_id: int, archived: bool) -> None:
    """Archive a kind (no new ordinances of it) or bring it back; ordinances already made keep it."""
    with context.database().writing() as session:
        kind = _get(session, kind_id)
        if (kind.archived_at is not None) != archived:
            kind.archived_at = utcnow() if archived else None
            audit.record(session, "ordinance_kinds", kind.id, "archive" if archived else "restore")
