"""Backups that are real: SQLite's backup API, each copy reopened and checked, rotated, restorable.

Automatic backups are taken at start (when the newest is older than a day) and at close, into the
backups folder; rotation keeps the newest of each of the last 7 days, 4 weeks and 12 months. A restore
first keeps the database it replaces as a backup of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from app import paths
from app.services import context
from app.services.errors import QT_TRANSLATE_NOOP, ServiceError

AUTOMATIC = ("start", "close")
SAFETY = ("manual", "before-upgrade", "before-restore")  # out of the day/week/month rotation: newest few kept
SAFETY_KEEP = 10
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 12
DUE_AFTER = dt.timedelta(days=1)
_NAME = re.compile(r"^ivc-desk-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")


class BackupError(ServiceError):
    """A backup could not be made or used; nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    order: int = 0  # the n of a second backup within one second ("…-HHMMSS-n-reason")


def _parse(path: Path) -> tuple[dt.datetime, int, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), int(match.group(2) or 0), match.group(3)


def backup_path(reason: str, when: dt.datetime | None = None) -> Path:
    when = when or dt.datetime.now()
    folder = paths.backups_dir()
    target = folder / f"ivc-desk-{when:%Y%m%d-%H%M%S}-{reason}.sqlite3"
    n = 1
    while target.exists():  # two backups in one second: both kept
        target = folder / f"ivc-desk-{when:%Y%m%d-%H%M%S}-{n}-{reason}.sqlite3"
        n += 1
    return target


def take_backup(reason: str = "manual", target: Path | None = None) -> Path:
    """Copy the open database with the backup API, verify the copy, rotate; returns the copy's path.

    With `target` (e.g. a USB stick) the copy goes there and the rotation is not involved.
    """
    import sqlite3

    from db.sqlite_ops import DamagedDatabaseError, backup_to

    source = context.database().path
    destination = Path(target) if target else backup_path(reason)
    try:
        backup_to(source, destination)
    except (OSError, sqlite3.Error, DamagedDatabaseError) as exc:
        if isinstance(exc, DamagedDatabaseError):  # the copy failed its check: is the database itself damaged?
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
        parsed = _parse(path)
        if parsed is None:
            continue
        counts: dict[str, int] = {}
        if with_counts:
            try:
                counts = table_counts(path)
            except Exception:  # noqa: BLE001 - a backup that cannot be read shows without counts
                counts = {}
        taken, order, reason = parsed
        found.append(BackupInfo(path, taken, reason, path.stat().st_size, counts, order))
    return sorted(found, key=lambda b: (b.taken, b.order), reverse=True)


def kept(backups: list[BackupInfo]) -> set[Path]:
    """Which automatic backups the rotation keeps: the newest of each recent day, week and month."""
    keep: set[Path] = set()
    automatic = [b for b in backups if b.reason in AUTOMATIC]  # newest first
    for period, limit in ((lambda t: t.date(), KEEP_DAYS), (lambda t: t.isocalendar()[:2], KEEP_WEEKS),
                          (lambda t: (t.year, t.month), KEEP_MONTHS)):  # fmt: skip
        seen: list[object] = []
        for backup in automatic:
            key = period(backup.taken)
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
    """True when the newest automatic backup is older than a day (or there is none)."""
    newest = next((b for b in list_backups(with_counts=False) if b.reason in AUTOMATIC), None)
    return newest is None or (now or dt.datetime.now()) - newest.taken > DUE_AFTER


def check_backup(source: Path) -> dict[str, int]:
    """Refuse what cannot be restored (damaged, not ours, newer); returns its record counts."""
    from db import migrate
    from db.sqlite_ops import DamagedDatabaseError, quick_check, stored_revision, table_counts

    if not Path(source).is_file():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."), path=str(source))
    problems = quick_check(Path(source), full=True)
    if problems:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The backup {path} is damaged: {problem}."), path=str(source),
                          problem=problems[0])  # fmt: skip
    try:
        revision = stored_revision(Path(source))
    except DamagedDatabaseError:
        revision = None
    if revision is None:
        raise BackupError(QT_TRANSLATE_NOOP("errors", "The file {path} is not an IVC Desk backup."), path=str(source))
    if revision not in migrate.known_revisions():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup {path} was made by a newer version of IVC Desk."), path=str(source)
        )
    return table_counts(Path(source))


def restore_backup(source: Path) -> Path:
    """Replace the open database by `source`; the replaced database is kept first. Returns that copy's path.

    The database is reopened afterwards (and upgraded if the backup is from an older version).
    """
    from db.sqlite_ops import copy_into

    source = Path(source)
    context.require_sole_writer()
    check_backup(source)
    kept_copy = take_backup("before-restore")
    database = context.database()
    path, readonly = database.path, database.readonly
    context.close_database(release_lock=False)
    try:
        copy_into(source, path)
    finally:
        context.open_database(path, readonly=readonly)
    return kept_copy


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
    from db.sqlite_ops import copy_into

    path = Path(path) if path else paths.database_path()
    check_backup(Path(source))
    if path.exists():
        raise BackupError(QT_TRANSLATE_NOOP("errors", "There is already a database at {path}."), path=str(path))
    copy_into(Path(source), path)
    context.open_database(path)
