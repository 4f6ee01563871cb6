"""Paged, searchable, sortable queries behind every register's table."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.common.text import normalize_for_search


@dataclass(frozen=True)
class PageRequest:
    """What a table asks for: the filter text, the sort column, and the slice of rows."""

    search: str = ""
    sort: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = 100
    archived: bool = False  # True: the archive instead of the live records


def filtered(stmt: Select, model: type, request: PageRequest) -> Select:
    """Restrict `stmt` to live or archived records whose search key holds every word typed."""
    archived_at = model.archived_at  # type: ignore[attr-defined]
    stmt = stmt.where(archived_at.is_not(None) if request.archived else archived_at.is_(None))
    for word in normalize_for_search(request.search).split():
        stmt = stmt.where(model.search_key.contains(word, autoescape=True))  # type: ignore[attr-defined]
    return stmt


def page(session: Session, stmt: Select, model: type, request: PageRequest, sort_columns: dict) -> list:
    """The rows of one page, sorted by `request.sort` (a key of sort_columns) then by id."""
    stmt = filtered(stmt, model, request)
    column = sort_columns.get(request.sort) or next(iter(sort_columns.values()))
    order = column.desc() if request.descending else column.asc()
    model_id = model.id  # type: ignore[attr-defined]
    stmt = stmt.order_by(order, model_id.desc() if request.descending else model_id)
    limit = max(1, min(request.limit, 1000))
    return list(session.execute(stmt.offset(max(0, request.offset)).limit(limit)))


def count(session: Session, model: type, request: PageRequest) -> int:
    stmt = filtered(select(func.count()).select_from(model), model, request)
    return int(session.execute(stmt).scalar_one())
