"""The ordinances on the command line: list, print an ordinance and a year's register, export, demo."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook


def ivc(home: Path, *args: str, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-ordinances")
    result = ivc(home, "demo", "--size", "120")
    assert result.returncode == 0, result.stderr
    assert " ordinances" in result.stdout and "void" in result.stdout and "revoked" in result.stdout
    return home


def test_list_print_and_export_ordinances(demo_home, tmp_path, pdf_text):
    lines = [
        line.split("\t")
        for line in ivc(demo_home, "list", "ordinances", "--limit", "1000").stdout.splitlines()
    ]
    states = {line[6] for line in lines}
    assert {"issued", "superseded", "revoked", "void"} <= states
    first = next(line for line in lines if line[2] and "International Deputy" in line[3])
    target = tmp_path / "o.pdf"
    printed = ivc(demo_home, "print", "ordinance", first[0], "--lang", "both", "-o", str(target))
    assert printed.returncode == 0, printed.stderr
    text = pdf_text(target.read_bytes())
    assert (
        first[1] in text
        and "Appointment of International Deputy" in text
        and "حکم انتصاب معاون بینالملل" in text
    )
    year = first[1].split("/")[0]
    register = tmp_path / "r.pdf"
    assert (
        ivc(demo_home, "print", "ordinance-register", year, "--lang", "en", "-o", str(register)).returncode
        == 0
    )
    assert f"Register of ordinances, {year}" in pdf_text(register.read_bytes())
    workbook = tmp_path / "o.xlsx"
    exported = ivc(demo_home, "export", "ordinances", "-o", str(workbook))
    assert exported.returncode == 0 and f"{len(lines)} rows" in exported.stdout
    assert load_workbook(workbook).active.max_row == len(lines) + 1


def test_a_year_out_of_range_is_one_sentence(demo_home):
    result = ivc(demo_home, "print", "ordinance-register", "99")
    assert result.returncode != 0 and "Enter a number from 1304 to 1435." in result.stderr
    assert "Traceback" not in result.stderr
