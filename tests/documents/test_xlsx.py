"""Registers exported to .xlsx: formula-like text is never a formula, amounts stay numbers."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.documents.xlsx import Sheet, write_xlsx


def test_dangerous_text_is_kept_as_text_and_numbers_as_numbers(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [['=HYPERLINK("x")', 1_250_000], ["+98 21 1234", -5], ["@cmd", 0], ["سلام", None]]
    assert write_xlsx(path, [Sheet("Register", ["text", "amount"], rows, right_to_left=True)]) == 4
    sheet = load_workbook(path).active
    assert sheet.sheet_view.rightToLeft
    cells = list(sheet.iter_rows(min_row=2))
    assert [c[0].value for c in cells] == ['=HYPERLINK("x")', "+98 21 1234", "@cmd", "سلام"]
    assert all(c[0].data_type == "s" for c in cells)
    assert [c[0].quotePrefix for c in cells] == [True, True, True, False]
    assert [c[1].value for c in cells[:3]] == [1_250_000, -5, 0]


@given(st.text(min_size=1, max_size=40))
def test_no_text_becomes_a_formula(text):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        write_xlsx(path, [Sheet("S", ["t", "d"], [[text, dt.date(2026, 1, 2)]])])
        cell = load_workbook(path).active["A2"]
        assert cell.value is None or cell.data_type == "s"  # None: only control characters were typed


def test_creator_filter_direction_and_times(tmp_path):
    persian = tmp_path / "fa.xlsx"
    write_xlsx(
        persian,
        [Sheet("دفتر", ["شماره", "ساعت"], [["V-1405-007", dt.time(9, 30)], ["V-1405-008", dt.time(14)]])],
    )
    book = load_workbook(persian)
    sheet = book.active
    assert book.properties.creator == "IVC Desk"
    assert sheet.sheet_view.rightToLeft and sheet.auto_filter.ref == "A1:B3"
    assert sheet["B2"].value == dt.time(9, 30) and sheet["B2"].is_date  # a time, not the text "09:30"
    english = tmp_path / "en.xlsx"
    write_xlsx(english, [Sheet("Register", ["number", "start"], [])])
    sheet = load_workbook(english).active
    assert not sheet.sheet_view.rightToLeft and sheet.auto_filter.ref == "A1:B1"
