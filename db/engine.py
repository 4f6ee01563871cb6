"""Engine and sessions with the pragmas and transactions of DESIGN.md section 3, on SQLite or PostgreSQL.

What is engine-specific is in db/engines.py. On SQLite, on every connection: busy_timeout first, then
foreign_keys=ON, synchronous=FULL, and WAL only on a local disk (a rollback journal on a network path). Write
sessions start with BEGIN IMMEDIATE so two writers queue instead of failing half-way; read sessions start a
deferred transaction. On PostgreSQL, write transactions take one advisory lock, so writers queue the same
way, from every PC.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engines import BUSY_TIMEOUT_MS  # noqa: F401 - where it always was

NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "sshfs",
    "9p",
    "afs",
    "davfs",
    "fuse.davfs2",
}


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
    """One database: an SQLite file (`path`) or a PostgreSQL server (`url`), with an engine, a read-session
    and a write-session context. What differs between the engines is in `ops` (db.engines)."""

    def __init__(self, path: Path | None = None, *, readonly: bool = False, url: object = None) -> None:
        from db.engines import ops_for

        self.url = url
        self.path = Path(path) if url is None and path is not None else None
        self.readonly = readonly
        self.network = url is not None or (self.path is not None and is_network_path(self.path.parent))
        self.ops = ops_for(url if url is not None else self.path, self.network)  # type: ignore[arg-type]
        self.kind = self.ops.kind
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
        event.listen(self._write_sessions, "after_flush", _note_flushed)

    def _create_engine(self) -> Engine:
        engine = self.ops.create_engine(self.readonly)

        @event.listens_for(engine, "begin")
        def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
            write = bool(conn.get_execution_options().get("ivc_write"))
            if write and self.readonly:
                raise DatabaseReadOnlyError("the database is open read-only")
            self.ops.begin(conn, write)

        return engine

    def describe(self) -> str:
        """Where the database is, as it may be shown (a server's address never carries its password)."""
        return self.ops.describe()

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
        if not _may_be_a_damaged_value(exc) or self.path is None:
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
                session.flush()
                if session.info.get("changed"):
                    count_change(session)
                session.commit()
            except BaseException as exc:
                session.rollback()
                self._raise_if_damaged_value(exc)
                raise

    def dispose(self) -> None:
        self.engine.dispose()


CHANGES_KEY = "ivc/changes"  # a settings row: how many write transactions changed something


def _note_flushed(session: Session, _context: object) -> None:
    session.info["changed"] = True  # something was written in this transaction


def count_change(session: Session) -> None:
    """One more committed change: other PCs polling `changes_seen` know to refresh (inside the writers'
    lock)."""
    import json

    from db.engines import lock_counter
    from db.models import Setting

    row = lock_counter(session, Setting, {"key": CHANGES_KEY}, value="0")
    row.value = json.dumps(int(json.loads(row.value)) + 1)
    session.flush()


def changes_seen(session: Session) -> int:
    """The number of changes committed so far (0 before the first)."""
    import json

    from sqlalchemy import select

    from db.models import Setting

    value = session.execute(select(Setting.value).where(Setting.key == CHANGES_KEY)).scalar()
    return int(json.loads(value)) if value else 0


def _damaged_value_error(damage: object) -> BaseException:
    from db.sqlite_ops import DamagedValueError

    return DamagedValueError(damage)


def storage_problem(exc: BaseException) -> str | None:
    """What kind of storage failure an exception is: "readonly-open", "damaged", "locked", "full",
    "readonly", "io", or None when it is not one (callers turn the kind into a sentence for people)."""
    if isinstance(exc, DatabaseReadOnlyError):
        return "readonly-open"
    from db.engines import ServerUnavailableError
    from db.sqlite_ops import DamagedDatabaseError

    if isinstance(exc, ServerUnavailableError):
        return "unreachable"
    if isinstance(exc, DamagedDatabaseError):  # DamagedValueError too
        return "damaged"
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return "full"
    for needle, kind in (
        ("could not connect", "unreachable"),
        ("connection refused", "unreachable"),
        ("server closed the connection", "unreachable"),
        ("connection timeout", "unreachable"),
        ("terminating connection", "unreachable"),
        ("lock timeout", "locked"),
        ("database is locked", "locked"),
        ("database is busy", "locked"),
        ("disk is full", "full"),
        ("database or disk is full", "full"),
        ("readonly database", "readonly"),
        ("read-only", "readonly"),
        ("disk i/o error", "io"),
    ):
        if needle in text:
            return kind
    return None
