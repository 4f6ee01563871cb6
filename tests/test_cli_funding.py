"""Funding on the command line: the register listed, its documents printed, its workbook exported, sample data
in every state; mistakes in one sentence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def ivc(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-funding")
    result = ivc(home, "demo", "--size", "120")
    assert result.returncode == 0, result.stderr
    assert "funding requests" in result.stdout
    return home


def test_the_sample_register_has_every_state_in_two_years(demo_home):
    import datetime as dt

    import jdatetime

    lines = [line.split("\t") for line in ivc(demo_home, "list", "funding").stdout.splitlines()]
    today = dt.date.today()  # the demo's (a subprocess on the same system clock)
    this = jdatetime.date.fromgregorian(date=today).year
    by_year: dict[int, set[str]] = {}
    for fields in lines:
        by_year.setdefault(int(fields[1].split("-")[1]), set()).add(fields[-1])
    assert set(by_year) == {this - 1, this}
    expected = {
        "submitted",
        "on_agenda",
        "approved",
        "partly_approved",
        "rejected",
        "deferred",
        "paid",
        "report_received",
        "closed",
        "withdrawn",
    }
    assert expected <= by_year[this - 1], expected - by_year[this - 1]
    assert "draft" in by_year[this] and "draft" not in by_year[this - 1]  # drafts belong to the current year
    # the current year has every state once it is old enough for the story (about seven months); until then
    # its early stories are told in the last year, so that nothing is dated after today
    if (today - jdatetime.date(this, 1, 1).togregorian()).days > 210:
        assert expected <= by_year[this], expected - by_year[this]


def test_nothing_in_the_sample_register_is_dated_after_today(demo_home):
    import datetime as dt
    import sqlite3

    with sqlite3.connect(demo_home / "ivc-desk.sqlite3") as connection:
        latest = connection.execute(
            "SELECT max(submitted_on), max(decided_on), max(paid_on), max(report_received_on) "
            "FROM funding_requests"
        ).fetchone()
    assert all(day is None or dt.date.fromisoformat(day) <= dt.date.today() for day in latest), latest


def test_print_and_export(demo_home, tmp_path, pdf_text):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "funding").stdout.splitlines()]
    paid = next(fields[0] for fields in lines if fields[-1] == "paid")
    letter = tmp_path / "letter.pdf"
    assert (
        ivc(demo_home, "print", "decision-letter", paid, "--lang", "both", "-o", str(letter)).returncode == 0
    )
    text = pdf_text(letter.read_bytes())
    assert "Council approved a grant" in text and "موافقت شد" in text
    order = tmp_path / "order.pdf"
    assert ivc(demo_home, "print", "payment-order", paid, "--lang", "en", "-o", str(order)).returncode == 0
    assert "Payment order" in pdf_text(order.read_bytes())
    annex = tmp_path / "annex.pdf"
    assert ivc(demo_home, "print", "council-annex", "1", "-o", str(annex)).returncode == 0
    assert "پیوست دستور جلسه" in pdf_text(annex.read_bytes())
    report = tmp_path / "report.pdf"
    year = lines[-1][1].split("-")[1]
    assert ivc(demo_home, "print", "funding-report", year, "--lang", "en", "-o", str(report)).returncode == 0
    assert f"fiscal year {year}" in pdf_text(report.read_bytes())
    workbook = tmp_path / "funding.xlsx"
    result = ivc(demo_home, "export", "funding", "-o", str(workbook))
    assert result.returncode == 0 and f"{len(lines)} rows" in result.stdout
    from openpyxl import load_workbook

    sheet = load_workbook(workbook).active
    assert sheet.cell(1, 11).value == "requested (IRR)"
    assert all(isinstance(sheet.cell(row, 11).value, int) for row in range(2, sheet.max_row + 1))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("print", "decision-letter", "99999"), "This record no longer exists."),
        (("print", "funding-report", "99"), "Enter a whole number from 1304 to 1435."),
        (("print", "council-annex", "99999"), "This record no longer exists."),
    ],
)
def test_mistakes_are_one_sentence(demo_home, args, message):
    result = ivc(demo_home, *args)
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr
