"""Date and time fields take what a person types, in both calendars, both languages and both scripts of
digits.

The expected dates come from jdatetime directly (the independent reference), never from app.common.dates;
"today" is moved far from the typed dates, so a field that keeps today instead of the typed date fails.
"""

import datetime as dt

import jdatetime
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.common.text import to_latin_digits, to_persian_digits
from app.ui import i18n
from app.ui.widgets.date_edit import DateEdit, TimeEdit, qt_calendar, to_qdate
from tests.ui.typing import focused, press, select_all, tab_into, type_text

TODAY = dt.date(2027, 3, 20)  # Nowruz eve: far from every date typed below


@pytest.fixture(autouse=True)
def frozen_today(frozen_clock):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(23, 30)))


@pytest.fixture
def lang(ui_language):
    return ui_language


def _window(qtbot, field):  # type: ignore[no-untyped-def]
    """The field in a window between two other fields, shown and active as a dialog is."""
    window = QDialog()
    qtbot.addWidget(window)
    before, after = QLineEdit(window), QLineEdit(window)
    layout = QVBoxLayout(window)
    for widget in (before, field, after):
        layout.addWidget(widget)
    QWidget.setTabOrder(before, field)
    QWidget.setTabOrder(field, after)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, after


JALALI_TYPED = {  # what is typed -> the Jalali date meant
    "1405/09/03": (1405, 9, 3),
    "14050903": (1405, 9, 3),
    "1405/9/3": (1405, 9, 3),
    "۱۴۰۵/۰۹/۰۳": (1405, 9, 3),
    "۱۴۰۳/۱۲/۳۰": (1403, 12, 30),  # the last day of leap year 1403
    "1406-01-01": (1406, 1, 1),
}
GREGORIAN_TYPED = {
    "2026-11-24": dt.date(2026, 11, 24),
    "20261124": dt.date(2026, 11, 24),
    "۲۰۲۶-۱۱-۲۴": dt.date(2026, 11, 24),
    "2024/02/29": dt.date(2024, 2, 29),
}


@pytest.mark.parametrize("how", ["tab", "ctrl-a"])
@pytest.mark.parametrize("finish", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
@pytest.mark.parametrize(
    ("calendar", "typed", "meant"),
    [(dates.JALALI, t, jdatetime.date(*m).togregorian()) for t, m in JALALI_TYPED.items()]
    + [(dates.GREGORIAN, t, d) for t, d in GREGORIAN_TYPED.items()],
)
def test_the_typed_date_is_the_date_held(qtbot, lang, calendar, typed, meant, how, finish):
    field = DateEdit(calendar=calendar)
    window, before, _ = _window(qtbot, field)
    if how == "tab":
        assert tab_into(before) is field.line
    else:
        field.setFocus()
        select_all()
    type_text(typed)
    press(finish)
    assert field.date_value() == meant
    assert field.error.isHidden()
    shown = field.text()
    assert to_latin_digits(shown) == (
        f"{jdatetime.date.fromgregorian(date=meant):%Y/%m/%d}"
        if calendar == dates.JALALI
        else meant.isoformat()
    )
    assert shown == (to_persian_digits(shown) if lang == "fa" else to_latin_digits(shown))


@pytest.mark.parametrize(
    ("calendar", "typed"),
    [
        (dates.JALALI, "1405/13/01"),
        (dates.JALALI, "1404/12/30"),
        (dates.JALALI, "۱۴۰۵/۰۷/۳۱"),
        (dates.JALALI, "1405/09"),
        (dates.GREGORIAN, "2026-02-29"),
        (dates.GREGORIAN, "2026-13-01"),
        (dates.JALALI, "1303/12/29"),
        (dates.GREGORIAN, "tomorrow"),
    ],
)
def test_a_date_that_does_not_exist_is_refused_in_words_and_nothing_half_typed_stays(
    qtbot, lang, calendar, typed
):
    field = DateEdit(calendar=calendar)
    field.set_date(dt.date(2026, 5, 5))
    window, before, after = _window(qtbot, field)
    changes = []
    field.dateChanged.connect(changes.append)
    tab_into(before)
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert field.date_value() == dt.date(2026, 5, 5)
    assert not changes
    assert field.isVisibleTo(field.window()) and not field.error.isHidden()
    assert typed in field.error.text()
    assert to_latin_digits(field.text()) == dates.format_date(dt.date(2026, 5, 5), calendar, "en")
    assert focused() is after
    type_text("x")  # the refusal is not a trap: the next field takes the keys
    assert after.text() == "x"
    # Typing a good date afterwards clears the message.
    field.setFocus()
    select_all()
    type_text("1405/01/01" if calendar == dates.JALALI else "2026-03-21")
    press(Qt.Key.Key_Return)
    assert field.date_value() == dt.date(2026, 3, 21) and field.error.isHidden()


def test_an_optional_date_is_typed_cleared_and_left_with_tab(qtbot, lang):
    field = DateEdit(optional=True, calendar=dates.JALALI)
    window, before, after = _window(qtbot, field)
    assert field.date_value() is None and field.text() == ""
    assert tab_into(before) is field.line
    press(Qt.Key.Key_Tab)
    assert focused() is after, "Tab leaves an empty optional field"
    assert field.date_value() is None
    field.setFocus()
    type_text("۱۴۰۵/۱۰/۰۱")
    press(Qt.Key.Key_Return)
    assert field.date_value() == jdatetime.date(1405, 10, 1).togregorian()
    select_all()
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Return)
    assert field.date_value() is None


def test_a_required_date_cannot_be_emptied(qtbot):
    field = DateEdit(calendar=dates.GREGORIAN)
    window, before, _ = _window(qtbot, field)
    tab_into(before)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_Tab)
    assert field.date_value() == TODAY
    assert not field.error.isHidden()


def test_escape_puts_back_what_was_typed_then_closes_the_dialog(qtbot):
    field = DateEdit(calendar=dates.JALALI)
    field.set_date(dt.date(2026, 5, 5))
    window, before, _ = _window(qtbot, field)
    tab_into(before)
    type_text("1405/12/")
    press(Qt.Key.Key_Escape)
    assert field.date_value() == dt.date(2026, 5, 5) and window.isVisible()
    assert field.text() == dates.format_date(dt.date(2026, 5, 5), dates.JALALI, "en")
    press(Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_date_typed_and_not_yet_left_is_the_one_read(qtbot):
    """A dialog's accept() that reads the field while the text is still being typed gets the typed date."""
    field = DateEdit(calendar=dates.JALALI)
    window = _window(qtbot, field)  # noqa: F841
    field.setFocus()
    select_all()
    type_text("14051010")
    assert field.date_value() == jdatetime.date(1405, 10, 10).togregorian()


def test_up_and_down_move_a_day(qtbot):
    field = DateEdit(calendar=dates.JALALI)
    field.set_date(jdatetime.date(1403, 12, 30).togregorian())
    window = _window(qtbot, field)  # noqa: F841
    field.setFocus()
    press(Qt.Key.Key_Up)
    assert field.date_value() == jdatetime.date(1404, 1, 1).togregorian()
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert field.date_value() == jdatetime.date(1403, 12, 29).togregorian()


@pytest.mark.parametrize("calendar", dates.CALENDARS)
def test_the_calendar_opens_at_the_fields_month_or_today_and_sets_the_date(qtbot, lang, calendar):
    field = DateEdit(optional=True, calendar=calendar)
    window = _window(qtbot, field)  # noqa: F841
    field.show_calendar()
    popup = field.popup
    assert isinstance(popup, QCalendarWidget) and popup.isVisible()
    cal = qt_calendar(calendar)
    today = cal.partsFromDate(to_qdate(TODAY))
    assert (popup.yearShown(), popup.monthShown()) == (today.year, today.month)
    assert popup.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    if calendar == dates.JALALI:
        assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    popup.clicked.emit(QDate(2026, 12, 24))
    assert field.date_value() == dt.date(2026, 12, 24) and not popup.isVisible()
    field.set_date(dt.date(2031, 7, 1))
    field.show_calendar()
    shown = cal.partsFromDate(QDate(2031, 7, 1))
    assert (popup.yearShown(), popup.monthShown()) == (shown.year, shown.month)


@pytest.mark.parametrize("calendar", dates.CALENDARS)
def test_every_accepted_date_shows_as_the_helpers_say(qtbot, calendar):
    """Qt's calendar (behind the popup) and jdatetime agree on each day of the accepted range."""
    field = DateEdit(calendar=calendar)
    qtbot.addWidget(field)
    cal = qt_calendar(calendar)
    day = dates.MIN_DATE
    while day <= dates.MAX_DATE:
        qdate = to_qdate(day)
        parts = cal.partsFromDate(qdate)
        if calendar == dates.JALALI:
            j = jdatetime.date.fromgregorian(date=day)
            assert (parts.year, parts.month, parts.day) == (j.year, j.month, j.day), day
            assert QDate(parts.year, parts.month, parts.day, cal) == qdate
        day += dt.timedelta(days=1)
    for day in (
        dates.MIN_DATE,
        dt.date(2026, 3, 21),
        dt.date(2026, 11, 24),
        dt.date(2025, 3, 20),
        dates.MAX_DATE,
    ):
        field.set_date(day)
        expected = (
            f"{jdatetime.date.fromgregorian(date=day):%Y/%m/%d}"
            if calendar == dates.JALALI
            else day.isoformat()
        )
        assert to_latin_digits(field.text()) == expected
        assert field.date_value() == day


def test_the_other_calendar_is_in_the_tooltip(qtbot):
    field = DateEdit(calendar=dates.JALALI)
    qtbot.addWidget(field)
    field.set_date(dt.date(2026, 11, 24))
    assert "2026" in to_latin_digits(field.line.toolTip())


def _times(qtbot):  # type: ignore[no-untyped-def]
    """Two time fields side by side, as a meeting's "from – to"."""
    window = QDialog()
    qtbot.addWidget(window)
    before = QLineEdit(window)
    start, end = TimeEdit(dt.time(10, 0), window), TimeEdit(dt.time(11, 30), window)
    row = QHBoxLayout()
    row.addWidget(start)
    row.addWidget(end)
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addLayout(row)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, before, start, end


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("09:30", dt.time(9, 30)),
        ("0930", dt.time(9, 30)),
        ("930", dt.time(9, 30)),
        ("۰۹:۳۰", dt.time(9, 30)),
        ("9", dt.time(9, 0)),
        ("23.45", dt.time(23, 45)),
    ],
)
@pytest.mark.parametrize("how", ["tab", "ctrl-a"])
def test_the_typed_time_is_the_time_held_and_stays_in_its_field(qtbot, lang, typed, meant, how):
    _window_kept, before, start, end = _times(qtbot)
    if how == "tab":
        assert tab_into(before) is start.line
    else:
        start.setFocus()
        select_all()
    type_text(typed)
    press(Qt.Key.Key_Tab)
    assert start.time_value() == meant
    assert end.time_value() == dt.time(11, 30), "nothing typed in one field moves into the next"
    assert focused() is end.line
    assert to_latin_digits(start.text()) == f"{meant:%H:%M}"
    if lang == "fa":
        assert start.text() == to_persian_digits(f"{meant:%H:%M}")


@pytest.mark.parametrize("typed", ["24:00", "9:60", "12345", "noon"])
def test_a_time_that_does_not_exist_is_refused(qtbot, lang, typed):
    _window_kept, before, start, _ = _times(qtbot)
    tab_into(before)
    type_text(typed)
    press(Qt.Key.Key_Return)
    assert start.time_value() == dt.time(10, 0)
    assert not start.error.isHidden() and typed in start.error.text()


def test_the_fields_read_in_the_order_lists_show_in_persian(qtbot, qapp):
    """In the right-to-left interface a date and a time are one left-to-right run of digits, year first, as in
    the lists and documents (the sectioned widget reversed them)."""
    i18n.install(qapp, "fa")
    try:
        field, time = DateEdit(calendar=dates.JALALI), TimeEdit(dt.time(10, 0))
        for widget in (field, time):
            qtbot.addWidget(widget)
        field.set_date(dt.date(2026, 12, 1))
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert field.text() == "۱۴۰۵/۰۹/۱۰" == dates.format_date(dt.date(2026, 12, 1), dates.JALALI, "fa")
        assert time.text() == "۱۰:۰۰"
    finally:
        i18n.install(qapp, "en")
