"""Two secretaries, one record, a status step on the screen: Sara's list (or open record) shows it, Maryam
changes it on another PC, then Sara clicks the step. The step is refused with a message naming Maryam, in the
interface's language, and Sara sees the record as it now is; nothing of her step is done. One test per kind
of flow: a list's button, a list's step dialog, a step in an open record, and a sub-editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import context, funding, letters, meetings
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.tabs.funding import FundingTab
from app.ui.tabs.funding.steps import PaymentDialog
from app.ui.tabs.letters import LettersTab
from app.ui.tabs.meetings.agenda import AgendaItemDialog
from app.ui.tabs.meetings.editor import MeetingEditor
from tests.services import funding_helpers, meetings_helpers
from tests.ui.dialogs import on_dialog, shown_tab


@pytest.fixture(autouse=True)
def _a_working_day(frozen_clock):  # type: ignore[no-untyped-def]
    """The program's day is fixed: the meetings below are past and the exchange rates already set, on
    whatever day the suite runs (CI runs it at Esfand 30 of 1403 too, before both)."""
    frozen_clock(dt.datetime(2026, 12, 2, 9, 30))


LETTER = {
    "lang": "en",
    "recipient": "Prof. Kenji Tanaka\nUniversity of Tokyo",
    "subject": "Invitation to lecture",
    "body": "We would be honoured to host you in Tehran.",
}


def _as(name: str) -> None:
    context.set_actor(name)


def _refusal_seen(seen: list[str]):  # type: ignore[no-untyped-def]
    """Read the refusal's message (who and when) and close it, as Sara does."""

    def read(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    return read


def _says_maryam_changed_it(seen: list[str]) -> None:
    assert len(seen) == 1 and "Maryam" in seen[0]
    source = "after you looked at it, so this step was not taken"
    if i18n.language() == "fa":  # in Persian words, not the English source
        assert source not in seen[0] and "این مرحله انجام نشد" in seen[0]
    else:
        assert source in seen[0]


def test_a_letter_changed_on_another_pc_is_not_issued_and_the_list_shows_the_change(
    qtbot, db, ui_language, monkeypatch
):
    _as("Sara")
    draft = letters.save_draft(LETTER)
    tab = shown_tab(qtbot, LettersTab)
    tab.page.view.select_id(draft)
    assert tab.page.view.current_row().subject == "Invitation to lecture"

    _as("Maryam")  # meanwhile, on another PC
    letters.save_draft({**LETTER, "subject": "Invitation to lecture (corrected)"}, draft)
    _as("Sara")

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    seen: list[str] = []
    done = on_dialog(_refusal_seen(seen), QMessageBox)
    tab.issue_button.click()
    assert done
    _says_maryam_changed_it(seen)
    stored = letters.get_letter(draft)
    assert stored["status"] == "draft" and not stored["number"]
    row = tab.page.view.current_row()  # the list read again, the letter still chosen
    assert row.id == draft and row.subject == "Invitation to lecture (corrected)"

    # now Sara has seen Maryam's change: the issue goes through
    tab.issue_button.click()
    assert tab.page.view.current_row().status == "issued"


def test_a_payment_dialog_over_another_pcs_change_closes_and_the_list_is_read_again(qtbot, db, ui_language):
    _as("Sara")
    funding_helpers.set_up_year()
    applicant = funding_helpers.person()
    request_id = funding.save_request(funding_helpers.request_data(applicant))
    tab = shown_tab(qtbot, FundingTab)
    tab.page.view.select_id(request_id)

    _as("Maryam")
    funding.save_request({**funding_helpers.request_data(applicant), "city": "Wien"}, request_id)
    _as("Sara")

    seen: list[str] = []

    def pay(dialog: PaymentDialog) -> None:
        dialog.reference.setText("FIN-1405-78")
        on_dialog(_refusal_seen(seen), QMessageBox)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    done = on_dialog(pay, PaymentDialog)
    tab.pay()
    assert done
    _says_maryam_changed_it(seen)
    values = funding.get_request(request_id).values
    assert values["status"] == "draft" and not values["paid_irr"]
    row = tab.page.view.current_row()
    assert row.id == request_id and row.city == "Wien"


def test_mark_held_in_an_open_meeting_postponed_on_another_pc_is_refused_and_the_editor_reloads(
    qtbot, db, ui_language
):
    _as("Sara")
    meetings_helpers.council_members(3)
    meeting = meetings_helpers.new_council(dt.datetime(2026, 1, 10, 10))  # already past: no question
    editor = MeetingEditor(None, meeting)
    qtbot.addWidget(editor)
    assert editor.held_button.isEnabled()

    _as("Maryam")
    start = dt.datetime(2026, 1, 17, 10)
    meetings.postpone_meeting(meeting, start, start + dt.timedelta(hours=2), "The chair is travelling.")
    _as("Sara")

    seen: list[str] = []
    done = on_dialog(_refusal_seen(seen), QMessageBox)
    editor.held_button.click()
    assert done
    _says_maryam_changed_it(seen)
    assert meetings.get_meeting(meeting)["status"] == "postponed"
    assert editor.meeting["status"] == "postponed"  # the editor shows the meeting as it now is
    assert editor.meeting["starts_at"] == start


@pytest.mark.parametrize("choice", ["Reload theirs", "Keep mine"])
def test_an_agenda_item_changed_on_another_pc_asks_before_it_is_saved(qtbot, db, ui_language, choice):
    _as("Sara")
    meetings_helpers.council_members(3)
    meeting = meetings_helpers.new_council(dt.datetime(2026, 12, 1, 10))
    item = meetings.add_agenda_item(meeting, {"title": "Sabbatical of Dr. Karimi", "minutes": 20})
    editor = MeetingEditor(None, meeting)
    qtbot.addWidget(editor)
    row = next(i for i in meetings.agenda_items(meeting) if i.id == item)  # what Sara's agenda page shows

    _as("Maryam")
    meetings.update_agenda_item(item, {"title": "Sabbatical of Dr. Maryam Karimi", "minutes": 30})
    _as("Sara")

    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        wanted = translate("RecordDialog", choice)
        next(b for b in box.buttons() if b.text() == wanted).click()

    def edit(dialog: AgendaItemDialog) -> None:
        assert dialog.title.text() == "Sabbatical of Dr. Karimi"
        dialog.description.setPlainText("Six months in Heidelberg.")
        on_dialog(answer, QMessageBox)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if choice == "Reload theirs":  # the dialog shows Maryam's item; Sara adds her line on top of it
            assert dialog.title.text() == "Sabbatical of Dr. Maryam Karimi" and dialog.minutes.value() == 30
            dialog.description.setPlainText("Six months in Heidelberg.")
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    done = on_dialog(edit, AgendaItemDialog)
    editor.agenda.edit(row)
    assert done and asked and "Maryam" in asked[0]
    stored = next(i for i in meetings.agenda_items(meeting) if i.id == item)
    assert stored.description == "Six months in Heidelberg."
    if choice == "Reload theirs":
        assert stored.title == "Sabbatical of Dr. Maryam Karimi" and stored.minutes == 30
    else:  # Sara kept her form, knowingly
        assert stored.title == "Sabbatical of Dr. Karimi" and stored.minutes == 20


def test_move_to_archive_over_another_pcs_change_is_refused_on_every_register_page(qtbot, db, ui_language):
    """The register pages' Move to archive (people here; units, partners, agreements, letters, funding
    requests and visits share it) checks the row's version too."""
    from app.services import directory
    from app.ui.tabs.directory import DirectoryTab

    _as("Sara")
    anna = {"kind": "foreign_guest", "first_name_en": "Anna", "last_name_en": "Schmidt", "email": "a@x.org"}
    person = directory.save_person(anna)
    tab = shown_tab(qtbot, DirectoryTab)
    tab.people.view.select_id(person)

    _as("Maryam")
    directory.save_person({**anna, "email": "anna.schmidt@uni.example"}, person)
    _as("Sara")

    seen: list[str] = []
    done = on_dialog(_refusal_seen(seen), QMessageBox)
    tab.people.archive_button.click()
    assert done
    _says_maryam_changed_it(seen)
    assert not directory.get_person(person).values["archived"]
    assert tab.people.view.current_row().email == "anna.schmidt@uni.example"


def test_a_visa_letter_is_not_issued_from_a_visit_changed_on_another_pc(qtbot, db, ui_language, monkeypatch):
    """The letter is drawn from the visit as stored: one changed since Sara chose its row is refused once,
    so that she prints it again before issuing."""
    from app.services import visits
    from app.ui.tabs.visits.documents import DocumentsDialog
    from tests.services.test_visits import guest, visit_data

    _as("Sara")
    head, other = guest("Lars", "Andersson", "SE", "SE1234567"), guest("Sofia", "García", "ES", "PAB998877")
    visit = visits.save_visit(visit_data(head, other))
    row = next(r for r in visits.list_visits().rows if r.id == visit)
    dialog = DocumentsDialog(None, visit, "visa-letter", row.version)
    qtbot.addWidget(dialog)

    _as("Maryam")
    visits.save_visit(visit_data(head, other, interpreter="Sara Karimi"), visit)
    _as("Sara")

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    monkeypatch.setattr(DocumentsDialog, "print_document", lambda _self: None)
    seen: list[str] = []
    done = on_dialog(_refusal_seen(seen), QMessageBox)
    dialog.issue()
    assert done
    _says_maryam_changed_it(seen)
    assert visits.visit_letters(visit) == []  # nothing registered, no number taken
    dialog.issue()  # told, she issues it now from the visit as it is
    [issued] = visits.visit_letters(visit)
    assert issued["number"]
