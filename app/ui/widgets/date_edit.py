"""A date field in the interface's calendar: Jalali with Persian digits, or Gregorian.

The date shown and taken always agrees with app.common.dates (tests check it over the accepted range);
the other calendar's date is in the tooltip. An optional field shows "—" when empty.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

from app.common import dates
from app.ui import i18n


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def qt_calendar(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCalendar

    return QCalendar(QCalendar.System.Jalali if name == dates.JALALI else QCalendar.System.Gregorian)


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None, *, optional: bool = False, calendar: str | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar or i18n.calendar()
        self._optional = optional
        self.setCalendar(qt_calendar(self._calendar))
        self.setDisplayFormat("yyyy/MM/dd" if self._calendar == dates.JALALI else "yyyy-MM-dd")
        self.setCalendarPopup(True)
        popup = QCalendarWidget(self)
        popup.setCalendar(qt_calendar(self._calendar))
        if self._calendar == dates.JALALI:
            # The Iranian weekend is Friday, not Saturday and Sunday.
            normal, weekend = QTextCharFormat(), QTextCharFormat()
            weekend.setForeground(Qt.GlobalColor.darkRed)
            popup.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, normal)
            popup.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, normal)
            popup.setWeekdayTextFormat(Qt.DayOfWeek.Friday, weekend)
            popup.setFirstDayOfWeek(Qt.DayOfWeek.Saturday)
        self.setCalendarWidget(popup)
        low = dates.MIN_DATE - dt.timedelta(days=1) if optional else dates.MIN_DATE
        self.setDateRange(to_qdate(low), to_qdate(dates.MAX_DATE))
        if optional:
            self.setSpecialValueText("—")
        self.dateChanged.connect(self._update_tooltip)
        self.set_date(None if optional else dates.today())

    def calendar_name(self) -> str:
        return self._calendar

    def date_value(self) -> dt.date | None:
        """The date entered, None when an optional field is left empty."""
        if self._optional and self.date() == self.minimumDate():
            return None
        return from_qdate(self.date())

    def set_date(self, day: dt.date | None) -> None:
        if day is None:
            self.setDate(self.minimumDate() if self._optional else to_qdate(dates.today()))
        else:
            self.setDate(to_qdate(min(max(day, dates.MIN_DATE), dates.MAX_DATE)))
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(i18n.date_tooltip(self.date_value()))
