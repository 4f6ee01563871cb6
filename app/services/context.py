"""The open database of this process and who is working: set once at start, used by every service."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from app import paths
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from db.engine import Database

_database: Database | None = None
_actor: str | None = None


class DatabaseUnavailableError(ServiceError):
    """The database cannot be opened (damaged, newer, missing folder...)."""


def open_database(path: Path | None = None, *, readonly: bool = False) -> Database:
    """Open (and bring up to date) the database; a database from a newer version is refused in words."""
    global _database
    from db import migrate
    from db.sqlite_ops import DamagedDatabaseError, quick_check

    close_database()
    path = Path(path) if path else paths.database_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The data folder {folder} cannot be created: {reason}."),
            folder=str(path.parent),
            reason=exc.strerror or str(exc),
        ) from exc
    if path.exists() and path.stat().st_size:
        problems = quick_check(path)
        if problems:
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "The database {path} is damaged and was not opened: {problem}."),
                path=str(path),
                problem=problems[0],
            )
    database = Database(path, readonly=readonly)
    try:
        if migrate.needs_upgrade(path):
            if readonly:
                raise DatabaseUnavailableError(
                    QT_TRANSLATE_NOOP("errors", "The database needs an upgrade and is open read-only.")
                )
            migrate.upgrade(database, paths.backups_dir())
    except migrate.NewerDatabaseError as exc:
        database.dispose()
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "This database was written by a newer version of IVC Desk; install that version to open it."
            )
        ) from exc
    except DamagedDatabaseError as exc:
        database.dispose()
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not an IVC Desk database."), path=str(path)
        ) from exc
    _database = database
    return database


def database() -> Database:
    if _database is None:
        raise RuntimeError("no database is open; call open_database() first")
    return _database


def close_database() -> None:
    global _database
    if _database is not None:
        _database.dispose()
        _database = None


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
