"""Words drawn as the outlines of their glyphs, filled: a mark on the page that is not text.

The draft watermark is set diagonally, and text extractors read slanted text letter by letter, each one
put among the lines of the letter it crosses (pdftotext gave «پ» and «ی» between the body's lines). So
the watermark is drawn as shapes taken from the font (fontTools) and adds nothing to the text layer; the
frame writes its word once more, level and unseen, where it reads as one word (see frame._watermark).
"""

from __future__ import annotations

from functools import lru_cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from app.documents import carriers
from app.documents.bidi_text import visual
from app.resources import resource_path

_FONT_FILES = {"Vazirmatn": "Vazirmatn-Regular.ttf", "Vazirmatn-Bold": "Vazirmatn-Bold.ttf"}

Op = tuple[str, tuple[float, ...]]  # ("m" | "l" | "c" | "h", coordinates in font units)


class _Recorder(BasePen):
    """A pen that keeps a glyph's contours as path operations, shifted right by `dx` font units."""

    def __init__(self, glyph_set: object, dx: float) -> None:
        super().__init__(glyph_set)
        self.ops: list[Op] = []
        self.dx = dx

    def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 - fontTools' pen protocol
        self.ops.append(("m", (pt[0] + self.dx, pt[1])))

    def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(("l", (pt[0] + self.dx, pt[1])))

    def _curveToOne(self, p1, p2, p3) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.ops.append(("c", (p1[0] + self.dx, p1[1], p2[0] + self.dx, p2[1], p3[0] + self.dx, p3[1])))

    def _closePath(self) -> None:  # noqa: N802
        self.ops.append(("h", ()))


@lru_cache(maxsize=4)
def _font(name: str) -> TTFont:
    return TTFont(str(resource_path("fonts", _FONT_FILES[name])), lazy=True)


@lru_cache(maxsize=64)
def outline(text: str, rtl: bool, font_name: str) -> tuple[float, int, tuple[Op, ...]]:
    """`text` shaped and in visual order as path operations in font units: (advance, units per em, ops).

    A character the font lacks is left out (the watermark's words are the font's own letters)."""
    font = _font(font_name)
    cmap, glyphs, metrics = font.getBestCmap(), font.getGlyphSet(), font["hmtx"]
    pen_x, ops = 0.0, []
    for ch in visual(text, rtl):
        drawn = carriers.CARRIERS.get(ch, (ch, ch))[0]
        name = cmap.get(ord(drawn))
        if name is None:
            continue
        recorder = _Recorder(glyphs, pen_x)
        glyphs[name].draw(recorder)
        ops += recorder.ops
        pen_x += metrics[name][0]
    return pen_x, font["head"].unitsPerEm, tuple(ops)


@lru_cache(maxsize=64)
def _path(text: str, rtl: bool, font_name: str) -> tuple[float, int, PDFPathObject]:
    """The outline as one PDF path (built once: its code is the same on every page)."""
    advance, units, ops = outline(text, rtl, font_name)
    path = PDFPathObject()
    draw = {"m": path.moveTo, "l": path.lineTo, "c": path.curveTo}
    for op, points in ops:
        if op == "h":
            path.close()
        else:
            draw[op](*points)
    return advance, units, path


def draw_centred(canvas: Canvas, text: str, rtl: bool, font_name: str, size: float, y: float) -> None:
    """`text` as filled outlines in the current fill colour, centred on x = 0 with its baseline at `y`."""
    advance, units, path = _path(text, rtl, font_name)
    scale = size / units
    canvas.saveState()
    canvas.translate(-advance * scale / 2, y)
    canvas.scale(scale, scale)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
