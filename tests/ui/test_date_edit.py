"""The date field agrees with the Qt-free date helpers for every date the app accepts."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale

from app.common import dates
from app.common.text import to_latin_digits
from app.ui.widgets.date_edit import DateEdit, from_qdate, qt_calendar, to_qdate


@pytest.mark.parametrize("calendar", dates.CALENDARS)
def test_every_accepted_date_shows_as_the_helpers_say(qtbot, calendar):
    """Qt's calendar and jdatetime agree on each day of the accepted range (text shown and date taken)."""
    edit = DateEdit(calendar=calendar)
    qtbot.addWidget(edit)
    cal = qt_calendar(calendar)
    day = dates.MIN_DATE
    while day <= dates.MAX_DATE:
        qdate = to_qdate(day)
        parts = cal.partsFromDate(qdate)
        if calendar == dates.JALALI:
            assert (parts.year, parts.month, parts.day) == dates.to_jalali(day), day
            assert QDate(parts.year, parts.month, parts.day, cal) == qdate
        day += dt.timedelta(days=1)
    for day in (dates.MIN_DATE, dt.date(2026, 3, 21), dt.date(2026, 11, 24), dt.date(2025, 3, 20), dates.MAX_DATE):
        edit.set_date(day)
        assert to_latin_digits(edit.text()) == dates.format_date(day, calendar, "en")
        assert edit.date_value() == day


def test_typing_a_jalali_date(qtbot):
    edit = DateEdit(calendar=dates.JALALI)
    qtbot.addWidget(edit)
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "14050903")
    assert edit.date_value() == dt.date(2026, 11, 24)
    assert "2026" in edit.toolTip() or "۲۰۲۶" in edit.toolTip()


def test_optional_field_can_be_empty(qtbot):
    edit = DateEdit(optional=True)
    qtbot.addWidget(edit)
    assert edit.date_value() is None
    edit.set_date(dt.date(2026, 1, 1))
    assert edit.date_value() == dt.date(2026, 1, 1)
    edit.set_date(None)
    assert edit.date_value() is None


def test_persian_locale_gives_persian_digits(qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    try:
        edit = DateEdit(calendar=dates.JALALI)
        qtbot.addWidget(edit)
        edit.set_date(dt.date(2026, 11, 24))
        assert to_latin_digits(edit.text()) == "1405/09/03"
        assert from_qdate(edit.date()) == dt.date(2026, 11, 24)
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
