"""Funding on the command line: the register listed, its documents printed, its workbook exported, sample data
in every state; mistakes in one sentence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def ivc(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-funding")
    result = ivc(home, "demo", "--size", "120")
    assert result.returncode == 0, result.stderr
    assert "funding requests" in result.stdout
    return home


def test_the_sample_register_has_every_state_in_two_years(demo_home):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "funding").stdout.splitlines()]
    years = {fields[1].split("-")[1] for fields in lines}
    assert len(years) == 2
    for year in years:
        states = {fields[-1] for fields in lines if fields[1].split("-")[1] == year}
        expected = {"submitted", "on_agenda", "approved", "partly_approved", "rejected", "deferred", "paid",
                    "report_received", "closed", "withdrawn"}  # drafts belong to the current year
        assert expected <= states, (year, expected - states)
    assert any(fields[-1] == "draft" for fields in lines)


def test_print_and_export(demo_home, tmp_path, pdf_text):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "funding").stdout.splitlines()]
    paid = next(fields[0] for fields in lines if fields[-1] == "paid")
    letter = tmp_path / "letter.pdf"
    assert ivc(demo_home, "print", "decision-letter", paid, "--lang", "both", "-o", str(letter)).returncode == 0
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
