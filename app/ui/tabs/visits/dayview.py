"""The day view of a programme: one column a day, items as blocks on a time scale; clashes in red.

Painted, not built from widgets: a secretary sees at a glance which items overlap or take someone or a
room twice. Clicking a block selects its item; double-clicking opens it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from app.services import visits
from app.ui import i18n
from app.ui.i18n import error_text

_GUTTER = 56.0
_HEADER = 34.0
_NORMAL = QColor("#dbe8f6")
_NORMAL_EDGE = QColor("#5b7fa6")
_CLASH = QColor("#f8d0cc")
_CLASH_EDGE = QColor("#b3261e")
_OUTSIDE = QColor("#eeeeee")
MAX_DAYS = 14


class DayView(QWidget):
    item_clicked = Signal(int)
    item_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[visits.ItemRow] = []
        self.problems: dict[int, list[visits.ItineraryProblem]] = {}
        self.days: list[dt.date] = []
        self.visit_days: tuple[dt.date | None, dt.date | None] = (None, None)
        self.selected: int | None = None
        self._blocks: list[tuple[QRectF, int]] = []
        self.setMinimumHeight(260)
        self.setMouseTracking(True)

    def set_programme(
        self,
        items: list[visits.ItemRow],
        problems: dict[int, list[visits.ItineraryProblem]],
        first: dt.date | None,
        last: dt.date | None,
    ) -> None:
        self.items, self.problems, self.visit_days = items, problems, (first, last)
        days = {item.day for item in items}
        if first and last and (last - first).days < MAX_DAYS:
            days |= {first + dt.timedelta(days=n) for n in range((last - first).days + 1)}
        self.days = sorted(days)[: MAX_DAYS * 2]
        self.update()

    def _hours(self) -> tuple[int, int]:
        first = min([7, *(i.start.hour for i in self.items)])
        last = max([21, *((i.end.hour + (1 if i.end.minute else 0)) for i in self.items)])
        return first, min(24, last)

    def _x(self, index: int, width: float) -> float:
        """Left edge of day `index`; days run right to left in a right-to-left interface."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return self.width() - _GUTTER - (index + 1) * width
        return _GUTTER + index * width

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._blocks = []
        if not self.days:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                i18n.translate("VisitDayView", "No items yet: add the programme's items."),
            )
            return
        first_hour, last_hour = self._hours()
        width = (self.width() - _GUTTER - 4) / len(self.days)
        per_hour = (self.height() - _HEADER - 4) / max(1, last_hour - first_hour)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        gutter_x = self.width() - _GUTTER if rtl else 0.0
        painter.setPen(QPen(self.palette().mid().color(), 0.5))
        for hour in range(first_hour, last_hour + 1):
            y = _HEADER + (hour - first_hour) * per_hour
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            painter.drawText(
                QRectF(gutter_x + 2, y - 8, _GUTTER - 4, 16),
                Qt.AlignmentFlag.AlignCenter,
                i18n.digits(f"{hour:02d}:00"),
            )
        first, last = self.visit_days
        for index, day in enumerate(self.days):
            x = self._x(index, width)
            if (first and day < first) or (last and day > last):
                painter.fillRect(QRectF(x, _HEADER, width, self.height() - _HEADER), _OUTSIDE)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, 2, width, _HEADER - 4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                i18n.format_date(day),
            )
            painter.setPen(QPen(self.palette().mid().color(), 0.5))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        for item in self.items:
            if item.day not in self.days:
                continue
            x = self._x(self.days.index(item.day), width)
            top = _HEADER + (item.start.hour + item.start.minute / 60 - first_hour) * per_hour
            bottom = _HEADER + (item.end.hour + item.end.minute / 60 - first_hour) * per_hour
            rect = QRectF(x + 3, top + 1, width - 6, max(12.0, bottom - top - 2))
            clash = item.id in self.problems
            painter.setBrush(_CLASH if clash else _NORMAL)
            edge = QPen(_CLASH_EDGE if clash else _NORMAL_EDGE, 2.5 if item.id == self.selected else 1)
            painter.setPen(edge)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(self.palette().text().color() if not clash else _CLASH_EDGE)
            label = ("⚠ " if clash else "") + item.title(i18n.language())
            painter.drawText(
                rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, label
            )
            self._blocks.append((rect, item.id))
        painter.end()

    def _item_at(self, event: QMouseEvent) -> int | None:
        return next((item_id for rect, item_id in self._blocks if rect.contains(event.position())), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item_id = self._item_at(event)
        if item_id is not None:
            self.selected = item_id
            self.item_clicked.emit(item_id)
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item_id = self._item_at(event)
        if item_id is not None:
            self.item_opened.emit(item_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item_id = self._item_at(event)
        if item_id is not None and item_id in self.problems:
            QToolTip.showText(
                event.globalPosition().toPoint(),
                "\n".join(error_text(p) for p in self.problems[item_id]),
                self,
            )
        else:
            QToolTip.hideText()
