"""The annual report and the indicator pack on the command line, from a database counted by hand
(tests/services/reports_fixture.py); a wrong year or a year given to an export that takes none is said in
one sentence. Only figures that do not depend on today's date are checked (the command runs on the real
clock)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.services import reports_fixture as fx


def ivc(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def home(db, data_dir, frozen_clock):
    from app.services import context

    fx.build()
    context.close_database()
    return data_dir


def test_print_and_export_the_year(home, tmp_path, pdf_text):
    pdf = tmp_path / "report.pdf"
    done = ivc(home, "print", "annual-report", "1405", "--lang", "en", "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = pdf_text(pdf.read_bytes())
    assert "International activity in 1405" in text and "800,000,000" in text
    book = tmp_path / "pack.xlsx"
    done = ivc(home, "export", "indicators", "1405", "-o", str(book))
    assert done.returncode == 0, done.stderr
    summary = {
        row[0]: row[1:3] for row in load_workbook(book)["Summary"].iter_rows(min_row=2, values_only=True)
    }
    assert summary["Visits"] == fx.EXPECTED["visits"]
    assert summary["Approved (rials)"] == fx.EXPECTED["approved"]
    pack = tmp_path / "pack.pdf"
    assert ivc(home, "print", "indicators", "1405", "--lang", "fa", "-o", str(pack)).returncode == 0
    assert "Marie Dubois" in pdf_text(pack.read_bytes())


@pytest.mark.parametrize(
    ("args", "status", "said"),
    [
        (("print", "annual-report", "99"), 1, "The year must be a Jalali year, such as 1405."),
        (("export", "indicators"), 1, "The year must be a Jalali year, such as 1405."),
        (("export", "letters", "1405"), 2, "the letters export takes no year"),
    ],
)
def test_mistakes_in_one_sentence(home, tmp_path, args, status, said):
    extra = ["-o", str(tmp_path / ("x.xlsx" if args[0] == "export" else "x.pdf"))]
    done = ivc(home, *args, *extra)
    assert done.returncode == status
    assert done.stderr.strip() == f"ivc-desk: {said}"
    assert "Traceback" not in done.stderr
