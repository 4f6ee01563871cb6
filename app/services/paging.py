"""Paged, searchable, sortable queries behind every register's table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from app.common.text import normalize_for_search

# Up to this many matches, the page is taken from the matching ids (found in one scan of the search
# index) and sorted; with more, walking the sort column's index and filtering on the way is quicker.
SPARSE_MATCHES = 10_000


@dataclass(frozen=True)
class PageRequest:
    """What a table asks for: the filter text, the sort column, and the slice of rows."""

    search: str = ""
    sort: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = 100
    archived: bool = False  # True: the archive instead of the live records


@dataclass(frozen=True)
class Page:
    """One slice of a register; `total` (how many records match) is given with the first slice only."""

    rows: list[Any] = field(default_factory=list)
    total: int | None = None


# A register's own test of one typed word (normalised), when its search key alone does not say it all.
WordMatch = Callable[[str], ColumnElement[bool]]


def conditions(
    model: type, request: PageRequest, match: WordMatch | None = None
) -> list[ColumnElement[bool]]:
    """Live or archived records whose search key holds every word typed (or that `match(word)` accepts)."""
    archived_at = model.archived_at  # type: ignore[attr-defined]
    where = [archived_at.is_not(None) if request.archived else archived_at.is_(None)]
    for word in normalize_for_search(request.search).split():
        if match is not None:
            where.append(match(word))
        else:
            where.append(model.search_key.contains(word, autoescape=True))  # type: ignore[attr-defined]
    return where


def page(
    session: Session,
    stmt: Select,
    model: type,
    request: PageRequest,
    sort_columns: dict,
    match: WordMatch | None = None,
) -> Page:
    """The rows of one page, sorted by `request.sort` (a key of sort_columns) then by id."""
    model_id = model.id  # type: ignore[attr-defined]
    where = conditions(model, request, match)
    total = None
    if request.search.strip():
        # Few matches: one scan of the search index finds them all, giving the total and the page's ids
        # (the planner cannot know a LIKE pattern is rare and would walk the whole sort index instead).
        # Many matches: that scan stops early, and walking the sort index finds a page at once.
        ids = list(session.execute(select(model_id).where(*where).limit(SPARSE_MATCHES + 1)).scalars())
        if len(ids) <= SPARSE_MATCHES:
            if not ids:
                return Page([], 0)
            total = len(ids)
            stmt = stmt.where(model_id.in_(ids))
        else:
            stmt = stmt.where(*where)
            if request.offset == 0:
                total = _count(session, model, where)
    else:
        stmt = stmt.where(*where)
        if request.offset == 0:
            total = _count(session, model, where)
    column = sort_columns.get(request.sort)
    if column is None:
        column = next(iter(sort_columns.values()))
    order = column.desc() if request.descending else column.asc()
    stmt = stmt.order_by(order, model_id.desc() if request.descending else model_id)
    limit = max(1, min(request.limit, 1000))
    rows = list(session.execute(stmt.offset(max(0, request.offset)).limit(limit)))
    return Page(rows, total if request.offset == 0 else None)


def _count(session: Session, model: type, where: list[ColumnElement[bool]]) -> int:
    return int(session.execute(select(func.count()).select_from(model).where(*where)).scalar_one())


def every_row(fetch: Callable[[PageRequest], Page], request: PageRequest | None = None) -> list[Any]:
    """All the rows a list function gives for `request` (its filter, sort and archive flag), a page at a time:
    for exports and documents that take a whole register."""
    request = request or PageRequest(sort="id")
    rows: list[Any] = []
    while True:
        batch = fetch(replace(request, offset=len(rows), limit=1000)).rows
        rows.extend(batch)
        if len(batch) < 1000:
            return rows
