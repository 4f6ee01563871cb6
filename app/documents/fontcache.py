"""TrueType fonts whose embedded subsets are built once per process instead of once per PDF.

ReportLab embeds a TrueType font as subsets of up to 256 glyphs, numbered in the order characters are
first drawn, and rebuilds every subset (glyph data, widths, ToUnicode map) for every document: about half
the time of a one-page letter. Here each new document first assigns a fixed list of characters (the
`PRIMER`: every Persian letter form, digits, punctuation, Latin-1) in a fixed order, so the subsets come
out the same in every document and their bytes are made once and reused; a subset that no drawn text
uses is left out. Characters outside the primer still work: they land in further subsets, which are built
(and cached) like any other.

The ToUnicode maps also turn Arabic presentation forms back into plain letters (NFKC), so that text
copied or searched in a PDF viewer is Persian letters rather than glyph forms.
"""

from __future__ import annotations

import unicodedata
import zlib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import groupby

from arabic_reshaper.letters import LETTERS_ARABIC
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, SUBSETN, TTFont
from reportlab.pdfgen.canvas import Canvas

from app.documents import carriers

# ReportLab's first subset keeps ASCII at its own codes and has 159 codes free for other characters: the
# common tier fills them (every form of the Persian letters, of the Arabic yeh and kaf that Arabic keyboard
# layouts type, lam-alef, Persian digits and punctuation), so an ordinary letter embeds one subset per font.
# The rare tier (other Arabic letters, Arabic-Indic digits, accented Latin letters of foreign names) goes to
# a second subset, embedded only by documents that use it. (Besides, text extractors such as pypdf put a
# right-to-left word back in order only when all its glyphs come from one subset.)
# The Arabic yeh and kaf (typed by Arabic keyboard layouts) and the curly quotes make room there for
# ZWNJ, the Persian number separators and the glyph carriers of the text layer (see carriers): a number
# or a word split between two subsets would be read back in pieces (see textlayer).
_COMMON_LETTERS = "آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءئأؤۀ"
_RARE_LETTERS = "يكىةإ"
# Lam-alef plain and with madda («الآن»); with hamza it is rare in Persian.
_COMMON_OTHERS = "\ufefb\ufefc\ufef5\ufef6۰۱۲۳۴۵۶۷۸۹٬٫،؛؟«»٪–—…\u200c" + carriers.COMMON
_RARE_OTHERS = (
    "\ufef7\ufef8\ufef9\ufefa"
    + "٠١٢٣٤٥٦٧٨٩ـ÷±×°‘’“”€£·•"
    + "".join(chr(c) for c in range(0xC0, 0x100) if chr(c).isalpha())
    + carriers.RARE
)


def _forms(letters: str) -> str:
    return "".join(dict.fromkeys(form for letter in letters for form in LETTERS_ARABIC[letter] if form))


PRIMER_COMMON = _forms(_COMMON_LETTERS) + _COMMON_OTHERS
PRIMER = PRIMER_COMMON + _forms(_RARE_LETTERS) + _RARE_OTHERS


@dataclass(frozen=True)
class _SubsetBytes:
    """One subset's document-independent parts, formatted once."""

    base_name: str  # e.g. "AAAAAA+Vazirmatn-Regular"
    widths: bytes  # the /Widths array, already in PDF syntax
    font_file: bytes  # the subset font program, deflated
    font_file_length: int  # its length before deflating (/Length1)
    to_unicode: bytes  # the ToUnicode CMap, deflated


def _cmap_target(code: int) -> str:
    text = carriers.text_of(code)
    if text is not None:
        return "".join(f"{ord(ch):04X}" for ch in text)
    text = unicodedata.normalize("NFKC", chr(code)) if 0xFB50 <= code <= 0xFEFF else chr(code)
    return "".join(f"{ord(ch):04X}" for ch in text if ord(ch) <= 0xFFFF) or f"{code:04X}"


def _to_unicode_cmap(name: str, subset: tuple[int, ...]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def",
        "/CMapType 2 def",
        f"1 begincodespacerange <00> <{len(subset) - 1:02X}> endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{index:02X}> <{_cmap_target(code)}>" for index, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines).encode("ascii")


def _deflated(data: bytes, **entries: object) -> pdfdoc.PDFStream:
    """A stream of already deflated bytes (ReportLab leaves a stream alone once it has a /Filter)."""
    dictionary = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFName("FlateDecode"), **entries})
    return pdfdoc.PDFStream(dictionary, data)


class _StateHolder:
    """A stand-in for a document, to key TTFont's per-document state (a WeakKeyDictionary)."""


class CachedTTFont(TTFont):
    """A ReportLab TTFont that reuses its embedded subsets across documents (see the module docstring)."""

    # The fonts live as long as the process, so the cache holding them does no harm (B019). Two threads
    # may build the same subset at once; both get equal bytes.
    @lru_cache(maxsize=64)  # noqa: B019
    def _subset_bytes(self, index: int, subset: tuple[int, ...]) -> _SubsetBytes:
        face = self.face
        base_name = (SUBSETN(index) + b"+" + face.name + face.subfontNameX).decode("pdfdoc")
        widths = " ".join(fp_str(face.getCharWidth(code)) for code in subset)
        font_file = face.makeSubset(list(subset))
        return _SubsetBytes(
            base_name=base_name,
            widths=f"[ {widths} ]".encode("ascii"),
            font_file=zlib.compress(font_file),
            font_file_length=len(font_file),
            to_unicode=zlib.compress(_to_unicode_cmap(base_name, subset)),
        )

    @cached_property
    def _primed(self) -> TTFont.State:
        """The character assignments every primed document starts from, made once."""
        holder = _StateHolder()  # splitString keeps its state per document; this stands in for one
        TTFont.splitString(self, PRIMER, holder)
        return self.state.pop(holder)

    @cached_property
    def _settled(self) -> frozenset[str]:
        # Characters that already have their code in every primed document (no-break space is drawn as
        # a space): text made only of them splits the same way in all of them.
        return frozenset(map(chr, self._primed.assignments)) | {"\u00a0"}

    @lru_cache(maxsize=16384)  # noqa: B019 - see _subset_bytes
    def _split_settled(self, text: str) -> tuple[tuple[int, bytes], ...]:
        """What splitString gives for `text` in any primed document: every character has its code there."""
        assignments = self._primed.assignments
        codes = (assignments[ord(ch)] for ch in text.replace("\u00a0", " "))
        return tuple(
            (subset, bytes(n & 0xFF for n in run)) for subset, run in groupby(codes, lambda n: n >> 8)
        )

    def prime(self, canvas: Canvas) -> None:
        """Give this canvas's document the primer's character assignments (see the module docstring).

        Assigning is all that happens until text is drawn: a primed font that is never used is not
        embedded, nor is a subset that no drawn text uses.
        """
        primed = self._primed
        state = self._assignState(canvas._doc)  # the canvas keeps its document private; no public way
        state.assignments = dict(primed.assignments)
        state.subsets = [list(subset) for subset in primed.subsets]
        state.nextCode = primed.nextCode
        state.used = set()  # from now on, splitString notes the subsets drawn text uses

    def splitString(
        self, text: str, doc: pdfdoc.PDFDocument, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        """ReportLab's splitString; on primed documents, noting the subsets used and cached per line."""
        state = self.state.get(doc)
        used = getattr(state, "used", None)
        if used is None:
            return super().splitString(text, doc, encoding)
        if isinstance(text, str) and self._settled.issuperset(text):
            pieces = list(self._split_settled(text))
        else:  # a character new to this document: it takes the next free code here
            pieces = super().splitString(text, doc, encoding)
        used.update(subset for subset, _ in pieces)
        return pieces

    def addObjects(self, doc: pdfdoc.PDFDocument) -> None:
        """Add the font's subsets to `doc` (called by ReportLab when the document is saved)."""
        state = self._assignState(doc)
        state.frozen = 1
        face = self.face
        flags = (face.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        used = getattr(state, "used", None)
        for index, subset in enumerate(state.subsets):
            if used is not None and index not in used:
                continue
            internal_name = self.getSubsetInternalName(index, doc)[1:]
            parts = self._subset_bytes(index, tuple(subset))
            font_file = _deflated(parts.font_file, Length1=parts.font_file_length)
            descriptor = pdfdoc.PDFDictionary(
                {
                    "Type": "/FontDescriptor",
                    "Ascent": face.ascent,
                    "CapHeight": face.capHeight,
                    "Descent": face.descent,
                    "Flags": flags,
                    "FontBBox": pdfdoc.PDFArray(face.bbox),
                    "FontName": pdfdoc.PDFName(parts.base_name),
                    "ItalicAngle": face.italicAngle,
                    "StemV": face.stemV,
                    "FontFile2": doc.Reference(font_file, f"fontFile:{face.filename}({parts.base_name})"),
                    "MissingWidth": face.defaultWidth,
                }
            )
            font = pdfdoc.PDFTrueTypeFont()
            font.Name = internal_name
            font.BaseFont = parts.base_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = parts.widths
            font.ToUnicode = doc.Reference(_deflated(parts.to_unicode), f"toUnicodeCMap:{parts.base_name}")
            font.FontDescriptor = doc.Reference(descriptor, f"fontDescriptor:{parts.base_name}")
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]
