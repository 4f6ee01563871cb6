"""The criteria the panel of an English evaluation scores: listed, added, changed and archived."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.clock import utcnow
from app.common.text import to_latin_digits
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, ValidationError
from app.services.evaluations.common import MAX_SCORE, _not_found
from db.models import EvaluationCriterion, EvaluationScore


@dataclass(frozen=True)
class Criterion:
    id: int
    code: str
    name_fa: str
    name_en: str
    max_score: int
    position: int
    archived: bool = False

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


def _criterion(c: EvaluationCriterion) -> Criterion:
    return Criterion(c.id, c.code, c.name_fa, c.name_en, c.max_score, c.position, c.archived_at is not None)


def _criteria_in(session: Session, include_archived: bool = False) -> list[EvaluationCriterion]:
    stmt = select(EvaluationCriterion).order_by(EvaluationCriterion.position, EvaluationCriterion.id)
    if not include_archived:
        stmt = stmt.where(EvaluationCriterion.archived_at.is_(None))
    return list(session.execute(stmt).scalars())


def list_criteria(include_archived: bool = False) -> list[Criterion]:
    """The criteria the panel scores, in their order."""
    with context.database().reading() as session:
        return [_criterion(c) for c in _criteria_in(session, include_archived)]


def save_criterion(data: dict[str, Any], criterion_id: int | None = None) -> int:
    """Add a criterion (criterion_id None) or change one (keys: code, name_fa, name_en, max_score,
    position); every bad field is refused at once. Returns its id."""
    check = validate.FieldChecks()
    values: dict[str, Any] = {
        "code": check(validate.text, data, "code", max_len=30, required=True),
        "name_fa": check(validate.text, data, "name_fa", max_len=200, required=True),
        "name_en": check(validate.text, data, "name_en", max_len=200, required=True),
        "max_score": check(_whole, data, "max_score", 1, MAX_SCORE),
        "position": check(_whole, data, "position", 0, 1000),
    }
    check.done()
    with context.database().writing() as session:
        same = session.execute(
            select(EvaluationCriterion.id).where(EvaluationCriterion.code == values["code"])
        ).scalar()
        if same is not None and same != criterion_id:
            raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "Another criterion has this code."))
        if criterion_id is None:
            c = EvaluationCriterion(**values)
            session.add(c)
            session.flush()
            audit.record(session, "evaluation_criteria", c.id, "create", {"code": (None, c.code)})
            return c.id
        c = session.get(EvaluationCriterion, criterion_id) if validate.is_record_id(criterion_id) else None
        if c is None:
            raise _not_found()
        highest = session.execute(
            select(EvaluationScore.score)
            .where(EvaluationScore.criterion_id == c.id)
            .order_by(EvaluationScore.score.desc())
        ).scalar()
        if highest is not None and values["max_score"] < highest:
            raise ValidationError(
                "max_score",
                QT_TRANSLATE_NOOP(
                    "errors", "A score of {score} was given on this criterion; keep the maximum."
                ),
                score=highest,
            )
        changes = audit.apply(c, values)
        if changes:
            audit.record(session, "evaluation_criteria", c.id, "update", changes)
        return c.id


def set_criterion_archived(criterion_id: int, archived: bool) -> None:
    """Stop scoring a criterion (it stays on the evaluations that have it) or take it up again."""
    with context.database().writing() as session:
        c = session.get(EvaluationCriterion, criterion_id) if validate.is_record_id(criterion_id) else None
        if c is None:
            raise _not_found()
        if (c.archived_at is not None) != archived:
            c.archived_at = utcnow() if archived else None
            audit.record(session, "evaluation_criteria", c.id, "archive" if archived else "restore")


def _whole(data: dict[str, Any], field: str, lowest: int, highest: int) -> int:
    value = data.get(field)
    if isinstance(value, str) and value.strip():
        digits = to_latin_digits(value.strip())
        value = int(digits) if digits.isdigit() else value
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "Enter a whole number from {lowest} to {highest}."),
            lowest=lowest,
            highest=highest,
        )
    return value
