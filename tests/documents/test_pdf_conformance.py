"""Every document family, printed from sample data in each language it takes, is a sound PDF: qpdf finds
nothing wrong, every font is embedded (poppler's pdffonts), and it carries a title, an author and /Lang."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.skipif(not shutil.which("qpdf"), reason="qpdf is not installed (make system-deps)")

_REGISTER = {"app.commands.core": "letters"}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> Iterator[dict[str, bytes]]:
    """{"document lang": PDF bytes} for every document of every area, on a small demo database."""
    from app import commands, paths
    from app.services import context, demo, settings
    from app.services.errors import ServiceError
    from app.services.paging import PageRequest

    home = tmp_path_factory.mktemp("documents")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IVC_DESK_HOME", str(home))
        shutil.copyfile(template_db, paths.database_path())
        context.open_database(paths.database_path())
        context.set_actor("tester")
        demo.fill_every_register(12)
        settings.save({"setup_done": "1"})
        pdfs: dict[str, bytes] = {}
        for area in commands.areas():
            registers = getattr(area, "REGISTERS", {})
            name = _REGISTER.get(area.__name__) or next(iter(registers), None)
            ids = []  # an area without a register of its own (reports) prints documents of a year only
            if name is not None:
                fetch, _line = registers[name]()
                ids = [row.id for row in fetch(PageRequest(sort="id", offset=0, limit=40)).rows]
            ids += [1405, 1404, 1406]  # the documents of a Jalali year take the year as their ID
            for document, (_help, render) in getattr(area, "DOCUMENTS", {}).items():
                for lang in ("fa", "en", "both"):
                    for record_id in ids:
                        try:
                            pdfs[f"{document} {lang}"] = render(record_id, lang)[0]
                            break
                        except ServiceError:
                            continue
        yield pdfs
        context.close_database()


def test_every_family_was_printed(printed: dict[str, bytes]) -> None:
    from app import commands

    families = {key.split()[0] for key in printed}
    assert families == set(commands.documents())


def test_qpdf_finds_nothing_wrong(printed: dict[str, bytes], tmp_path: Path) -> None:
    problems = {}
    for key, pdf in printed.items():
        target = tmp_path / (key.replace(" ", "-") + ".pdf")
        target.write_bytes(pdf)
        check = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True)
        if check.returncode != 0 or "No syntax or stream encoding errors" not in check.stdout:
            problems[key] = check.stdout + check.stderr
    assert problems == {}


def test_every_font_is_embedded(printed: dict[str, bytes], tmp_path: Path) -> None:
    loose = {}
    for key, pdf in printed.items():
        target = tmp_path / "document.pdf"
        target.write_bytes(pdf)
        table = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
        rows = table.splitlines()[2:]  # after the heading and its rule
        not_embedded = [row for row in rows if row.split()[-5] != "yes"]  # columns: ... emb sub uni object ID
        if not rows or not_embedded:
            loose[key] = rows
    assert loose == {}


def test_every_pdf_has_title_author_and_language(printed: dict[str, bytes]) -> None:
    missing = {}
    for key, pdf in printed.items():
        reader = PdfReader(io.BytesIO(pdf))
        meta = reader.metadata or {}
        lang = reader.trailer["/Root"].get("/Lang")
        if not (meta.get("/Title") and meta.get("/Author") and lang):
            missing[key] = (meta.get("/Title"), meta.get("/Author"), lang)
    assert missing == {}
