"""The ordinance and the register as PDFs: number, names, term and text in Persian and English."""

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.documents.ordinances import OrdinanceData, ordinance_rows
from app.services import ordinances, settings
from app.services.ordinances.documents import export_xlsx, ordinance_pdf, register_pdf
from tests.services.ordinance_helpers import kind, setting_up


def issued(ids, day=dt.date(2026, 9, 20)):
    settings.save({"signatory_name_fa": "دکتر حمید احمدی", "signatory_name_en": "Dr. Hamid Ahmadi"})
    values = ordinances.new_draft_values(kind("deputy"), ids["rezaei"], ids["anatomy"], dt.date(2026, 9, 23))
    values.update(
        recipient_title_fa="جناب آقای دکتر",
        copies_to_fa="ریاست دانشکده\nمدیر گروه آناتومی",
        copies_to_en="Dean of the School of Medicine",
    )
    ordinance = ordinances.save_draft(values)
    ordinances.issue_ordinance(ordinance, day)
    return ordinance


def test_the_ordinance_holds_number_names_and_term_in_both_languages(db, pdf_text):
    ids = setting_up()
    ordinance = issued(ids)
    fa = pdf_text(ordinance_pdf(ordinance, "fa"))
    for words in (
        "۱۴۰۵/۰۰۰۱",
        "IVC",
        "حکم انتصاب معاون بینالملل",
        "جناب آقای دکتر علی رضایی",
        "گروه آناتومی",
        "۱۴۰۵/۰۷/۰۱",
        "۱۴۰۷/۰۶/۳۱",
        "دکتر حمید احمدی",
        "رونوشت",
        "ریاست دانشکده",
        "۱۴۰۵/۰۶/۲۹",
    ):
        assert words in fa, words
    en = pdf_text(ordinance_pdf(ordinance, "en"))
    for words in (
        "1405/0001/IVC",
        "Appointment of International Deputy",
        "Dr. Ali Rezaei",
        "Department of Anatomy",
        "23 September 2026",
        "21 September 2028",
        "Dr. Hamid Ahmadi",
        "Dean of the School of Medicine",
        "20 September 2026",
        "29 Shahrivar 1405",
    ):
        assert words in en, words


def test_a_draft_is_marked_and_has_no_number(db, pdf_text):
    ids = setting_up()
    draft = ordinances.save_draft(ordinances.new_draft_values(kind("committee"), ids["karimi"]))
    text = pdf_text(ordinance_pdf(draft, "en"))
    assert "DRAFT" in text and "IVC" not in text and "Maryam Karimi" in text


def test_a_long_text_keeps_its_signature_with_the_last_lines():
    body = "\n".join(
        ["A paragraph of the ordinance that is long enough to fill a line or two of the page."] * 40
    )
    data = OrdinanceData(
        lang="en",
        number="1405/0001/IVC",
        date_text="1 May 2026",
        title="Appointment",
        recipient="Dr. A",
        body=body,
        signatory_name="Dr. B",
        signatory_title="Vice-Chancellor",
    )
    rows = ordinance_rows(data)
    assert rows[-1].runs and rows[-2].keep_with_next


def test_the_register_of_a_year_in_both_languages_and_as_a_workbook(db, tmp_path, pdf_text):
    ids = setting_up()
    first = issued(ids)
    ordinances.void_ordinance(first, "wrong unit")
    issued(ids, dt.date(2026, 10, 1))
    fa_pdf = register_pdf(1405, "fa")
    fa = pdf_text(fa_pdf)
    # The PDF's title too, in the document's digits (it read «دفتر احکام سال 1405»).
    assert PdfReader(io.BytesIO(fa_pdf)).metadata.title == "دفتر احکام سال ۱۴۰۵"
    assert "دفتر احکام سال ۱۴۰۵" in fa and "ابطال شماره" in fa and "علی رضایی" in fa and "۱۴۰۵/۰۰۰۲" in fa
    en = pdf_text(register_pdf(1405, "en"))
    assert "Register of ordinances, 1405" in en and "1405/0001/IVC" in en and "Void" in en and "Issued" in en
    assert export_xlsx(tmp_path / "o.xlsx", 1405) == 2
    sheet = load_workbook(tmp_path / "o.xlsx").active
    assert [c.value for c in sheet[2]][1] == "1405/0001/IVC-H" and sheet.cell(3, 13).value == "Issued"


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_a_register_number_is_never_wrapped(lang):
    """«1405/0002/IVC-H» stays on one line of its cell, in Persian and in English; the other cells still
    fit the page."""
    from app.documents.ordinances import RegisterData, RegisterLine, register_rows

    line = RegisterLine(
        "1405/0002/IVC-H",
        "1405/08/04",
        "Appointment of International Adjunct Faculty",
        "Prof. Olga Kovalenko",
        "Department of Anatomy",
        "1405/08/01 – 1407/07/30",
        "Issued",
    )
    register = RegisterData(
        lang=lang, year=1405, date_text="", headers=("N", "D", "K", "R", "U", "T", "S"), lines=[line]
    )
    from app.documents.frame import LEFT, RIGHT

    rows, header = register_rows(register)
    lines = rows[rows.index(header[-1]) + 1 :]
    number_runs = [run for row in lines for run in row.runs if "IVC" in run.text or run.text.strip() == "H"]
    assert len(number_runs) == 1 and "IVC-H" in number_runs[0].text.replace("\u2011", "-"), number_runs
    for row in rows:
        for run in row.runs:
            assert LEFT - 0.5 <= run.x <= RIGHT
