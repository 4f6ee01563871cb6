"""Disk full and read-only storage during every kind of write: a clear error, and the database unchanged.

Disk full is simulated with SQLite's own limit, PRAGMA max_page_count (the current page count + 1), set
on every connection the app checks out. A write that still fits in the free space of existing pages
succeeds, so each kind of write is repeated (with new values) until the file would have to grow: that
write must fail as "full", leave every table as it was, and the same write must succeed once space is
back. Read-only: the database opened read-only by the app (a second instance), and a file the operating
system does not let us write (as an unprivileged user: root may write anything).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.stress.helpers import connect_ro, dump, integrity
from tests.stress.storage_records import MAX_ATTEMPTS, write_kinds


class DiskFull:
    """While full, no connection the app checks out may grow the file beyond the page count it had when the
    disk "filled up" plus `slack` pages."""

    def __init__(self, engine, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.engine, self.path = engine, path
        self.limit: int | None = None
        with engine.connect() as conn:
            self.unlimited = conn.exec_driver_sql("PRAGMA max_page_count").scalar()
        event.listen(engine, "checkout", self._limit)

    def fill_up(self, slack: int) -> None:
        with contextlib.closing(connect_ro(self.path)) as conn:
            self.limit = conn.execute("PRAGMA page_count").fetchone()[0] + slack

    def free_space(self) -> None:
        self.limit = None

    def _limit(self, dbapi_conn, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA max_page_count={self.limit or self.unlimited}")
        cur.close()

    def remove(self) -> None:
        event.remove(self.engine, "checkout", self._limit)


@pytest.fixture
def disk_full(db: Path) -> Iterator[DiskFull]:
    from app.services import context

    limit = DiskFull(context.database().engine, db)
    yield limit
    limit.remove()


def test_disk_full_during_every_kind_of_write_fails_clearly_and_changes_nothing(
    db, data_dir, records, disk_full, figures
):
    from app.services import directory, letters
    from app.services.context import storage_problem
    from app.ui.errors import message_for

    kinds = write_kinds(records)
    attempts: dict[str, int] = {}
    failures: list[str] = []
    for name, write in kinds.items():
        disk_full.fill_up(slack=1)
        for n in range(MAX_ATTEMPTS):
            before = dump(db)
            try:
                write(n)
            except Exception as exc:  # noqa: BLE001 - what it is, is the test
                attempts[name] = n + 1
                if storage_problem(exc) != "full" or not message_for(exc):
                    failures.append(
                        f"{name}: {type(exc).__name__}: {exc} (storage_problem {storage_problem(exc)})"
                    )
                if dump(db) != before:
                    failures.append(f"{name}: the database changed although the write failed")
                break
        else:
            failures.append(f"{name}: {MAX_ATTEMPTS} writes and the disk never filled up")
            continue
        # space again: the database is sound, readable, and the same write goes through
        disk_full.free_space()
        if integrity(db):
            failures.append(f"{name}: integrity {integrity(db)[:2]}")
        directory.list_people()
        letters.list_letters()
        try:
            write(n)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"{name}: fails even with space again: {type(exc).__name__}: {exc}")
    with contextlib.closing(connect_ro(db)) as conn:
        pdfs = {r[0] for r in conn.execute("SELECT pdf_name FROM letters WHERE pdf_name != ''")}
        stored = {r[0] for r in conn.execute("SELECT storage_name FROM attachments")}
    orphans = [
        p
        for p in (data_dir / "documents").rglob("*.pdf")
        if p.relative_to(data_dir / "documents").as_posix() not in pdfs
    ]
    orphans += [p for p in (data_dir / "attachments").rglob("*") if p.is_file() and p.name not in stored]
    figures(
        f"disk full: {len(kinds)} kinds of write, each failed as 'full' with the database unchanged: "
        f"{len(kinds) - len({f.split(':')[0] for f in failures})}/{len(kinds)}; writes until full "
        f"(max_page_count = page_count + 1): {attempts}; files left behind by the failed writes: "
        f"{sorted(p.parent.name + '/' + p.name[:12] for p in orphans)}"
    )
    assert not failures, failures


def _folder_listing(folder: Path) -> dict[str, int]:
    return {
        p.relative_to(folder).as_posix(): p.stat().st_size
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm", ".lock"))
    }


def test_read_only_open_refuses_every_kind_of_write_and_changes_nothing(db, data_dir, records, figures):
    """The second instance's read-only open: every write refused in words, nothing written anywhere."""
    from app.services import context
    from app.services.context import DatabaseReadOnlyError, storage_problem

    kinds = write_kinds(records)
    context.close_database()
    context.open_database(db, readonly=True)
    before, files = dump(db), _folder_listing(data_dir)
    failures, refused = [], 0
    for name, write in kinds.items():
        try:
            write(0)
        except Exception as exc:  # noqa: BLE001
            if not isinstance(exc, DatabaseReadOnlyError) or storage_problem(exc) != "readonly-open":
                failures.append(f"{name}: {type(exc).__name__}: {exc}")
            else:
                refused += 1
        else:
            failures.append(f"{name}: succeeded on a read-only database")
        if dump(db) != before:
            failures.append(f"{name}: the database changed")
    written = {k: v for k, v in _folder_listing(data_dir).items() if files.get(k) != v}
    figures(
        f"read-only open: {refused}/{len(kinds)} kinds of write refused as 'readonly-open', database "
        f"unchanged: {'yes' if not any('changed' in f for f in failures) else 'NO'}; files written into the "
        f"data folder: {len(written)} ({', '.join(sorted({k.split('/')[0] for k in written})) or 'none'})"
    )
    assert not failures, failures
    assert not written, written


def test_a_refused_attachment_leaves_no_copy_behind(db, data_dir, records):
    from app.services import attachments, context
    from app.services.context import DatabaseReadOnlyError

    context.close_database()
    context.open_database(db, readonly=True)
    with pytest.raises(DatabaseReadOnlyError):
        attachments.add_attachment("people", records["people"][0], records["file"])
    assert not [p for p in (data_dir / "attachments").rglob("*") if p.is_file()]


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """mount(folder): a 64 KiB tmpfs at `folder`, filled to the last byte (skipped where mounting is not
    allowed)."""
    import subprocess

    mounted: list[Path] = []

    def mount(folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
        mounted.append(folder)
        with contextlib.suppress(OSError), open(folder / "filler", "wb", buffering=0) as filler:
            while True:
                filler.write(b"\0" * 4096)
        return folder

    yield mount
    for folder in mounted:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_really_full_disk_refuses_backups_and_issued_pdfs_in_words(
    db, data_dir, records, tiny_disk, figures
):
    """ENOSPC from the operating system: a backup onto a full stick, and an issued letter's PDF onto a full
    disk, fail as "full", leave nothing half-written, consume no number and change nothing."""
    from app.services import backups, letters
    from app.services.context import storage_problem

    stick = tiny_disk(data_dir.parent / "stick")
    before = dump(db)
    with pytest.raises(Exception) as backup_failed:  # noqa: PT011 - BackupError or SQLite's own: the kind counts
        backups.take_backup("manual", stick / "backup.sqlite3")
    left_on_stick = sorted(p.name for p in stick.iterdir() if p.name != "filler")
    tiny_disk(data_dir / "documents")
    with pytest.raises(OSError) as issue_failed:
        letters.issue_letter(records["drafts"][0])
    figures(
        f"really full disk (tmpfs): backup -> {type(backup_failed.value).__name__} "
        f"'{storage_problem(backup_failed.value)}', files left on the stick {left_on_stick}; issue_letter -> "
        f"{type(issue_failed.value).__name__} '{storage_problem(issue_failed.value)}'; database unchanged: "
        f"{dump(db) == before}"
    )
    assert storage_problem(backup_failed.value) == "full"
    assert not left_on_stick
    assert storage_problem(issue_failed.value) == "full"
    assert letters.get_letter(records["drafts"][0])["status"] == "draft"
    assert dump(db) == before
