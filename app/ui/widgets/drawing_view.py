"""A ReportLab drawing (reportlab.graphics shapes) painted with QPainter: the annual report's charts on
screen are the very drawings placed in its PDF (app.documents.report_charts).

It paints the flat shapes those charts use: Rect, Line, PolyLine, Circle and String. A String's text is
already shaped and in visual order, so it is drawn left to right as it stands (a left-to-right override
keeps Qt from reordering it a second time).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String

from app.documents.fonts import BOLD
from app.resources import resource_path

_LRO, _PDF = "\u202d", "\u202c"
_family: list[str] = []


def _font_family() -> str:
    """The documents' font (Vazirmatn), loaded into Qt once: the charts are drawn with it in either
    language."""
    if not _family:
        found = QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Regular.ttf")))
        QFontDatabase.addApplicationFont(str(resource_path("fonts", "Vazirmatn-Bold.ttf")))
        families = QFontDatabase.applicationFontFamilies(found) if found >= 0 else []
        _family.append(families[0] if families else "Vazirmatn")
    return _family[0]


def _colour(colour: Any) -> QColor | None:
    if colour is None:
        return None
    return QColor.fromRgbF(float(colour.red), float(colour.green), float(colour.blue))


def _pen(shape: Any) -> QPen:
    colour = _colour(getattr(shape, "strokeColor", None))
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(colour)
    pen.setWidthF(float(getattr(shape, "strokeWidth", 1) or 1))
    return pen


def _brush(shape: Any) -> QBrush:
    colour = _colour(getattr(shape, "fillColor", None))
    return QBrush(colour) if colour is not None else QBrush(Qt.BrushStyle.NoBrush)


def paint_drawing(painter: QPainter, drawing: Drawing) -> None:
    """Paint `drawing` with its origin at the painter's top left, one drawing point to one painter unit."""
    height = float(drawing.height)
    for shape in drawing.contents:
        if isinstance(shape, Rect):
            painter.setPen(_pen(shape))
            painter.setBrush(_brush(shape))
            painter.drawRect(QRectF(shape.x, height - shape.y - shape.height, shape.width, shape.height))
        elif isinstance(shape, Line):
            painter.setPen(_pen(shape))
            painter.drawLine(QPointF(shape.x1, height - shape.y1), QPointF(shape.x2, height - shape.y2))
        elif isinstance(shape, PolyLine):
            painter.setPen(_pen(shape))
            points = shape.points
            painter.drawPolyline(
                QPolygonF([QPointF(points[i], height - points[i + 1]) for i in range(0, len(points), 2)])
            )
        elif isinstance(shape, Circle):
            painter.setPen(_pen(shape))
            painter.setBrush(_brush(shape))
            painter.drawEllipse(QPointF(shape.cx, height - shape.cy), shape.r, shape.r)
        elif isinstance(shape, String):
            font = QFont(_font_family())
            font.setPixelSize(max(1, round(shape.fontSize)))
            font.setBold(shape.fontName == BOLD)
            painter.setFont(font)
            painter.setPen(QPen(_colour(shape.fillColor) or QColor("black")))
            text = _LRO + shape.text + _PDF
            width = QFontMetricsF(font).horizontalAdvance(text)
            x = shape.x - {"end": width, "middle": width / 2}.get(shape.textAnchor, 0.0)
            painter.drawText(QPointF(x, height - shape.y), text)


class DrawingView(QWidget):
    """Shows one drawing at `scale` pixels per point; its size is the drawing's."""

    def __init__(self, drawing: Drawing, scale: float = 1.25, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drawing = drawing
        self.scale = scale
        self.setFixedSize(self.sizeHint())
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the drawing is laid out already

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(round(self.drawing.width * self.scale), round(self.drawing.height * self.scale))

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.scale(self.scale, self.scale)
        paint_drawing(painter, self.drawing)
        painter.end()
