"""The letterhead and page frame: footer order, long names, the logo drawn from a per-process cache."""

from __future__ import annotations

import io
import os
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from app.documents import images
from app.documents.bidi_text import text_width, visual
from app.documents.flow import fit_size
from app.documents.fonts import BOLD, register_fonts
from app.documents.frame import Letterhead, footer_text
from app.documents.letters import build_letter_pdf
from tests.documents.letter_samples import make_logo, sample_letter_fa, sample_letterhead


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


def test_persian_footer_keeps_labels_with_their_values() -> None:
    line = visual(footer_text(sample_letterhead(), "fa"))
    parts = [part.strip() for part in line.split("|")]
    # Drawn left to right: website, e-mail, telephone (label at its right), address.
    assert parts[0] == "www.example.ac.ir" and parts[1] == "ivc-office@example.ac.ir"
    assert parts[2].startswith("۰۲۱-۸۸۹۹۰۰۱۱") and unicodedata.normalize("NFKC", parts[2]).endswith("نفلت")


def test_english_footer() -> None:
    assert visual(footer_text(sample_letterhead(), "en"), rtl=False).split("  |  ")[1:] == [
        "Tel. 021-88990011",
        "ivc-office@example.ac.ir",
        "www.example.ac.ir",
    ]


def test_long_names_shrink_to_fit() -> None:
    name = "دانشگاه علوم پزشکی و خدمات بهداشتی درمانی شهید بهشتی تهران"
    size = fit_size(name, BOLD, 11.5, 190)
    assert size < 11.5 and text_width(name, BOLD, size) <= 190 + 1e-6


def test_logo_is_encoded_once_and_drawn_on_each_letter(tmp_path: Path) -> None:
    logo = make_logo(tmp_path / "logo.png")
    head = sample_letterhead(str(logo))
    build_letter_pdf(sample_letter_fa(), head)
    before = images._prepare.cache_info()
    pdfs = [build_letter_pdf(sample_letter_fa(), head) for _ in range(3)]
    assert (
        images._prepare.cache_info().hits == before.hits + 3
        and images._prepare.cache_info().misses == before.misses
    )
    for pdf in pdfs:
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        (xobject,) = page["/Resources"]["/XObject"].values()
        image = xobject.get_object()
        assert image["/Subtype"] == "/Image" and image["/Width"] == 240
        assert image["/SMask"].get_object()["/ColorSpace"] == "/DeviceGray"  # transparency kept


def test_logo_without_transparency_and_a_replaced_logo(tmp_path: Path) -> None:
    path = tmp_path / "logo.jpg"
    Image.new("RGB", (100, 50), (200, 30, 30)).save(path)
    first = images.prepare_image(str(path))
    assert first.mask is None and (first.pixel_width, first.pixel_height) == (100, 50)
    Image.new("RGB", (60, 60), (30, 30, 200)).save(path)
    os.utime(path, ns=(1, 10**18))  # a new modification time, whatever the clock's resolution
    assert images.prepare_image(str(path)).pixel_width == 60
    page = PdfReader(io.BytesIO(build_letter_pdf(sample_letter_fa(), sample_letterhead(str(path))))).pages[0]
    assert len(page["/Resources"]["/XObject"]) == 1


def test_letterhead_without_logo_or_invocation() -> None:
    head = Letterhead("دانشگاه", "University", "دانشکده", "Faculty", "معاونت", "Office")
    (page,) = PdfReader(io.BytesIO(build_letter_pdf(sample_letter_fa(), head))).pages
    assert "بسمه" not in page.extract_text() and "/XObject" not in page["/Resources"]


def test_large_logo_is_scaled_down(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    Image.new("RGB", (3000, 1500), (10, 120, 60)).save(path)
    prepared = images.prepare_image(str(path))
    assert (prepared.pixel_width, prepared.pixel_height) == (images.MAX_PIXELS, images.MAX_PIXELS // 2)
