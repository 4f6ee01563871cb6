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


def test_a_streamed_workbook_reads_back_whole_in_openpyxl(tmp_path):
    """Every row, the formula-safety, the widths, the bold header, the frozen header and the direction of a
    long export, read back by openpyxl in its ordinary (not streaming) mode."""
    rows = [
        [n, f"ردیف {n}", "=1+1" if n % 100 == 0 else f"text {n}", dt.date(2026, 1, 1) + dt.timedelta(days=n)]
        for n in range(1, 3001)
    ]
    rows.append([3001, "#N/A", "-5", dt.datetime(2026, 3, 20, 23, 30)])
    path = tmp_path / "long.xlsx"
    written = write_xlsx(
        path,
        [
            Sheet("دفتر", ["شماره", "نام", "متن", "تاریخ"], iter(rows), widths=(8, 30, 20, 12)),
            Sheet("Second", ["a"], [["=SUM(A1:A2)"]], right_to_left=False),
        ],
    )
    assert written == 3002
    book = load_workbook(path)
    first, second = book.worksheets
    assert first.title == "دفتر" and first.sheet_view.rightToLeft and not second.sheet_view.rightToLeft
    assert first.max_row == 3002 and first.auto_filter.ref == "A1:D3002" and first.freeze_panes == "A2"
    assert [first.column_dimensions[c].width for c in "ABCD"] == [8, 30, 20, 12]
    assert [c.value for c in first[1]] == ["شماره", "نام", "متن", "تاریخ"]
    assert all(c.font.b for c in first[1])
    read = [[c.value for c in row] for row in first.iter_rows(min_row=2)]
    assert read[:3000] == [
        [n, name, text, dt.datetime.combine(day, dt.time())] for n, name, text, day in rows[:3000]
    ]
    formulas = [row[2] for row in first.iter_rows(min_row=2, max_row=3001) if row[2].value == "=1+1"]
    assert len(formulas) == 30 and all(c.data_type == "s" and c.quotePrefix for c in formulas)
    last = first[3002]
    assert [c.value for c in last] == [3001, "#N/A", "-5", dt.datetime(2026, 3, 20, 23, 30)]
    assert last[1].data_type == "s" and last[2].data_type == "s"  # neither an error value nor a number
    assert second["A2"].value == "=SUM(A1:A2)" and second["A2"].data_type == "s"
