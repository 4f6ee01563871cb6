"""Kinds of meeting: names, quorum rule, default length and place, and the standing members."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select

from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.meetings import _common as common
from db.models import MeetingKind, MeetingKindMember, Person
from db.models.meetings import PARTICIPANT_ROLES, QUORUM_RULES

_CODE = re.compile(r"^[a-z][a-z0-9-]{1,29}$")


@dataclass(frozen=True)
class KindRow:
    id: int
    code: str
    name_fa: str
    name_en: str
    quorum_rule: str
    quorum_count: int
    default_minutes: int
    default_location: str
    archived: bool

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name_fa: str
    name_en: str
    role: str


def required_present(rule: str, quorum_count: int, members: int) -> int:
    """How many voting members must be present under a kind's quorum rule (0: no rule)."""
    if rule == "majority":
        return members // 2 + 1 if members else 0
    if rule == "two_thirds":
        return math.ceil(members * 2 / 3)
    if rule == "all":
        return members
    if rule == "count":
        return quorum_count
    return 0


def _row(k: MeetingKind) -> KindRow:
    return KindRow(
        k.id,
        k.code,
        k.name_fa,
        k.name_en,
        k.quorum_rule,
        k.quorum_count,
        k.default_minutes,
        k.default_location,
        k.archived_at is not None,
    )


def list_kinds(include_archived: bool = False) -> list[KindRow]:
    """The kinds in the order the office set, live ones only unless asked."""
    stmt = select(MeetingKind).order_by(MeetingKind.position, MeetingKind.id)
    if not include_archived:
        stmt = stmt.where(MeetingKind.archived_at.is_(None))
    with context.database().reading() as session:
        return [_row(k) for k in session.execute(stmt).scalars()]


def kind_by_code(code: str) -> KindRow | None:
    with context.database().reading() as session:
        k = session.execute(select(MeetingKind).where(MeetingKind.code == code)).scalar()
        return _row(k) if k is not None else None


def clean_kind(data: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {
        "code": validate.text(data, "code", max_len=30, required=True).lower(),
        "name_fa": validate.text(data, "name_fa", max_len=200, required=True),
        "name_en": validate.text(data, "name_en", max_len=200, required=True),
        "quorum_rule": validate.choice(data, "quorum_rule", QUORUM_RULES),
        "quorum_count": common.count(data, "quorum_count", maximum=500) or 0,
        "default_minutes": common.count(data, "default_minutes", maximum=24 * 60) or 60,
        "default_location": validate.text(data, "default_location", max_len=200),
    }
    if not _CODE.match(values["code"]):
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP(
                "errors",
                "A code has 2 to 30 lower-case Latin letters, digits and hyphens, starting with a letter.",
            ),
        )
    if values["quorum_rule"] == "count" and values["quorum_count"] < 1:
        raise ValidationError(
            "quorum_count", QT_TRANSLATE_NOOP("errors", "Enter how many members make the quorum.")
        )
    return values


def save_kind(data: dict[str, Any], kind_id: int | None = None) -> int:
    """Create a kind (kind_id None) or change one; a kind's code cannot change once meetings use it."""
    values = clean_kind(data)
    with context.database().writing() as session:
        clash = session.execute(select(MeetingKind.id).where(MeetingKind.code == values["code"])).scalar()
        if clash is not None and clash != kind_id:
            raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "Another entry already has this code."))
        if kind_id is None:
            position = (
                session.execute(select(func.coalesce(func.max(MeetingKind.position), 0))).scalar_one() + 1
            )
            k = MeetingKind(position=position, **values)
            session.add(k)
            session.flush()
            audit.record(session, "meeting_kinds", k.id, "create", {"code": (None, values["code"])})
            return k.id
        k = common.kind(session, kind_id)
        if values["code"] != k.code:
            from db.models import Meeting

            if (
                session.execute(select(Meeting.id).where(Meeting.kind_id == k.id).limit(1)).scalar()
                is not None
            ):
                raise ValidationError(
                    "code",
                    QT_TRANSLATE_NOOP(
                        "errors", "Meetings of this kind are numbered under its code; the code cannot change."
                    ),
                )
        changes = audit.apply(k, values)
        if changes:
            audit.record(session, "meeting_kinds", k.id, "update", changes)
        return k.id


def set_kind_archived(kind_id: int, archived: bool) -> None:
    from app.common.clock import utcnow

    with context.database().writing() as session:
        k = common.kind(session, kind_id)
        if (k.archived_at is not None) != archived:
            k.archived_at = utcnow() if archived else None
            audit.record(session, "meeting_kinds", k.id, "archive" if archived else "restore")


def kind_members(kind_id: int) -> list[MemberRow]:
    """The standing members of a kind, in their order."""
    with context.database().reading() as session:
        rows = session.execute(
            select(MeetingKindMember.person_id, MeetingKindMember.role, Person)
            .join(Person, Person.id == MeetingKindMember.person_id)
            .where(MeetingKindMember.kind_id == kind_id)
            .order_by(MeetingKindMember.position, MeetingKindMember.id)
        ).all()
        return [MemberRow(pid, *common.names(person), role) for pid, role, person in rows]


def set_kind_members(kind_id: int, members: list[tuple[int, str]]) -> None:
    """Replace a kind's standing members with `members` [(person id, role)], in that order."""
    if not isinstance(members, list | tuple):
        raise ValidationError("members", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    seen: set[int] = set()
    for entry in members:
        if not isinstance(entry, list | tuple) or len(entry) != 2 or not validate.is_record_id(entry[0]):
            raise ValidationError("members", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
        if entry[1] not in PARTICIPANT_ROLES[:3]:
            raise ValidationError("role", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
        if entry[0] in seen:
            raise ValidationError(
                "members", QT_TRANSLATE_NOOP("errors", "This person is already on the list.")
            )
        seen.add(entry[0])
    with context.database().writing() as session:
        k = common.kind(session, kind_id)
        before = [
            r
            for r in session.execute(
                select(MeetingKindMember.person_id)
                .where(MeetingKindMember.kind_id == k.id)
                .order_by(MeetingKindMember.position)
            ).scalars()
        ]
        for person_id, _role in members:
            common.check_person(session, person_id, "members")
        session.execute(delete(MeetingKindMember).where(MeetingKindMember.kind_id == k.id))
        for position, (person_id, role) in enumerate(members, start=1):
            session.add(MeetingKindMember(kind_id=k.id, person_id=person_id, role=role, position=position))
        after = [p for p, _ in members]
        if before != after:
            audit.record(session, "meeting_kinds", k.id, "members", {"members": (before, after)})
