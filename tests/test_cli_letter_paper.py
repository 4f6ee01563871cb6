"""`ivc-desk print letter ID --paper a5`: a draft on the paper asked for; an issued letter only on its own;
documents that are not letters refuse the option in words."""

import io

import pytest
from pypdf import PdfReader

from tests.test_cli import ivc


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("paper")
    result = ivc(home, "demo", "--size", "20")
    assert result.returncode == 0, result.stderr
    return home


def _size(path) -> set[tuple[float, float]]:
    return {
        (round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2))
        for p in PdfReader(io.BytesIO(path.read_bytes())).pages
    }


def _letter(home, status: str) -> str:
    lines = ivc(home, "list", "letters").stdout.splitlines()
    return next(line.split("\t")[0] for line in lines if line.endswith("\t" + status))


def test_a_draft_prints_on_a5_and_an_issued_letter_only_on_its_paper(home, tmp_path, pdf_text):
    draft, issued = _letter(home, "draft"), _letter(home, "issued")
    target = tmp_path / "draft.pdf"
    done = ivc(home, "print", "letter", draft, "--paper", "a5", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert _size(target) == {(419.53, 595.28)} and "—" in pdf_text(target.read_bytes())  # no number yet
    done = ivc(home, "print", "letter", draft, "-o", str(tmp_path / "a4.pdf"))
    assert done.returncode == 0 and _size(tmp_path / "a4.pdf") == {(595.28, 841.89)}

    refused = ivc(home, "print", "letter", issued, "--paper", "a5", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 1 and "was issued on A4" in refused.stderr
    assert "Traceback" not in refused.stderr and not (tmp_path / "x.pdf").exists()


def test_other_documents_refuse_the_paper_option(home, tmp_path):
    refused = ivc(home, "print", "agenda", "1", "--paper", "a5", "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 2 and "--paper is for letters" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
