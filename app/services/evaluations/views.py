"""What is shown of the English evaluations: the rows of the register and of a person's history, one
evaluation with its scores and panel, and the words of an outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.text import normalize_for_search
from app.services import context
from app.services.evaluations.common import _get, _live_letters, _names
from app.services.evaluations.criteria import _criteria_in
from db.models import EnglishEvaluation, EvaluationPanelMember, EvaluationScore, Meeting, Person, Unit

_OUTCOME_WORDS = {
    "passed": ("قبول", "Passed"),
    "failed": ("مردود", "Not passed"),
    "deferred": ("موکول به جلسه بعد", "Deferred"),
    "": ("در انتظار نتیجه", "Awaiting the result"),
}


@dataclass(frozen=True)
class ScoreView:
    criterion_id: int
    code: str
    name_fa: str
    name_en: str
    max_score: int
    score: int | None

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)


@dataclass(frozen=True)
class EvaluationRow:
    """An evaluation as the lists (the register, a person's history) show it."""

    id: int
    meeting_id: int
    meeting_number: str
    meeting_title: str
    day: dt.date
    person_id: int
    name_fa: str
    name_en: str
    rank: str
    total: int | None  # None until every criterion is scored
    out_of: int
    outcome: str
    certificate_fa: str  # the numbers of the certificate letters, "" when none is issued
    certificate_en: str
    # as the list read it: a step taken from the row checks it (versions.acting)
    version: int = field(default=0, kw_only=True)

    def name(self, lang: str) -> str:
        return (self.name_fa or self.name_en) if lang == "fa" else (self.name_en or self.name_fa)

    @property
    def issued(self) -> bool:
        return bool(self.certificate_fa or self.certificate_en)


@dataclass(frozen=True)
class EvaluationView(EvaluationRow):
    scores: tuple[ScoreView, ...] = ()
    panel: tuple[tuple[int, str, str], ...] = ()  # (person id, Persian name, English name)
    note: str = ""
    unit_fa: str = ""
    unit_en: str = ""
    letter_fa_id: int | None = None
    letter_en_id: int | None = None


def _score_views(session: Session, ev: EnglishEvaluation) -> tuple[ScoreView, ...]:
    """The active criteria, and any other this evaluation was scored on, with its scores."""
    given = dict(
        session.execute(
            select(EvaluationScore.criterion_id, EvaluationScore.score).where(
                EvaluationScore.evaluation_id == ev.id
            )
        ).all()
    )
    shown = [
        c for c in _criteria_in(session, include_archived=True) if c.archived_at is None or c.id in given
    ]
    return tuple(ScoreView(c.id, c.code, c.name_fa, c.name_en, c.max_score, given.get(c.id)) for c in shown)


def _row(session: Session, ev: EnglishEvaluation, view: bool = False) -> EvaluationRow | EvaluationView:
    person, meeting = session.get(Person, ev.person_id), session.get(Meeting, ev.meeting_id)
    scores = _score_views(session, ev)
    total = sum(s.score for s in scores) if all(s.score is not None for s in scores) and scores else None
    numbers = {}
    for lang, letter in _live_letters(session, ev).items():
        numbers[lang] = letter.number or ""
    base = {
        "id": ev.id,
        "meeting_id": ev.meeting_id,
        "meeting_number": meeting.number,
        "meeting_title": meeting.title,
        "day": meeting.starts_at.date(),
        "person_id": ev.person_id,
        "name_fa": _names(person)[0],
        "name_en": _names(person)[1],
        "rank": person.academic_rank if person else "",
        "total": total,
        "out_of": sum(s.max_score for s in scores),
        "outcome": ev.outcome,
        "certificate_fa": numbers.get("fa", ""),
        "certificate_en": numbers.get("en", ""),
        "version": ev.version,
    }
    if not view:
        return EvaluationRow(**base)
    panel = []
    for member in session.execute(
        select(EvaluationPanelMember)
        .where(EvaluationPanelMember.evaluation_id == ev.id)
        .order_by(EvaluationPanelMember.position, EvaluationPanelMember.id)
    ).scalars():
        panel.append((member.person_id, *_names(session.get(Person, member.person_id))))
    unit = session.get(Unit, person.unit_id) if person and person.unit_id else None
    return EvaluationView(
        **base,
        scores=scores,
        panel=tuple(panel),
        note=ev.note,
        unit_fa=unit.name_fa if unit else "",
        unit_en=unit.name_en if unit else "",
        letter_fa_id=ev.letter_fa_id,
        letter_en_id=ev.letter_en_id,
    )


def get_evaluation(evaluation_id: int) -> EvaluationView:
    """One evaluation with its scores, panel, note and certificates."""
    with context.database().reading() as session:
        view = _row(session, _get(session, evaluation_id), view=True)
        assert isinstance(view, EvaluationView)
        return view


def list_evaluations(
    search: str = "", meeting_id: int | None = None, person_id: int | None = None, outcome: str = ""
) -> list[EvaluationRow]:
    """The evaluations, newest session first, filtered by typed words, session, person and outcome
    ("pending" for those without one)."""
    stmt = (
        select(EnglishEvaluation)
        .join(Meeting, Meeting.id == EnglishEvaluation.meeting_id)
        .where(EnglishEvaluation.archived_at.is_(None))
        .order_by(Meeting.starts_at.desc(), EnglishEvaluation.id)
    )
    if meeting_id is not None:
        stmt = stmt.where(EnglishEvaluation.meeting_id == meeting_id)
    if person_id is not None:
        stmt = stmt.where(EnglishEvaluation.person_id == person_id)
    if outcome:
        stmt = stmt.where(EnglishEvaluation.outcome == ("" if outcome == "pending" else outcome))
    for word in normalize_for_search(search).split():
        stmt = stmt.where(EnglishEvaluation.search_key.contains(word))
    with context.database().reading() as session:
        return [_row(session, ev) for ev in session.execute(stmt).scalars()]


def person_history(person_id: int) -> list[EvaluationRow]:
    """A faculty member's evaluations, newest first (their person page lists them)."""
    return list_evaluations(person_id=person_id)


def outcome_word(outcome: str, lang: str) -> str:
    fa, en = _OUTCOME_WORDS.get(outcome, (outcome, outcome))
    return fa if lang == "fa" else en
