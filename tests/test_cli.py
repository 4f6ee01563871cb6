"""The command line, run as a user would run it: real processes, one-sentence errors, exit codes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def ivc(home: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli")
    result = ivc(home, "demo", "--size", "120")
    assert result.returncode == 0, result.stderr
    assert "120 people" in result.stdout and "24 letters" in result.stdout
    return home


def test_list_check_and_print(demo_home, tmp_path, pdf_text):
    people = ivc(demo_home, "list", "people").stdout.splitlines()
    assert len(people) == 120 and people[0].startswith("1\t")
    assert (
        len(ivc(demo_home, "list", "people", "--search", "Rezaei", "--limit", "3").stdout.splitlines()) <= 3
    )
    letters = ivc(demo_home, "list", "letters").stdout.splitlines()
    assert len(letters) == 24 and "1405/" in letters[0] or "140" in letters[0]
    check = ivc(demo_home, "check")
    assert check.returncode == 0 and "integrity ok" in check.stdout
    target = tmp_path / "letter.pdf"
    printed = ivc(demo_home, "print", "letter", "2", "-o", str(target))
    assert printed.returncode == 0, printed.stderr
    assert "Invitation to visit the School of Medicine" in pdf_text(target.read_bytes())


def test_demo_refuses_a_database_with_people(demo_home):
    again = ivc(demo_home, "demo", "--size", "5")
    assert again.returncode == 1
    assert again.stderr.strip() == "ivc-desk: Sample data can only be added to an empty database."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("demo", "--size", "0"), "--size must be between 1 and 1,000,000"),
        (("print", "letter", "9999"), "This record no longer exists."),
        (("check",), "there is no database"),
    ],
)
def test_mistakes_are_one_sentence_without_traceback(tmp_path, demo_home, args, message):
    home = demo_home if args[0] == "print" else tmp_path
    result = ivc(home, *args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_exit_after_start_paints_and_quits(demo_home):
    env_timing = {"IVC_DESK_TIMINGS": "1"}
    env = {**os.environ, **env_timing, "IVC_DESK_HOME": str(demo_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--exit-after-start"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    stamps = dict(
        line.split()[1:] for line in result.stderr.splitlines() if line.startswith("ivc-desk-timing")
    )
    assert float(stamps["first-paint"]) <= float(stamps["ready"])


def test_a_damaged_database_is_reported_and_not_opened(tmp_path):
    home = tmp_path / "damaged"
    home.mkdir()
    (home / "ivc-desk.sqlite3").write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = (home / "ivc-desk.sqlite3").read_bytes()
    result = ivc(home, "--lang", "en", "--exit-after-start")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "damaged" in result.stderr and "set aside unchanged" in result.stderr
    [kept] = (home / "backups").glob("damaged-*ivc-desk.sqlite3")
    assert kept.read_bytes() == before
    assert not (home / "ivc-desk.sqlite3").exists()


def test_a_data_folder_that_cannot_exist_is_one_sentence(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = ivc(tmp_path, "--data-dir", str(blocker / "data"), "list", "people")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot be created" in result.stderr


def test_backup_restore_and_backups_from_the_command_line(demo_home, tmp_path):
    home = tmp_path / "copy"
    assert ivc(home, "demo", "--size", "10").returncode == 0
    target = tmp_path / "usb" / "office.sqlite3"
    target.parent.mkdir()  # the stick's folder exists: the command line makes none unasked
    made = ivc(home, "backup", str(target))
    assert made.returncode == 0 and target.exists()
    listed = ivc(home, "backups")
    assert listed.returncode == 0
    restored = ivc(home, "restore", str(target))
    assert restored.returncode == 0 and "the replaced database was kept as" in restored.stdout
    assert "before-restore" in ivc(home, "backups").stdout
    refused = ivc(home, "restore", str(tmp_path / "nothing.sqlite3"))
    assert refused.returncode == 1 and "There is no backup file" in refused.stderr


def test_meetings_list_and_documents(demo_home, tmp_path, pdf_text):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "meetings").stdout.splitlines()]
    assert len(lines) >= 60 and all(len(line) == 6 for line in lines)
    held = next(line for line in lines if line[4] == "scholarship-council" and line[5] == "approved")
    for document, lang, words in (
        ("agenda", "en", "Agenda"),
        ("minutes", "fa", "صورتجلسه"),
        ("attendance", "en", "Signature"),
        ("invitation", "en", "You are kindly invited"),
    ):
        target = tmp_path / f"{document}.pdf"
        printed = ivc(demo_home, "print", document, held[0], "--lang", lang, "-o", str(target))
        assert printed.returncode == 0, printed.stderr
        assert words in pdf_text(target.read_bytes())
    both = tmp_path / "both.pdf"
    assert ivc(demo_home, "print", "minutes", held[0], "--lang", "both", "-o", str(both)).returncode == 0
    text = pdf_text(both.read_bytes())
    assert "صورتجلسه" in text and "Minutes" in text and held[1] in text
    refused = ivc(demo_home, "print", "invitation", held[0], "--lang", "both")
    assert refused.returncode != 0 and "one language" in refused.stderr and "Traceback" not in refused.stderr


def test_print_a_partners_summary_in_either_language(demo_home, tmp_path, pdf_text):
    for lang, words in (
        ("fa", "خلاصه فعالیتهای نهاد طرف تفاهم"),
        ("en", "Activity summary of a partner institution"),
    ):
        target = tmp_path / f"partner-{lang}.pdf"
        result = ivc(demo_home, "print", "partner-summary", "1", "--lang", lang, "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert words in pdf_text(target.read_bytes())
    refused = ivc(demo_home, "print", "partner-summary", "1", "--lang", "both", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode != 0 and "one language" in refused.stderr and not (tmp_path / "x.pdf").exists()
