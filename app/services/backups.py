"""Backups that are real: SQLite's backup API, each copy reopened and checked, rotated, restorable.

Automatic backups are taken at start (when the newest is older than a day) and at close, into the
backups folder; rotation keeps the newest of each of the last 7 days, 4 weeks and 12 months. Backups are
ordered by the sequence number in their names (the order they were made in), never by the clock's time,
which may have been wrong. A restore first keeps the database it replaces as a backup of its own, and
seals the numbers it had given (see app.services.numbering), so that none is given again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from app.common import clock
from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError

AUTOMATIC = ("start", "close")
SAFETY = ("manual", "before-upgrade", "before-restore")  # out of the day/week/month rotation: newest few kept
SAFETY_KEEP = 10
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
DUE_AFTER = dt.timedelta(days=1)


class BackupError(ServiceError):
    """A backup could not be made or used; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime  # what the clock said: shown, but never trusted for the order
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    order: int = 0  # the n of a second backup within one second ("…-HHMMSS-n-reason")
    sequence: int = 0  # the order the backups were made in (0: a name from an older version)


def take_backup(reason: str = "manual", target: Path | None = None) -> Path:
    """Copy the open database with the backup API, verify the copy, rotate; returns the copy's path.

    With `target` (e.g. a USB stick) the copy goes there and the rotation is not involved.
    """
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from db.sqlite_ops import DamagedDatabaseError

    database = context.database()
    destination = Path(target) if target else paths.backup_path(reason)
    try:
        # SQLite: the backup API; the server: one snapshot copied into an SQLite file (db.engines)
        database.ops.backup_to(database.engine, destination)
    except (OSError, sqlite3.Error, DamagedDatabaseError, SQLAlchemyError) as exc:
        if isinstance(
            exc, DamagedDatabaseError
        ):  # the copy failed its check: is the database itself damaged?
            context.check_open_database()
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup to {path} failed: {reason}."),
            path=str(destination),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    if target is None:
        rotate(keep=destination)
    return destination


def list_backups(with_counts: bool = True) -> list[BackupInfo]:
    """Backups in the backups folder, newest first."""
    from db.sqlite_ops import table_counts

    found = []
    folder = paths.backups_dir()
    for path in folder.glob("ivc-desk-*.sqlite3") if folder.is_dir() else []:
        parsed = paths.parse_backup_name(path)
        if parsed is None:
            continue
        counts: dict[str, int] = {}
        if with_counts:
            try:
                counts = table_counts(path)
            except Exception:  # noqa: BLE001 - a backup that cannot be read shows without counts
                counts = {}
        sequence, taken, order, reason = parsed
        found.append(BackupInfo(path, taken, reason, path.stat().st_size, counts, order, sequence))
    return sorted(found, key=_newest_first, reverse=True)


def _newest_first(backup: BackupInfo) -> tuple[int, dt.datetime, int]:
    """Made later comes first, by the order they were made in; the clock only among older names."""
    return backup.sequence, backup.taken, backup.order


def kept(backups: list[BackupInfo]) -> set[Path]:
    """Which automatic backups the rotation keeps: the newest of each recent day, week and month."""
    keep: set[Path] = set()
    backups = sorted(backups, key=_newest_first, reverse=True)
    automatic = [b for b in backups if b.reason in AUTOMATIC]
    times, earliest = [], dt.datetime.max
    for (
        backup
    ) in automatic:  # a clock that was ahead once: an older backup is dated no later than a newer one
        earliest = min(earliest, backup.taken)
        times.append(earliest)
    for period, limit in (
        (lambda t: t.date(), KEEP_DAYS),
        (lambda t: t.isocalendar()[:2], KEEP_WEEKS),
        (lambda t: (t.year, t.month), KEEP_MONTHS),
    ):
        seen: list[object] = []
        for backup, taken in zip(automatic, times, strict=True):
            key = period(taken)
            if key not in seen:
                if len(seen) == limit:
                    break
                seen.append(key)
                keep.add(backup.path)
    for reason in SAFETY:
        keep.update(b.path for b in [b for b in backups if b.reason == reason][:SAFETY_KEEP])
    return keep


def rotate(keep: Path | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep (never `keep`, the one just made); returns what went."""
    backups = list_backups(with_counts=False)
    keep_set = kept(backups) | ({keep} if keep else set())
    removed = []
    for backup in backups:
        if backup.path not in keep_set:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                continue  # in use by a viewer or a copy: tried again next time
    return removed


def backup_due(now: dt.datetime | None = None) -> bool:
    """True when the newest automatic backup is older than a day (or there is none, or its time is ahead
    of the clock's: it was named by a clock that was wrong then, or is now)."""
    newest = next((b for b in list_backups(with_counts=False) if b.reason in AUTOMATIC), None)
    now = now or clock.now()
    return newest is None or now - newest.taken > DUE_AFTER or newest.taken > now + dt.timedelta(minutes=5)


@dataclass(frozen=True)
class FileCheck:
    """What a database file on disk is (a backup, or the database itself, checked without opening it)."""

    path: Path
    problem: str  # "" (a sound IVC Desk database), "missing", "empty", "damaged", "not-ours"
    detail: str = ""  # the first problem the integrity check found
    revision: str | None = None  # the schema revision it holds
    current: str = ""  # the schema revision of this program

    @property
    def newer(self) -> bool:
        """Made by a newer version of IVC Desk (a revision this program does not know)."""
        from db import migrate

        return self.revision is not None and self.revision not in migrate.known_revisions()


def check_file(path: Path) -> FileCheck:
    """The full integrity check and the schema revision of a database file, without opening it for use."""
    from db import SCHEMA_REVISION
    from db.sqlite_ops import DamagedDatabaseError, quick_check, stored_revision

    path = Path(path)
    if not path.is_file():
        return FileCheck(path, "missing", current=SCHEMA_REVISION)
    if path.stat().st_size == 0:
        return FileCheck(path, "empty", current=SCHEMA_REVISION)
    problems = quick_check(path, full=True)
    if problems:
        return FileCheck(path, "damaged", problems[0], current=SCHEMA_REVISION)
    try:
        revision = stored_revision(path)
    except DamagedDatabaseError:
        revision = None
    return FileCheck(path, "" if revision else "not-ours", revision=revision, current=SCHEMA_REVISION)


def check_backup(source: Path) -> dict[str, int]:
    """Refuse what cannot be restored (damaged, not ours, newer); returns its record counts."""
    from db.sqlite_ops import table_counts

    found = check_file(source)
    if found.problem == "missing":
        raise BackupError(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."), path=str(source))
    if found.problem == "damaged":
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged: {problem}."),
            path=str(source),
            problem=found.detail,
        )
    if found.problem:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The file {path} is not an IVC Desk backup."), path=str(source)
        )
    if found.newer:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} was made by a newer version of IVC Desk."),
            path=str(source),
        )
    return table_counts(Path(source))


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: where the replaced database was kept, what came back from it, what went."""

    kept: Path
    reregistered: dict[str, list[str]] = field(default_factory=dict)  # register -> numbers put back
    taken_back: dict[str, list[str]] = field(default_factory=dict)  # register -> numbers no longer there


def _numbers(session) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """The numbers printed on each register's records in a database."""
    from sqlalchemy import select

    from db.models import FundingRequest, Letter, Meeting, Ordinance, Visit

    found = {}
    for register, column in (
        ("letters", Letter.number),
        ("ordinances", Ordinance.number),
        ("meetings", Meeting.number),
        ("visits", Visit.reference),
    ):
        found[register] = set(session.execute(select(column).where(column.is_not(None))).scalars())
    requests = session.execute(select(FundingRequest.fiscal_year, FundingRequest.id))
    found["funding"] = {f"FR-{year}-{request_id:04d}" for year, request_id in requests}
    return found


def restore_backup(source: Path) -> RestoreResult:
    """Replace the open database by `source`; the replaced database is kept first.

    Nothing the replaced database had given is given again: its numbers are sealed outside the database
    (app.services.numbering) before the copy. Issued letters and ordinances it had and the backup lacks
    are re-registered with their stored PDFs; meetings, visits and funding requests it had are taken back
    (their numbers stay used). The database is reopened afterwards (and upgraded if the backup is from an
    older version).
    """
    from app.services import letters, numbering
    from db.engine import Database
    from db.sqlite_ops import copy_into

    source = Path(source)
    context.require_sole_writer()
    check_backup(source)
    if context.state().server:
        return _restore_on_server(source)
    kept_copy = take_backup("before-restore")
    replaced = Database(kept_copy, readonly=True)
    try:
        with replaced.reading() as session:
            numbering.seal(numbering.given_in(session), numbering.days_in(session))
            issued = letters.issued_letters(session)
            before = _numbers(session)
    finally:
        replaced.dispose()
    database = context.database()
    path, readonly = database.path, database.readonly
    context.close_database(release_lock=False)
    try:
        copy_into(source, path)
    finally:
        context.open_database(path, readonly=readonly)
    # (a read-only instance is refused a restore by the caller)
    return _put_back(kept_copy, before, issued, writable=not context.database().readonly)


def load_into_server(source: Path, given: dict[str, int], days: dict[str, str]) -> dict[str, int]:
    """Replace every row of the open server database by those of the SQLite file `source` (upgraded on a
    copy first when it is from an older version), in one transaction under the writers' lock, and raise
    every counter to `given` ({"letters/1405": 30}) and the registers' latest days to `days`."""
    import shutil
    import tempfile

    from app.services import numbering
    from db import migrate
    from db.engine import Database
    from db.transfer import load_sqlite_into

    with tempfile.TemporaryDirectory() as scratch:
        upgraded = Path(scratch) / "copy.sqlite3"
        shutil.copyfile(source, upgraded)
        copy = Database(upgraded)
        try:
            migrate.upgrade(copy)
        finally:
            copy.dispose()
        with context.database().writing() as session:
            copied = load_sqlite_into(upgraded, session.connection())
            for key, number in given.items():
                register, _, year = key.rpartition("/")
                if int(number) > 0:
                    numbering.note_given(session, register, int(year), int(number))
            numbering.note_days(session, days)
    return copied


def _restore_on_server(source: Path) -> RestoreResult:
    """The server's database replaced by the SQLite backup `source`, in one transaction under the writers'
    lock: every counter is then raised to what the replaced database had given and to what the shared
    documents folder shows, so no number is given again (see app.services.numbering)."""
    from app.services import letters, numbering
    from db.engine import Database

    kept_copy = take_backup("before-restore")
    replaced = Database(kept_copy, readonly=True)
    try:
        with replaced.reading() as session:
            given, days = numbering.given_in(session), numbering.days_in(session)
            issued = letters.issued_letters(session)
            before = _numbers(session)
    finally:
        replaced.dispose()
    given = {k: max(v, given.get(k, 0)) for k, v in {**given, **numbering.stored_documents()}.items()}
    load_into_server(source, given, days)
    return _put_back(kept_copy, before, issued, writable=True)


def newest_good_backup() -> BackupInfo | None:
    """The newest backup that passes the checks (for offering after damage)."""
    for backup in list_backups(with_counts=False):
        try:
            check_backup(backup.path)
        except BackupError:
            continue
        return backup
    return None


def recover(source: Path, path: Path | None = None) -> None:
    """After damage was set aside: put backup `source` in the database's place and open it."""
    from app.services import numbering
    from db.sqlite_ops import copy_into

    path = Path(path) if path else paths.database_path()
    check_backup(Path(source))
    if path.exists():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "There is already a database at {path}."), path=str(path)
        )
    numbering.seal({}, with_taken=True)  # the damaged database cannot be trusted to say what it gave
    copy_into(Path(source), path)
    context.open_database(path)


def _put_back(
    kept_copy: Path, before: dict[str, set[str]], issued: list[dict], writable: bool
) -> RestoreResult:
    """After the restored data is in place: re-register the letters issued since the backup and reconcile
    the ordinances' register (when the database may be written), then say what came back and what went."""
    from app.services import letters, ordinances

    with context.database().reading() as session:
        restored = _numbers(session)
    back: dict[str, list[str]] = {}
    if writable:
        with context.database().writing() as session:
            back["letters"] = letters.reregister(session, issued)
        ordinances.reconcile_register()
    with context.database().reading() as session:
        now = _numbers(session)
    back["ordinances"] = sorted(now["ordinances"] - restored["ordinances"])
    gone = {register: sorted(before[register] - now[register]) for register in before}
    return RestoreResult(
        kept_copy, {k: v for k, v in back.items() if v}, {k: v for k, v in gone.items() if v}
    )
