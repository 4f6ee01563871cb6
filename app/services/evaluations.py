"""English-language evaluations for faculty promotion (ارزیابی زبان انگلیسی برای ارتقای اعضای هیئت علمی).

A session is a meeting of the kind "english-evaluation". Its candidates are faculty members of the
directory, one evaluation each (the panel starts as the meeting's chair, secretary and members). The panel
scores each criterion (configurable: code, names, maximum, order) and decides the outcome: passed, failed or
deferred. A passed or failed evaluation gets its certificate through the outgoing letters register: a
numbered letter per language whose stored PDF is the certificate; once issued the result is locked, unless
the letter is voided (its number is never given again).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common import dates
from app.common.clock import utcnow
from app.common.text import isolate, normalize_for_search, to_latin_digits, to_persian_digits
from app.services import audit, context, letters, settings, validate
from app.services.directory import person_name
from app.services.errors import QT_TRANSLATE_NOOP, NotFoundError, StateError, ValidationError
from db.models import (
    EnglishEvaluation,
    EvaluationCriterion,
    EvaluationPanelMember,
    EvaluationScore,
    Letter,
    Meeting,
    MeetingKind,
    MeetingParticipant,
    Person,
    Unit,
)
from db.models.evaluations import OUTCOMES

TABLE = "english_evaluations"
SESSION_KIND = "english-evaluation"  # the meeting kind of an evaluation session (migration 0002)
LANGS = ("fa", "en")
MAX_SCORE = 1000
PANEL_ROLES = ("chair", "secretary", "member")

_RANKS = {
    "instructor": ("مربی", "Instructor"),
    "assistant_professor": ("استادیار", "Assistant Professor"),
    "associate_professor": ("دانشیار", "Associate Professor"),
    "professor": ("استاد", "Professor"),
}
_OUTCOME_WORDS = {
    "passed": ("قبول", "Passed"),
    "failed": ("مردود", "Not passed"),
    "deferred": ("موکول به جلسه بعد", "Deferred"),
    "": ("در انتظار نتیجه", "Awaiting the result"),
}


def _not_found() -> NotFoundError:
    return NotFoundError(QT_TRANSLATE_NOOP("errors", "This record no longer exists."))


def _get(session: Session, evaluation_id: object) -> EnglishEvaluation:
    found = session.get(EnglishEvaluation, evaluation_id) if validate.is_record_id(evaluation_id) else None
    if found is None or found.archived_at is not None:
        raise _not_found()
    return found


# ---------------------------------------------------------------- criteria


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


# ---------------------------------------------------------------- sessions and candidates


@dataclass(frozen=True)
class SessionRow:
    """An evaluation session (a meeting of the kind english-evaluation) as a picker lists it."""

    id: int
    number: str
    title: str
    day: dt.date
    status: str


def _session_kind(session: Session) -> MeetingKind | None:
    return session.execute(select(MeetingKind).where(MeetingKind.code == SESSION_KIND)).scalar()


def list_sessions() -> list[SessionRow]:
    """The evaluation sessions not cancelled nor archived, newest first."""
    with context.database().reading() as session:
        kind = _session_kind(session)
        if kind is None:
            return []
        stmt = (
            select(Meeting)
            .where(Meeting.kind_id == kind.id, Meeting.archived_at.is_(None), Meeting.status != "cancelled")
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        )
        return [
            SessionRow(m.id, m.number, m.title, m.starts_at.date(), m.status)
            for m in session.execute(stmt).scalars()
        ]


def _session(session: Session, meeting_id: object) -> Meeting:
    """The meeting, when it is an evaluation session that can still take results."""
    meeting = session.get(Meeting, meeting_id) if validate.is_record_id(meeting_id) else None
    if meeting is None or meeting.archived_at is not None:
        raise ValidationError("meeting_id", QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    kind = session.get(MeetingKind, meeting.kind_id)
    if kind is None or kind.code != SESSION_KIND:
        raise ValidationError(
            "meeting_id", QT_TRANSLATE_NOOP("errors", "Choose a meeting of the English evaluation sessions.")
        )
    if meeting.status == "cancelled":
        raise ValidationError(
            "meeting_id",
            QT_TRANSLATE_NOOP("errors", "Meeting {number} was cancelled; it cannot be changed."),
            number=meeting.number,
        )
    return meeting


def _faculty(session: Session, person_id: object, field: str) -> Person:
    person = session.get(Person, person_id) if validate.is_record_id(person_id) else None
    if person is None or person.archived_at is not None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "Choose an entry from the list."))
    if person.kind != "faculty":
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("errors", "{name} is not a faculty member; only faculty are evaluated."),
            name=_name_in_both(person),
        )
    return person


def _name_in_both(person: Person) -> Any:
    from app.services.errors import InLanguages

    fa, en = _names(person)
    return InLanguages(en, fa)


def _names(p: Person | None) -> tuple[str, str]:
    if p is None:
        return "", ""
    return person_name("", p.first_name_fa, p.last_name_fa), person_name(
        p.title, p.first_name_en, p.last_name_en
    )


def _search_key(session: Session, ev: EnglishEvaluation) -> str:
    person, meeting = session.get(Person, ev.person_id), session.get(Meeting, ev.meeting_id)
    parts = [ev.note, meeting.number if meeting else "", meeting.title if meeting else ""]
    if person is not None:
        parts += [person.first_name_fa, person.last_name_fa, person.first_name_en, person.last_name_en]
    return normalize_for_search(" ".join(parts))[:1000]


def add_candidates(meeting_id: int, person_ids: list[int]) -> list[int]:
    """Add faculty members to an evaluation session, all or none; each starts with the session's chair,
    secretary and members as its panel. Every refusal is given at once (the session, then each person
    refused as "person_ids"). Returns the new evaluations' ids."""
    check = validate.FieldChecks()
    with context.database().writing() as session:
        meeting = check(_session, session, meeting_id)
        if not isinstance(person_ids, list | tuple) or not person_ids:
            with check.rule():
                raise ValidationError(
                    "person_ids", QT_TRANSLATE_NOOP("errors", "Choose at least one candidate.")
                )
            check.done()
        chosen: list[Person] = []
        for person_id in person_ids:
            person = check(_faculty, session, person_id, "person_ids")
            if person is not None and meeting is not None and person.id not in {p.id for p in chosen}:
                taken = session.execute(
                    select(EnglishEvaluation.id).where(
                        EnglishEvaluation.meeting_id == meeting.id,
                        EnglishEvaluation.person_id == person.id,
                        EnglishEvaluation.archived_at.is_(None),
                    )
                ).scalar()
                if taken is not None:
                    with check.rule():
                        raise ValidationError(
                            "person_ids",
                            QT_TRANSLATE_NOOP("errors", "{name} is already a candidate of this session."),
                            name=_name_in_both(person),
                        )
                chosen.append(person)
        check.done()
        assert meeting is not None
        panel = [
            p.person_id
            for p in session.execute(
                select(MeetingParticipant)
                .where(MeetingParticipant.meeting_id == meeting.id, MeetingParticipant.role.in_(PANEL_ROLES))
                .order_by(MeetingParticipant.position, MeetingParticipant.id)
            ).scalars()
        ]
        ids = []
        for person in chosen:
            ev = EnglishEvaluation(meeting_id=meeting.id, person_id=person.id, outcome="", note="")
            session.add(ev)
            session.flush()
            for n, member in enumerate(m for m in panel if m != person.id):
                session.add(EvaluationPanelMember(evaluation_id=ev.id, person_id=member, position=n))
            ev.search_key = _search_key(session, ev)
            audit.record(session, TABLE, ev.id, "create", {"person_id": (None, person.id)})
            ids.append(ev.id)
        return ids


def remove_candidate(evaluation_id: int) -> None:
    """Take back a candidate added by mistake: only while nothing is recorded for them."""
    with context.database().writing() as session:
        ev = _get(session, evaluation_id)
        scored = session.execute(
            select(EvaluationScore.id).where(EvaluationScore.evaluation_id == ev.id)
        ).first()
        if scored is not None or ev.outcome or ev.letter_fa_id or ev.letter_en_id:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "Scores or an outcome are recorded for this candidate; the evaluation stays."
                )
            )
        for member in session.execute(
            select(EvaluationPanelMember).where(EvaluationPanelMember.evaluation_id == ev.id)
        ).scalars():
            session.delete(member)
        session.flush()
        session.delete(ev)
        audit.record(session, TABLE, ev.id, "remove", {"person_id": (ev.person_id, None)})


# ---------------------------------------------------------------- results


def _live_letters(session: Session, ev: EnglishEvaluation) -> dict[str, Letter]:
    """The certificate letters not voided, by language."""
    found = {}
    for lang, letter_id in (("fa", ev.letter_fa_id), ("en", ev.letter_en_id)):
        letter = session.get(Letter, letter_id) if letter_id else None
        if letter is not None and letter.status != "void":
            found[lang] = letter
    return found


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


# ---------------------------------------------------------------- what is shown


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


# ---------------------------------------------------------------- the certificate


def _texts(view: EvaluationView, lang: str) -> dict[str, str]:
    """The certificate's title, paragraph, outcome line and the letter's subject, in `lang`."""
    name, day = isolate(view.name(lang)), dates.written(view.day, lang)
    rank_fa, rank_en = _RANKS.get(view.rank, ("", ""))
    if lang == "fa":
        who = "، ".join(p for p in (name, rank_fa and f"{rank_fa} {view.unit_fa}".strip()) if p)
        title = "گواهی ارزیابی زبان انگلیسی" if view.outcome == "passed" else "نتیجه ارزیابی زبان انگلیسی"
        body = (
            f"بدین‌وسیله گواهی می‌شود {who}، در جلسه ارزیابی زبان انگلیسی برای ارتقای اعضای هیئت علمی "
            f"(جلسه شماره {isolate(to_persian_digits(view.meeting_number))} مورخ {day}) "
            "توسط هیئت ارزیاب ارزیابی شد و نتیجه آن به شرح زیر است."
        )
        outcome = f"نتیجه: {outcome_word(view.outcome, 'fa')}"
        subject = f"{title} — {view.name('fa')}"
    else:
        unit = f", {view.unit_en}" if view.unit_en else ""
        who = f"{name}{f', {rank_en}' if rank_en else ''}{unit}"
        title = (
            "Certificate of English Language Evaluation"
            if view.outcome == "passed"
            else "Result of the English Language Evaluation"
        )
        body = (
            f"This is to certify that {who}, was evaluated by the panel at the English language evaluation "
            f"session for the promotion of faculty members (session No. {view.meeting_number}, held on "
            f"{day}), with the result below."
        )
        outcome = f"Result: {outcome_word(view.outcome, 'en')}"
        subject = f"{title} — {view.name('en')}"
    return {"title": title, "body": body, "outcome": outcome, "subject": subject[:400]}


def certificate_data(
    view: EvaluationView, lang: str, number: str, issued_on: dt.date, signatory: tuple[str, str]
) -> Any:
    """The certificate as plain data for app.documents.evaluations (number "" on a draft)."""
    from app.documents.evaluations import CertificateData, ScoreLine

    texts = _texts(view, lang)
    return CertificateData(
        lang=lang,
        number=number,
        date_text=dates.written(issued_on, lang),
        date_text_alt=dates.format_date(issued_on, dates.JALALI, "en", "long") if lang == "en" else None,
        title=texts["title"],
        body=texts["body"],
        scores=[ScoreLine(criterion=s.name(lang), score=s.score, max_score=s.max_score) for s in view.scores],
        outcome=texts["outcome"],
        panel=[(fa or en) if lang == "fa" else (en or fa) for _id, fa, en in view.panel],
        note=view.note,
        signatory_name=signatory[0],
        signatory_title=signatory[1],
        draft=not number,
    )


def _letter_values(view: EvaluationView, lang: str) -> dict[str, Any]:
    """The register's letter of the certificate: to the candidate, its text searchable in the register."""
    texts = _texts(view, lang)
    lines = [texts["body"]]
    lines += [
        f"{s.name(lang)}: {s.score if s.score is not None else '—'} / {s.max_score}" for s in view.scores
    ]
    lines.append(texts["outcome"])
    phrases = letters.STANDARD_PHRASES[lang]
    return {
        "lang": lang,
        "recipient_person_id": view.person_id,
        "recipient": view.name(lang),
        "subject": texts["subject"],
        "body": "\n".join(lines),
        **phrases,
        "linked_table": "people",
        "linked_id": view.person_id,
    }


def _check_lang(lang: object) -> str:
    if lang not in LANGS:
        raise ValidationError("lang", QT_TRANSLATE_NOOP("errors", "Choose one of the listed options."))
    return str(lang)


def _ready(view: EvaluationView) -> None:
    if view.outcome not in ("passed", "failed"):
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "Record the outcome (passed or failed) before issuing the certificate."
            )
        )


def issue_certificate(evaluation_id: int, lang: str, issued_on: dt.date | None = None) -> tuple[int, str]:
    """Issue the certificate in `lang` as a letter of the outgoing register (the next number; the stored
    PDF is the certificate) and file it on the evaluation, in one transaction. Returns (letter id, number).
    One certificate per language: a second is refused unless the first was voided."""
    lang = _check_lang(lang)
    head, fmt = settings.letterhead(), settings.load()["letter_number_format"]  # read before the write lock
    with context.database().writing() as session:
        ev = _get(session, evaluation_id)
        view = _row(session, ev, view=True)
        assert isinstance(view, EvaluationView)
        _ready(view)
        existing = _live_letters(session, ev).get(lang)
        if existing is not None:
            raise StateError(
                QT_TRANSLATE_NOOP(
                    "errors", "The certificate in this language is already issued as letter {number}."
                ),
                number=existing.number or "",
            )

        def document(values: dict[str, Any], number: str, day: dt.date, letterhead: Any) -> bytes:
            from app.documents.evaluations import build_certificate_pdf

            signatory = (values["signatory_name"], values["signatory_title"])
            return build_certificate_pdf(certificate_data(view, lang, number, day, signatory), letterhead)

        letter_id = letters.save_draft_in(session, letters.clean_letter(_letter_values(view, lang)))
        number = letters.issue_letter_in(session, letter_id, issued_on, head, fmt, document)
        setattr(ev, f"letter_{lang}_id", letter_id)
        audit.record(session, TABLE, ev.id, "certificate", {f"letter_{lang}_id": (None, letter_id)})
        return letter_id, number


def certificate_pdf(evaluation_id: int, lang: str) -> bytes:
    """The issued certificate in `lang` as stored (marked VOID when voided and not reissued), or, before
    one is issued, a draft preview without a number."""
    lang = _check_lang(lang)
    view = get_evaluation(evaluation_id)
    letter_id = view.letter_fa_id if lang == "fa" else view.letter_en_id
    if letter_id is not None:
        return letters.letter_pdf(letter_id)
    _ready(view)
    from app.documents.evaluations import build_certificate_pdf

    s = settings.load()
    signatory = (s[f"signatory_name_{lang}"], s[f"signatory_title_{lang}"])
    return build_certificate_pdf(
        certificate_data(view, lang, "", dates.today(), signatory), settings.letterhead()
    )
