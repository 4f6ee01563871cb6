"""A secretary takes an English evaluation from the session to the printed certificate: the candidate
added to the session, the scores typed (a wrong one refused by its field), the outcome, the certificate
issued through the letters register in Persian and in English and printed, and the evaluation listed on
the candidate's person page; in both interface languages."""

import datetime as dt

import jdatetime
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton

from app.services import evaluations, letters
from app.ui import i18n
from app.ui.modal import run_modal
from app.ui.tabs.directory.people import PersonDialog
from app.ui.tabs.faculty.evaluation_dialogs import CandidatesDialog, CriteriaDialog, ResultDialog
from app.ui.tabs.faculty.evaluations import EvaluationsTab
from tests.services import evaluation_helpers as eh
from tests.ui.dialogs import click_row, error, on_dialog, shown_tab
from tests.ui.typing import select_all, type_text


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr(
        "app.ui.tabs.faculty.evaluations.open_pdf", lambda _parent, data, _stem: shown.append(data)
    )
    return shown


@pytest.fixture
def tab(qtbot, db, ui_language, frozen_clock):
    frozen_clock(dt.datetime(2026, 12, 16, 21, 45))
    return shown_tab(qtbot, EvaluationsTab)


def _save(dialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    button.click()
    if dialog.isVisible():
        shown = [
            label.text() for label in dialog.findChildren(QLabel) if label.objectName().startswith("error_")
        ]
        QDialog.done(dialog, 0)
        raise AssertionError(f"not saved: {[t for t in shown if t]}")


def _persian(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def test_an_evaluation_from_the_session_to_the_printed_certificates(
    qtbot, tab, opened, monkeypatch, pdf_text
):
    ids = eh.setting_up()
    session = eh.session(ids)
    tab.load()
    rtl = tab.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def add(dialog: CandidatesDialog):
        assert dialog.session.currentData() == session
        dialog.person.setText("Kazemi")
        dialog.person._suggest()
        dialog.person._chosen(dialog.person._model.index(0, 0))
        _save(dialog)

    added = on_dialog(add, CandidatesDialog)
    tab.buttons["add"].click()
    assert added
    [row] = tab.model.rows()
    assert (row.person_id, row.meeting_id, row.outcome) == (ids["maryam"], session, "")
    click_row(qtbot, tab.view, 0)
    assert tab.buttons["result"].isEnabled() and not tab.buttons["issue"].isEnabled()

    def score(dialog: ResultDialog):
        edits = dialog.scores
        for code, text in (("presentation", "۴۱"), ("questions", "25"), ("language", "۲۷")):
            edits[code].setFocus()
            select_all(edits[code])
            type_text(text, edits[code])
        dialog.outcome.set_code("passed")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible()
        expected = error("Enter a whole number from {lowest} to {highest}.")
        expected = expected.replace("{lowest}", i18n.digits("0")).replace("{highest}", i18n.digits("40"))
        assert dialog.form.error_text("score:presentation") == expected
        edits["presentation"].setFocus()
        select_all(edits["presentation"])
        type_text("۳۴" if rtl else "34", edits["presentation"])
        dialog.panel.picker.setText("Rostami")
        dialog.panel.picker._suggest()
        dialog.panel.picker._chosen(dialog.panel.picker._model.index(0, 0))
        dialog.findChild(QPushButton, "panel_add").click()
        assert dialog.panel.members.count() == 2
        qtbot.mouseClick(dialog.note.viewport(), Qt.MouseButton.LeftButton)
        type_text("ارائه روان" if rtl else "A fluent talk", dialog.note)
        _save(dialog)

    scored = on_dialog(score, ResultDialog)
    tab.buttons["result"].click()
    assert scored
    view = evaluations.get_evaluation(row.id)
    assert [s.score for s in view.scores] == [34, 25, 27]
    assert [p[0] for p in view.panel] == [ids["chair"], ids["ali"]]
    assert (view.total, view.outcome, view.note) == (86, "passed", "ارائه روان" if rtl else "A fluent talk")
    assert tab.current().total == 86 and tab.buttons["issue"].isEnabled()

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    numbers = {}
    for lang in ("fa", "en"):
        tab.language.setCurrentIndex(tab.language.findData(lang))
        tab.buttons["issue"].click()
        numbers[lang] = getattr(tab.current(), f"certificate_{lang}")
        assert numbers[lang] and not tab.buttons["issue"].isEnabled()
        tab.buttons["print"].click()
    assert numbers["fa"].split("/")[1] == "0001" and numbers["en"].split("/")[1] == "0002"
    view = evaluations.get_evaluation(row.id)
    for lang in ("fa", "en"):
        letter = letters.get_letter(getattr(view, f"letter_{lang}_id"))
        assert (letter["status"], letter["number"], letter["lang"]) == ("issued", numbers[lang], lang)
    fa, en = (pdf_text(data) for data in opened)
    today = jdatetime.date.fromgregorian(date=dt.date(2026, 12, 16)).strftime("%Y/%m/%d")
    assert "گواهی ارزیابی زبان انگلیسی" in fa and _persian(today) in fa and "۸۶" in fa and numbers["fa"] in fa
    assert "Certificate of English Language Evaluation" in en and "16 December 2026" in en
    assert "Dr. Maryam Kazemi" in en and numbers["en"] in en
    assert not tab.buttons["result"].isEnabled()  # issued: the result is locked

    def history(dialog: PersonDialog):
        shown = dialog.findChild(QLabel, "person_evaluations")
        assert shown is not None
        text = shown.text()
        assert ("۱/۱۴۰۵" if rtl else "1/1405") in text and ("۸۶/۱۰۰" if rtl else "86/100") in text
        assert ("قبول" if rtl else "Passed") in text
        dialog.reject()

    seen = on_dialog(history, PersonDialog)
    run_modal(PersonDialog(tab, ids["maryam"]))
    assert seen


def test_a_criterion_is_added_and_scored(qtbot, tab):
    def add(dialog: CriteriaDialog):
        values = {"code": "writing", "name_fa": "نگارش علمی", "name_en": "Academic writing"}
        for name, text in (*values.items(), ("max_score", "۲۰"), ("position", "4")):
            dialog.edits[name].setFocus()
            select_all(dialog.edits[name])
            type_text(text, dialog.edits[name])
        dialog.actions["add"].click()
        assert [c.code for c in dialog.model.rows()][-1] == "writing"
        dialog.edits["max_score"].setFocus()
        select_all(dialog.edits["max_score"])
        type_text("0", dialog.edits["max_score"])
        dialog.actions["add"].click()  # a maximum of 0: refused by its field, nothing added
        assert dialog.form.error_text("max_score") and dialog.form.error_text("code") == ""
        QDialog.done(dialog, 0)  # the typed text left in the fields is not kept

    done = on_dialog(add, CriteriaDialog)
    tab.buttons["criteria"].click()
    assert done
    [writing] = [c for c in evaluations.list_criteria() if c.code == "writing"]
    assert (writing.name_fa, writing.max_score, writing.position) == ("نگارش علمی", 20, 4)
