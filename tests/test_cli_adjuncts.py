"""Adjunct faculty on the command line: list adjuncts, print an appointment, the sample data's states."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


def ivc(home: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-adjuncts")
    result = ivc(home, "demo", "--size", "12")
    assert result.returncode == 0, result.stderr
    assert "5 adjuncts" in result.stdout
    return home


def test_list_adjuncts_and_print_an_appointment_in_both_languages(demo_home, tmp_path, pdf_text):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "adjuncts").stdout.splitlines()]
    assert sorted(line[6] for line in lines) == [
        "appointed",
        "appointed",
        "candidate",
        "candidate",
        "rejected",
    ]
    appointed = next(line for line in lines if line[6] == "appointed")
    target = tmp_path / "a.pdf"
    printed = ivc(demo_home, "print", "appointment", appointed[0], "--lang", "both", "-o", str(target))
    assert printed.returncode == 0, printed.stderr
    assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True).returncode == 0
    text = pdf_text(target.read_bytes())
    assert "Appointment of International Adjunct Faculty" in text and appointed[1] in text
    assert "حکم عضویت هیئت علمی وابسته بینالمللی" in text
    assert appointed[3].split(":")[0].split(" ", 1)[1] in text  # the adjunct's name, without the title


def test_an_appointment_not_approved_is_one_sentence(demo_home):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "adjuncts").stdout.splitlines()]
    rejected = next(line for line in lines if line[6] == "rejected")
    result = ivc(demo_home, "print", "appointment", rejected[0])
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "ivc-desk: The committee has not approved this candidate; there is no ordinance."
    )
