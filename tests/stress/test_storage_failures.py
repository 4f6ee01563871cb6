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
import datetime as dt
import json
import os
import select
import signal
import stat
import tempfile
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from tests.stress.helpers import connect_ro, dump, integrity

PREPARED = 150  # records of each kind a write may use (each attempt uses a new one)
MAX_ATTEMPTS = PREPARED


def big(n: int, length: int) -> str:
    """Text of 4-byte characters (emoji): the longest a field takes, in the most bytes."""
    return "".join(chr(0x1F600 + (n + i) % 64) for i in range(length))


@pytest.fixture
def records(db: Path, tmp_path: Path) -> dict:
    """People, drafts and issued letters for the writes to use, and a file to attach."""
    from app.services import directory, letters

    unit = directory.save_unit({"kind": "department", "name_fa": "گروه داخلی"})
    institution = directory.save_institution({"name_en": "Karolinska Institutet", "country": "SE"})
    people = [
        directory.save_person({"kind": "staff", "last_name_en": f"Person {i}", "country": "IR"})
        for i in range(PREPARED)
    ]
    draft = {
        "lang": "en",
        "recipient": "The Registrar\nKarolinska Institutet",
        "subject": "Visit",
        "body": "Dear colleague.",
    }
    drafts = [letters.save_draft({**draft, "subject": f"Draft {i}"}) for i in range(PREPARED)]
    issued = [
        letters.save_draft({**draft, "subject": f"Issued {i}"}) for i in range(5)
    ]  # a void fails at once
    for letter in issued:
        letters.issue_letter(letter, dt.date(2026, 11, 24))
    attachment = tmp_path / "scan.pdf"
    attachment.write_bytes(b"%PDF-1.4 " + os.urandom(3000))
    return {
        "unit": unit,
        "institution": institution,
        "people": people,
        "drafts": drafts,
        "issued": issued,
        "file": attachment,
    }


def write_kinds(r: dict) -> dict[str, Callable[[int], object]]:
    """Every kind of write the services make; attempt n uses new values (or the n-th prepared record)."""
    from app.services import attachments, directory, letters, settings

    person = {"kind": "foreign_guest", "first_name_en": "Anna", "last_name_en": "Schmidt", "country": "DE"}
    text_settings = [
        k for k in settings.INSTITUTION_DEFAULTS if k not in ("letter_number_format", "logo", "setup_done")
    ]
    return {
        "save_person": lambda n: directory.save_person(
            {**person, "last_name_en": big(n, 120), "notes": big(n, 5000)}
        ),
        "save_person update": lambda n: directory.save_person(
            {**person, "notes": big(n, 5000)}, r["people"][0]
        ),
        "save_unit": lambda n: directory.save_unit(
            {"kind": "other", "name_fa": big(n, 200), "name_en": big(n + 1, 200)}
        ),
        "save_institution": lambda n: directory.save_institution(
            {"name_en": big(n, 250), "name_fa": big(n + 1, 250), "city": big(n, 120), "country": "DE"}
        ),
        "save_agreement": lambda n: directory.save_agreement(
            {
                "institution_id": r["institution"],
                "title": big(n, 300),
                "status": "active",
                "scope": big(n, 5000),
            }
        ),
        "archive_person": lambda n: directory.archive_person(r["people"][n + 1]),
        "settings.save": lambda n: settings.save(
            {k: big(n, 1000 if k in settings.LONG_FIELDS else 300) for k in text_settings}
        ),
        "letters.save_draft": lambda n: letters.save_draft(
            {"lang": "fa", "recipient": big(n, 1000), "subject": big(n, 400), "body": big(n, 20_000)}
        ),
        "letters.issue_letter": lambda n: letters.issue_letter(r["drafts"][n], dt.date(2026, 11, 25)),
        "letters.void_letter": lambda n: letters.void_letter(r["issued"][n], big(n, 1000)),
        "attachments.add_attachment": lambda n: attachments.add_attachment(
            "people", r["people"][0], r["file"]
        ),
    }


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


# ------------------------------------------------------------- a file the operating system refuses to write

UNPRIVILEGED = 65534  # nobody


def _probe(path: Path, mode: str) -> dict:
    """Open as `mode` says and try the writes; what happened to each."""
    from app.services import context, directory, letters
    from app.services.context import storage_problem

    out: dict = {}
    try:
        context.open_database(path, readonly=(mode == "readonly"), lock=(mode == "lock"))
        out["people"] = directory.list_people().total
    except Exception as exc:  # noqa: BLE001 - reported to the test
        out["open"] = [type(exc).__name__, str(exc), storage_problem(exc)]
        return out
    writes = {
        "save_person": lambda: directory.save_person({"kind": "staff", "last_name_en": "X", "country": "IR"}),
        "archive_person": lambda: directory.archive_person(1),
        "save_unit": lambda: directory.save_unit({"kind": "other", "name_fa": "X"}),
        "letters.save_draft": lambda: letters.save_draft(
            {"lang": "en", "recipient": "R", "subject": "S", "body": "B"}
        ),
        "letters.issue_letter": lambda: letters.issue_letter(1),
    }
    for name, write in writes.items():
        try:
            write()
            out[name] = ["ok"]
        except Exception as exc:  # noqa: BLE001
            out[name] = [type(exc).__name__, str(exc).splitlines()[0], storage_problem(exc)]
    context.close_database()
    return out


def _as_nobody(path: Path, mode: str, home: Path) -> dict:
    """_probe() in a forked child that gave up root (everything it needs is imported already, so nothing
    has to be read from root's folders): the operating system, not the app, refuses the writes."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.close(read_end)
            os.environ["IVC_DESK_HOME"] = str(home)
            os.setgroups([])
            os.setgid(UNPRIVILEGED)
            os.setuid(UNPRIVILEGED)
            result = _probe(path, mode)
            code = 0
        except BaseException:  # noqa: BLE001
            result = {"crash": traceback.format_exc()}
        finally:
            os.write(write_end, json.dumps(result).encode())
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        ready, _, _ = select.select([pipe], [], [], 120)
        if not ready:
            os.kill(pid, signal.SIGKILL)
        data = pipe.read() if ready else b'{"crash": "no answer in 120 s"}'
    os.waitpid(pid, 0)
    result = json.loads(data)
    assert "crash" not in result, result["crash"]
    return result


@pytest.fixture
def unwritable(db: Path, records: dict) -> Iterator[tuple[Path, Path]]:
    """A copy of the database in a folder the unprivileged user may enter: (folder, database), file 0444."""
    from app.services import context

    if not hasattr(os, "fork") or os.geteuid() != 0:
        pytest.skip("needs root (and fork) to run a process as an unprivileged user")
    context.close_database()  # checkpointed: no -wal or -shm beside the copy
    folder = Path(tempfile.mkdtemp(prefix="ivc-readonly-", dir="/tmp"))
    os.chmod(folder, 0o777)
    target = folder / "ivc-desk.sqlite3"
    target.write_bytes(db.read_bytes())
    os.chmod(target, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    yield folder, target
    os.chmod(folder, 0o777)
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


def test_a_read_only_file_refuses_every_kind_of_write_in_words(unwritable, figures):
    """The operating system refuses the writes (file 0444, run as nobody): SQLite's own refusal,
    'readonly'."""
    folder, path = unwritable
    before = path.read_bytes()
    results = {mode: _as_nobody(path, mode, folder) for mode in ("lock", "readonly")}
    summary = {
        mode: Counter(str(o[2]) if o[0] != "ok" else "SAVED" for n, o in r.items() if n != "people")
        for mode, r in results.items()
    }
    figures(
        f"read-only file (0444, run as nobody): refusals by open mode {json.dumps(summary)}, file unchanged: "
        f"{path.read_bytes() == before}"
    )
    for mode, expected in (("lock", "readonly"), ("readonly", "readonly-open")):
        assert "open" not in results[mode], results[mode]
        assert results[mode]["people"] == PREPARED
        for name, outcome in results[mode].items():
            if name != "people":
                assert outcome[0] != "ok" and outcome[2] == expected, (mode, name, outcome)
    assert path.read_bytes() == before


def test_a_database_in_a_read_only_folder_opens_read_only_and_is_not_called_damaged(unwritable):
    folder, path = unwritable
    os.chmod(folder, 0o555)
    result = _as_nobody(path, "readonly", folder)
    assert "open" not in result, result["open"]
    assert result["people"] == PREPARED


# -------------------------------------------------- a really full disk (a small tmpfs), where we may mount


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
