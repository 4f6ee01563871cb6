"""Declarative base and the columns every register shares."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from db.clock import utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# Money in minor units (rials run to billions) and byte sizes: 64-bit on both engines (SQLite's INTEGER
# already is; PostgreSQL's INTEGER is 32-bit, so there it is BIGINT).
Money = Integer().with_variant(BigInteger(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Timestamped:
    """An editable record: when it was made and changed, and its version, raised by every change (SQLAlchemy's
    version counter), so a save over a change made meanwhile on another PC is caught
    (app.services.versions)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared attribute takes the class
        return {"version_id_col": cls.__table__.c.version}

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


class Archivable:
    """Records are archived, never deleted; archived_at set means the record is in the archive.

    Not indexed on its own: large registers index (search_key, archived_at) instead, which serves both
    the count and the filter, and leaves the sort columns' indexes to the planner for paging."""

    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
