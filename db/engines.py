"""What differs between the two engines, behind one interface: SQLite (one PC) and PostgreSQL (an office).

`ops_for(location)` gives the operations of a database: how its engine is made and configured (SQLite's
pragmas; PostgreSQL's read-only and time-out settings), how a write transaction begins (SQLite's BEGIN
IMMEDIATE; on PostgreSQL a transaction-level advisory lock, so writers queue exactly as they do on SQLite
and the services' read-check-write rules hold unchanged), the integrity check, the stored schema revision,
a verified backup into an SQLite file, row counts, whether a restore needs the numbers kept outside the
database (SQLite only), and the single-instance lock (SQLite only: many instances on a server are normal).

A location is a Path (an SQLite file) or a URL "postgresql://user@host:port/database?sslmode=...". The
password of a URL is never part of what is shown or logged: use `safe_url`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, Connection, Engine, make_url

BUSY_TIMEOUT_MS = 15_000
# Every write transaction on the server takes this advisory lock (released at commit or rollback).
WRITER_LOCK = 0x1FC_DE5C
SERVER_SCHEMES = ("postgresql", "postgres")


class ServerUnavailableError(RuntimeError):
    """The database server cannot be reached or refused the connection (the message names no password)."""


def is_server_url(location: object) -> bool:
    return (
        isinstance(location, str | URL) and str(location).split(":", 1)[0].split("+", 1)[0] in SERVER_SCHEMES
    )


def server_url(location: str | URL, password: str | None = None) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) of a server location, with `password` when given."""
    url = make_url(str(location)) if not isinstance(location, URL) else location
    url = url.set(drivername="postgresql+psycopg")
    if password is not None:
        url = url.set(password=password)
    return url


def safe_url(location: str | URL | Path) -> str:
    """A location as it may be shown or logged: never the password."""
    if isinstance(location, Path):
        return str(location)
    try:
        url = make_url(str(location))
    except Exception:  # noqa: BLE001 - not a URL: say nothing of it
        return "(a database address that cannot be read)"
    return url.set(drivername=url.drivername.split("+")[0]).render_as_string(hide_password=True)


class EngineOps:
    """The engine-specific operations of one database. Subclasses: SqliteOps, PostgresOps."""

    kind = ""
    numbers_outside = False  # the numbers given are also kept outside the database (numbers.json)
    instance_lock = False  # one writing IVC Desk per database (a lock file beside it)
    path: Path | None = None

    def create_engine(self, readonly: bool) -> Engine:
        raise NotImplementedError

    def begin(self, conn: Connection, write: bool) -> None:
        raise NotImplementedError

    def integrity_problems(self, full: bool = False) -> list[str]:
        raise NotImplementedError

    def stored_revision(self) -> str | None:
        raise NotImplementedError

    def backup_to(self, engine: Engine, target: Path) -> None:
        raise NotImplementedError

    def table_counts(self, engine: Engine) -> dict[str, int]:
        return table_counts_of(engine)

    def describe(self) -> str:
        raise NotImplementedError


class SqliteOps(EngineOps):
    kind = "sqlite"
    numbers_outside = True
    instance_lock = True

    def __init__(self, path: Path, network: bool) -> None:
        self.path = Path(path)
        self.network = network

    def create_engine(self, readonly: bool) -> Engine:
        import sqlite3

        if readonly:
            from db.sqlite_ops import read_only_uri

            url = "sqlite+pysqlite:///" + read_only_uri(self.path) + "&uri=true"
        else:
            url = "sqlite+pysqlite:///" + self.path.as_posix()
        # hide_parameters: an error's message (and so the log) never quotes a record's values
        engine = create_engine(
            url,
            hide_parameters=True,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        journal = "DELETE" if (self.network or readonly) else "WAL"

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (begin below)
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            if not readonly:
                cur.execute(f"PRAGMA journal_mode={journal}")
            cur.close()

        return engine

    def begin(self, conn: Connection, write: bool) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    def integrity_problems(self, full: bool = False) -> list[str]:
        from db.sqlite_ops import quick_check

        return quick_check(self.path, full=full)

    def stored_revision(self) -> str | None:
        from db.sqlite_ops import stored_revision

        return stored_revision(self.path)

    def backup_to(self, engine: Engine, target: Path) -> None:
        from db.sqlite_ops import backup_to

        backup_to(self.path, target)

    def table_counts(self, engine: Engine) -> dict[str, int]:
        from db.sqlite_ops import table_counts

        return table_counts(self.path)

    def describe(self) -> str:
        return str(self.path)


class PostgresOps(EngineOps):
    kind = "postgresql"

    def __init__(self, url: URL) -> None:
        self.url = url

    def create_engine(self, readonly: bool) -> Engine:
        options = f"-c lock_timeout={BUSY_TIMEOUT_MS} -c statement_timeout=0"
        if readonly:
            options += " -c default_transaction_read_only=on"
        engine = create_engine(
            self.url,
            hide_parameters=True,
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=4,
            connect_args={"connect_timeout": 10, "options": options, "application_name": "IVC Desk"},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: object) -> None:
            dbapi_conn.autocommit = True  # we issue BEGIN ourselves (begin below)

        return engine

    def begin(self, conn: Connection, write: bool) -> None:
        conn.exec_driver_sql("BEGIN")
        if write:
            # writers queue one after another, as on SQLite; a number's counter row is locked as well
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")

    def _plain(self) -> Engine:
        return create_engine(
            self.url, hide_parameters=True, poolclass=_null_pool(), connect_args={"connect_timeout": 10}
        )

    def integrity_problems(self, full: bool = False) -> list[str]:
        """The server keeps its own pages sound (checksums, WAL); here: it answers and holds our schema."""
        engine = self._plain()
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - said in words by the caller
            return [describe_server_error(exc)]
        finally:
            engine.dispose()
        return []

    def stored_revision(self) -> str | None:
        engine = self._plain()
        try:
            with engine.connect() as conn:
                return revision_of(conn)
        except Exception as exc:  # noqa: BLE001
            raise ServerUnavailableError(describe_server_error(exc)) from exc
        finally:
            engine.dispose()

    def backup_to(self, engine: Engine, target: Path) -> None:
        """An SQLite file of the whole database at one instant (one repeatable-read snapshot), made by the
        same migrations, verified with SQLite's integrity check; every PC can open it read-only."""
        from db.transfer import copy_to_sqlite

        copy_to_sqlite(engine, target)

    def describe(self) -> str:
        return safe_url(self.url)


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


def revision_of(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        if inspect(conn).get_table_names():
            from db.sqlite_ops import DamagedDatabaseError

            raise DamagedDatabaseError("the database holds tables but is not an IVC Desk database")
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


COUNTED_TABLES = ("people", "units", "institutions", "agreements", "letters")


def table_counts_of(engine: Engine) -> dict[str, int]:
    from sqlalchemy import func

    import db.models
    from db.base import Base

    db.models.load_all()
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
        for name in COUNTED_TABLES:
            if name in present:
                counts[name] = (
                    conn.execute(select(func.count()).select_from(Base.metadata.tables[name])).scalar() or 0
                )
    return counts


def describe_server_error(exc: BaseException) -> str:
    """The server's own first line, without a password (psycopg never quotes it; the URL is not included)."""
    inner = getattr(exc, "orig", None) or exc
    line = str(inner).strip().splitlines()[0] if str(inner).strip() else type(inner).__name__
    return line


def ops_for(location: Path | str | URL, network: bool = False) -> EngineOps:
    if is_server_url(location):
        return PostgresOps(server_url(location))  # type: ignore[arg-type]
    return SqliteOps(Path(location), network)  # type: ignore[arg-type]


def lock_counter(session: Any, model: Any, key: dict[str, Any], **initial: Any) -> Any:
    """The counter row `key` of `model`, locked until the session's transaction ends (SELECT ... FOR UPDATE
    on the server; SQLite's BEGIN IMMEDIATE already holds the whole database). Made (with `initial`) when
    missing, by an insert that a concurrent insert of the same row cannot make fail."""
    bind = session.get_bind()
    table = model.__table__
    if bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(table).values(**key, **initial).on_conflict_do_nothing())
    query = select(model).filter_by(**key).with_for_update().execution_options(populate_existing=True)
    return session.execute(query).scalar_one()


def numbers_kept_outside(session: Any) -> bool:
    """Whether the numbers given must also be kept outside this session's database (numbers.json): on
    SQLite, where a restored file brings back an older counter; not on a server, whose counters only ever
    rise (a restore through IVC Desk raises them to what the replaced database had given)."""
    return session.get_bind().dialect.name == "sqlite"
