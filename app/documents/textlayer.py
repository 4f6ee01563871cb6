"""The text a PDF gives back when it is copied or searched: each line in reading order, as it was written.

The page shows a line in visual order (see bidi_text), and text extractors turn it back in two ways:
poppler (`pdftotext`, most viewers on Linux) reads the glyphs by their place on the page and reverses
right-to-left runs; pypdf reads them in the order of the content stream, turning each run of
right-to-left characters around and leaving the rest in the order met. Drawn as one left-to-right
string, a Persian line lost its ZWNJs to both, its lam-alef to poppler (سلام → سالم) and its dates to
pypdf (۱۴۰۵/۰۶/۲۹ → ۹۲/۶۰/۵۰۴۱), and pypdf read its Latin names out of place.

So a line that needs the bidi algorithm is drawn here piece by piece, every glyph at the very place it
has in the visual line (the page looks the same), but written to the content stream in reading order:
- the line is cut into pieces of one direction class (right to left, left to right, neutral), each one
  glyph run on the page and in one embedded subset;
- the pieces are written in the order they are read, each after a font selection (Tf), which ends the
  run a stream-order extractor is building; a right-to-left piece is written from its last character
  to its first, a left-to-right one from its first, and a neutral piece (digits, spaces, a date) in the
  order the extractor will turn it to, from the direction in force, which is followed across the page;
- ZWNJ is drawn as the font's zero-width glyph, and the lam-alef ligature and mirrored brackets through
  carriers (see carriers), so that both extractors read the letters that were written.
The direction classes are the ones stream-order extractors use (pypdf's): Arabic and Hebrew blocks are
right to left; ASCII punctuation, Arabic and Persian digits and general punctuation are neutral; all
else (Latin letters and digits included) left to right.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bidi.mirror import MIRRORED
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.documents import carriers
from app.documents.bidi_text import _UNDRAWN, _reorder, needs_bidi, protect_codes, shape, text_width

ZWNJ = "\u200c"
_NEUTRAL = (
    ("\x00", "\x2f"),
    ("\x3a", "\x40"),
    ("\u0660", "\u066d"),
    ("\u06f0", "\u06f9"),
    ("\u2000", "\u206f"),
    ("\u20a0", "\u21ff"),
)
_RTL = (("\u0590", "\u08ff"), ("\ufb1d", "\ufdff"), ("\ufe70", "\ufeff"))


def _stands_for(ch: str) -> str:
    carrier = carriers.CARRIERS.get(ch)
    return carrier[1] if carrier else ch


@lru_cache(maxsize=4096)
def direction_class(ch: str) -> str:
    """ "R", "L" or "N": how a stream-order extractor takes the character a glyph stands for."""
    ch = _stands_for(ch)
    if any(low <= ch <= high for low, high in _NEUTRAL):
        return "N"
    if any(low <= ch <= high for low, high in _RTL):
        return "R"
    return "L"


@dataclass(frozen=True, slots=True)
class Glyph:
    code: str  # the character drawn (a carrier for some)
    x: float  # its left end, from the line's left end, in points
    advance: float


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str  # "R", "L" or "N"
    glyphs: tuple[Glyph, ...]  # in reading order


def _visual_glyphs(line: str, rtl: bool) -> list[tuple[str, float]]:
    """The glyphs of `line` in visual order, each with its place in reading order (a sort key)."""
    shaped = shape(protect_codes(line.replace("\t", " ")))
    order, levels = _reorder(shaped, rtl)
    slots: list[list[tuple[str, float]]] = [[] for _ in order]  # what is drawn at each visual place
    position = {index: place for place, index in enumerate(order)}
    for place, index in enumerate(order):
        ch = shaped[index]
        if ch in _UNDRAWN:
            continue
        if levels[index] % 2 and ch in MIRRORED:
            ch = carriers.MIRROR.get(ch) or MIRRORED[ch]
        if ch in carriers.LAM_ALEF:
            # The alef, read after the lam, is drawn with no width just left of the ligature.
            slots[place].append((carriers.ALEF[carriers.LAM_ALEF[ch]], index + 0.5))
            ch = carriers.LIGATURE[ch]
        slots[place].append((ch, float(index)))
    for index, ch in enumerate(shaped):
        if ch != ZWNJ or index == 0 or index - 1 not in position:
            continue  # a ZWNJ joins two letters; the algorithm removed it from the order (rule X9)
        place = position[index - 1]
        entry = (ZWNJ, index - 0.25)
        if levels[index - 1] % 2:  # right to left: it follows its letter on the letter's left
            slots[place].insert(0, entry)
        else:
            slots[place].append(entry)
    return [entry for slot in slots for entry in slot]


def _subset_key(font: pdfmetrics.Font, ch: str) -> object:
    """What decides the font resource a character is drawn with (pieces never straddle two)."""
    if not hasattr(font, "_font_for"):
        return font.fontName
    if ch not in font._covered:
        return font._font_for(ch) or font.fontName
    primed = getattr(font, "_primed", None)
    code = primed.assignments.get(ord(ch)) if primed is not None else None
    return code >> 8 if code is not None else ("own", ch)  # a character new to the document: alone


@lru_cache(maxsize=4096)
def plan(line: str, rtl: bool, font_name: str, size: float, word_space: float) -> tuple[Piece, ...]:
    """`line` (logical order, one line) cut into the pieces it is written in, in reading order."""
    font = pdfmetrics.getFont(font_name)
    drawn = _visual_glyphs(line, rtl)
    glyphs: list[tuple[float, int, Glyph]] = []
    x = 0.0
    for place, (code, key) in enumerate(drawn):
        drawn_as = " " if code == "\u00a0" else code
        advance = font.stringWidth(drawn_as, size) + (word_space if drawn_as == " " else 0.0)
        glyphs.append((key, place, Glyph(drawn_as, x, advance)))
        x += advance
    glyphs.sort(key=lambda entry: entry[0])
    pieces: list[Piece] = []
    current: list[tuple[int, Glyph]] = []  # the piece being built; for a neutral piece, all of it
    pending: list[tuple[int, Glyph]] = []  # neutrals after its last strong glyph: may end up apart
    kind, step = "N", 0

    def close() -> None:
        nonlocal current, pending, kind, step
        if kind == "L":  # neutrals after left-to-right letters are read with them
            current, pending = current + pending, []
        if current:
            pieces.append(Piece(kind, tuple(g for _, g in current)))
        if pending:  # after right-to-left letters, they are read apart (a piece read backwards ends strong)
            pieces.append(Piece("N", tuple(g for _, g in pending)))
        current, pending, kind, step = [], [], "N", 0

    for _, place, glyph in glyphs:
        cls = direction_class(glyph.code)
        run = pending or current
        if run:
            moved = place - run[-1][0]
            same_run = abs(moved) == 1 and step in (0, moved)
            same_font = _subset_key(font, glyph.code) == _subset_key(font, (current or pending)[0][1].code)
            if not (same_run and same_font) or {cls, kind} == {"L", "R"} or (cls, kind) == ("L", "N"):
                close()
            else:
                step = moved
        if cls == "N":
            (current if kind == "N" else pending).append((place, glyph))
            continue
        current += pending
        pending = []
        current.append((place, glyph))
        kind = cls
    close()
    return tuple(pieces)


@lru_cache(maxsize=16384)
def _emission(piece: Piece, backwards: bool, size: float) -> tuple[float, tuple[tuple[str, str], ...]]:
    """Where `piece` starts and its glyphs in the order written, as runs drawn one after the other, each
    with the TJ adjustment that first takes the pen back to where the run stands (only ever leftwards)."""
    glyphs = piece.glyphs[::-1] if backwards else piece.glyphs
    runs: list[tuple[str, list[str]]] = []
    pen = glyphs[0].x
    for glyph in glyphs:
        if abs(glyph.x - pen) > 1e-6 or not runs:
            runs.append((fp_str((pen - glyph.x) * 1000 / size) if runs else "", []))
        runs[-1][1].append(glyph.code)
        pen = glyph.x + glyph.advance
    return glyphs[0].x, tuple((adjustment, "".join(codes)) for adjustment, codes in runs)


def _last_strong(text: str, direction: bool) -> bool:
    for ch in reversed(text):
        cls = direction_class(ch)
        if cls != "N":
            return cls == "R"
    return direction


def _direction(canvas: Canvas) -> bool:
    page, direction = getattr(canvas, "_ivc_text_direction", (None, False))
    return direction if page == canvas.getPageNumber() else False


def note_drawn(canvas: Canvas, drawn: str) -> None:
    """Follow the direction a stream-order extractor is in after `drawn` (visual order) is written."""
    canvas._ivc_text_direction = (canvas.getPageNumber(), _last_strong(drawn, _direction(canvas)))  # type: ignore[attr-defined]
    canvas._ivc_text_line = None  # type: ignore[attr-defined]


def draw_line(
    text: PDFTextObject,
    logical: str,
    rtl: bool,
    font_name: str,
    size: float,
    x: float,
    y: float,
    word_space: float,
) -> None:
    """One line written in reading order (see the module docstring); it looks as `visual(logical)` does."""
    canvas = text._canvas
    doc = canvas._doc
    font = pdfmetrics.getFont(font_name)
    escape = canvas._escape
    direction = _direction(canvas)
    code = text._code
    pieces = plan(logical, rtl, font_name, size, word_space)
    if getattr(canvas, "_ivc_text_line", None) == (canvas.getPageNumber(), y) and pieces:
        # Another run ends on this baseline (a table cell, a label): a stream-order extractor would glue
        # the two, since this one starts to its left. A space, drawn where this line starts, parts them.
        space = font.stringWidth(" ", size)
        end = max(g.x + g.advance for piece in pieces for g in piece.glyphs)
        pieces = (Piece("N", (Glyph(" ", end if rtl else -space, space),)), *pieces)
    canvas._ivc_text_line = (canvas.getPageNumber(), y)  # type: ignore[attr-defined]
    for piece in pieces:
        backwards = piece.kind == "R" or (piece.kind == "N" and direction)
        start, runs = _emission(piece, backwards, size)
        ops = ["", f"1 0 0 1 {fp_str(x + start, y)} Tm"]
        name, array = "", []
        for adjustment, run in runs:
            if adjustment:
                array.append(adjustment)
            for subset, chunk in font.splitString(run, doc):
                subset_name = font.getSubsetInternalName(subset, doc)
                if subset_name != name:
                    if name:
                        ops.append(f"[{' '.join(array)}] TJ")
                        array = []
                    ops.append(f"{subset_name} {fp_str(size)} Tf")
                    name = subset_name
                array.append(f"({escape(chunk)})")
        ops.append(f"[{' '.join(array)}] TJ")
        # The font goes first: selecting it ends the run the extractor was building.
        ops[0] = ops.pop(2)
        code.append(" ".join(ops))
        if piece.kind != "N":
            direction = piece.kind == "R"
    text._curSubset = -1  # the font was chosen here behind the text object's back
    canvas._ivc_text_direction = (canvas.getPageNumber(), direction)  # type: ignore[attr-defined]


def wanted(logical: str | None, rtl: bool) -> bool:
    """True when a line must be written through `draw_line` to read back as written."""
    return bool(logical) and (rtl or needs_bidi(logical))


def draw_centred(
    canvas: Canvas, logical: str, rtl: bool, font_name: str, size: float, y: float, invisible: bool = False
) -> None:
    """One line centred on x = 0 (a stamp), written in reading order like `draw_line`; `invisible` text is
    only read (render mode 3), never seen: the word of a mark that is drawn as shapes."""
    text = canvas.beginText()
    if invisible:
        text.setTextRenderMode(3)
    text.setFont(font_name, size)
    draw_line(text, logical, rtl, font_name, size, -text_width(logical, font_name, size) / 2, y, 0.0)
    canvas.drawText(text)
