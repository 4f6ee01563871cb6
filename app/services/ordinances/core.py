"""The ordinances register's drafts: an ordinance's fields checked, drafts from a kind's templates, the
recipient's titles, renewals drafted, drafts archived. Issuing, revoking and voiding are in `issue`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import defaults
from app.common import dates
from app.common.clock import utcnow
from app.common.text import normalize_for_search
from app.services import audit, context, validate
from app.services.directory import ADDRESS_WORDS, address_title, person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from app.services.ordinances.templates import check_template
from db.models import Ordinance, OrdinanceKind, Person, Unit

LANGS = ("fa", "en")
_TEXTS = {
    "recipient_title_fa": 80,
    "recipient_title_en": 80,
    "position_fa": 200,
    "position_en": 200,
    "signatory_name_fa": 200,
    "signatory_name_en": 200,
    "signatory_title_fa": 200,
    "signatory_title_en": 200,
}


class OccupiedError(StateError):
    """The position is held: issuing the appointment must say whether it supersedes the current holder."""

    def __init__(self, message: str, holder_id: int, **params: object) -> None:
        super().__init__(message, **params)
        self.holder_id = holder_id


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole Jalali months (the last day of a shorter month when the day does not exist)."""
    year, month, mday = dates.to_jalali(day)
    index = year * 12 + (month - 1) + months
    year, month = divmod(index, 12)
    for candidate in (mday, 30, 29):
        try:
            return dates.from_jalali(year, month + 1, min(mday, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def term_end_for(start: dt.date, months: int) -> dt.date:
    """The last day of a term of `months` starting on `start` (two years from 1405/07/01: 1407/06/31)."""
    return add_months(start, months) - dt.timedelta(days=1)


# ---------------------------------------------------------------- drafts


def _get(session: Session, ordinance_id: int) -> Ordinance:
    ordinance = session.get(Ordinance, ordinance_id) if validate.is_record_id(ordinance_id) else None
    if ordinance is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return ordinance


def _kind(session: Session, kind_id: int) -> OrdinanceKind:
    kind = session.get(OrdinanceKind, kind_id) if validate.is_record_id(kind_id) else None
    if kind is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
    return kind


def clean_ordinance(data: dict[str, Any]) -> dict[str, Any]:
    """An ordinance's fields checked and tidied (without the database); raises ValidationError naming the
    field (FieldErrors for several bad fields)."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "kind_id": check(validate.record_id, data, "kind_id", required=True),
        "person_id": check(validate.record_id, data, "person_id", required=True),
        "unit_id": check(validate.record_id, data, "unit_id"),
        "previous_id": check(validate.record_id, data, "previous_id"),
        "term_start": check(validate.date, data, "term_start"),
        "term_end": check(validate.date, data, "term_end"),
        "body_fa": check(check_template, data, "body_fa"),
        "body_en": check(check_template, data, "body_en"),
    }
    for name, limit in _TEXTS.items():
        values[name] = check(validate.text, data, name, max_len=limit)
    for lang in LANGS:
        copies = data.get(f"copies_to_{lang}", "")
        if isinstance(copies, list | tuple):
            copies = "\n".join(str(c) for c in copies)
        values[f"copies_to_{lang}"] = check(
            validate.long_text, {f"copies_to_{lang}": copies}, f"copies_to_{lang}", max_len=2000
        )
    if check.passed("term_start", "term_end"):
        check(validate.date_order, values["term_start"], values["term_end"], "term_end")
    check.done()
    return values


def _check_refs(session: Session, values: dict[str, Any], kind: OrdinanceKind, own_id: int | None) -> None:
    """What needs the database: the person and unit exist, the kind's rules on term, unit and previous."""
    person = session.get(Person, values["person_id"])
    if person is None or person.archived_at is not None:
        raise ValidationError("person_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    if values["unit_id"] is not None and session.get(Unit, values["unit_id"]) is None:
        raise ValidationError("unit_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    if kind.unit_position and values["unit_id"] is None:
        raise ValidationError("unit_id", QT_TRANSLATE_NOOP("errors", "Choose the department or hospital."))
    if kind.effect == "appointment":
        if values["term_start"] is None:
            raise ValidationError("term_start", QT_TRANSLATE_NOOP("errors", "Enter a date."))
        if values["term_end"] is None:
            raise ValidationError("term_end", QT_TRANSLATE_NOOP("errors", "Enter a date."))
    if not (values["position_fa"] or values["position_en"]) and kind.effect == "appointment":
        raise ValidationError("position_fa", QT_TRANSLATE_NOOP("errors", "This field is required."))
    previous = session.get(Ordinance, values["previous_id"]) if values["previous_id"] else None
    if values["previous_id"] and (previous is None or previous.id == own_id or previous.number is None):
        raise ValidationError("previous_id", QT_TRANSLATE_NOOP("errors", "Choose an issued ordinance."))
    if kind.effect == "revocation" and (previous is None or previous.status != "issued"):
        raise ValidationError(
            "previous_id", QT_TRANSLATE_NOOP("errors", "Choose the issued ordinance this one revokes.")
        )


def _names(person: Person) -> tuple[str, str]:
    return person_name("", person.first_name_fa, person.last_name_fa), person_name(
        "", person.first_name_en, person.last_name_en
    )


def _search_key(session: Session, ordinance: Ordinance) -> str:
    unit = session.get(Unit, ordinance.unit_id) if ordinance.unit_id else None
    kind = session.get(OrdinanceKind, ordinance.kind_id)
    parts = [
        ordinance.number or "",
        ordinance.recipient_name_fa,
        ordinance.recipient_name_en,
        ordinance.position_fa,
        ordinance.position_en,
        kind.name_fa if kind else "",
        kind.name_en if kind else "",
        unit.name_fa if unit else "",
        unit.name_en if unit else "",
    ]
    return normalize_for_search(" ".join(parts))


def save_draft(data: dict[str, Any], ordinance_id: int | None = None) -> int:
    """Create a draft (ordinance_id None) or change a draft; returns its id."""
    values = clean_ordinance(data)
    with context.database().writing() as session:
        return save_draft_in(session, values, ordinance_id)


def save_draft_in(session: Session, values: dict[str, Any], ordinance_id: int | None = None) -> int:
    """save_draft inside the caller's transaction, for `values` already checked by clean_ordinance."""
    kind = _kind(session, values["kind_id"])
    if ordinance_id is None and kind.archived_at is not None:
        raise ValidationError("kind_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    _check_refs(session, values, kind, ordinance_id)
    person = session.get(Person, values["person_id"])
    values["recipient_name_fa"], values["recipient_name_en"] = _names(person)
    if ordinance_id is None:
        ordinance = Ordinance(status="draft", **values)
        session.add(ordinance)
        session.flush()
        audit.record(
            session,
            "ordinances",
            ordinance.id,
            "create",
            {"recipient_name_fa": (None, values["recipient_name_fa"])},
        )
    else:
        ordinance = _get(session, ordinance_id)
        _editable(ordinance)
        changes = audit.apply(ordinance, values)
        if changes:
            audit.record(session, "ordinances", ordinance.id, "update", changes)
    ordinance.search_key = _search_key(session, ordinance)
    return ordinance.id


def _editable(ordinance: Ordinance) -> None:
    if ordinance.status != "draft":
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "An issued ordinance cannot be changed; void it and draft a new one.")
        )


_FIELDS = (
    "kind_id",
    "person_id",
    "unit_id",
    "previous_id",
    "term_start",
    "term_end",
    "body_fa",
    "body_en",
    "copies_to_fa",
    "copies_to_en",
    "recipient_name_fa",
    "recipient_name_en",
    *_TEXTS,
)
_STATE = ("status", "number", "year", "sequence", "issued_on", "ended_on", "ended_by_id", "end_reason")


def get_ordinance(ordinance_id: int) -> dict[str, Any]:
    """An ordinance's fields and state (status, number, issued_on, how it ended)."""
    with context.database().reading() as session:
        ordinance = _get(session, ordinance_id)
        values = {name: getattr(ordinance, name) for name in (*_FIELDS, *_STATE)}
        values["id"] = ordinance.id
        values["archived"] = ordinance.archived_at is not None
        return values


def new_draft_values(
    kind_id: int, person_id: int | None = None, unit_id: int | None = None, term_start: dt.date | None = None
) -> dict[str, Any]:
    """The fields of a new ordinance of a kind: its position and templates, a term from `term_start`
    (today by default) of the kind's length, the default signatory (Settings › Signatories)."""
    with context.database().reading() as session:
        return new_draft_values_in(session, kind_id, person_id, unit_id, term_start)


def new_draft_values_in(
    session: Session,
    kind_id: int,
    person_id: int | None = None,
    unit_id: int | None = None,
    term_start: dt.date | None = None,
) -> dict[str, Any]:
    """new_draft_values inside the caller's session."""
    from app.services import settings, signatories

    s = settings.load_in(session)
    kind = _kind(session, kind_id)
    start = term_start or dates.today()
    values: dict[str, Any] = {
        "kind_id": kind.id,
        "person_id": person_id,
        "unit_id": unit_id,
        "previous_id": None,
        "position_fa": kind.position_fa,
        "position_en": kind.position_en,
        "term_start": start if kind.term_months else None,
        "term_end": term_end_for(start, kind.term_months) if kind.term_months else None,
        "body_fa": kind.body_fa,
        "body_en": kind.body_en,
        "copies_to_fa": "",
        "copies_to_en": "",
        "recipient_title_fa": "",
        "recipient_title_en": "",
    }
    try:  # the first signatory who signs in both languages, else what the settings hold
        chosen = signatories.default_signatory(session, LANGS)
    except ValidationError:
        chosen = None
    for lang in LANGS:
        values[f"signatory_name_{lang}"] = chosen.name(lang) if chosen else s[f"signatory_name_{lang}"]
        values[f"signatory_title_{lang}"] = chosen.title(lang) if chosen else s[f"signatory_title_{lang}"]
    person = session.get(Person, person_id) if person_id else None
    if person is not None:
        values.update(recipient_titles(person))
    return values


def recipient_titles(person: Person) -> dict[str, str]:
    """Titles to address the recipient with: the form of address and the person's titles («سرکار خانم
    دکتر», "Dr."); for someone whose titles were never entered, "دکتر" / "Dr." for a doctor, "استاد" /
    "Professor" for a professor."""
    if person.title or person.title_fa:
        return {
            "recipient_title_fa": address_title(person, "fa"),
            "recipient_title_en": address_title(person, "en"),
        }
    form_fa = ADDRESS_WORDS["fa"].get(person.address_form, "")
    doctor = person.kind in ("faculty", "resident")
    if person.academic_rank == "professor":
        fa = "استاد دکتر" if doctor else "استاد"
        return {"recipient_title_fa": f"{form_fa} {fa}".strip(), "recipient_title_en": "Professor"}
    return {
        "recipient_title_fa": f"{form_fa} {'دکتر' if doctor else ''}".strip(),
        "recipient_title_en": "Dr." if doctor else address_title(person, "en"),
    }


def recipient_for(person_id: int) -> dict[str, str]:
    """A directory person's names and the titles to address them with, as an ordinance prints them."""
    with context.database().reading() as session:
        person = session.get(Person, person_id) if validate.is_record_id(person_id) else None
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))
        name_fa, name_en = _names(person)
        return {**recipient_titles(person), "recipient_name_fa": name_fa, "recipient_name_en": name_en}


@dataclass(frozen=True)
class Issued:
    """A numbered ordinance in force, as offered for a renewal or a revocation to refer to."""

    id: int
    number: str
    kind_id: int
    unit_id: int | None
    position_fa: str
    position_en: str


def in_force_for(person_id: int) -> list[Issued]:
    """The person's issued ordinances, newest first."""
    if not validate.is_record_id(person_id):
        return []
    with context.database().reading() as session:
        rows = session.execute(
            select(Ordinance)
            .where(Ordinance.person_id == person_id, Ordinance.status == "issued")
            .order_by(Ordinance.issued_on.desc(), Ordinance.id.desc())
        ).scalars()
        return [
            Issued(o.id, o.number or "", o.kind_id, o.unit_id, o.position_fa, o.position_en) for o in rows
        ]


def set_archived(ordinance_id: int, archived: bool) -> None:
    """Move a draft to the archive or back; numbered ordinances stay in the register for good."""
    with context.database().writing() as session:
        ordinance = _get(session, ordinance_id)
        if archived and ordinance.status != "draft":
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Only drafts can be moved to the archive; numbered ordinances stay in the register.",
                )
            )
        if (ordinance.archived_at is not None) != archived:
            ordinance.archived_at = utcnow() if archived else None
            audit.record(session, "ordinances", ordinance.id, "archive" if archived else "restore")


def archive_ordinance(ordinance_id: int) -> None:
    set_archived(ordinance_id, True)


def restore_ordinance(ordinance_id: int) -> None:
    set_archived(ordinance_id, False)


def renew_ordinance(ordinance_id: int) -> int:
    """Draft the renewal of an appointment: same person, position and unit, the next term, superseding
    it when issued. An unissued renewal already drafted is returned instead of a second one."""
    with context.database().reading() as session:
        old = _get(session, ordinance_id)
        kind = _kind(session, old.kind_id)
        if kind.effect != "appointment" or old.status != "issued":
            raise StateError(QT_TRANSLATE_NOOP("errors", "Only an issued appointment can be renewed."))
        existing = session.execute(
            select(Ordinance.id).where(
                Ordinance.previous_id == old.id, Ordinance.status == "draft", Ordinance.archived_at.is_(None)
            )
        ).scalar()
        if existing is not None:
            return existing
        start = (old.term_end or dates.today()) + dt.timedelta(days=1)
        wording = defaults.RENEWAL_BODY if old.unit_id is not None else defaults.RENEWAL_BODY_NO_UNIT
        months = kind.term_months or 24
        values = {
            name: getattr(old, name)
            for name in (*_TEXTS, "copies_to_fa", "copies_to_en", "unit_id", "person_id")
        }
        values.update(
            kind_id=kind.id,
            previous_id=old.id,
            term_start=start,
            term_end=term_end_for(start, months),
            # its own wording (renewing the earlier ordinance), not the appointment's
            body_fa=wording["fa"],
            body_en=wording["en"],
        )
    return save_draft(values)
