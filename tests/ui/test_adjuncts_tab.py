"""A secretary takes an international adjunct candidate from the first record to the printed appointment
ordinance: the candidate typed in, proposed to the recruitment committee, the committee's decision, the
ordinance issued and printed; in both interface languages."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from app.services import adjuncts, meetings, ordinances
from app.ui.tabs.faculty import AdjunctsTab
from app.ui.tabs.faculty.candidate import ActivityDialog, CandidateDialog, DecisionDialog
from tests.services import adjunct_helpers as ah
from tests.ui.dialogs import click_row, error, on_dialog, shown_tab
from tests.ui.typing import select_all, type_text


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr("app.ui.tabs.faculty.open_pdf", lambda _parent, data, _stem: shown.append(data))
    return shown


@pytest.fixture
def tab(qtbot, db, ui_language, frozen_clock):
    frozen_clock(dt.datetime(2026, 12, 5, 21, 45))
    return shown_tab(qtbot, AdjunctsTab)


def _saved(dialog, button) -> None:
    """Click Save; a dialog the service refused is closed (so the test fails, not hangs) with the reason."""
    button.click()
    if dialog.isVisible():
        shown = [
            label.text() for label in dialog.findChildren(QLabel) if label.objectName().startswith("error_")
        ]
        QDialog.done(dialog, 0)
        raise AssertionError(f"not saved: {[t for t in shown if t]}")


def _suggestion(picker, text):
    picker.setText(text)
    picker._suggest()
    return picker._model.index(0, 0)


def test_a_candidate_from_the_first_record_to_the_printed_ordinance(
    qtbot, tab, opened, monkeypatch, pdf_text
):
    ids = ah.setting_up()
    committee = ah.committee()

    def refused_then_typed(dialog: CandidateDialog):
        dialog.person._chosen(_suggestion(dialog.person, "McAllister"))
        dialog.unit.reload()
        dialog.partner.reload()
        dialog.unit.set_record(ids["unit"])
        dialog.partner.set_record(ids["partner"])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # no fields typed yet
        assert dialog.isVisible() and dialog.form.error_text("fields") == error("This field is required.")
        qtbot.mouseClick(dialog.fields.viewport(), Qt.MouseButton.LeftButton)  # into the field
        type_text("Interventional cardiology", dialog.fields)
        dialog.term.setFocus()
        select_all(dialog.term)
        type_text("36", dialog.term)
        _saved(dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    done = on_dialog(refused_then_typed, CandidateDialog)
    tab.buttons["new"].click()
    assert done
    [row] = tab.model.rows()
    assert (row.state, row.partner("en")) == ("candidate", "University of Edinburgh")
    assert adjuncts.get_candidate(row.id)["term_months"] == 36
    click_row(qtbot, tab.view, 0)
    assert tab.buttons["propose"].isEnabled() and not tab.buttons["decide"].isEnabled()

    tab.buttons["propose"].click()
    [item] = meetings.agenda_items(committee)
    assert (item.linked_table, item.linked_id) == ("adjunct_candidates", row.id)
    assert tab.current().state == "proposed" and tab.buttons["decide"].isEnabled()

    def approve(dialog: DecisionDialog):
        dialog.outcome.set_code("approved")
        qtbot.mouseClick(dialog.text.viewport(), Qt.MouseButton.LeftButton)
        type_text("با عضویت وابسته بین‌المللی موافقت شد.", dialog.text)
        _saved(dialog, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    on_dialog(approve, DecisionDialog)
    tab.buttons["decide"].click()
    [item] = meetings.agenda_items(committee)
    assert [(r.outcome, r.text) for r in item.resolutions] == [
        ("approved", "با عضویت وابسته بین‌المللی موافقت شد.")
    ]
    candidate = adjuncts.get_candidate(row.id)
    assert candidate["status"] == "approved"
    drafted = ordinances.get_ordinance(candidate["ordinance_id"])
    assert (drafted["status"], drafted["term_start"]) == ("draft", dt.date(2026, 12, 20))

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert tab.buttons["appoint"].isEnabled()
    tab.buttons["appoint"].click()
    appointed = tab.current()
    assert appointed.state == "appointed" and appointed.ordinance_number.endswith("/0001/IVC-H")
    assert not tab.buttons["appoint"].isEnabled()

    tab.buttons["print"].click()
    text = pdf_text(opened[0])
    assert appointed.ordinance_number.split("/")[-1] in text
    if tab.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        assert "حکم عضویت هیئت علمی وابسته بینالمللی" in text and "مکآلیستر" in text
    else:
        assert "Appointment of International Adjunct Faculty" in text and "Helen McAllister" in text
        assert "Department of Cardiology" in text

    def note_a_course(dialog: ActivityDialog):
        qtbot.mouseClick(dialog.title_edit, Qt.MouseButton.LeftButton)
        type_text("Echocardiography for residents", dialog.title_edit)
        dialog.findChild(QPushButton, "activity_add").click()
        assert [a.title for a in dialog.model.rows()] == ["Echocardiography for residents"]
        dialog.reject()

    on_dialog(note_a_course, ActivityDialog)
    tab.buttons["activity"].click()
    assert [a.kind for a in adjuncts.activity(row.id)] == ["course"]
