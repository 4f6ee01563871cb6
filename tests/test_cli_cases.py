"""Support requests of several kinds on the command line: `list funding --kind`, the new letters printed,
sample sabbaticals and missions; mistakes in one sentence."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import REQUEST_KIND_NAMES
from db.models.funding import REQUEST_KINDS


def ivc(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "IVC_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=300
    )


def test_the_command_line_knows_the_schemas_kinds():
    assert REQUEST_KIND_NAMES == REQUEST_KINDS


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("cli-cases")
    result = ivc(home, "demo", "--size", "120")
    assert result.returncode == 0, result.stderr
    assert "sabbaticals, missions and other cases" in result.stdout
    return home


def test_list_funding_by_kind_and_print_a_sabbaticals_letter(demo_home, tmp_path, pdf_text):
    every = [line.split("\t") for line in ivc(demo_home, "list", "funding").stdout.splitlines()]
    sabbaticals = [
        line.split("\t")
        for line in ivc(demo_home, "list", "funding", "--kind", "sabbatical").stdout.splitlines()
    ]
    missions = ivc(demo_home, "list", "funding", "--kind", "mission").stdout.splitlines()
    assert len(sabbaticals) >= 3 and len(missions) >= 2
    assert {fields[-2] for fields in sabbaticals} == {"sabbatical"}
    assert [f for f in every if f[-2] == "sabbatical"] == sabbaticals
    assert any(any("\u0600" <= c <= "\u06ff" for c in fields[3]) for fields in sabbaticals)  # a Persian title
    decided = next(
        fields[0] for fields in sabbaticals if fields[-1] in ("paid", "approved", "partly_approved")
    )
    for lang in ("fa", "en"):
        target = tmp_path / f"letter-{lang}.pdf"
        result = ivc(demo_home, "print", "decision-letter", decided, "--lang", lang, "-o", str(target))
        assert result.returncode == 0, result.stderr
        text = pdf_text(target.read_bytes())
        assert ("sabbatical" in text.replace("\n", " ")) if lang == "en" else ("موافقت" in text)


def test_a_kind_the_register_does_not_have_is_said_in_one_sentence(demo_home):
    result = ivc(demo_home, "list", "funding", "--kind", "holiday")
    assert result.returncode != 0 and "invalid choice" in result.stderr and "Traceback" not in result.stderr
    result = ivc(demo_home, "list", "people", "--kind", "sabbatical")
    assert result.returncode != 0 and "--kind applies to the funding register" in result.stderr
