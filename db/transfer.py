"""Copying a whole IVC Desk database from one engine to another, table by table, in one transaction each side.

Used for the server's backups (PostgreSQL -> a new SQLite file, verified), for restoring such a file on the
server, and for moving an office in (SQLite -> an empty server database). The target's schema is made by the
same Alembic migrations; rows go in the order of the foreign keys; on PostgreSQL the id sequences are then
moved past the highest id copied, so a new record never takes a copied record's id.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, func, insert, inspect, select, text

BATCH = 2000


def _tables():  # type: ignore[no-untyped-def]
    import db.models
    from db.base import Base

    db.models.load_all()
    return Base.metadata.sorted_tables


def copy_rows(source: Connection, target: Connection) -> dict[str, int]:
    """Every row of every table from `source` into the (empty) tables of `target`; rows copied per table."""
    copied: dict[str, int] = {}
    present = set(inspect(source).get_table_names())
    for table in _tables():
        if table.name not in present:
            continue
        count = 0
        query = select(table).order_by(*table.primary_key.columns)
        result = source.execute(query, execution_options={"yield_per": BATCH})
        for chunk in result.mappings().partitions(BATCH):
            target.execute(insert(table), [dict(row) for row in chunk])
            count += len(chunk)
        copied[table.name] = count
    if target.dialect.name == "postgresql":
        reset_sequences(target)
    return copied


def reset_sequences(conn: Connection) -> None:
    """Move every id sequence past its table's highest id."""
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].type.python_type is not int:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if sequence is None:
            continue
        highest = conn.execute(select(func.max(pk[0]))).scalar()
        if highest is None:
            conn.execute(text("SELECT setval(:s, 1, false)"), {"s": sequence})
        else:
            conn.execute(text("SELECT setval(:s, :n, true)"), {"s": sequence, "n": int(highest)})


def count_rows(conn: Connection) -> dict[str, int]:
    present = set(inspect(conn).get_table_names())
    return {
        t.name: conn.execute(select(func.count()).select_from(t)).scalar() or 0
        for t in _tables()
        if t.name in present
    }


def empty_tables(conn: Connection) -> None:
    """Delete every row of every table, children first (for a restore, inside its transaction)."""
    for table in reversed(_tables()):
        conn.execute(table.delete())


def _migrate(conn: Connection, url: str) -> None:
    from alembic import command

    from db.migrate import alembic_config

    config = alembic_config(url)
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def copy_to_sqlite(source: Engine, target: Path) -> dict[str, int]:
    """A new SQLite file at `target` holding the whole of `source` at one instant; checked, then renamed."""
    from db.sqlite_ops import DamagedDatabaseError, quick_check

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = create_engine("sqlite+pysqlite:///" + partial.as_posix(), hide_parameters=True)
    try:
        with source.connect() as src:
            src.exec_driver_sql(
                "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
                if src.dialect.name == "postgresql"
                else "BEGIN"
            )
            with dest.begin() as dst:
                dst.exec_driver_sql("PRAGMA foreign_keys=ON")
                _migrate(dst, str(dest.url))
                empty_tables(dst)  # what a migration seeds is replaced by the source's rows
                copied = copy_rows(src, dst)
            src.exec_driver_sql("COMMIT")
        dest.dispose()
        problems = quick_check(partial, full=True)
        if problems:
            raise DamagedDatabaseError("the backup failed its integrity check: " + "; ".join(problems[:3]))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        return copied
    finally:
        dest.dispose()
        partial.unlink(missing_ok=True)


def load_sqlite_into(source: Path, target: Connection) -> dict[str, int]:
    """Replace every row of `target` (inside the caller's transaction) by those of the SQLite file
    `source`."""
    from db.sqlite_ops import read_only_uri

    engine = create_engine("sqlite+pysqlite:///" + read_only_uri(source) + "&uri=true", hide_parameters=True)
    try:
        with engine.connect() as src:
            empty_tables(target)
            return copy_rows(src, target)
    finally:
        engine.dispose()
