"""The council step asks first: the secretary sees which meeting and which requests, the time against the
meeting's planned length and whether the invitation is out, unticks a request, and only then is it done."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import funding, meetings
from app.ui import i18n
from app.ui.tabs.funding import FundingTab
from app.ui.tabs.funding.agenda import CouncilAgendaDialog
from tests.services import meetings_helpers as mh
from tests.services.funding_helpers import TODAY, person, ready_request, set_up_year
from tests.ui.dialogs import on_dialog, shown_tab


def said(en: str, fa: str) -> str:
    return fa if i18n.language() == "fa" else en


@pytest.fixture
def council(qtbot, db, ui_language, frozen_clock, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *_a: pytest.fail("no warning expected"))
    frozen_clock(dt.datetime.combine(TODAY, dt.time(9)))
    set_up_year()
    mh.council_members(3)
    meeting = mh.new_council(dt.datetime(2026, 12, 20, 10, 0))  # planned for two hours
    meetings.add_agenda_item(meeting, {"title": "گزارش‌ها", "presenter_id": None, "minutes": 110})
    meetings.mark_invited(meeting)
    requests = [ready_request(tmp_path), ready_request(tmp_path, person("Tehrani", "تهرانی"))]
    for request_id in requests:
        funding.submit(request_id, on=TODAY)
    return meeting, requests, shown_tab(qtbot, FundingTab)


def test_the_secretary_sees_the_meeting_unticks_a_request_and_puts_the_other_on(qtbot, council):
    meeting, (first, second), tab = council
    number = meetings.get_meeting(meeting)["number"]
    seen = {}

    def confirm(dialog):
        seen["meeting"] = dialog.meeting.text()
        seen["rows"] = [dialog.requests.item(n).text() for n in range(dialog.requests.count())]
        seen["warned"] = (dialog.invited.isVisible(), dialog.over.isVisible())
        seen["time"] = dialog.time.text()
        seen["invited"] = dialog.invited.text()
        dialog.requests.setCurrentRow(1)
        qtbot.keyClick(dialog.requests, Qt.Key.Key_Space)  # unticks Tehrani's request
        seen["after"] = (dialog.over.isVisible(), dialog.time.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_dialog(confirm, CouncilAgendaDialog)
    tab.agenda_button.click()
    assert i18n.digits(number) in seen["meeting"] and "جلسه شورای بورس" in seen["meeting"]
    assert said("Karimi", "کریمی") in seen["rows"][0] and said("Tehrani", "تهرانی") in seen["rows"][1]
    assert seen["warned"] == (True, True)  # the invitation is out; 110 + 2 × 10 minutes run over 120
    assert all(i18n.digits(minutes) in seen["time"] for minutes in ("110", "130", "120"))
    assert said("already gone out", "فرستاده شده") in seen["invited"]
    assert seen["after"][0] is False and i18n.digits("120") in seen["after"][1]
    assert [i.linked_id for i in meetings.agenda_items(meeting)][1:] == [first]
    assert funding.get_request(first).values["status"] == "on_agenda"
    assert funding.get_request(second).values["status"] == "submitted"


def test_cancel_changes_nothing(qtbot, council):
    meeting, requests, tab = council
    on_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape), CouncilAgendaDialog)
    tab.agenda_button.click()
    assert len(meetings.agenda_items(meeting)) == 1
    assert {funding.get_request(r).values["status"] for r in requests} == {"submitted"}


def test_with_every_request_unticked_nothing_can_be_put_on(qtbot, council):
    meeting, _, tab = council
    states = []

    def untick_all(dialog):
        for n in range(dialog.requests.count()):
            dialog.requests.setCurrentRow(n)
            qtbot.keyClick(dialog.requests, Qt.Key.Key_Space)
        states.append(dialog.ok.isEnabled())
        dialog.reject()

    on_dialog(untick_all, CouncilAgendaDialog)
    tab.agenda_button.click()
    assert states == [False]
    assert len(meetings.agenda_items(meeting)) == 1
