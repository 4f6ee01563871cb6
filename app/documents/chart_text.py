"""Chart labels that read back as written: a String that keeps its text in reading order, and the
renderer that writes it into the PDF through the text layer (see textlayer).

A chart's String holds its text shaped and in visual order, which is what the Reports page paints; drawn
as it is into a PDF, a Persian label comes back from pdftotext and pypdf reversed, its ZWNJs and lam-alef
lost. So each label also keeps `logical` (as written) and `rtl`, and the PDF renderer draws a label that
needs it through textlayer.draw_line, glyph for glyph where the visual string would have put it.
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.renderbase import renderScaledDrawing
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isBoolean, isString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents import textlayer

_SHIFT = {"start": 0.0, "inherited": 0.0, "middle": 0.5, "end": 1.0}


class Label(String):
    """A String (visual text) that also knows its text as written and the direction it was laid out in."""

    _attrMap = AttrMap(
        BASE=String,
        logical=AttrMapValue(isString, desc="the text as written (reading order)"),
        rtl=AttrMapValue(isBoolean, desc="laid out right to left"),
    )

    def __init__(self, x: float, y: float, text: str, logical: str, rtl: bool, **kw: object) -> None:
        super().__init__(x, y, text, **kw)
        self.logical = logical
        self.rtl = rtl


class _Renderer(renderPDF._PDFRenderer):  # noqa: SLF001 - ReportLab's renderer, one method changed
    def drawString(self, stringObj: String) -> None:  # noqa: N802 - ReportLab's renderer protocol
        logical, rtl = getattr(stringObj, "logical", ""), getattr(stringObj, "rtl", False)
        if not (self._fill and textlayer.wanted(logical, rtl)):
            super().drawString(stringObj)
            return
        state = self._tracker.getState()
        font, size, anchor = state["fontName"], state["fontSize"], state["textAnchor"]
        x = stringObj.x - _SHIFT.get(anchor, 0.0) * stringWidth(stringObj.text, font, size)
        text = self._canvas.beginText()
        text.setFont(font, size)
        textlayer.draw_line(text, logical, rtl, font, size, x, stringObj.y, 0.0)
        self._canvas.drawText(text)


def draw(drawing: Drawing, canvas: Canvas, x: float, y: float) -> None:
    """renderPDF.draw, with Labels written in reading order."""
    _Renderer().draw(renderScaledDrawing(drawing), canvas, x, y, showBoundary=False)
