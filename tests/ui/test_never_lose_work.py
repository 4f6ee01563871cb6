"""Never lose work: an editor with changes asks Save / Discard / Cancel on Escape and on closing; a meeting
still to come is not marked held without a question. Driven as a person does, in both interface languages."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import directory, meetings, visits
from app.ui.modal import run_modal
from app.ui.tabs.directory.people import PersonDialog
from app.ui.tabs.meetings.editor import MeetingEditor
from app.ui.tabs.visits.editor import VisitDialog
from tests.services.meetings_helpers import council_members, new_council
from tests.ui.dialogs import answer_unsaved, on_dialog


def escape(qtbot, dialog):
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


@pytest.fixture
def people_count():
    return lambda: directory.list_people().total


def test_escape_on_an_edited_person_asks_and_cancel_keeps_the_editor(qtbot, db, ui_language, people_count):
    seen = {}

    def act(dialog: PersonDialog):
        dialog.kind.set_code("staff")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Ahmadi")
        seen["cancel"] = answer_unsaved("Cancel")
        escape(qtbot, dialog)
        seen["asked"] = seen["cancel"] == [True]
        seen["still_open"] = dialog.isVisible()
        seen["kept"] = dialog.edits["last_name_en"].text()
        answer_unsaved("Save")
        escape(qtbot, dialog)

    on_dialog(act, PersonDialog)
    result = run_modal(PersonDialog(None))
    assert seen == {"cancel": [True], "asked": True, "still_open": True, "kept": "Ahmadi"}
    assert result == 1 and people_count() == 1
    assert directory.list_people().rows[0].name_en.endswith("Ahmadi")


def test_discard_throws_the_typing_away_and_an_untouched_editor_closes_at_once(
    qtbot, db, ui_language, people_count
):
    def typed(dialog):
        qtbot.keyClicks(dialog.edits["last_name_en"], "Karimi")
        answer_unsaved("Discard")
        escape(qtbot, dialog)

    on_dialog(typed, PersonDialog)
    assert run_modal(PersonDialog(None)) == 0 and people_count() == 0

    closed = []
    on_dialog(lambda dialog: (escape(qtbot, dialog), closed.append(not dialog.isVisible())), PersonDialog)
    assert run_modal(PersonDialog(None)) == 0 and closed == [True]  # nothing typed: no question


def test_a_save_the_service_refuses_keeps_the_editor_open(qtbot, db, ui_language, people_count):
    seen = {}

    def act(dialog: PersonDialog):
        dialog.kind.set_code("staff")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Ahmadi")
        qtbot.keyClicks(dialog.edits["email"], "ahmadi at med")
        answer_unsaved("Save")
        dialog.close()  # the window's close button
        seen["open"] = dialog.isVisible()
        seen["error"] = bool(dialog.form.error_text("email"))
        answer_unsaved("Discard")
        dialog.close()

    on_dialog(act, PersonDialog)
    run_modal(PersonDialog(None))
    assert seen == {"open": True, "error": True} and people_count() == 0


def test_escape_on_a_new_visit_with_a_purpose_asks_before_throwing_it_away(qtbot, db, ui_language):
    seen = {}

    def act(dialog: VisitDialog):
        qtbot.keyClicks(dialog.purpose_en, "Joint research planning")
        seen["asked"] = answer_unsaved("Save")
        escape(qtbot, dialog)

    on_dialog(act, VisitDialog)
    run_modal(VisitDialog(None))
    assert seen["asked"] == [True]
    [row] = visits.list_visits().rows
    assert visits.get_visit(row.id)["purpose_en"] == "Joint research planning"


def test_closing_a_meeting_with_typed_details_saves_them_when_asked(qtbot, db, ui_language):
    council_members(3)
    meeting = new_council()
    seen = {}

    def act(editor: MeetingEditor):
        editor.details.title.clear()
        qtbot.keyClicks(editor.details.title, "Council, December session")
        seen["asked"] = answer_unsaved("Save")
        escape(qtbot, editor)

    on_dialog(act, MeetingEditor)
    run_modal(MeetingEditor(None, meeting))
    assert seen["asked"] == [True]
    assert meetings.get_meeting(meeting)["title"] == "Council, December session"


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_mark_as_held_asks_for_a_meeting_still_to_come(
    qtbot, db, ui_language, frozen_clock, monkeypatch, answer
):
    frozen_clock(dt.datetime(2026, 11, 24, 21, 30))  # late in the evening, a week before the meeting
    council_members(3)
    meeting = new_council(dt.datetime(2026, 12, 1, 10, 0))
    asked = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)

    def act(editor: MeetingEditor):
        editor.held_button.click()
        editor.close_button.click()

    on_dialog(act, MeetingEditor)
    run_modal(MeetingEditor(None, meeting))
    assert len(asked) == 1
    assert meetings.get_meeting(meeting)["status"] == ("held" if answer == "Yes" else "planned")


def test_mark_as_held_asks_nothing_once_the_meeting_has_begun(
    qtbot, db, ui_language, frozen_clock, monkeypatch
):
    frozen_clock(dt.datetime(2026, 12, 1, 10, 5))
    council_members(3)
    meeting = new_council(dt.datetime(2026, 12, 1, 10, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked about a meeting under way"))

    def act(editor: MeetingEditor):
        editor.held_button.click()
        editor.close_button.click()

    on_dialog(act, MeetingEditor)
    run_modal(MeetingEditor(None, meeting))
    assert meetings.get_meeting(meeting)["status"] == "held"


def test_the_save_shortcut_saves_without_a_question(qtbot, db, ui_language, people_count):
    def act(dialog: PersonDialog):
        dialog.kind.set_code("staff")
        qtbot.keyClicks(dialog.edits["last_name_en"], "Nouri")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    on_dialog(act, PersonDialog)
    assert run_modal(PersonDialog(None)) == 1 and people_count() == 1


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_linking_an_agreement_that_has_ended_warns(qtbot, db, ui_language, frozen_clock, monkeypatch, answer):
    frozen_clock(dt.datetime(2026, 3, 20, 23, 30))  # Nowruz eve: 1404/12/29
    partner = directory.save_institution(
        {"name_en": "Karolinska Institutet", "name_fa": "انستیتو کارولینسکا", "country": "SE"}
    )
    ended = directory.save_agreement(
        {
            "institution_id": partner,
            "title": "Research MoU",
            "signed_on": dt.date(2020, 2, 5),
            "valid_until": dt.date(2025, 2, 4),
            "status": "active",
        }
    )
    asked = []

    def question(_parent, _title, text, *_args):
        asked.append(text.replace("\u2068", "").replace("\u2069", ""))
        return getattr(QMessageBox.StandardButton, answer)

    monkeypatch.setattr(QMessageBox, "question", question)
    seen = {}

    def act(dialog: VisitDialog):
        qtbot.keyClicks(dialog.purpose_en, "Joint research planning")
        dialog.institution.set_record(partner)
        dialog.agreement.setCurrentIndex(dialog.agreement.findData(ended))
        seen["note"] = (
            dialog.agreement_note.isVisibleTo(dialog) and "Research MoU" not in dialog.agreement_note.text()
        )
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        seen["open"] = dialog.isVisible()
        if dialog.isVisible():
            answer_unsaved("Discard")
            dialog.reject()

    on_dialog(act, VisitDialog)
    run_modal(VisitDialog(None))
    assert seen["note"] and len(asked) == 1 and "Research MoU" in asked[0]
    assert seen["open"] == (answer == "No")
    assert visits.list_visits().total == (1 if answer == "Yes" else 0)
