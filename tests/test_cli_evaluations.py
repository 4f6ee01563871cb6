"""English evaluations and seasonal schools on the command line: list evaluations and programmes, print a
certificate in both languages and a programme's certificates of attendance, and a certificate not yet
possible said in one sentence."""

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
    home = tmp_path_factory.mktemp("cli-evaluations")
    result = ivc(home, "demo", "--size", "12")
    assert result.returncode == 0, result.stderr
    assert "6 evaluations" in result.stdout and "2 programmes" in result.stdout
    return home


def test_list_evaluations_and_print_a_certificate(demo_home, tmp_path, pdf_text):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "evaluations").stdout.splitlines()]
    assert sorted(line[5] for line in lines) == [
        "deferred",
        "failed",
        "passed",
        "passed",
        "pending",
        "pending",
    ]
    passed = next(line for line in lines if line[5] == "passed")
    target = tmp_path / "c.pdf"
    printed = ivc(
        demo_home, "print", "evaluation-certificate", passed[0], "--lang", "both", "-o", str(target)
    )
    assert printed.returncode == 0, printed.stderr
    assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True).returncode == 0
    text = pdf_text(target.read_bytes())
    assert "گواهی ارزیابی زبان انگلیسی" in text and "Certificate of English Language Evaluation" in text
    assert passed[1] in text  # the English letter's number
    assert passed[3].split(":")[0] in text  # the candidate's English name


def test_a_certificate_of_a_deferred_evaluation_is_one_sentence(demo_home):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "evaluations").stdout.splitlines()]
    deferred = next(line for line in lines if line[5] == "deferred")
    result = ivc(demo_home, "print", "evaluation-certificate", deferred[0])
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "ivc-desk: Record the outcome (passed or failed) before issuing the certificate."
    )


def test_list_programmes_and_print_the_certificates_of_attendance(demo_home, tmp_path, pdf_text):
    lines = [line.split("\t") for line in ivc(demo_home, "list", "programmes").stdout.splitlines()]
    assert sorted(line[1] for line in lines) == ["exchange", "seasonal_school"]
    school = next(line for line in lines if line[1] == "seasonal_school")
    assert school[5] == "3 in, 1 out"
    target = tmp_path / "a.pdf"
    printed = ivc(demo_home, "print", "attendance-certificates", school[0], "--lang", "en", "-o", str(target))
    assert printed.returncode == 0, printed.stderr
    assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True).returncode == 0
    from pypdf import PdfReader

    assert len(PdfReader(target).pages) == 4  # one certificate per participant
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert text.count("Certificate of Attendance") == 4 and "Winter School of Evidence-Based Medicine" in text
