"""The shipped fonts: registered once, cover what Persian shaping produces, and embed cached subsets."""

from __future__ import annotations

import io
import subprocess
import sys
import threading
from pathlib import Path

from arabic_reshaper.letters import LETTERS_ARABIC
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.documents import fontcache, fonts
from app.documents.bidi_text import shape
from app.documents.fonts import BOLD, REGULAR, register_fonts
from app.resources import resource_path

PERSIAN = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءئأؤۀيك"


def test_fonts_and_licence_ship_with_the_app() -> None:
    for name in (
        "Vazirmatn-Regular.ttf",
        "Vazirmatn-Bold.ttf",
        "OFL.txt",
        "NotoSans-Regular.ttf",
        "NotoSans-Bold.ttf",
        "OFL-NotoSans.txt",
        "DejaVuSans.ttf",
        "LICENSE-DejaVu.txt",
        "WenQuanYiMicroHei.ttc",
        "NOTICE-WenQuanYi.txt",
        "Apache-2.0.txt",
    ):
        assert resource_path("fonts", name).is_file()


def test_registration_is_idempotent_and_thread_safe() -> None:
    threads = [threading.Thread(target=register_fonts) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    register_fonts()
    assert isinstance(pdfmetrics.getFont(REGULAR), fontcache.CachedTTFont)
    assert tt2ps(REGULAR, 1, 0) == BOLD and tt2ps(REGULAR, 0, 0) == REGULAR  # <b> picks the bold face


def test_every_persian_letter_form_is_in_both_fonts() -> None:
    register_fonts()
    for name in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        for letter in PERSIAN:
            for form in filter(None, LETTERS_ARABIC[letter]):
                assert ord(shape(form)) in glyphs, (name, letter, hex(ord(form)))
        for char in "۰۱۲۳۴۵۶۷۸۹،؛؟«»()[]/@.:-–—" + "".join(map(chr, range(32, 127))):
            assert ord(char) in glyphs, (name, char)


def test_common_characters_fit_the_first_subset() -> None:
    register_fonts()
    for name in (REGULAR, BOLD):
        font = pdfmetrics.getFont(name)
        canvas = Canvas(io.BytesIO())
        font.prime(canvas)
        assignments = font.state[canvas._doc].assignments
        codes = [assignments[ord(ch)] for ch in fontcache.PRIMER_COMMON if ord(ch) in font.face.charToGlyph]
        assert max(codes) < 256


def test_subsets_are_built_once_and_unused_ones_left_out() -> None:
    from app.documents.pdf import new_canvas

    def pdf(text: str) -> bytes:
        buffer = io.BytesIO()
        canvas = new_canvas(buffer, lang="fa", title="t", author="a", subject="s")
        canvas.setFont(REGULAR, 12)
        canvas.drawString(72, 700, shape(text))
        canvas.save()
        return buffer.getvalue()

    pdf("سلام")
    before = fontcache.CachedTTFont._subset_bytes.cache_info()
    plain, other = pdf("کتاب"), pdf("درود")
    after = fontcache.CachedTTFont._subset_bytes.cache_info()
    assert after.misses == before.misses and after.hits >= before.hits + 2
    assert plain.count(b"/FontFile2") == other.count(b"/FontFile2") == 1  # one subset, one font
    assert pdf("Müller").count(b"/FontFile2") == 2  # an accented letter brings in the second subset


def test_importing_the_package_does_not_load_reportlab() -> None:
    root = Path(__file__).resolve().parents[2]
    code = "import sys, app.documents; print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_fonts_module_names() -> None:
    assert fonts.REGULAR == "Vazirmatn" and fonts.BOLD == "Vazirmatn-Bold"


SETTLED = st.text(alphabet=st.sampled_from(sorted(fontcache.PRIMER + "\u00a0 abcXYZ019.,()")), max_size=30)


@settings(max_examples=500, deadline=None)
@given(SETTLED)
def test_cached_splitting_equals_reportlabs(text: str) -> None:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    canvas = Canvas(io.BytesIO())
    font.prime(canvas)
    # Characters of the primer that Vazirmatn lacks (such as U+FBA4) are drawn by the fallback chain instead.
    text = "".join(ch for ch in text if ord(ch) in font.face.charToGlyph or ch == "\u00a0")
    assert font.splitString(text, canvas._doc) == TTFont.splitString(font, text, canvas._doc)
