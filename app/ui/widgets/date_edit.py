"""Date and time fields a secretary types into: the text typed is the value the field then holds.

A field is a line of text, not Qt's sectioned QDateEdit (whose sections advance on their own, so that
"1405/09/03" typed after Ctrl+A became 1405/09/09, and which reversed its sections right to left). The text is
read by app.common.dates when the secretary presses Enter or leaves the field: in the interface's calendar,
with or without separators, in Latin or Persian digits. Text that is not a date is refused in words under the
field, and the field goes back to the value it held. Dates show in the same order and digits as the lists and
documents; the other calendar's date is in the tooltip. An optional field may be left empty ("—").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.ui import i18n
from app.ui.i18n import translate


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def qt_calendar(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCalendar

    return QCalendar(QCalendar.System.Jalali if name == dates.JALALI else QCalendar.System.Gregorian)


class _TypedField(QWidget):
    """A line of text with a value behind it: typed text becomes the value on Enter or on leaving the field,
    or is refused with a message under it. Escape with typed text pending puts the value's text back."""

    valueChanged = Signal(object)
    SAMPLE = ""  # the widest text the field shows, for its width

    def __init__(self, parent: QWidget | None, value: Any, optional: bool) -> None:
        super().__init__(parent)
        self._optional = optional
        self._value = value
        self.line = QLineEdit(self)
        self.line.setObjectName("typed_text")
        if optional:
            self.line.setPlaceholderText("—")
        self.error = QLabel(self)
        self.error.setObjectName("typed_error")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setMinimumWidth(220)
        self.error.hide()
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(2)
        self._row.addWidget(self.line)
        self._row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(self._row)
        column.addWidget(self.error)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        width = self.line.fontMetrics().horizontalAdvance(self.SAMPLE) + 24
        self.line.setMinimumWidth(width)
        self.line.setMaximumWidth(width * 2)
        # The line stays short; the message under it may take the whole width of the form.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.line.editingFinished.connect(self.commit)
        self.line.installEventFilter(self)
        self._show(value)

    # What the subclass says: how its values read and are written.
    def parse(self, text: str) -> Any:
        raise NotImplementedError

    def format(self, value: Any) -> str:
        raise NotImplementedError

    def refusal(self, text: str) -> str:
        raise NotImplementedError

    def described(self, value: Any) -> str:
        return ""

    def text(self) -> str:
        return self.line.text()

    def pending(self) -> bool:
        """Text typed and not yet taken (nor refused)."""
        return self.line.text() != self.format(self._value)

    def commit(self) -> bool:
        """Take the typed text as the value; False (and a message, the old value back) when it is refused."""
        if not self.pending():
            return True  # nothing new typed (Qt says editing finished again once a refused text is put back)
        text = self.line.text().strip()
        if not text and self._optional:
            value = None
        elif not text:
            return self._refuse(translate("DateEdit", "This field cannot be left empty."))
        else:
            try:
                value = self.parse(text)
            except dates.DateError:
                return self._refuse(self.refusal(text))
        self.error.hide()
        self._set(value)
        return True

    def _refuse(self, message: str) -> bool:
        self.error.setText(message)
        self.error.show()
        self._show(self._value)
        return False

    def _set(self, value: Any) -> None:
        changed = value != self._value
        self._value = value
        self._show(value)
        if changed:
            self.valueChanged.emit(value)

    def _show(self, value: Any) -> None:
        self.line.setText(self.format(value))
        self.line.setToolTip(self.described(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.key(event)
        return super().eventFilter(watched, event)

    def key(self, event: QKeyEvent) -> bool:
        """Keys the field handles itself before the line of text: True when handled."""
        if event.key() == Qt.Key.Key_Escape and self.pending():
            self.error.hide()
            self._show(self._value)
            return True
        return False


class DateEdit(_TypedField):
    """A date in the interface's calendar (Jalali with Persian digits, or Gregorian), with a calendar
    popup."""

    dateChanged = Signal(object)  # the new date, or None when an optional field is emptied
    SAMPLE = "0000/00/00"

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, calendar: str | None = None
    ) -> None:
        self._calendar = calendar or i18n.calendar()
        super().__init__(parent, None if optional else dates.today(), optional)
        self.valueChanged.connect(self.dateChanged.emit)
        self.button = QToolButton(self)
        self.button.setObjectName("calendar_button")
        self.button.setText("▾")
        self.button.setToolTip(translate("DateEdit", "Choose in the calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.show_calendar)
        self._row.insertWidget(1, self.button)
        self.popup: QCalendarWidget | None = None

    def calendar_name(self) -> str:
        return self._calendar

    def date_value(self) -> dt.date | None:
        """The date entered (text still being typed is taken first), None when an optional field is empty."""
        if self.pending():
            self.commit()
        return self._value

    def set_date(self, day: dt.date | None) -> None:
        if day is None and not self._optional:
            day = dates.today()
        if day is not None:
            day = min(max(day, dates.MIN_DATE), dates.MAX_DATE)
        self.error.hide()
        self._set(day)

    def parse(self, text: str) -> dt.date:
        return dates.parse_date(text, self._calendar)

    def format(self, value: dt.date | None) -> str:
        return dates.format_date(value, self._calendar, i18n.language()) if value is not None else ""

    def described(self, value: dt.date | None) -> str:
        return dates.format_date(value, dates.other_calendar(self._calendar), i18n.language(), "long")

    def refusal(self, text: str) -> str:
        first, last = dates.MIN_DATE, dates.MAX_DATE
        return (
            translate("DateEdit", "“%1” is not a date. Type it as %2, with or without the separators.")
            .replace("%1", i18n.isolated(text))
            .replace("%2", self.format(dates.today()))
            + " "
            + translate("DateEdit", "Dates from %1 to %2 are accepted.")
            .replace("%1", self.format(first))
            .replace("%2", self.format(last))
        )

    def key(self, event: QKeyEvent) -> bool:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.show_calendar()
            return True
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            if self.pending() and not self.commit():
                return True
            start = self._value or dates.today()
            self.set_date(start + dt.timedelta(days=1 if event.key() == Qt.Key.Key_Up else -1))
            return True
        return super().key(event)

    def show_calendar(self) -> None:
        """The month of the field's date (today's when it is empty) in the field's calendar."""
        if self.pending():
            self.commit()
        if self.popup is None:
            self.popup = _calendar_popup(self, self._calendar)
            self.popup.clicked.connect(self._picked)
            self.popup.activated.connect(self._picked)
        shown = to_qdate(self._value or dates.today())
        self.popup.setSelectedDate(shown)
        self.popup.setCurrentPage(
            qt_calendar(self._calendar).partsFromDate(shown).year,
            qt_calendar(self._calendar).partsFromDate(shown).month,
        )
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        corner = self.line.rect().bottomRight() if right_to_left else self.line.rect().bottomLeft()
        place = self.line.mapToGlobal(corner + QPoint(0, 1))
        if right_to_left:
            place.setX(place.x() - self.popup.sizeHint().width())
        self.popup.move(place)
        self.popup.show()
        self.popup.setFocus()

    def _picked(self, value: QDate) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.set_date(from_qdate(value))
        self.line.setFocus()


def _calendar_popup(parent: QWidget, calendar: str) -> QCalendarWidget:
    popup = QCalendarWidget(parent)
    popup.setWindowFlags(Qt.WindowType.Popup)
    popup.setCalendar(qt_calendar(calendar))
    popup.setDateRange(to_qdate(dates.MIN_DATE), to_qdate(dates.MAX_DATE))
    popup.setGridVisible(True)
    # Week numbers are Gregorian (ISO) whatever the calendar, and an office has no use for them.
    popup.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    if calendar == dates.JALALI:
        # The Iranian week starts on Saturday and its weekend is Friday, not Saturday and Sunday.
        normal, weekend = QTextCharFormat(), QTextCharFormat()
        weekend.setForeground(Qt.GlobalColor.darkRed)
        popup.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, normal)
        popup.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, normal)
        popup.setWeekdayTextFormat(Qt.DayOfWeek.Friday, weekend)
        popup.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
    return popup


class TimeEdit(_TypedField):
    """A time of day, "09:30", typed as 9:30, 0930, 930 or ۰۹:۳۰; Up and Down move it by five minutes."""

    timeChanged = Signal(object)
    SAMPLE = "00:00"

    def __init__(self, value: dt.time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, value or dt.time(9, 0), False)
        self.valueChanged.connect(self.timeChanged.emit)
        self.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum
        )  # "from" and "to" side by side

    def time_value(self) -> dt.time:
        """The time entered (text still being typed is taken first)."""
        if self.pending():
            self.commit()
        return self._value

    def set_time(self, value: dt.time) -> None:
        self.error.hide()
        self._set(dt.time(value.hour, value.minute))

    def parse(self, text: str) -> dt.time:
        return dates.parse_time(text)

    def format(self, value: dt.time) -> str:
        return dates.format_time(value, i18n.language())

    def refusal(self, text: str) -> str:
        return (
            translate("DateEdit", "“%1” is not a time of day. Type it as %2.")
            .replace("%1", i18n.isolated(text))
            .replace("%2", self.format(dt.time(9, 30)))
        )

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            if self.pending() and not self.commit():
                return True
            moment = dt.datetime.combine(dt.date(2000, 1, 1), self._value)
            moment += dt.timedelta(minutes=5 if event.key() == Qt.Key.Key_Up else -5)
            self.set_time(moment.time())
            return True
        return super().key(event)
