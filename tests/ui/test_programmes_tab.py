"""A secretary takes a seasonal school from its record to the printed certificates of attendance: the
programme typed in, a foreign guest coming in and a student going out with her support request, and the
certificates of everyone printed as one PDF off the GUI thread; in both interface languages."""

import datetime as dt
import io

import jdatetime
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from app.services import directory, funding, programmes
from app.ui.tabs.faculty.programme_dialogs import ParticipantsDialog, ProgrammeDialog
from app.ui.tabs.faculty.programmes import ProgrammesTab
from tests.services import funding_helpers as fh
from tests.ui.dialogs import click_row, on_dialog, shown_tab
from tests.ui.typing import select_all, type_text


@pytest.fixture
def opened(monkeypatch):
    shown: list[bytes] = []
    monkeypatch.setattr(
        "app.ui.tabs.faculty.programmes.open_pdf", lambda _parent, data, _stem: shown.append(data)
    )
    return shown


@pytest.fixture
def tab(qtbot, db, ui_language, frozen_clock):
    frozen_clock(dt.datetime(2026, 11, 24, 21, 50))
    return shown_tab(qtbot, ProgrammesTab)


def _pick(picker, text):
    picker.setText(text)
    picker._suggest()
    picker._chosen(picker._model.index(0, 0))


def test_a_school_from_its_record_to_the_printed_certificates(qtbot, tab, opened, ui_language, pdf_text):
    partner = directory.save_institution(
        {"name_en": "Karolinska Institutet", "name_fa": "مؤسسه کارولینسکا", "country": "SE"}
    )
    directory.save_person(
        {
            "kind": "foreign_guest",
            "title": "Prof.",
            "first_name_en": "Anna",
            "last_name_en": "Lindqvist",
            "first_name_fa": "آنا",
            "last_name_fa": "لیندکویست",
            "country": "SE",
        }
    )
    student = fh.person("Ahmadi", "احمدی", kind="phd_student")
    fh.set_up_year()
    request = funding.save_request(
        fh.request_data(student, applicant_kind="phd_student", academic_rank="", supervisor_id=fh.person())
    )
    fa = ui_language == "fa"

    def typed(dialog: ProgrammeDialog):
        dialog.partner.reload()
        dialog.partner.set_record(partner)
        dialog.title_fa.setFocus()
        type_text("مدرسه زمستانی پزشکی مبتنی بر شواهد", dialog.title_fa)
        dialog.title_en.setFocus()
        type_text("Winter School of Evidence-Based Medicine", dialog.title_en)
        for edit, day in ((dialog.starts_on, (1405, 11, 25)), (dialog.ends_on, (1405, 12, 2))):
            edit.line.setFocus()
            select_all(edit.line)
            gregorian = jdatetime.date(*day).togregorian()
            type_text("/".join(f"{n:02d}" for n in day) if fa else gregorian.isoformat(), edit.line)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        if dialog.isVisible():
            shown = [x.text() for x in dialog.findChildren(QLabel) if x.objectName().startswith("error_")]
            QDialog.done(dialog, 0)
            raise AssertionError(f"not saved: {[t for t in shown if t]}")

    done = on_dialog(typed, ProgrammeDialog)
    tab.buttons["new"].click()
    assert done
    [row] = tab.model.rows()
    assert (row.starts_on, row.ends_on, row.partner("en")) == (
        dt.date(2027, 2, 14),
        dt.date(2027, 2, 21),
        "Karolinska Institutet",
    )
    click_row(qtbot, tab.view, 0)
    assert not tab.buttons["print"].isEnabled()  # no participants yet

    def participants(dialog: ParticipantsDialog):
        dialog.direction.set_code("incoming")
        _pick(dialog.person, "Lindqvist")
        dialog.findChild(QPushButton, "participant_add").click()
        dialog.direction.set_code("outgoing")
        _pick(dialog.person, "Ahmadi")
        assert dialog.request.count() == 2  # none, and her request
        dialog.request.setCurrentIndex(1)
        dialog.findChild(QPushButton, "participant_add").click()
        assert [r.direction for r in dialog.model.rows()] == ["incoming", "outgoing"]
        dialog.reject()

    seen = on_dialog(participants, ParticipantsDialog)
    tab.buttons["participants"].click()
    assert seen
    people = programmes.participants(row.id)
    assert [(p.direction, p.funding_request_id) for p in people] == [
        ("incoming", None),
        ("outgoing", request),
    ]
    assert tab.current().incoming == 1 and tab.buttons["print"].isEnabled()

    for count, lang in enumerate(("fa", "en"), 1):
        tab.language.setCurrentIndex(tab.language.findData(lang))
        tab.buttons["print"].click()
        qtbot.waitUntil(lambda count=count: len(opened) >= count, timeout=20_000)
    persian, english = opened
    assert len(PdfReader(io.BytesIO(persian)).pages) == 2 and len(PdfReader(io.BytesIO(english)).pages) == 2
    text = " ".join(pdf_text(persian).split())
    start = (
        jdatetime.date(1405, 11, 25).strftime("%Y/%m/%d").translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    )
    assert "گواهی شرکت" in text and "آنا لیندکویست" in text and start in text
    text = " ".join(pdf_text(english).split())
    assert "Certificate of Attendance" in text and "Maryam Ahmadi" in text and "14 February 2027" in text
