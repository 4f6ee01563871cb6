"""The office's PostgreSQL server: numbers issued from several PCs at once, backups, the password kept out
of sight. Run by `make test-pg` (IVC_TEST_DATABASE names the throwaway server); skipped without a server."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

SERVER = os.environ.get("IVC_TEST_DATABASE", "").strip()
pytestmark = pytest.mark.skipif(not SERVER, reason="needs IVC_TEST_DATABASE (make test-pg)")
ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 24)  # Azar 1405
LETTER = {
    "lang": "en",
    "recipient": "Prof. A. Guest\nUniversity of Somewhere",
    "subject": "Invitation",
    "body": "Dear Professor,\n\nWe are pleased to invite you.",
}

# One PC: its own data folder, the shared server; issues COUNT letters as fast as it can.
ISSUER = r"""
import json, sys, datetime as dt
from app.services import context, letters
context.open_database(url=sys.argv[1])
context.set_actor(sys.argv[3])
got = []
for _ in range(int(sys.argv[2])):
    draft = letters.save_draft({"lang": "en", "recipient": "R", "subject": "S " + sys.argv[3], "body": "B"})
    got.append(letters.issue_letter(draft, dt.date(2026, 11, 24)))
print(json.dumps(got))
"""


def _sequences(numbers: list[str]) -> list[int]:
    return sorted(int(n.split("/")[1]) for n in numbers)  # "1405/0042/IVC"


def test_letters_issued_from_three_pcs_at_once_are_gapless_and_distinct(db, tmp_path):
    from app.services import letters

    count = 12
    children = []
    for pc in range(3):
        home = tmp_path / f"pc{pc}"
        home.mkdir()
        env = {**os.environ, "IVC_DESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
        children.append(
            subprocess.Popen(
                [sys.executable, "-c", ISSUER, SERVER, str(count), f"pc{pc}"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    issued: list[str] = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        issued += json.loads(out)
    assert len(set(issued)) == len(issued) == 3 * count
    assert _sequences(issued) == list(range(1, 3 * count + 1))
    stored = sorted(r.number for r in letters.list_letters().rows if r.number)
    assert stored == sorted(issued)


def test_the_counter_row_alone_keeps_numbers_apart(db, monkeypatch):
    """Without the writers' lock (each transaction only BEGINs), the counter row locked FOR UPDATE is what
    keeps eight threads from taking one number twice."""
    from app.services import context, numbering
    from db.engines import PostgresOps

    monkeypatch.setattr(PostgresOps, "begin", lambda self, conn, write: conn.exec_driver_sql("BEGIN"))
    database = context.database()
    taken: list[int] = []
    failures: list[BaseException] = []
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        for _ in range(15):
            try:
                with database.writing() as session:
                    number = numbering.take_next(session, "letters", 1405)
                    session.connection().exec_driver_sql("SELECT pg_sleep(0.002)")  # widen the window
                taken.append(number)
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    assert sorted(taken) == list(range(1, 121))


def test_a_rolled_back_issue_gives_its_number_back(db):
    from app.services import context, numbering

    with pytest.raises(RuntimeError), context.database().writing() as session:
        numbering.take_next(session, "letters", 1405)
        raise RuntimeError("the PDF could not be stored")
    with context.database().writing() as session:
        assert numbering.take_next(session, "letters", 1405) == 1


def test_a_backup_of_the_server_is_a_verified_sqlite_file_and_a_restore_keeps_numbers(db, data_dir):
    from app.services import backups, context, letters
    from db.sqlite_ops import quick_check, table_counts

    first = letters.issue_letter(letters.save_draft(LETTER), DAY)
    copy = backups.take_backup("manual")
    assert copy.suffix == ".sqlite3" and quick_check(copy, full=True) == []
    assert table_counts(copy)["letters"] == 1
    second = letters.issue_letter(letters.save_draft(LETTER), DAY)
    backups.restore_backup(copy)
    assert context.state().server
    third = letters.issue_letter(letters.save_draft(LETTER), DAY)
    assert len({first, second, third}) == 3
    assert third.split("/")[1] == "0003"  # the number the replaced database had given is not given again


def test_the_password_is_never_printed(data_dir, tmp_path):
    url = make_url(SERVER)
    wrong = url.set(password="Secret-Never-Shown-42").render_as_string(hide_password=False)
    run = subprocess.run(
        [sys.executable, "-m", "app", "--database", wrong, "list", "letters"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 1
    assert "Secret-Never-Shown-42" not in run.stderr + run.stdout
    assert "password authentication failed" in run.stderr
    assert "127.0.0.1" in run.stderr
    right = subprocess.run(
        [sys.executable, "-m", "app", "list", "letters"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "IVC_DESK_DATABASE": SERVER},
    )
    assert right.returncode == 0, right.stderr
    assert url.password not in right.stderr + right.stdout


def test_the_last_local_copy_opens_read_only_when_the_server_is_away(db, data_dir):
    from app.services import backups, context, letters

    number = letters.issue_letter(letters.save_draft(LETTER), DAY)
    copy = backups.take_backup("close")
    context.close_database()
    with pytest.raises(context.ServerUnreachableError):
        context.open_database(url=make_url(SERVER).set(port=1))
    newest = backups.newest_good_backup()
    assert newest is not None and newest.path == copy
    context.open_database(newest.path, readonly=True, lock=False)
    assert context.state().readonly and not context.state().server
    assert [row.number for row in letters.list_letters().rows] == [number]
    assert letters.letter_pdf(letters.list_letters().rows[0].id)  # the stored document prints from the copy


def test_an_office_moves_in_and_the_copy_is_verified(
    data_dir, template_db, empty_server, tmp_path, monkeypatch
):
    import hashlib
    import shutil

    from app import paths
    from app.services import context, directory, letters

    shutil.copyfile(template_db, paths.database_path())
    context.open_database(paths.database_path())
    context.set_actor("tester")
    directory.save_person({"kind": "staff", "first_name_en": "Sara", "last_name_en": "Karimi"})
    issued = [letters.issue_letter(letters.save_draft(LETTER), DAY) for _ in range(3)]
    stored = {
        p.relative_to(data_dir / "documents"): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (data_dir / "documents").rglob("*.pdf")
    }
    context.close_database()
    shared = tmp_path / "share"
    shared.mkdir()
    monkeypatch.setenv("IVC_DESK_SHARED", str(shared))
    run = subprocess.run(
        [sys.executable, "-m", "app", "move-to-server", empty_server],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 0, run.stderr
    assert "verified" in run.stdout and "3 issued documents checked" in run.stdout
    assert make_url(empty_server).password not in run.stdout + run.stderr
    for name, digest in stored.items():  # an independent look at the shared folder
        assert hashlib.sha256((shared / "documents" / name).read_bytes()).hexdigest() == digest
    context.open_database(url=empty_server)
    assert sorted(r.number for r in letters.list_letters().rows) == sorted(issued)
    fourth = letters.issue_letter(letters.save_draft(LETTER), DAY)
    assert fourth.split("/")[1] == "0004"
    again = subprocess.run(
        [sys.executable, "-m", "app", "move-to-server", empty_server],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert again.returncode == 1 and "already holds records" in again.stderr


def test_a_server_database_from_a_newer_version_is_refused_untouched(db):
    from sqlalchemy import create_engine, text

    from app.services import context

    context.close_database()
    engine = create_engine(SERVER)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    try:
        with pytest.raises(context.DatabaseUnavailableError, match="newer version"):
            context.open_database(url=SERVER)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    finally:
        from db import SCHEMA_REVISION

        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": SCHEMA_REVISION})
        engine.dispose()
