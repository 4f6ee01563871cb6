"""One search over every register: people, units, partners and agreements, letters, meetings, visits,
funding requests and ordinances, adjunct candidates, English evaluations and programmes.

What is typed is folded as the lists fold it (app.common.text.normalize_for_search: ی/ي, ک/ك, ZWNJ or space,
Persian, Arabic or Latin digits, Latin accents), and a number may be typed with any separator ("1405-42",
"۱۴۰۵/۰۰۴۲"). Each register gives its best matches first: the number itself, then a key that starts with
what was typed, then the others. Plain data, no Qt.

Texts without a folded key of their own (a letter's body, agenda items, resolutions) are matched with each
folded word as it is stored in Persian (Persian yeh and keheh) or Latin script, case aside.

What is typed in one or two letters only ("ka", "م", "42") is looked for at the start of a word of a
register's key (name, number, title), not anywhere in it, and not in those texts: anywhere, it would match
most of every register, and reading them all on each keystroke cannot keep within 100 ms at 100,000 records
(issue 15). Each register then gives the records with a word equal to what was typed first, then those with
a word starting with it, the first ones of each by id, read through the word index (db.word_index) without
reading the others. A number typed short finds its group written with zeros before it ("42" finds
"1405/0042").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from app.common.text import normalize_for_search
from app.services import context
from app.services.directory import person_name
from db import search_index, word_index
from db.models import (
    AdjunctCandidate,
    AgendaItem,
    Agreement,
    FundingRequest,
    Institution,
    Letter,
    Meeting,
    Ordinance,
    Person,
    Programme,
    Resolution,
    Unit,
    Visit,
)
from db.models.evaluations import EnglishEvaluation

# The registers in the order their groups are shown when they match equally well.
REGISTERS = (
    "people",
    "units",
    "partners",
    "agreements",
    "letters",
    "meetings",
    "visits",
    "funding",
    "ordinances",
    "adjuncts",
    "evaluations",
    "programmes",
)
PER_REGISTER = 8  # results shown per register
_CANDIDATES = 40  # matches read per register before the best are chosen
_SEPARATORS = re.compile(r"[/\-_.\\،,:]+")
_NUMBER_WORD = re.compile(r"\d")


@dataclass(frozen=True)
class Hit:
    """One record found: which register, which record (Enter opens it), what to show."""

    register: str
    record_id: int
    title_fa: str
    title_en: str
    detail_fa: str = ""
    detail_en: str = ""
    number: str = ""
    score: int = 0  # higher is better
    day: dt.date | None = (
        None  # the record's day (a meeting's, a programme's start), shown in the UI's calendar
    )

    def title(self, lang: str) -> str:
        return (self.title_fa or self.title_en) if lang == "fa" else (self.title_en or self.title_fa)

    def detail(self, lang: str) -> str:
        return (self.detail_fa or self.detail_en) if lang == "fa" else (self.detail_en or self.detail_fa)


@dataclass(frozen=True)
class Group:
    register: str
    hits: list[Hit]


def words_of(text: str) -> list[str]:
    """The folded words of `text`; a word with digits is split at its separators ("1405/0042" → 1405, 0042;
    "42" then also finds "0042")."""
    found: list[str] = []
    for word in normalize_for_search(text).split():
        if _NUMBER_WORD.search(word):
            found += [part for part in _SEPARATORS.split(word) if part]
        else:
            found.append(word)
    return found


def _number_form(text: str) -> str:
    """A typed number in one form: folded, its separators made "/", leading zeros of each group dropped."""
    parts = [
        p.lstrip("0") or "0" if p.isdigit() else p for p in _SEPARATORS.split(normalize_for_search(text)) if p
    ]
    return "/".join(parts)


def search(text: str, per_register: int = PER_REGISTER) -> list[Group]:
    """The registers that hold what `text` names, best group first, each group's best hits first."""
    words = words_of(text)
    if not words:
        return []
    typed = normalize_for_search(text)
    wanted_number = _number_form(text)
    groups = []
    with context.database().reading() as session:
        for register in REGISTERS:
            hits = _FINDERS[register](session, words)
            ranked = sorted(
                (_scored(h, typed, wanted_number) for h in hits), key=lambda h: (-h.score, h.record_id)
            )
            if ranked:
                groups.append(Group(register, ranked[:per_register]))
    groups.sort(key=lambda g: (-g.hits[0].score, REGISTERS.index(g.register)))
    return groups


def _scored(hit: Hit, typed: str, wanted_number: str) -> Hit:
    score = 1
    if hit.number and _number_form(hit.number) == wanted_number:
        score = 4
    else:
        for name in (hit.title_fa, hit.title_en):
            key = normalize_for_search(name)
            if key == typed:
                score = max(score, 3)
            elif key.startswith(typed) or any(w.startswith(typed) for w in key.split()):
                score = max(score, 2)
    return dataclasses.replace(hit, score=score)


_INDEX_ROWS = 4 * _CANDIDATES  # rows taken from the index: some may be archived


def _indexed(session: Session, model: type, index: str, column, words: list[str]) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """Every word in `column`: found through the search index where it can answer (words of three letters
    or more), the shorter words then checked on the few rows it gave; otherwise by reading the column."""
    if search_index.usable(session, words):
        ids = search_index.matching_ids(session, index, words, _INDEX_ROWS)
        short = [w for w in words if len(w) < search_index.MIN_WORD]
        return and_(model.id.in_(ids), *(column.contains(w, autoescape=True) for w in short))  # type: ignore[attr-defined]
    return and_(*(column.contains(w, autoescape=True) for w in words))


def short(words: list[str]) -> bool:
    """Whether every word is shorter than three letters: then only the starts of the keys' words are read."""
    return all(len(w) < search_index.MIN_WORD for w in words)


def _text(session: Session, model: type, index: str, column, words: list[str]) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """A text without a key of its own (a letter's body, an agenda item, a resolution) holding every word;
    never for a search of short words only."""
    if short(words):
        return false()
    return _indexed(session, model, index, column, words)


def _starts(column, word: str, whole: bool) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    """The server's way (a regular expression) to find a word of `column` starting with (or equal to) one
    of `word`'s forms: the same rule as the word index's."""
    forms = "|".join(re.escape(form) for form in word_index.forms(word))
    return column.regexp_match(f"(^|[^[:alnum:]])({forms})" + ("($|[^[:alnum:]])" if whole else ""))


def short_ids(session: Session, model: type, words: list[str], limit: int = _CANDIDATES) -> list[int]:
    """The records (at most `limit`, archived ones among them) whose key has a word equal to each short
    word first, then those with a word starting with each, the first of each kind by id."""
    tokens = [token for word in words for token in word_index.tokens(word)]
    if not tokens:
        return []
    table = model.__tablename__  # type: ignore[attr-defined]
    found: list[int] = []
    for whole in (True, False):
        if word_index.usable(session):
            ids = word_index.matching_ids(session, table, tokens, limit, whole)
        else:
            key = model.search_key  # type: ignore[attr-defined]
            stmt = select(model.id).where(*(_starts(key, t, whole) for t in tokens))  # type: ignore[attr-defined]
            ids = list(session.execute(stmt.order_by(model.id).limit(limit)).scalars())  # type: ignore[attr-defined]
        found += [i for i in ids if i not in found]
    return found[:limit]


def _keyed(session: Session, model: type, words: list[str]) -> ColumnElement[bool]:
    """A live record whose search key holds every word (short words only: at the start of a key's word)."""
    if short(words):
        return and_(model.archived_at.is_(None), model.id.in_(short_ids(session, model, words)))  # type: ignore[attr-defined]
    index = "fts_" + model.__tablename__  # type: ignore[attr-defined]
    return and_(model.archived_at.is_(None), _indexed(session, model, index, model.search_key, words))  # type: ignore[attr-defined]


def _rows(session: Session, stmt, limit: int = _CANDIDATES):  # type: ignore[no-untyped-def]
    return session.execute(stmt.limit(limit)).all()


def _people(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Person).where(_keyed(session, Person, words)))
    hits = []
    for (p,) in rows:
        fa = person_name("", p.first_name_fa, p.last_name_fa)
        en = person_name(p.title, p.first_name_en, p.last_name_en)
        detail = p.email or p.affiliation or p.position
        hits.append(Hit("people", p.id, fa or en, en or fa, detail, detail))
    return hits


def _units(session: Session, words: list[str]) -> list[Hit]:
    return [
        Hit("units", u.id, u.name_fa, u.name_en or u.name_fa)
        for (u,) in _rows(session, select(Unit).where(_keyed(session, Unit, words)))
    ]


def _partners(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Institution).where(_keyed(session, Institution, words)))
    return [
        Hit("partners", i.id, i.name_fa or i.name_en, i.name_en or i.name_fa, i.city, i.city) for (i,) in rows
    ]


def _agreements(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(
        session,
        select(Agreement, Institution)
        .join(Institution, Institution.id == Agreement.institution_id)
        .where(_keyed(session, Agreement, words)),
    )
    return [
        Hit("agreements", a.id, a.title, a.title, i.name_fa or i.name_en, i.name_en or i.name_fa)
        for a, i in rows
    ]


def _letters(session: Session, words: list[str]) -> list[Hit]:
    stmt = select(Letter).where(
        Letter.archived_at.is_(None),
        or_(_keyed(session, Letter, words), _text(session, Letter, "fts_letter_bodies", Letter.body, words)),
    )
    return [
        Hit(
            "letters",
            x.id,
            x.subject,
            x.subject,
            x.recipient.split("\n")[0],
            x.recipient.split("\n")[0],
            x.number or "",
        )
        for (x,) in _rows(session, stmt)
    ]


def _meetings(session: Session, words: list[str]) -> list[Hit]:
    items = select(AgendaItem.meeting_id).where(
        _text(session, AgendaItem, "fts_agenda_items", AgendaItem.title, words)
    )
    resolved = (
        select(AgendaItem.meeting_id)
        .join(Resolution, Resolution.item_id == AgendaItem.id)
        .where(_text(session, Resolution, "fts_resolutions", Resolution.text, words))
    )
    stmt = select(Meeting).where(
        Meeting.archived_at.is_(None),
        or_(_keyed(session, Meeting, words), Meeting.id.in_(items), Meeting.id.in_(resolved)),
    )
    return [
        Hit(
            "meetings",
            m.id,
            m.title,
            m.title,
            number=m.number,
            day=m.starts_at.date(),
        )
        for (m,) in _rows(session, stmt)
    ]


def _visits(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Visit).where(_keyed(session, Visit, words)))
    return [
        Hit(
            "visits",
            v.id,
            v.guests_fa or v.guests_en,
            v.guests_en or v.guests_fa,
            v.purpose_fa,
            v.purpose_en,
            v.reference,
        )
        for (v,) in rows
    ]


def _funding(session: Session, words: list[str]) -> list[Hit]:
    by_id = [int(w) for w in words if w.isdigit() and len(w) < 10]
    match = _keyed(session, FundingRequest, words)
    if len(by_id) == 1 and len(words) == 1:
        match = or_(match, and_(FundingRequest.id == by_id[0], FundingRequest.archived_at.is_(None)))
    rows = _rows(
        session,
        select(FundingRequest, Person).join(Person, Person.id == FundingRequest.applicant_id).where(match),
    )
    hits = []
    for r, p in rows:
        fa = person_name("", p.first_name_fa, p.last_name_fa)
        en = person_name(p.title, p.first_name_en, p.last_name_en)
        hits.append(Hit("funding", r.id, fa or en, en or fa, r.conference, r.conference, str(r.id)))
    return hits


def _ordinances(session: Session, words: list[str]) -> list[Hit]:
    rows = _rows(session, select(Ordinance).where(_keyed(session, Ordinance, words)))
    return [
        Hit(
            "ordinances",
            o.id,
            o.recipient_name_fa or o.recipient_name_en,
            o.recipient_name_en or o.recipient_name_fa,
            o.position_fa,
            o.position_en,
            o.number or "",
        )
        for (o,) in rows
    ]


_SMALL_ROWS = 10 * _CANDIDATES  # rows read from a small register before its short words are checked


def _small_keyed(model: type, words: list[str]) -> ColumnElement[bool]:
    """A live record of a register of a few hundred records (adjunct candidates, evaluations, programmes)
    whose key holds every word, read without an index (see `_word_starts` for the short words)."""
    key = model.search_key  # type: ignore[attr-defined]
    return and_(model.archived_at.is_(None), *(key.contains(w, autoescape=True) for w in words))  # type: ignore[attr-defined]


def _word_starts(key: str, words: list[str]) -> bool:
    """Whether each short word starts a word of `key`, as the indexed registers find them ("mc" finds
    "McAllister", "ll" does not)."""
    tokens = word_index.tokens(key)
    return all(
        any(t.startswith(form) for t in tokens for form in word_index.forms(w))
        for w in words
        if len(w) < search_index.MIN_WORD
    )


def _person_names(p: Person) -> tuple[str, str]:
    fa = person_name("", p.first_name_fa, p.last_name_fa)
    en = person_name(p.title, p.first_name_en, p.last_name_en)
    return fa or en, en or fa


def _small(session: Session, stmt, model: type, words: list[str]) -> list:  # type: ignore[no-untyped-def]
    """The rows of `stmt` (its first entity a record of `model`, a small register) that hold every word."""
    stmt = stmt.where(_small_keyed(model, words)).order_by(model.id)  # type: ignore[attr-defined]
    return [row for row in _rows(session, stmt, _SMALL_ROWS) if _word_starts(row[0].search_key, words)]


def _adjuncts(session: Session, words: list[str]) -> list[Hit]:
    stmt = (
        select(AdjunctCandidate, Person, Unit)
        .join(Person, Person.id == AdjunctCandidate.person_id)
        .outerjoin(Unit, Unit.id == AdjunctCandidate.unit_id)
    )
    hits = []
    for c, p, u in _small(session, stmt, AdjunctCandidate, words):
        unit_fa, unit_en = (u.name_fa or u.name_en, u.name_en or u.name_fa) if u else ("", "")
        hits.append(Hit("adjuncts", c.id, *_person_names(p), unit_fa, unit_en))
    return hits


def _evaluations(session: Session, words: list[str]) -> list[Hit]:
    stmt = (
        select(EnglishEvaluation, Person, Meeting)
        .join(Person, Person.id == EnglishEvaluation.person_id)
        .join(Meeting, Meeting.id == EnglishEvaluation.meeting_id)
    )
    return [
        Hit("evaluations", ev.id, *_person_names(p), number=m.number, day=m.starts_at.date())
        for ev, p, m in _small(session, stmt, EnglishEvaluation, words)
    ]


def _programmes(session: Session, words: list[str]) -> list[Hit]:
    return [
        Hit(
            "programmes",
            x.id,
            x.title_fa or x.title_en,
            x.title_en or x.title_fa,
            x.location,
            x.location,
            day=x.starts_on,
        )
        for (x,) in _small(session, select(Programme), Programme, words)
    ]


_FINDERS = {
    "people": _people,
    "units": _units,
    "partners": _partners,
    "agreements": _agreements,
    "letters": _letters,
    "meetings": _meetings,
    "visits": _visits,
    "funding": _funding,
    "ordinances": _ordinances,
    "adjuncts": _adjuncts,
    "evaluations": _evaluations,
    "programmes": _programmes,
}
