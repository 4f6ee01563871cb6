"""How a register's records are matched: through the search index and the word index where they can
answer (short words at the start of a key's word), and a small register's rows read and checked."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, and_, false, select
from sqlalchemy.orm import Session

from app.services.search.hits import _CANDIDATES
from db import search_index, word_index

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


def _small(session: Session, stmt, model: type, words: list[str]) -> list:  # type: ignore[no-untyped-def]
    """The rows of `stmt` (its first entity a record of `model`, a small register) that hold every word."""
    stmt = stmt.where(_small_keyed(model, words)).order_by(model.id)  # type: ignore[attr-defined]
    return [row for row in _rows(session, stmt, _SMALL_ROWS) if _word_starts(row[0].search_key, words)]
