"""SQLite's own operations: online backup, integrity checks, schema revision, all behind one interface."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path


class DamagedDatabaseError(RuntimeError):
    """The file is not a database, or SQLite's check found damage."""


@dataclass(frozen=True)
class DamagedValue:
    """A stored value that cannot be what its column says: text that is not UTF-8, a date that is no date."""

    table: str
    row_id: int
    column: str


class DamagedValueError(DamagedDatabaseError):
    """A stored value cannot be read as its column's type: the database is damaged at that record."""

    def __init__(self, damage: DamagedValue) -> None:
        super().__init__(f"the value of {damage.column} in {damage.table} {damage.row_id} cannot be read")
        self.damage = damage


class UnreadableDatabaseError(RuntimeError):
    """The file cannot be opened for reading (permissions, a folder that cannot be written): not damage."""


# SQLite's own words when the file or its folder may not be written or opened: not a sign of damage.
_NOT_DAMAGE = ("readonly database", "unable to open database file")


def read_only_uri(path: Path) -> str:
    """A read-only URI; in a folder we may not write, SQLite cannot make the WAL's shared-memory file, so
    the file is read as it is on disk (nobody can be writing it from here either)."""
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
    return "file:" + path.as_posix() + "?mode=ro" + immutable


def _connect(path: Path, readonly: bool = True) -> sqlite3.Connection:
    uri = read_only_uri(path) if readonly else "file:" + path.as_posix()
    conn = sqlite3.connect(uri, uri=True, timeout=15)
    conn.execute("PRAGMA busy_timeout=15000")
    return conn


def _check_once(path: Path, pragma: str, immutable: bool) -> list[str]:
    uri = read_only_uri(path) + (
        "&immutable=1" if immutable and "immutable" not in read_only_uri(path) else ""
    )
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=15)) as conn:
        return [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]


def quick_check(path: Path, full: bool = False) -> list[str]:
    """Problems SQLite finds in the file (empty when it is sound). Never writes to the file.

    Raises UnreadableDatabaseError when the file cannot be read at all for reasons that are not damage.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        try:
            rows = _check_once(path, pragma, immutable=False)
        except sqlite3.OperationalError as exc:
            if not any(words in str(exc) for words in _NOT_DAMAGE):
                raise
            # a WAL database in a folder we may not write (no -shm can be made): read it as it is on disk
            rows = _check_once(path, pragma, immutable=True)
    except sqlite3.OperationalError as exc:
        if any(words in str(exc) for words in _NOT_DAMAGE):
            raise UnreadableDatabaseError(str(exc)) from exc
        return [str(exc)]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # damage in the schema can garble the message
        return [str(exc)]
    return [] if rows == ["ok"] else rows


_PARSERS = {
    "DATE": dt.date.fromisoformat,
    "DATETIME": dt.datetime.fromisoformat,
    "TIME": dt.time.fromisoformat,
}


def _value_problem(value: object, declared: str) -> bool:
    if not isinstance(value, bytes):
        return False
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError:
        return True
    parser = _PARSERS.get(declared.upper())
    if parser is None:
        return False
    try:
        parser(text)
    except ValueError:
        return True
    return False


def find_damaged_values(path: Path, limit: int = 10) -> list[DamagedValue]:
    """Values in the file that cannot be read as their columns' types (read-only, every table in turn).

    Meant for after a read failed: it reads the whole file, so it is not run on every start.
    """
    found: list[DamagedValue] = []
    with contextlib.closing(_connect(path)) as conn:
        conn.text_factory = bytes
        tables = [
            r[0].decode()
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY "
                "name"
            )
        ]
        virtual = [
            r[0].decode()
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        for table in tables:
            if any(table == v or table.startswith(v + "_") for v in virtual):
                # a full-text index and its own tables: binary blocks, and made again from the records
                continue
            quoted = '"' + table.replace('"', '""') + '"'
            columns = [
                (r[1].decode(), (r[2] or b"").decode()) for r in conn.execute(f"PRAGMA table_info({quoted})")
            ]
            try:
                rows = conn.execute(f"SELECT rowid, * FROM {quoted}")  # noqa: S608 - names from the schema
            except sqlite3.OperationalError:  # a table without rowid
                continue
            for row in rows:
                for (column, declared), value in zip(columns, row[1:], strict=False):
                    if _value_problem(value, declared):
                        found.append(DamagedValue(table, int(row[0]), column))
                        if len(found) >= limit:
                            return found
    return found


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the database, None for a new (empty) database."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with contextlib.closing(_connect(path)) as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
                if tables:
                    raise DamagedDatabaseError(f"{path} is not an IVC Desk database")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise DamagedDatabaseError(f"{path} is not a readable database: {exc}") from exc
    return row[0] if row else None


def backup_to(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API into `target` (written beside it, then renamed)
    and verify the copy with a full integrity check."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with contextlib.closing(_connect(source)) as src, contextlib.closing(sqlite3.connect(partial)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        problems = quick_check(partial, full=True)
        if problems:
            raise DamagedDatabaseError("the backup failed its integrity check: " + "; ".join(problems[:3]))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


COUNTED_TABLES = ("people", "units", "institutions", "agreements", "letters")


def table_counts(path: Path) -> dict[str, int]:
    """Rows per main table of a database file (read-only), for choosing a backup to restore."""
    counts: dict[str, int] = {}
    with contextlib.closing(_connect(path)) as conn:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in COUNTED_TABLES:
            if table in present:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
    return counts


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of database `target` with that of `source`, through the backup API
    (target must not be open elsewhere in this process)."""
    with (
        contextlib.closing(_connect(source)) as src,
        contextlib.closing(sqlite3.connect(target, timeout=15)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def set_aside(path: Path, target: Path) -> None:
    """Move a (damaged) database and its journal files out of the way, untouched."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(str(path) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(target) + suffix))
    os.replace(path, target)
