"""Damage that SQLite's quick_check does not see: a value changed in a table row only, byte for byte.

The bytes of the row are patched in the table's leaf page and nowhere else (its index entries keep the
old value), as a failing disk or a stray write would leave it: `integrity_check` then reports the row
missing from the index, while `quick_check`, which does not compare tables with indexes, passes.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

TABLE_LEAF = 0x0D


def settle(path: Path) -> None:
    """Everything in the main file (no WAL), so the file's pages are the whole database."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")


def patch_table_rows(path: Path, table: str, old: bytes, new: bytes) -> int:
    """Replace `old` by `new` (same length) in the leaf pages of `table` only; returns how many were
    patched."""
    assert len(old) == len(new)
    settle(path)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        pages = [
            r[0]
            for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", (table,))
        ]
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    patched = 0
    for number in pages:
        start = (number - 1) * page_size
        header = start + (100 if start == 0 else 0)
        assert data[header] == TABLE_LEAF
        page = bytes(data[start : start + page_size])
        at = page.find(old)
        while at >= 0:
            data[start + at : start + at + len(old)] = new
            patched += 1
            at = page.find(old, at + 1)
    path.write_bytes(bytes(data))
    return patched


def damage(path: Path, table: str, column: str, row_id: int, good: str, bad: bytes) -> None:
    """Give row `row_id` of `table` the value `good` the proper way, then turn its bytes into `bad` in the
    table row only (same length)."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (good, row_id))  # noqa: S608 - test names
        conn.commit()
    assert patch_table_rows(path, table, good.encode(), bad) == 1


def checks(path: Path) -> tuple[list[str], list[str]]:
    """(quick_check, integrity_check) rows of the file."""
    with contextlib.closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as conn:
        return (
            [r[0] for r in conn.execute("PRAGMA quick_check")],
            [r[0] for r in conn.execute("PRAGMA integrity_check")],
        )
