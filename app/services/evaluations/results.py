"""The panel's result of an English evaluation: the scores per criterion, the panel, the outcome and the
note, refused once a certificate is issued."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.services import audit, context, validate
from app.services.errors import QT_TRANSLATE_NOOP, StateError, ValidationError
from app.services.evaluations.candidates import _session
from app.services.evaluations.common import TABLE, _get, _live_letters, _search_key
from app.services.evaluations.criteria import _criteria_in, _whole
from db.models import EvaluationCriterion, EvaluationPanelMember, EvaluationScore, Person
from db.models.evaluations import OUTCOMES


def record_result(evaluation_id: int, data: dict[str, Any]) -> None:
    """The panel's result: data["scores"] {criterion code: score} (a score left out or None is not given
    yet), data["panel"] [person ids], data["outcome"] ("" while waiting, passed, failed, deferred) and
    data["note"]. Every bad field is refused at once, as "score:<code>", "scores" (an unknown criterion),
    "panel", "outcome" and "note"; a passed or failed outcome needs every criterion scored. Refused once a
    certificate is issued (void it first)."""
    check = validate.FieldChecks()
    outcome = check(validate.choice, data, "outcome", OUTCOMES, required=False)
    note = check(validate.long_text, data, "note", max_len=4000)
    with context.database().writing() as session:
        ev = _get(session, evaluation_id)
        meeting = check(_session, session, ev.meeting_id)
        if meeting is not None and meeting.starts_at.date() > dates.today():
            with check.rule():
                raise ValidationError(
                    "meeting_id",
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Session {number} has not been held yet; record its results from its day on.",
                    ),
                    number=meeting.number,
                )
        issued = _live_letters(session, ev)
        if issued:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The certificate {number} has been issued; void it in the Letters tab before changing "
                    "the result.",
                ),
                number=next(iter(issued.values())).number or "",
            )
        criteria = {c.code: c for c in _criteria_in(session)}
        given = data.get("scores") or {}
        if not isinstance(given, dict):
            given = {}
        scores: dict[int, int] = {}
        for code in given:
            if code not in criteria:
                with check.rule():
                    raise ValidationError(
                        "scores",
                        QT_TRANSLATE_NOOP("errors", "There is no criterion «{code}»."),
                        code=str(code),
                    )
        for code, c in criteria.items():
            if given.get(code) in (None, ""):
                continue
            value = check(_whole, {f"score:{code}": given[code]}, f"score:{code}", 0, c.max_score)
            if value is not None:
                scores[c.id] = value
        panel = data.get("panel")
        members: list[int] = []
        if panel is not None:
            for person_id in panel if isinstance(panel, list | tuple) else [panel]:
                person = session.get(Person, person_id) if validate.is_record_id(person_id) else None
                if person is None or person.archived_at is not None:
                    with check.rule():
                        raise ValidationError(
                            "panel", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list.")
                        )
                elif person.id == ev.person_id:
                    with check.rule():
                        raise ValidationError(
                            "panel",
                            QT_TRANSLATE_NOOP("errors", "The candidate cannot sit on their own panel."),
                        )
                elif person.id not in members:
                    members.append(person.id)
        if outcome in ("passed", "failed") and check.passed("scores") and len(scores) < len(criteria):
            missing = [c.name_en for c in criteria.values() if c.id not in scores]
            with check.rule():
                raise ValidationError(
                    "outcome",
                    QT_TRANSLATE_NOOP("errors", "Score every criterion before the outcome ({missing})."),
                    missing=", ".join(missing),
                )
        check.done()
        assert meeting is not None
        before = _scores_in(session, ev.id)
        for row in session.execute(
            select(EvaluationScore).where(EvaluationScore.evaluation_id == ev.id)
        ).scalars():
            if row.criterion_id in _criteria_ids(criteria) and row.criterion_id not in scores:
                session.delete(row)
            elif row.criterion_id in scores:
                row.score = scores.pop(row.criterion_id)
        for criterion_id, value in scores.items():
            session.add(EvaluationScore(evaluation_id=ev.id, criterion_id=criterion_id, score=value))
        if panel is not None:
            for row in session.execute(
                select(EvaluationPanelMember).where(EvaluationPanelMember.evaluation_id == ev.id)
            ).scalars():
                session.delete(row)
            session.flush()
            for n, person_id in enumerate(members):
                session.add(EvaluationPanelMember(evaluation_id=ev.id, person_id=person_id, position=n))
        changes = audit.apply(ev, {"outcome": outcome or "", "note": note or ""})
        session.flush()
        after = _scores_in(session, ev.id)
        if before != after:
            changes["scores"] = (before, after)
        ev.search_key = _search_key(session, ev)
        if changes:
            audit.record(session, TABLE, ev.id, "result", changes)


def _criteria_ids(criteria: dict[str, EvaluationCriterion]) -> set[int]:
    return {c.id for c in criteria.values()}


def _scores_in(session: Session, evaluation_id: int) -> dict[str, int]:
    rows = session.execute(
        select(EvaluationCriterion.code, EvaluationScore.score)
        .join(EvaluationCriterion, EvaluationCriterion.id == EvaluationScore.criterion_id)
        .where(EvaluationScore.evaluation_id == evaluation_id)
    )
    return dict(rows.all())
