"""Glyph codes that draw one glyph and tell text extractors another character (the PDF's ToUnicode map).

Copying text out of a PDF reads each drawn glyph's ToUnicode entry and, for right-to-left script, turns
the glyphs' visual order back into reading order. Three things do not survive that on their own:
- the lam-alef ligature is one glyph for two letters, and an extractor that spreads «لا» over the glyph
  from left to right reverses it with the rest of the word (poppler: سلام → سالم). Here the ligature
  reads as its lam and a zero-width glyph drawn just left of it reads as its alef;
- a bracket drawn mirrored in right-to-left text is the glyph of its mirror image: it reads as the
  bracket that was written;
- ZWNJ is drawn as the font's own zero-width glyph (see textlayer), so it is not a carrier.

Carriers are private-use code points added to the Persian font's character map; each names the glyph it
draws and the text it stands for. No user text can hold them: `markup.clean` keeps only printable text,
and these are never typed.
"""

from __future__ import annotations

from bidi.mirror import MIRRORED

# The lam-alef ligatures (isolated and final forms) and the alef each one joins.
LAM_ALEF = {
    "\ufefb": "\u0627",
    "\ufefc": "\u0627",
    "\ufef5": "\u0622",
    "\ufef6": "\u0622",
    "\ufef7": "\u0623",
    "\ufef8": "\u0623",
    "\ufef9": "\u0625",
    "\ufefa": "\u0625",
}
_ZERO_WIDTH = "\u200c"  # the font's empty, zero-width glyph that alef carriers are drawn with
_BASE = 0xF0000  # Supplementary Private Use Area-A: no font of the chain draws anything there

# carrier -> (character whose glyph it draws, text it stands for)
_ALEF_CARRIERS = {chr(_BASE + i): (_ZERO_WIDTH, alef) for i, alef in enumerate("\u0627\u0622\u0623\u0625")}
ALEF = {text: carrier for carrier, (_, text) in _ALEF_CARRIERS.items()}
_LIGATURE_CARRIERS = {chr(_BASE + 0x20 + i): (ligature, "\u0644") for i, ligature in enumerate(LAM_ALEF)}
LIGATURE = {drawn: carrier for carrier, (drawn, _) in _LIGATURE_CARRIERS.items()}
# The brackets Persian text uses, each drawn as its mirror image at a right-to-left level.
_MIRROR_CARRIERS = {chr(_BASE + 0x10 + i): (MIRRORED[ch], ch) for i, ch in enumerate("()«»")}
MIRROR = {text: carrier for carrier, (_, text) in _MIRROR_CARRIERS.items()}
CARRIERS = {**_ALEF_CARRIERS, **_LIGATURE_CARRIERS, **_MIRROR_CARRIERS}
# Carriers common enough in Persian text to take a code in the first embedded subset (see fontcache):
# plain lam-alef (in «سلام», «لازم») and the brackets; lam-alef with madda or hamza is rare.
COMMON = ALEF["\u0627"] + LIGATURE["\ufefb"] + LIGATURE["\ufefc"] + "".join(MIRROR.values())
RARE = "".join(ch for ch in CARRIERS if ch not in COMMON)


def text_of(code: int) -> str | None:
    """The text a carrier stands for in the ToUnicode map; None for any other code."""
    carrier = CARRIERS.get(chr(code))
    return None if carrier is None else carrier[1]


def install(face: object) -> None:
    """Add the carriers to a font face's character map, each drawing its glyph with that glyph's width."""
    char_to_glyph = face.charToGlyph  # type: ignore[attr-defined]
    widths = face.charWidths  # type: ignore[attr-defined]
    for carrier, (drawn, _) in CARRIERS.items():
        if ord(drawn) in char_to_glyph:
            char_to_glyph[ord(carrier)] = char_to_glyph[ord(drawn)]
            widths[ord(carrier)] = widths.get(ord(drawn), 0)
