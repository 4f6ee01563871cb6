"""What can keep a database from opening, and what is done about it: the errors, the refusals made before
opening (a folder name that is not text, a missing file, an upgrade while read-only), the full check in the
background, and a damaged database set aside."""

from __future__ import annotations

from pathlib import Path

from app import paths
from app.common import clock
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError
from db.engine import Database


class DatabaseUnavailableError(ServiceError):
    """The database cannot be opened (damaged, newer, missing folder...)."""


class ServerUnreachableError(DatabaseUnavailableError):
    """The office's database server cannot be reached (the network, the server, the password)."""


class DatabaseInUseError(DatabaseUnavailableError):
    """Another running IVC Desk has the database open; it can be opened read-only."""


class DamagedDatabaseError(DatabaseUnavailableError):
    """The database failed its check at start and was set aside, untouched, at `set_aside_as`."""

    def __init__(self, message: str, set_aside_as: Path, **params: object) -> None:
        super().__init__(message, **params)
        self.set_aside_as = set_aside_as


class DamagedRecordError(DatabaseUnavailableError):
    """A stored value of one record cannot be read: the database is damaged there (nothing was changed)."""


def _damaged_record_error(damage) -> DamagedRecordError:  # type: ignore[no-untyped-def]
    return DamagedRecordError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database is damaged: the {field} of record {record} in {table} cannot be read. Nothing was "
            "changed; restore a backup.",
        ),
        table=damage.table,
        record=damage.row_id,
        field=damage.column,
    )


def newer_database() -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        QT_TRANSLATE_NOOP(
            "errors",
            "This database was written by a newer version of IVC Desk; install that version to open it.",
        )
    )


def upgrade_failed(reason: str) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Upgrading the database failed ({reason}); the upgrade was undone and the database is as it was.",
        ),
        reason=reason,
    )


def _refuse_unusable(path: Path) -> None:
    """A data folder whose name is not text cannot hold a database (SQLite takes UTF-8 names)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The data folder's name {folder} is not valid text (UTF-8), so no database can be kept "
                "there. Choose a folder whose name is valid text.",
            ),
            folder=str(path.parent).encode("utf-8", "replace").decode("utf-8"),
        ) from None


def _refuse_missing(path: Path) -> None:
    """Read-only, where nothing may be created: a missing or empty database file, each said as it is."""
    if not path.exists():
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no database at {path} yet; start IVC Desk once to make it."
            ),
            path=str(path),
        )
    if path.is_file() and path.stat().st_size == 0:
        raise DatabaseUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The database file {path} is empty (0 bytes): it holds no records. Restore a backup.",
            ),
            path=str(path),
        )


def _refuse_read_only_upgrade(path: Path) -> None:
    """A read-only open of a database at another revision: newer (another version's) or older (to upgrade)."""
    from db import migrate
    from db.sqlite_ops import stored_revision

    if stored_revision(path) not in migrate.known_revisions():
        raise migrate.NewerDatabaseError("written by a newer version")
    raise DatabaseUnavailableError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The database {path} was made by an older version of IVC Desk and needs an upgrade, which cannot "
            "be done while it is open read-only. Open it once for writing to upgrade it.",
        ),
        path=str(path),
    )


def _checkable_later(path: Path) -> bool:
    """A database at the code's revision can be checked while the first page loads; anything else
    (new, older, newer, not a database) is checked first."""
    from db import migrate
    from db.sqlite_ops import DamagedDatabaseError as NotADatabase

    try:
        return path.exists() and path.stat().st_size > 0 and not migrate.needs_upgrade(path)
    except NotADatabase:
        return False


def _check(database: Database) -> None:
    """The full integrity check, off the GUI thread; writes wait for it."""
    from db.sqlite_ops import quick_check

    problems = ["the integrity check could not finish"]
    try:
        problems = quick_check(database.path, full=True)
    except Exception as exc:  # noqa: BLE001 - whatever stops the check, writes must not wait forever
        problems = [str(exc)]
    finally:
        if problems:
            database.damage_found(problems[0])  # refuses writes and tells on_damage
        else:
            database.release_writes()


def _set_aside_damaged(path: Path, problem: str, readonly: bool) -> None:
    """A damaged database is never written to: it is moved aside (when we may) and reported."""
    from db.sqlite_ops import set_aside

    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise DatabaseUnavailableError(
                QT_TRANSLATE_NOOP("errors", "The file {path} is not an IVC Desk database."), path=str(path)
            )
    target = path
    if not readonly:
        target = paths.backups_dir() / f"damaged-{clock.now():%Y%m%d-%H%M%S}-{path.name}"
        try:
            set_aside(path, target)
        except OSError:
            target = path
    raise DamagedDatabaseError(
        QT_TRANSLATE_NOOP(
            "errors", "The database is damaged ({problem}). It was set aside unchanged as {moved}."
        ),
        set_aside_as=target,
        problem=problem,
        moved=str(target),
    )
