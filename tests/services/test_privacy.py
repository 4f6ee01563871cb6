"""Passport numbers and personal data stay private: the data folder is the owner's alone (POSIX), the audit
shows passport numbers masked, search keys hold none, and the log keeps no SQL parameter values."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.services import audit, backups, context, directory, visits
from app.services.paging import PageRequest
from db.models import Visit
from tests.services.test_visits import visit_data

PASSPORT = "C01X00T47"
NEW_PASSPORT = "K99Y11Z52"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")


def _open_to_others(folder: Path) -> list[str]:
    """Every file or folder under `folder` (itself included) that group or others may use."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            found.append(f"{path.relative_to(folder.parent)} {mode:o}")
    return found


@posix_only
def test_with_umask_022_every_file_of_the_data_folder_is_the_owners_alone(data_dir, template_db):
    from app.ui.errors import log_unexpected

    previous = os.umask(0o022)
    try:
        data_dir.chmod(0o755)
        shutil.copyfile(template_db, data_dir / "ivc-desk.sqlite3")  # from an older version: open to all
        (data_dir / "ivc-desk.sqlite3").chmod(0o644)
        (data_dir / "attachments").mkdir(mode=0o755)
        (data_dir / "attachments" / "scan.pdf").write_bytes(b"%PDF-1.4")
        context.open_database()
        context.set_actor("tester")
        directory.save_person(
            {"kind": "foreign_guest", "last_name_en": "Weber", "country": "DE", "passport_number": PASSPORT}
        )
        backups.take_backup("manual")
        try:
            raise RuntimeError("something unexpected")
        except RuntimeError as exc:
            log_unexpected(type(exc), exc, exc.__traceback__)
        assert (data_dir / "ivc-desk.sqlite3-wal").exists() and (data_dir / "ivc-desk.sqlite3.lock").exists()
        assert (data_dir / "logs" / "ivc-desk.log").exists()
        assert _open_to_others(data_dir) == []
    finally:
        context.close_database()
        os.umask(previous)


@posix_only
def test_the_command_line_makes_a_private_data_folder_under_umask_022(tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "app", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=lambda: os.umask(0o022),
        )  # noqa: PLW1509 - umask only
        assert result.returncode == 0, result.stderr

    run("demo", "--size", "5")
    run("backup")
    run("print", "letter", "1")
    assert list((home / "backups").glob("*.sqlite3")) and list((home / "exports").glob("*.pdf"))
    assert _open_to_others(home) == []


def test_the_audit_shows_passport_numbers_masked(db):
    from app.ui.dialogs.audit_log import _changes

    person = directory.save_person(
        {"kind": "foreign_guest", "last_name_en": "Weber", "country": "DE", "passport_number": PASSPORT}
    )
    directory.save_person(
        {"kind": "foreign_guest", "last_name_en": "Weber", "country": "DE", "passport_number": NEW_PASSPORT},
        person,
    )
    rows = audit.list_entries(PageRequest()).rows
    shown = " ".join(_changes(r) for r in rows) + repr([r.changes for r in rows])
    assert PASSPORT not in shown and NEW_PASSPORT not in shown
    assert "T47" in shown and "Z52" in shown  # masked, not dropped: the last three characters stay
    with context.database().reading() as session:  # the log itself keeps what happened
        stored = " ".join(session.execute(text("SELECT changes FROM audit_log")).scalars())
    assert PASSPORT in stored and NEW_PASSPORT in stored


def test_visit_search_keys_hold_no_passport_numbers(db):
    guest = directory.save_person(
        {
            "kind": "foreign_guest",
            "first_name_en": "Anna",
            "last_name_en": "Schmidt",
            "country": "DE",
            "passport_number": PASSPORT,
        }
    )
    visit = visits.save_visit(visit_data(guest))
    with context.database().reading() as session:
        key = session.get(Visit, visit).search_key
    assert PASSPORT.casefold() not in key and "schmidt" in key
    assert visits.list_visits(PageRequest(search=PASSPORT)).total == 0
    assert visits.list_visits(PageRequest(search="Schmidt")).total == 1


def test_the_upgrade_takes_passport_numbers_out_of_stored_visit_keys(data_dir):
    fixture = Path(__file__).parents[1] / "db" / "fixtures" / "schema-0005.sqlite3"
    path = data_dir / "old.sqlite3"
    shutil.copyfile(fixture, path)
    query = (
        "SELECT count(*) FROM visits v JOIN visit_guests g ON g.visit_id = v.id JOIN people p "
        "ON p.id = g.person_id WHERE p.passport_number != '' AND instr(v.search_key, "
        "lower(p.passport_number))"
    )
    with sqlite3.connect(path) as conn:
        assert conn.execute(query).fetchone()[0] > 0  # the old keys held them
        names_before = conn.execute("SELECT count(*) FROM visits WHERE search_key != ''").fetchone()[0]
    context.open_database(path)
    context.close_database()
    with sqlite3.connect(path) as conn:
        assert conn.execute(query).fetchone()[0] == 0
        assert (
            conn.execute("SELECT count(*) FROM visits WHERE search_key != ''").fetchone()[0] == names_before
        )


def test_an_unexpected_database_error_logs_no_parameter_values(db, data_dir):
    from app.ui.errors import log_unexpected

    with pytest.raises(Exception) as caught, context.database().writing() as session:  # noqa: PT011
        session.execute(text("INSERT INTO no_such_table (passport) VALUES (:p)"), {"p": PASSPORT})
    assert PASSPORT not in str(caught.value)
    log = Path(log_unexpected(caught.type, caught.value, caught.tb))
    assert log.read_text(encoding="utf-8").count("no_such_table") >= 1
    assert PASSPORT not in log.read_text(encoding="utf-8")


def test_the_log_keeps_no_values_even_from_an_engine_that_shows_them(data_dir):
    from sqlalchemy import create_engine

    from app.ui.errors import log_unexpected

    engine = create_engine("sqlite://")  # not the program's (which hides parameters): e.g. a tool's
    with engine.connect() as connection, pytest.raises(Exception) as caught:  # noqa: PT011
        connection.execute(text("INSERT INTO no_such_table (passport) VALUES (:p)"), {"p": PASSPORT})
    assert PASSPORT in str(caught.value)
    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE TABLE people (passport TEXT)")
    raw.execute("INSERT INTO people VALUES (CAST(x'51ff' || ? AS TEXT))", (PASSPORT,))
    with pytest.raises(sqlite3.OperationalError) as undecodable:
        raw.execute("SELECT passport FROM people").fetchall()
    assert PASSPORT in str(undecodable.value)
    for failure in (caught, undecodable):
        log = Path(log_unexpected(failure.type, failure.value, failure.tb))
    logged = log.read_text(encoding="utf-8")
    assert "no_such_table" in logged and "Could not decode" in logged
    assert PASSPORT not in logged


@posix_only
def test_a_data_folder_shared_with_other_files_leaves_those_files_alone(tmp_path, template_db):
    folder = tmp_path / "documents"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    (folder / "holiday.jpg").write_bytes(b"jpeg")
    (folder / "holiday.jpg").chmod(0o644)
    (folder / "backups").mkdir()
    shutil.copyfile(template_db, folder / "ivc-desk.sqlite3")
    (folder / "ivc-desk.sqlite3").chmod(0o644)
    previous = os.umask(0o022)
    try:
        context.open_database(folder / "ivc-desk.sqlite3")
        context.close_database()
    finally:
        os.umask(previous)
    assert stat.S_IMODE((folder / "holiday.jpg").stat().st_mode) == 0o644
    assert stat.S_IMODE((folder / "ivc-desk.sqlite3").stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
