"""Engine and sessions with the pragmas and transactions of DESIGN.md section 3.

On every connection: busy_timeout first, then foreign_keys=ON, synchronous=FULL, and WAL only on a
local disk (a rollback journal on a network path). Write sessions start with BEGIN IMMEDIATE so two
writers queue instead of failing half-way; read sessions start a deferred transaction.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 15_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p", "afs", "davfs", "fuse.davfs2"}


class DatabaseReadOnlyError(RuntimeError):
    """A write was attempted on a database opened read-only."""


def _may_be_a_damaged_value(exc: BaseException) -> bool:
    """What reading a stored value that is not what its column says raises: SQLite's "Could not decode to
    UTF-8", or the ValueError of a date/time converter."""
    if type(exc) in (ValueError, UnicodeDecodeError):
        return True
    orig = getattr(exc, "orig", None)
    return isinstance(orig, sqlite3.OperationalError) and "could not decode" in str(orig).lower()


def is_network_path(path: Path) -> bool:
    """True when `path` is on a network share, where SQLite's WAL is not safe."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    resolved = str(path.resolve())
    best, best_type = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3 and resolved.startswith(fields[1]) and len(fields[1]) > len(best):
            best, best_type = fields[1], fields[2]
    return best_type in NETWORK_FILESYSTEMS


class Database:
    """One SQLite file: an engine, a read-session and a write-session context."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.network = is_network_path(self.path.parent)
        self.engine = self._create_engine()
        # Writes wait while the start-up integrity check runs in the background, and are refused for good
        # when it finds damage: a damaged database is never written to.
        self._writes_allowed = threading.Event()
        self._writes_allowed.set()
        self._write_refusal: str | None = None
        self._pending_check: Callable[[], None] | None = None
        self._check_lock = threading.Lock()
        # Told of damage found at any time (the start-up check, a backup's check, a value that cannot be
        # read), from whatever thread found it; set by whoever opened the database.
        self.on_damage: Callable[[str], None] | None = None
        self.damaged_value_error: Callable[[object], BaseException] = _damaged_value_error
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(ivc_write=True), expire_on_commit=False
        )

    def _create_engine(self) -> Engine:
        if self.readonly:
            from db.sqlite_ops import read_only_uri

            url = "sqlite+pysqlite:///" + read_only_uri(self.path) + "&uri=true"
        else:
            url = "sqlite+pysqlite:///" + self.path.as_posix()
        # hide_parameters: an error's message (and so the log) never quotes a record's values
        engine = create_engine(
            url, hide_parameters=True, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
        journal = "DELETE" if (self.network or self.readonly) else "WAL"

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=FULL")
            if not self.readonly:
                cur.execute(f"PRAGMA journal_mode={journal}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
            if conn.get_execution_options().get("ivc_write"):
                if self.readonly:
                    raise DatabaseReadOnlyError("the database is open read-only")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A short read-only unit of work (closing the session ends its transaction; objects stay loaded)."""
        with self._sessions() as session:
            try:
                yield session
            except Exception as exc:
                self._raise_if_damaged_value(exc)
                raise

    def _raise_if_damaged_value(self, exc: BaseException) -> None:
        """A read failed: when a stored value that cannot be read is behind it, raise the error naming the
        record (and treat the database as damaged); otherwise return and let the failure go on."""
        if not _may_be_a_damaged_value(exc):
            return
        from db.sqlite_ops import find_damaged_values

        try:
            found = find_damaged_values(self.path, limit=1)
        except Exception:  # noqa: BLE001 - the scan only explains a failure; it must not hide it
            return
        if found:
            damage = found[0]
            self.damage_found(f"an unreadable value in {damage.table} {damage.row_id} ({damage.column})")
            raise self.damaged_value_error(damage) from exc

    def damage_found(self, problem: str) -> None:
        """Damage was found (at any time, from any thread): no write is accepted from now on, and whoever
        opened the database is told (once)."""
        first = self._write_refusal is None
        self._write_refusal = problem
        self._writes_allowed.set()
        if first and self.on_damage is not None:
            self.on_damage(problem)

    def hold_writes(self, check: Callable[[], None]) -> None:
        """Hold writes until `check()` calls release_writes; the check is started by start_check() or,
        at the latest, by the first write."""
        self._writes_allowed.clear()
        self._pending_check = check

    def start_check(self) -> None:
        """Start the pending integrity check in a background thread (once)."""
        with self._check_lock:
            check, self._pending_check = self._pending_check, None
        if check is not None:
            threading.Thread(target=check, name="integrity-check", daemon=True).start()

    @property
    def check_finished(self) -> bool:
        """The held integrity check (if any) has started and come to an end."""
        return self._pending_check is None and self._writes_allowed.is_set()

    @property
    def damage(self) -> str | None:
        """The damage found in this database, None while none was found."""
        return self._write_refusal

    def release_writes(self, refusal: str | None = None) -> None:
        """Let writes go on, or (with a reason) refuse every later write; damage found meanwhile (a value
        that could not be read) is never forgotten."""
        if refusal is not None:
            self._write_refusal = refusal
        self._writes_allowed.set()

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A short unit of work that commits at the end, or rolls back everything on an exception."""
        self.start_check()
        self._writes_allowed.wait()
        if self._write_refusal is not None:
            from db.sqlite_ops import DamagedDatabaseError

            raise DamagedDatabaseError(self._write_refusal)
        with self._write_sessions() as session:
            try:
                yield session
                session.commit()
            except BaseException as exc:
                session.rollback()
                self._raise_if_damaged_value(exc)
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def _damaged_value_error(damage: object) -> BaseException:
    from db.sqlite_ops import DamagedValueError

    return DamagedValueError(damage)


def storage_problem(exc: BaseException) -> str | None:
    """What kind of storage failure an exception is: "readonly-open", "damaged", "locked", "full",
    "readonly", "io", or None when it is not one (callers turn the kind into a sentence for people)."""
    if isinstance(exc, DatabaseReadOnlyError):
        return "readonly-open"
    from db.sqlite_ops import DamagedDatabaseError

    if isinstance(exc, DamagedDatabaseError):  # DamagedValueError too
        return "damaged"
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return "full"
    for needle, kind in (("database is locked", "locked"), ("database is busy", "locked"),
                         ("disk is full", "full"), ("database or disk is full", "full"),
                         ("readonly database", "readonly"), ("read-only", "readonly"),
                         ("disk i/o error", "io")):  # fmt: skip
        if needle in text:
            return kind
    return None
