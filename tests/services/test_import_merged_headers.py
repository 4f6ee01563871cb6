"""Merged header cells spread across their columns (issue 16 §2): a two-row header whose «تاریخ» is
merged over «ورود» and «خروج», names merged down over both rows, under a merged title; made with openpyxl as
Excel holds it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from app.services import imports


def _two_row_header(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.sheet_view.rightToLeft = True
    ws.append(["بازدیدهای مهمانان خارجی ۱۴۰۳"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["ردیف", "نام مهمان", "تاریخ", None, "میزبان", "کشور"])
    ws.append([None, None, "ورود", "خروج", None, None])
    for column in ("A", "B", "E", "F"):
        ws.merge_cells(f"{column}3:{column}4")
    ws.merge_cells("C3:D3")
    ws.append([1, "Prof. Anna Rossi", "1403/02/10", "1403/02/15", "گروه قلب", "ایتالیا"])
    ws.append([2, "Dr. Jan Novak", "1403/03/01", "1403/03/04", "گروه قلب", "Czechia"])
    ws.merge_cells("E5:E6")  # a merged data cell is the office's own: not spread
    book.save(path)
    return path


def test_a_merged_group_header_names_each_of_its_columns(db, tmp_path):
    table = imports.open_sheet("visits", _two_row_header(tmp_path / "visits.xlsx"))
    assert table.headers == ["نام مهمان", "تاریخ / ورود", "تاریخ / خروج", "میزبان", "کشور"]
    assert table.header_row == 4
    assert [n for n, _ in table.rows] == [5, 6]  # the sub-header row is not a row of data
    mapping = imports.guess_mapping("visits", table)
    assert (mapping["guests"], mapping["arrival_date"], mapping["departure_date"]) == (0, 1, 2)
    assert (mapping["unit"], mapping["country"]) == (3, 4)
    assert table.rows[1][1][3] is None  # the data row under a merged data cell keeps what it holds
    result = imports.preview("visits", table, mapping)
    first = result.rows[0]
    assert first.outcome == imports.ADD, first.reason
    assert first.values["arrival_date"] == dt.date(2024, 4, 29)  # 1403/02/10, by jdatetime
    assert first.values["departure_date"] == dt.date(2024, 5, 4)


def test_a_title_merged_over_the_header_is_not_a_group(db, tmp_path):
    book = Workbook()
    book.active.append(["فهرست افراد"])
    book.active.merge_cells("A1:C1")
    book.active.append(["نام", "نام خانوادگی", "ایمیل"])
    book.active.append(["Ali", "Rezaei", "ali@example.org"])
    book.save(tmp_path / "people.xlsx")
    table = imports.open_sheet("people", tmp_path / "people.xlsx")
    assert table.headers == ["نام", "نام خانوادگی", "ایمیل"] and table.header_row == 2
