"""The fonts every document uses: Vazirmatn (SIL OFL, shipped in resources/fonts), registered once.

Vazirmatn has Persian and Latin glyphs, so Persian documents can hold English names and English documents
Persian ones; nothing depends on the fonts installed on the machine.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from app.documents.fontcache import CachedTTFont
from app.resources import resource_path

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"

_FILES = {REGULAR: "Vazirmatn-Regular.ttf", BOLD: "Vazirmatn-Bold.ttf"}
# Printing runs off the GUI thread; two first prints at once must not register twice.
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register Vazirmatn regular and bold with ReportLab (idempotent, thread-safe, once per process).

    The family mapping makes `<b>` in ReportLab markup pick the bold face.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(CachedTTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


def prime_fonts(canvas: Canvas) -> None:
    """Prepare a new canvas so that the fonts' embedded subsets are the cached ones (see fontcache)."""
    register_fonts()
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        if isinstance(font, CachedTTFont):
            font.prime(canvas)
