"""Visits on the command line: list, every document printed, wrong language refused in one sentence."""

import pytest

from tests.test_cli import ivc


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-visits")
    result = ivc(folder, "demo", "--size", "60")
    assert result.returncode == 0, result.stderr
    assert "60 visits" in result.stdout
    return folder


def test_list_visits_and_print_every_document(home, tmp_path, pdf_text):
    lines = ivc(home, "list", "visits").stdout.splitlines()
    assert len(lines) == 60 and lines[0].split("\t")[1].startswith("V-")
    planned = next(
        line
        for line in lines
        if line.endswith(("proposed", "approved", "invited", "confirmed", "in_progress"))
    )
    visit_id = planned.split("\t")[0]
    for document, lang, expected in (
        ("itinerary", "both", "Programme of the visit"),
        ("itinerary", "fa", "برنامه"),
        ("visa-letter", "en", "Invitation and visa support"),
        ("visa-letter", "fa", "روادید"),
        ("briefing", None, "توجیهی"),
        ("name-cards", None, "School of Medicine"),
        ("certificate", "en", "Certificate of visit"),
        ("visit-report", "en", "Post-visit report"),
    ):
        target = tmp_path / f"{document}-{lang}.pdf"
        args = ["print", document, visit_id, "-o", str(target)] + (["--lang", lang] if lang else [])
        result = ivc(home, *args)
        assert result.returncode == 0, result.stderr
        assert expected in pdf_text(target.read_bytes())
    assert "Welcome meeting" in pdf_text((tmp_path / "itinerary-both.pdf").read_bytes())


def test_a_document_in_a_language_it_does_not_have_is_one_sentence(home):
    result = ivc(home, "print", "briefing", "1", "--lang", "en")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "ivc-desk: This document is printed in: fa."
    missing = ivc(home, "print", "itinerary", "99999")
    assert missing.returncode == 1 and "This record no longer exists." in missing.stderr
