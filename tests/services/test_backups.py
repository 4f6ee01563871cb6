"""Backups: made with the backup API and verified, rotated, restored with the replaced database kept."""

import datetime as dt
import os
import sqlite3
import subprocess
import sys

import pytest

from app.services import backups, context, directory
from app.services.backups import BackupError, BackupInfo
from app.services.context import DamagedDatabaseError, DatabaseInUseError

PERSON = {"kind": "staff", "last_name_en": "Ahmadi", "country": "IR"}


def test_backup_restore_round_trip_keeps_the_replaced_database(db, data_dir):
    directory.save_person(PERSON)
    copy = backups.take_backup("manual")
    assert copy.parent == data_dir / "backups"
    directory.save_person({**PERSON, "last_name_en": "Karimi"})
    kept = backups.restore_backup(copy).kept
    assert directory.list_people().total == 1  # back to the backup's content
    assert "before-restore" in kept.name
    info = {b.path: b for b in backups.list_backups()}
    assert info[kept].counts["people"] == 2 and info[copy].counts["people"] == 1


def test_restore_refuses_what_is_not_a_good_backup(db, tmp_path):
    directory.save_person(PERSON)
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    newer = tmp_path / "newer.sqlite3"
    backups.take_backup("manual", newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    for bad, words in (
        (text, "damaged"),
        (newer, "newer version"),
        (tmp_path / "missing.sqlite3", "no backup file"),
    ):
        with pytest.raises(BackupError, match=words):
            backups.restore_backup(bad)
    assert directory.list_people().total == 1
    assert not [b for b in backups.list_backups() if b.reason == "before-restore"]


def test_rotation_keeps_days_weeks_and_months(tmp_path):
    now = dt.datetime(2026, 11, 24, 18, 0)
    found = []
    for hours in range(0, 24 * 400, 7):  # a backup every 7 hours for 400 days
        taken = now - dt.timedelta(hours=hours)
        found.append(BackupInfo(tmp_path / f"{hours}.sqlite3", taken, "close", 1))
    found.append(BackupInfo(tmp_path / "upgrade.sqlite3", now - dt.timedelta(days=300), "before-upgrade", 1))
    keep = backups.kept(found)
    kept_times = sorted((b.taken for b in found if b.path in keep and b.reason == "close"), reverse=True)
    days = {t.date() for t in kept_times}
    assert len({t.date() for t in kept_times[:7]}) == 7 and now.date() in days
    assert len({(t.year, t.month) for t in kept_times}) == 12
    assert len(kept_times) <= 7 + 4 + 12
    assert tmp_path / "upgrade.sqlite3" in keep


def test_backup_due_after_a_day(db):
    assert backups.backup_due()
    backups.take_backup("start")
    assert not backups.backup_due()
    assert backups.backup_due(dt.datetime.now() + dt.timedelta(days=1, minutes=1))


@pytest.mark.sqlite_only
def test_a_second_instance_is_refused_and_may_open_read_only(db):
    directory.save_person(PERSON)
    script = (
        "import sys\n"
        "from app.services import context, directory\n"
        "from app.services.context import DatabaseInUseError\n"
        "try:\n    context.open_database(sys.argv[1])\nexcept DatabaseInUseError as e:\n    print('IN USE', "
        "e)\ncontext.open_database(sys.argv[1], readonly=True)\n"
        "print(directory.list_people().total)\n"
        "try:\n    directory.save_person({'kind': 'staff', 'last_name_en': 'X', 'country': 'IR'})\n"
        "except context.DatabaseReadOnlyError:\n    print('READ-ONLY')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("IN USE") and f"process {os.getpid()}" in lines[0]
    assert lines[1:] == ["1", "READ-ONLY"]


def test_a_stale_lock_of_a_dead_process_does_not_block(db):
    """The OS drops the lock when its holder dies, even by SIGKILL."""
    context.close_database()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys,time\nfrom app.services import context\ncontext.open_database(sys.argv[1])\n"
            "print('open', flush=True)\ntime.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "open"
    with pytest.raises(DatabaseInUseError):
        context.open_database(db)
    holder.kill()
    holder.wait()
    context.open_database(db)  # the lock file is still there, but nobody holds it
    assert directory.list_people().total == 0


@pytest.mark.sqlite_only
def test_damage_is_set_aside_untouched_and_the_newest_good_backup_recovers(db, data_dir):
    directory.save_person(PERSON)
    good = backups.take_backup("close")
    context.close_database()
    raw = bytearray(db.read_bytes())
    for page in range(1, len(raw) // 4096):  # scribble over every b-tree page header but the first
        raw[page * 4096 : page * 4096 + 12] = b"\xff" * 12
    db.write_bytes(bytes(raw))
    with pytest.raises(DamagedDatabaseError) as caught:
        context.open_database(db)
    assert caught.value.set_aside_as.read_bytes() == bytes(raw)
    assert not db.exists()
    assert backups.newest_good_backup().path == good
    backups.recover(good, db)
    assert directory.list_people().total == 1
