"""Dates and times typed into real dialogs, as a secretary types them, are what the saved record holds.

Today is frozen far from the typed dates; expected dates come from jdatetime. Both interface languages.
"""

import datetime as dt

import jdatetime
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import meetings, visits
from app.ui.tabs.meetings.editor import MeetingEditor
from app.ui.tabs.visits.item_dialog import ItemDialog
from tests.services.meetings_helpers import council_id
from tests.ui.test_visits_tab import person
from tests.ui.typing import focused, press, select_all, type_text

TODAY = dt.date(2027, 3, 21)  # 1 Farvardin 1406


@pytest.fixture(autouse=True)
def frozen_today(frozen_clock):
    frozen_clock(dt.datetime.combine(TODAY, dt.time(0, 30)))


@pytest.fixture
def lang(ui_language, db):
    return ui_language


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _visit() -> int:
    guest = person("foreign_guest", "Kenji", "Tanaka", country="JP")
    return visits.save_visit(
        {
            "kind": "other",
            "purpose_en": "Lecture series",
            "costs_by": "guest",
            "arrival_date": dt.date(2027, 4, 10),
            "departure_date": dt.date(2027, 4, 14),
            "guests": [{"person_id": guest}],
        }
    )


def test_a_meeting_typed_from_title_to_end_time_is_saved_as_typed(qtbot, lang):
    editor = _shown(qtbot, MeetingEditor(None, kind_id=council_id()))
    details = editor.details
    details.title.setFocus()
    type_text("Scholarship council")
    press(Qt.Key.Key_Tab)
    assert focused() is details.day.line
    # The Persian interface shows the Jalali calendar, the English one the Gregorian (the defaults).
    type_text("۱۴۰۵/۰۹/۲۰" if lang == "fa" else "2026-12-11")
    press(Qt.Key.Key_Tab)
    assert focused() is details.start.line
    type_text("0930")
    press(Qt.Key.Key_Tab)
    assert focused() is details.end.line
    type_text("11:15")
    press(Qt.Key.Key_Tab)
    editor.save_button.click()
    stored = meetings.get_meeting(editor.saved_id)
    assert jdatetime.date(1405, 9, 20).togregorian() == dt.date(2026, 12, 11)
    assert stored["starts_at"] == dt.datetime(2026, 12, 11, 9, 30)
    assert stored["ends_at"] == dt.datetime(2026, 12, 11, 11, 15)


def test_a_programme_item_typed_with_ctrl_a_and_saved_with_enter(qtbot, lang):
    visit_id = _visit()
    dialog = _shown(qtbot, ItemDialog(None, visit_id))
    dialog.day.setFocus()
    select_all()
    type_text("1406/01/22" if lang == "fa" else "20270411")
    press(Qt.Key.Key_Tab)
    select_all()
    type_text("۱۴:۰۰")
    press(Qt.Key.Key_Tab)
    select_all()
    type_text("1530")
    dialog.title_en.setFocus()
    type_text("Grand rounds")
    press(Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    item = visits.get_item(dialog.saved_id)
    assert item["day"] == jdatetime.date(1406, 1, 22).togregorian() == dt.date(2027, 4, 11)
    assert (item["start_time"], item["end_time"]) == (dt.time(14, 0), dt.time(15, 30))


def test_a_wrong_date_in_a_dialog_is_refused_and_the_record_keeps_its_date(qtbot, lang):
    visit_id = _visit()
    dialog = _shown(qtbot, ItemDialog(None, visit_id, day=dt.date(2027, 4, 12)))
    dialog.title_en.setText("Visit of the skills lab")
    dialog.day.setFocus()
    select_all()
    type_text("1406/01/32" if lang == "fa" else "2027-04-31")
    press(Qt.Key.Key_Return)
    assert not dialog.day.error.isHidden()
    saved = visits.get_item(dialog.saved_id)
    assert saved["day"] == dt.date(2027, 4, 12)
