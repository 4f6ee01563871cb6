"""The open database of this process and who is working: set once at start, used by every service."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import paths
from app.services.errors import QT_TRANSLATE_NOOP
from app.services.opening import (  # noqa: F401 (also re-exported here, the old path)
    DamagedDatabaseError,
    DamagedRecordError,
    DatabaseInUseError,
    DatabaseUnavailableError,
    ServerUnreachableError,
    _check,
    _checkable_later,
    _damaged_record_error,
    _refuse_missing,
    _refuse_read_only_upgrade,
    _refuse_unusable,
    _set_aside_damaged,
    newer_database,
    upgrade_failed,
)
from db import SCHEMA_REVISION
from db.engine import Database, DatabaseReadOnlyError, storage_problem

__all__ = ["DatabaseReadOnlyError", "storage_problem"]  # re-exported for the interface, which imports no db

_database: Database | None = None
_lock = None  # db.lock.InstanceLock held for the open database
_actor: str | None = None


def check_open_database() -> list[str]:
    """The full integrity check of the open database now (e.g. when a backup's copy failed its check);
    damage found is handled as damage found at start: no more writes, and the interface sets the database
    aside and offers a backup. Returns the problems."""
    from db.sqlite_ops import UnreadableDatabaseError, quick_check

    database = _database
    if database is None or database.path is None:  # the server keeps its own pages sound
        return []
    try:
        problems = quick_check(database.path, full=True)
    except UnreadableDatabaseError:  # not damage: permissions, a folder that cannot be written
        return []
    if problems:
        database.damage_found(problems[0])
    return problems


def require_sole_writer() -> None:
    """Refuse (in words) what replaces the database unless this process is its one writer: a read-only
    instance, or one while another IVC Desk holds the lock, must never overwrite it."""
    database = _database
    if database is None:
        raise DatabaseUnavailableError(QT_TRANSLATE_NOOP("errors", "No database is open."))
    if database.readonly:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database is open read-only here, so it cannot be replaced by a backup. Restore it from "
                "the IVC Desk that has it open for writing, or close that one first.",
            )
        )
    if database.path is not None:  # on a server many instances are normal; a restore takes the writers' lock
        _acquire_lock(database.path)  # opened without the lock (tools): take it now, or say who holds it


def _acquire_lock(path: Path) -> None:
    global _lock
    from db.lock import DatabaseInUseError as Held
    from db.lock import InstanceLock

    if _lock is not None and _lock.path == Path(str(path) + ".lock"):
        return
    _release_lock()
    lock = InstanceLock(path)
    try:
        lock.acquire()
    except Held as exc:
        holder = exc.holder
        raise DatabaseInUseError(
            QT_TRANSLATE_NOOP(
                "errors", "IVC Desk is already open on this database (computer {host}, process {pid})."
            ),
            host=holder.host if holder else "?",
            pid=holder.pid if holder else 0,
        ) from None
    except OSError as exc:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The data folder {folder} cannot be written: {reason}."),
            folder=str(path.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    _lock = lock


def _release_lock() -> None:
    global _lock
    if _lock is not None:
        _lock.release()
        _lock = None


def open_database(
    path: Path | None = None,
    *,
    readonly: bool = False,
    lock: bool = True,
    on_damage: Callable[[str], None] | None = None,
    url: object = None,
) -> Database:
    """Open (and bring up to date) the database; a database from a newer version is refused in words.

    A writable open takes the instance lock (one running IVC Desk per database); `lock=False` is for
    tools and tests that prove the database itself keeps concurrent writers apart. The integrity check
    runs before anything else; with `on_damage` (the GUI) it runs in the background instead, started by
    database().start_check() once the first page is on screen (or by the first write at the latest);
    writes wait for it, and `on_damage(problem)` is called from that thread when it finds damage (then
    call set_aside_open_database()).
    """
    global _database
    from db import migrate
    from db.sqlite_ops import DamagedDatabaseError as NotADatabase
    from db.sqlite_ops import UnreadableDatabaseError as Unreadable
    from db.sqlite_ops import quick_check

    if path is None and url is None:
        from app.services import connection

        url = connection.configured()
        path = Path(connection.sqlite_override() or paths.database_path())
    if url is not None:
        return _open_server(url, readonly=readonly)
    close_database(release_lock=False)
    path = Path(path) if path else paths.database_path()
    _refuse_unusable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The data folder {folder} cannot be created: {reason}."),
            folder=str(path.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    paths.make_private(path.parent)
    if readonly:
        _refuse_missing(path)
    if lock and not readonly:
        _acquire_lock(path)
    background = on_damage is not None and _checkable_later(path)
    if path.exists() and path.stat().st_size and not background:
        try:
            # a write is only ever made to a database that passed the full check (it sees what quick_check
            # does not: a row changed in the table but not in its indexes)
            problems = quick_check(path, full=not readonly)
        except Unreadable as exc:
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP(
                    "errors", "The database {path} cannot be read here ({reason}); it was not changed."
                ),
                path=str(path),
                reason=str(exc),
            ) from exc
        if problems:
            _set_aside_damaged(path, problems[0], readonly)
    database = Database(path, readonly=readonly)
    database.damaged_value_error = _damaged_record_error
    database.on_damage = on_damage
    if background:
        database.hold_writes(lambda: _check(database))
    try:
        if migrate.needs_upgrade(path):
            if readonly:
                _refuse_read_only_upgrade(path)
            from app.paths import backup_path

            migrate.upgrade(database, backup_path("before-upgrade"))
    except DatabaseUnavailableError:
        database.dispose()
        raise
    except migrate.NewerDatabaseError as exc:
        database.dispose()
        raise newer_database() from exc
    except NotADatabase as exc:
        database.dispose()
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not an IVC Desk database."), path=str(path)
        ) from exc
    except Exception as exc:
        database.dispose()
        raise upgrade_failed(str(exc)) from exc
    _database = database
    return database


def _open_server(url: object, *, readonly: bool) -> Database:
    """The office's PostgreSQL server: reached (or said why not, in words, without the password), its
    schema made or brought up to date by the same migrations on the first connection."""
    global _database
    from db import migrate
    from db.engines import ServerUnavailableError, safe_url

    close_database()
    database = Database(url=url, readonly=readonly)
    database.damaged_value_error = _damaged_record_error
    try:
        current = database.ops.stored_revision()
        if current != SCHEMA_REVISION:
            if current is not None and current not in migrate.known_revisions():
                raise migrate.NewerDatabaseError(current)
            if readonly:
                raise DatabaseUnavailableError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "The server's database needs its schema made or upgraded, which a read-only "
                        "open cannot do. Open it once for writing.",
                    )
                )
            from app.paths import backup_path

            migrate.upgrade(database, backup_path("before-upgrade") if current is not None else None)
    except ServerUnavailableError as exc:
        database.dispose()
        raise ServerUnreachableError(
            QT_TRANSLATE_NOOP("errors", "The database server {server} cannot be reached: {reason}"),
            server=safe_url(url),  # type: ignore[arg-type]
            reason=str(exc),
        ) from None
    except migrate.NewerDatabaseError as exc:
        database.dispose()
        raise newer_database() from exc
    except DatabaseUnavailableError:
        database.dispose()
        raise
    except Exception as exc:
        database.dispose()
        from db.engines import describe_server_error

        raise upgrade_failed(describe_server_error(exc)) from None
    _database = database
    return database


def set_aside_open_database(problem: str) -> None:
    """The background check found damage: close the database and set it aside (raises
    DamagedDatabaseError)."""
    database = _database
    if database is None:
        return
    path, readonly = database.path, database.readonly
    close_database(release_lock=False)
    _set_aside_damaged(path, problem, readonly)


@dataclass(frozen=True)
class DatabaseState:
    """What the interface may know of the open database, as plain values (the Database object stays here)."""

    open: bool
    readonly: bool = False
    network: bool = False
    check_finished: bool = True
    damage: str | None = None
    server: bool = False  # the office's PostgreSQL server, not this computer's file
    where: str = ""  # the file's path or the server's address (never its password)


def state() -> DatabaseState:
    if _database is None:
        return DatabaseState(open=False)
    return DatabaseState(
        True,
        _database.readonly,
        _database.network,
        _database.check_finished,
        _database.damage,
        _database.path is None,
        _database.describe(),
    )


def start_background_check() -> None:
    """Start the full integrity check held since the open, off the caller's thread (once)."""
    database().start_check()


def database() -> Database:
    if _database is None:
        raise RuntimeError("no database is open; call open_database() first")
    return _database


def close_database(release_lock: bool = True) -> None:
    """Close the database; the instance lock is kept when the same file is reopened at once (restore)."""
    global _database
    if _database is not None:
        _database.dispose()
        _database = None
    if release_lock:
        _release_lock()


def set_actor(name: str | None) -> None:
    """The secretary profile chosen for this session (recorded in the audit log)."""
    global _actor
    _actor = name or None


def actor() -> str:
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return os.environ.get("USERNAME", "unknown")
