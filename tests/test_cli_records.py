"""Money and the command line (issue 13, section 6): limits said in words, amounts never guessed, and each
case of the command line its own true sentence, never a traceback, never a folder made unasked."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.common.money import MoneyError, parse_amount
from app.services import backups, directory, funding
from app.services.errors import ValidationError
from tests.services import funding_helpers as fh


def ivc(home: Path | str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": os.fsdecode(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        errors="replace",
    )


def one_sentence(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    [line] = result.stderr.strip().splitlines()
    return line


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("records")
    result = ivc(folder, "demo", "--size", "5")
    assert result.returncode == 0, result.stderr
    return folder


# ------------------------------------------------------------------- money


@pytest.mark.parametrize(
    ("text", "code"),
    [("12,50", "EUR"), ("1 2 3 4", "IRR"), ("1,2345", "IRR"), ("1,234 567", "IRR"), ("۱۲٬۵۰", "EUR")],
)
def test_an_ambiguous_amount_is_refused_not_guessed(text, code):
    with pytest.raises(MoneyError, match="ambiguous"):
        parse_amount(text, code)


def test_what_is_unambiguous_still_reads():
    assert parse_amount("1,250.50", "EUR") == 125050
    assert parse_amount("۱٬۲۵۰٫۵", "EUR") == 125050
    assert parse_amount("1 234", "IRR") == 1234
    assert parse_amount("12.50", "EUR") == 1250


@pytest.mark.parametrize(
    ("currency", "rate", "amounts"),
    [("EUR", 10**15, [10**13]), ("GBP", 2 * 10**7, [10**13] * 5)],
    ids=["one-line-at-a-huge-rate", "five-gbp-lines"],
)
def test_a_total_no_request_reaches_is_refused_in_words(db, frozen_clock, currency, rate, amounts):
    frozen_clock(dt.datetime(2026, 12, 1, 10))  # the rate below is in force
    fh.set_up_year()
    funding.save_rate({"currency": currency, "effective_on": dt.date(2026, 1, 1), "rials": rate})
    kinds = ("registration", "airfare", "accommodation", "per_diem", "visa")
    lines = [{"kind": k, "currency": currency, "amount": a} for k, a in zip(kinds, amounts, strict=False)]
    with pytest.raises(ValidationError) as refused:
        funding.save_request(fh.request_data(fh.person(), lines=lines))
    assert refused.value.field == "lines" and "more than any request can be" in refused.value.text()
    assert funding.list_funding(funding.PageRequest()).total == 0


# ------------------------------------------------------------------- restore


def test_a_read_only_instance_cannot_restore_over_the_database(db, tmp_path):
    directory.save_person({"kind": "staff", "last_name_en": "Kept", "country": "IR"})
    good = backups.take_backup("manual")
    directory.save_person({"kind": "staff", "last_name_en": "After the backup", "country": "IR"})
    before = db.read_bytes()
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from app.services import backups, context\nfrom app.services.errors import ServiceError\n"
        "context.open_database(Path(sys.argv[1]), readonly=True)\n"
        "try:\n    backups.restore_backup(Path(sys.argv[2]))\n    print('RESTORED')\n"
        "except ServiceError as e:\n    print('REFUSED', e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(db), str(good)], capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("REFUSED") and "read-only" in out.stdout
    assert directory.list_people().total == 2 and db.read_bytes() == before


def test_an_instance_without_the_lock_cannot_restore_while_another_holds_it(db, tmp_path):
    good = backups.take_backup("manual")
    directory.save_person({"kind": "staff", "last_name_en": "After the backup", "country": "IR"})
    script = (
        "import sys\nfrom pathlib import Path\n"
        "from app.services import backups, context\nfrom app.services.errors import ServiceError\n"
        "context.open_database(Path(sys.argv[1]), lock=False)\n"
        "try:\n    backups.restore_backup(Path(sys.argv[2]))\n    print('RESTORED')\n"
        "except ServiceError as e:\n    print('REFUSED', e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(db), str(good)], capture_output=True, text=True, timeout=60
    )
    assert out.stdout.startswith("REFUSED") and "already open" in out.stdout, out.stdout + out.stderr
    assert directory.list_people().total == 1  # the database this process holds was not replaced


# ------------------------------------------------------------------- the command line


def test_a_search_that_is_not_text_is_one_sentence(home):
    line = one_sentence(ivc(home, "list", "people", "--search", os.fsdecode(b"\xff\xfe")))
    assert "not valid text" in line


def test_each_unopenable_database_has_its_own_sentence(tmp_path, home):
    missing = tmp_path / "missing"
    missing.mkdir()
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "ivc-desk.sqlite3").write_bytes(b"")
    newer = tmp_path / "newer"
    newer.mkdir()
    shutil.copyfile(home / "ivc-desk.sqlite3", newer / "ivc-desk.sqlite3")
    with sqlite3.connect(newer / "ivc-desk.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    sentences = {
        "missing": one_sentence(ivc(missing, "list", "people")),
        "empty": one_sentence(ivc(empty, "list", "people")),
        "newer": one_sentence(ivc(newer, "list", "people")),
        "not utf-8": one_sentence(ivc(odd, "list", "people")),
    }
    assert "no database at" in sentences["missing"]
    assert "empty (0 bytes)" in sentences["empty"]
    assert "newer version" in sentences["newer"]
    assert "not valid text (UTF-8)" in sentences["not utf-8"]
    assert not any("needs an upgrade" in s for s in sentences.values())
    assert len(set(sentences.values())) == 4


def test_check_on_an_empty_file_does_not_say_integrity_ok(tmp_path):
    (tmp_path / "ivc-desk.sqlite3").write_bytes(b"")
    result = ivc(tmp_path, "check")
    assert "integrity ok" not in result.stdout
    assert "empty (0 bytes)" in one_sentence(result)


@pytest.mark.parametrize(
    "args",
    [
        ("print", "letter", "1", "-o", "{missing}/x.pdf"),
        ("backup", "{missing}/b.sqlite3"),
        ("export", "letters", "-o", "{missing}/x.xlsx"),
    ],
    ids=["print", "backup", "export"],
)
def test_a_file_in_a_folder_that_does_not_exist_is_refused_in_words(home, tmp_path, args):
    missing = tmp_path / "nonexist"
    line = one_sentence(ivc(home, *(a.format(missing=missing) for a in args)))
    assert "does not exist" in line
    assert not missing.exists()
