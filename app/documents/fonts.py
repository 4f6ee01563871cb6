"""The fonts every document uses: Vazirmatn, and behind it a chain of fallback fonts, glyph by glyph.

Vazirmatn (SIL OFL) has the Persian, Arabic and Urdu letters and Latin with Turkish, but no Vietnamese
(ọ ễ), Cyrillic, Greek, CJK or symbols such as ✓ ✗ ➤, and ReportLab drops a glyph the font lacks without
a word. So each text run is split into pieces, every character going to the first font of the chain that
has it: Vazirmatn, then Noto Sans (SIL OFL: Latin Extended, Vietnamese, Cyrillic, Greek), DejaVu Sans
(Bitstream Vera licence: symbols, U+FFFD), WenQuanYi Micro Hei (Apache 2.0: Chinese, Japanese, Korean). A
character no font has is drawn as U+FFFD, visibly, and `unprintable` names it before a record is saved.

The split happens inside the Vazirmatn fonts ReportLab is asked for (`ChainedTTFont`), in the two places
ReportLab asks a font about text: its width and its encoding into subsets. Everything that draws text on a
canvas therefore gets the fallbacks without knowing about them. All fonts ship in resources/fonts with
their licences; a fallback is read from disk only when a character first needs it.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cached_property

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.documents import carriers
from app.documents.fontcache import CachedTTFont
from app.resources import resource_path

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"
REPLACEMENT = "\ufffd"  # drawn for a character no font of the chain has

_FILES = {REGULAR: "Vazirmatn-Regular.ttf", BOLD: "Vazirmatn-Bold.ttf"}
# Fallback fonts: name -> (file, index of the font inside a TrueType collection).
_FALLBACK_FILES = {
    "NotoSans": ("NotoSans-Regular.ttf", 0),
    "NotoSans-Bold": ("NotoSans-Bold.ttf", 0),
    "DejaVuSans": ("DejaVuSans.ttf", 0),
    "WenQuanYi": ("WenQuanYiMicroHei.ttc", 0),
}
# The chain behind each face, in the order asked. DejaVu and WenQuanYi have one weight here: a bold
# check mark or Chinese name is drawn regular, which reads better than not at all.
CHAINS = {
    REGULAR: ("NotoSans", "DejaVuSans", "WenQuanYi"),
    BOLD: ("NotoSans-Bold", "DejaVuSans", "WenQuanYi"),
}
# Printing runs off the GUI thread; two first prints at once must not register twice.
_lock = threading.RLock()
_registered = False


def _invisible(ch: str) -> bool:
    """Characters meant not to be seen (ZWNJ, directional marks, variation selectors): never replaced."""
    return unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp") or 0xFE00 <= ord(ch) <= 0xFE0F


def _fallback(name: str) -> TTFont:
    """The fallback font `name`, registered with ReportLab the first time it is needed."""
    try:
        return pdfmetrics.getFont(name)
    except KeyError:
        pass
    with _lock:
        try:
            return pdfmetrics.getFont(name)
        except KeyError:
            filename, index = _FALLBACK_FILES[name]
            path = str(resource_path("fonts", filename))
            # Not ASCII-readable: a fallback draws few characters, which then take the first codes.
            font = CachedTTFont(name, path, subfontIndex=index, asciiReadable=False)
            pdfmetrics.registerFont(font)
            return font


class ChainedTTFont(CachedTTFont):
    """Vazirmatn, handing each character it lacks to the first font of its chain that has it.

    Pieces drawn in a fallback font are subsets named (font name, subset index); ReportLab passes them
    back to `getSubsetInternalName`, which asks the fallback font, so that font is embedded as usual.
    """

    chain: tuple[str, ...] = ()

    @cached_property
    def _covered(self) -> frozenset[str]:
        return frozenset(map(chr, self.face.charToGlyph)) | {"\u00a0"}

    @cached_property
    def _owner(self) -> dict[str, str]:
        """Character -> name of the font drawing it, filled as characters are met (dict writes are atomic)."""
        return {}

    def _font_for(self, ch: str) -> str:
        owner = self._owner.get(ch)
        if owner is None:
            owner = ""
            for name in self.chain:
                if ord(ch) in _fallback(name).face.charToGlyph:
                    owner = name
                    break
            self._owner[ch] = owner  # "" : no font has it
        return owner

    def pieces(self, text: str) -> list[tuple[str, str]]:
        """`text` as (font name, text) pieces; what no font has becomes REPLACEMENT in the chain's font."""
        if self._covered.issuperset(text):
            return [(self.fontName, text)] if text else []
        result: list[tuple[str, str]] = []
        current, buffer = self.fontName, []
        for ch in text:
            if ch in self._covered:
                font = self.fontName
            else:
                font = self._font_for(ch)
                if not font:
                    if _invisible(ch):  # left where it is: the font draws nothing for it, as before
                        buffer.append(ch)
                        continue
                    ch, font = REPLACEMENT, self._font_for(REPLACEMENT) or self.fontName
            if font != current and buffer:
                result.append((current, "".join(buffer)))
                buffer = []
            current = font
            buffer.append(ch)
        if buffer:
            result.append((current, "".join(buffer)))
        return result

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:  # noqa: N802 - ReportLab's name
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if self._covered.issuperset(text):
            return super().stringWidth(text, size, encoding)
        own = super().stringWidth  # super() does not work inside the generator below
        return sum(
            (own if font == self.fontName else pdfmetrics.getFont(font).stringWidth)(piece, size, encoding)
            for font, piece in self.pieces(text)
        )

    def splitString(
        self, text: str, doc: pdfdoc.PDFDocument, encoding: str = "utf-8"
    ) -> list[tuple[int | tuple[str, int], bytes]]:
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if self._covered.issuperset(text):
            return super().splitString(text, doc, encoding)
        result: list[tuple[int | tuple[str, int], bytes]] = []
        for font, piece in self.pieces(text):
            if font == self.fontName:
                result += super().splitString(piece, doc, encoding)
            else:
                result += [
                    ((font, subset), chunk) for subset, chunk in _fallback(font).splitString(piece, doc)
                ]
        return result

    def getSubsetInternalName(self, subset: int | tuple[str, int], doc: pdfdoc.PDFDocument) -> str:  # noqa: N802
        if isinstance(subset, tuple):
            return _fallback(subset[0]).getSubsetInternalName(subset[1], doc)
        return super().getSubsetInternalName(subset, doc)


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
            font = ChainedTTFont(name, str(resource_path("fonts", filename)))
            carriers.install(font.face)  # before its coverage is first read
            font.chain = CHAINS[name]
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


def prime_fonts(canvas: Canvas) -> None:
    """Prepare a new canvas so that the fonts' embedded subsets are the cached ones (see fontcache)."""
    register_fonts()
    for name in _FILES:
        font = pdfmetrics.getFont(name)
        if isinstance(font, CachedTTFont):
            font.prime(canvas)


def pieces(text: str, font_name: str = REGULAR) -> list[tuple[str, str]]:
    """Drawn text (shaped, in visual order) as the (font name, text) pieces it is drawn in."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return font.pieces(text) if isinstance(font, ChainedTTFont) else [(font_name, text)]


def unprintable(text: str) -> set[str]:
    """The characters of `text` that no font of the documents can draw (they would print as U+FFFD).

    Persian and Arabic letters are checked in the joined forms they are drawn in, too; a missing form is
    reported as its plain letter.
    """
    from app.documents.bidi_text import shape  # shaping is needed only for text outside Vazirmatn

    register_fonts()
    missing: set[str] = set()
    for name in _FILES:
        font: ChainedTTFont = pdfmetrics.getFont(name)
        for candidate in (text, shape(text)):
            if font._covered.issuperset(candidate):
                continue
            for ch in set(candidate) - font._covered:
                if not _invisible(ch) and not font._font_for(ch):
                    missing.add(unicodedata.normalize("NFKC", ch) if 0xFB50 <= ord(ch) <= 0xFEFF else ch)
    return missing
