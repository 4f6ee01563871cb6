"""A secretary prepares a council meeting in the Meetings tab, holds it, approves and prints the minutes."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from app.services import meetings
from app.ui.tabs.meetings import MeetingsTab
from app.ui.tabs.meetings.agenda import AgendaItemDialog
from app.ui.tabs.meetings.editor import MeetingEditor
from app.ui.tabs.meetings.minutes import ResolutionDialog
from app.ui.tabs.meetings.steps import NextMeetingDialog
from tests.services.meetings_helpers import council_id, council_members, new_council
from tests.ui.dialogs import click_row, on_dialog, shown_tab


@pytest.fixture
def opened(monkeypatch):
    """PDFs the tab sends to the system's viewer, captured instead of opened."""
    shown: list[bytes] = []
    for module in ("app.ui.tabs.meetings", "app.ui.tabs.meetings.editor"):
        monkeypatch.setattr(f"{module}.open_pdf", lambda _parent, data, _stem: shown.append(data))
    return shown


@pytest.fixture(autouse=True)
def warnings(monkeypatch):
    """Message boxes the tab would show (an unexpected one fails the test instead of waiting for a click)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    yield shown
    assert shown == []


@pytest.fixture
def tab(qtbot, db, ui_language):
    return shown_tab(qtbot, MeetingsTab)


def add_item(qtbot, title, minutes):
    def fill(dialog):
        qtbot.keyClicks(dialog.title, title)
        dialog.minutes.setValue(minutes)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    return fill


def test_prepare_hold_approve_and_print_a_council_meeting(
    qtbot, tab, opened, monkeypatch, pdf_text, frozen_clock
):
    frozen_clock(
        dt.datetime(2026, 12, 1, 12, 30)
    )  # the meeting below is over: marked held without a question
    council_members(5)
    steps_done = []

    def prepare(editor):
        try:
            d = editor.details
            d.set_kind(council_id())
            qtbot.keyClicks(d.title, "Scholarship council, Azar session")
            d.day.set_date(dt.date(2026, 12, 1))
            d.start.set_time(dt.time(10, 0))
            d.end.set_time(dt.time(12, 0))
            d.location.clear()
            qtbot.keyClicks(d.location, "Council room")
            editor.save_button.click()
            assert editor.saved_id is not None and editor.meeting["number"] == "1/1405"
            assert editor.participants.model.rowCount() == 5  # the standing members, in one step
            for title, minutes in (
                ("Sabbatical of Dr. Karimi", 20),
                ("Educational mission to Berlin", 30),
                ("Other business", 10),
            ):
                on_dialog(add_item(qtbot, title, minutes), AgendaItemDialog)
                editor.agenda.add_button.click()
            assert [r.title for r in editor.agenda.model.rows()][-1] == "Other business"
            assert sum(i.minutes for i in meetings.agenda_items(editor.saved_id)) == 60
            editor.pages.setCurrentWidget(editor.agenda)
            click_row(qtbot, editor.agenda.view, 2)
            editor.agenda.up_button.click()
            assert [r.title for r in editor.agenda.model.rows()][1] == "Other business"

            editor.held_button.click()
            assert editor.meeting["status"] == "held"
            editor.pages.setCurrentWidget(editor.participants)
            editor.participants.all_present.click()
            click_row(qtbot, editor.participants.view, 3)
            editor.participants.state.setCurrentIndex(editor.participants.state.findData("excused"))
            editor.participants.state.activated.emit(editor.participants.state.currentIndex())
            quorum = meetings.quorum(editor.saved_id)
            assert (quorum.present, quorum.members, quorum.required) == (4, 5, 3)

            editor.pages.setCurrentWidget(editor.minutes)
            click_row(qtbot, editor.minutes.items_view, 0)
            qtbot.keyClicks(editor.minutes.discussion, "The department's report was read.")

            def resolve(dialog):
                assert not dialog.amount.isVisible()  # an item not about a funding request: no amount
                qtbot.keyClicks(dialog.text, "Six months of sabbatical leave approved.")
                dialog.outcome.set_code("approved")
                dialog.votes_for.setValue(4)
                dialog.votes_against.setValue(0)
                dialog.votes_abstain.setValue(0)
                dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

            on_dialog(resolve, ResolutionDialog)
            editor.minutes.add_resolution.click()
            assert editor.minutes.resolutions.rowCount() == 1

            monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
            editor.approve_button.click()
            assert editor.meeting["locked"] and not editor.agenda.add_button.isEnabled()
            assert not editor.minutes.add_resolution.isEnabled() and editor.reopen_button.isEnabled()

            editor.document.setCurrentIndex(editor.document.findData("minutes"))
            editor.lang.setCurrentIndex(editor.lang.findData("both"))
            editor.print_button.click()
            steps_done.append("all")
        finally:
            editor.close_button.click()

    on_dialog(prepare, MeetingEditor)
    tab.new_record()
    assert steps_done == ["all"]
    [minutes] = opened
    text = pdf_text(minutes)
    assert "Six months of sabbatical leave approved." in text and "The department's report was read." in text
    assert "صورتجلسه" in text and "Minutes" in text and "DRAFT" not in text
    row = tab.view.current_row()
    assert row.status == "approved" and row.number == "1/1405"
    meeting = row.id
    discussed = meetings.agenda_items(meeting)[0]
    assert discussed.discussion == "The department's report was read."
    assert [r.text for r in discussed.resolutions] == ["Six months of sabbatical leave approved."]


def test_list_filters_as_you_type_and_next_meeting_copies_members(qtbot, tab, monkeypatch):
    council_members(3)
    first = new_council(title="Council on sabbaticals — Azar 1405")
    meetings.create_meeting(
        {
            "kind_id": meetings.kind_by_code("planning").id,
            "title": "Planning the year",
            "starts_at": dt.datetime(2026, 12, 2, 9),
            "ends_at": dt.datetime(2026, 12, 2, 10),
        }
    )
    tab.load()
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.view.search, "sabbat")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    click_row(qtbot, tab.view.table, 0)
    seen = {}

    def choose_date(dialog):
        dialog.day.set_date(dt.date(2026, 12, 29))
        dialog.accept()

    def look(editor):
        seen["opened"] = editor.saved_id
        seen["title"] = editor.details.title.text()
        editor.close_button.click()

    on_dialog(choose_date, NextMeetingDialog)
    on_dialog(look, MeetingEditor)
    tab.next_from_current()
    second = tab.view.current_row()
    assert second.id != first and second.number == "2/1405" and seen["opened"] == second.id
    assert seen["title"] == "Council on sabbaticals"  # the old month is not carried over
    assert meetings.get_meeting(second.id)["starts_at"] == dt.datetime(2026, 12, 29, 10, 0)
    assert len(meetings.participants(second.id)) == 3


def test_follow_up_page_marks_overdue_and_closes_actions(qtbot, tab, monkeypatch, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 24, 9))  # after the meeting: the action is closed today
    members = council_members(2)
    meeting = new_council(dt.datetime(2026, 10, 1, 10))
    meetings.add_action(
        meeting, {"text": "Send the list to finance", "owner_id": members[0], "due_on": dt.date(2020, 1, 1)}
    )
    tab.pages.setCurrentIndex(1)
    page = tab.follow_up
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0), 9) is not None  # ForegroundRole: overdue in red
    click_row(qtbot, page.view.table, 0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a, **_k: ("sent on Monday", True))
    page.done_button.click()
    assert page.model.rowCount() == 0
    page.show_closed.setChecked(True)
    assert page.model.row_object(0).status == "done" and page.model.row_object(0).progress == "sent on Monday"


def test_kinds_dialog_sets_standing_members(qtbot, tab, db):
    from app.services import directory
    from app.ui.tabs.meetings.kinds import KindsDialog

    person = directory.save_person(
        {
            "kind": "faculty",
            "first_name_en": "Leila",
            "last_name_en": "Nouri",
            "first_name_fa": "لیلا",
            "last_name_fa": "نوری",
        }
    )
    dialog = KindsDialog(None)
    qtbot.addWidget(dialog)
    council = next(
        i for i in range(dialog.kinds.count()) if dialog.kinds.item(i).data(256).code == "scholarship-council"
    )
    dialog.kinds.setCurrentRow(council)
    dialog.person.set_person(person, "Leila Nouri")
    dialog.role.set_code("chair")
    dialog.add_member.click()
    dialog.save_members.click()
    assert [(m.person_id, m.role) for m in meetings.kind_members(council_id())] == [(person, "chair")]
    dialog.new_button.click()
    qtbot.keyClicks(dialog.code, "research")
    dialog.name_fa.setText("کمیته پژوهش")  # QTest types ASCII only
    qtbot.keyClicks(dialog.name_en, "Research committee")
    dialog.save_kind.click()
    assert meetings.kind_by_code("research").name_en == "Research committee"
    dialog.new_button.click()
    qtbot.keyClicks(dialog.code, "Not a code!")
    dialog.name_fa.setText("نادرست")
    qtbot.keyClicks(dialog.name_en, "Wrong")
    dialog.save_kind.click()
    assert dialog.form.error_text("code")  # the service's message, by the field


def test_postpone_and_cancel_from_the_editor(qtbot, tab, monkeypatch):
    from app.ui.tabs.meetings.steps import PostponeDialog

    meeting = new_council(dt.datetime(2026, 12, 1, 10))
    editor = MeetingEditor(None, meeting)
    qtbot.addWidget(editor)

    def postpone(dialog):
        dialog.day.set_date(dt.date(2026, 12, 8))
        qtbot.keyClicks(dialog.reason, "The chair is travelling.")
        dialog.accept()

    on_dialog(postpone, PostponeDialog)
    editor.postpone_button.click()
    values = meetings.get_meeting(meeting)
    assert values["status"] == "postponed" and values["starts_at"] == dt.datetime(2026, 12, 8, 10)
    assert editor.meeting["status"] == "postponed" and editor.invite_button.isEnabled()
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *_a, **_k: ("Merged with the next session", True)
    )
    editor.cancel_button.click()
    assert meetings.get_meeting(meeting)["status"] == "cancelled"
    assert not editor.agenda.add_button.isEnabled() and not editor.save_button.isEnabled()


@pytest.mark.parametrize("status", ["planned", "held"])
@pytest.mark.parametrize("notes", ["", "The report was read."])
def test_a_resolution_is_recorded_from_the_minutes_page(qtbot, tab, status, notes):
    """The Minutes page opens with its first item chosen, and Add resolution records on that item (it once
    found no item in the Persian interface and failed)."""
    council_members(3)
    meeting = new_council(dt.datetime(2026, 12, 1, 10))
    first = meetings.add_agenda_item(meeting, {"title": "Sabbatical of Dr. Karimi", "minutes": 20})
    meetings.add_agenda_item(meeting, {"title": "Other business", "minutes": 10})
    if status == "held":
        meetings.mark_held(meeting)
    editor = MeetingEditor(None, meeting)
    qtbot.addWidget(editor)
    editor.show()
    page = editor.minutes
    editor.pages.setCurrentWidget(page)
    assert page.current_item().id == first and page.add_resolution.isEnabled()
    assert (
        not page.edit_resolution.isEnabled() and not page.remove_resolution.isEnabled()
    )  # no resolution chosen
    if notes:
        qtbot.keyClicks(page.discussion, notes)

    def resolve(dialog):
        qtbot.keyClicks(dialog.text, "Approved for six months.")
        dialog.outcome.set_code("approved")
        dialog.votes_for.setValue(3)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    done = on_dialog(resolve, ResolutionDialog)
    page.add_resolution.click()
    assert done
    item = next(i for i in meetings.agenda_items(meeting) if i.id == first)
    assert item.discussion == notes
    assert [(r.text, r.outcome, r.votes_for, r.votes_against) for r in item.resolutions] == [
        ("Approved for six months.", "approved", 3, None)
    ]
    assert page.current_item().id == first and page.resolutions.rowCount() == 1
    page.edit_current()  # no resolution chosen: nothing opens, nothing breaks
    page.remove()
    assert len(next(i for i in meetings.agenda_items(meeting) if i.id == first).resolutions) == 1
