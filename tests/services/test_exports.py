"""A list as a workbook (issue 16 §3): every page of the list with its filter, texts that are whole numbers as
numbers, formula-like text kept as text, and a cancelled export writes no file. Read back with openpyxl."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services import directory, exports
from app.services.paging import Page, PageRequest


def _sheet(path: Path) -> list[tuple]:
    book = load_workbook(path)
    return [tuple(row) for row in book.active.iter_rows(values_only=True)]


@pytest.mark.parametrize(
    ("shown", "cell"),
    [
        ("1200", 1200),
        ("1,200,000", 1_200_000),
        ("۱٬۲۰۰٬۰۰۰", 1_200_000),
        ("۴۵", 45),
        ("-35", -35),
        ("0", 0),
        ("\u20661405\u2069", 1405),
        ("0912 123 4567", "0912 123 4567"),
        ("09121234567", "09121234567"),
        ("1,2", "1,2"),
        ("12,34", "12,34"),
        ("1405/09/11", "1405/09/11"),
        ("۱۴۰۵/۰۹/۱۱", "۱۴۰۵/۰۹/۱۱"),
        ("19/1405", "19/1405"),
        ("1234567890123456789", "1234567890123456789"),
        ("", ""),
        (None, None),
    ],
)
def test_a_shown_text_becomes_a_number_only_when_it_is_a_whole_number(shown, cell):
    assert exports.cell_value(shown) == cell
    assert type(exports.cell_value(shown)) is type(cell)


class _Fetch:
    """A list of `n` rows in pages, as a register's list function gives them (the total with the first)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.asked: list[PageRequest] = []

    def __call__(self, request: PageRequest) -> Page:
        self.asked.append(request)
        rows = list(range(request.offset, min(self.n, request.offset + request.limit)))
        return Page(rows, self.n if request.offset == 0 else None)


def test_every_page_is_read_and_progress_told_after_each(tmp_path):
    fetch = _Fetch(2_345)
    told: list[tuple[int, int]] = []
    target = tmp_path / "numbers.xlsx"
    written = exports.export_list(
        target,
        "Numbers",
        ["n", "twice"],
        fetch,
        PageRequest(sort="id", search="x"),
        lambda n: [str(n), f"{2 * n:,}"],
        lambda done, total: told.append((done, total)) is None,
    )
    assert written == 2_345
    assert told == [(1000, 2345), (2000, 2345), (2345, 2345)]
    assert all(r.search == "x" and r.sort == "id" for r in fetch.asked)  # the list's filter, every page
    rows = _sheet(target)
    assert rows[0] == ("n", "twice") and len(rows) == 2_346
    assert rows[1] == (0, 0) and rows[-1] == (2344, 4688)


def test_a_cancelled_export_writes_no_file(tmp_path):
    target = tmp_path / "stopped.xlsx"
    with pytest.raises(exports.ExportCancelled):
        exports.export_list(
            target,
            "Numbers",
            ["n"],
            _Fetch(5_000),
            PageRequest(),
            lambda n: [n],
            lambda done, _t: done < 2000,
        )
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_register_exports_with_its_filter_and_formula_text_stays_text(db, tmp_path):
    for first, last in (("Maryam", "Hosseini"), ("Ali", "Hosseini"), ("=HYPERLINK(1)", "Karimi")):
        directory.save_person({"kind": "staff", "first_name_en": first, "last_name_en": last})
    target = tmp_path / "people.xlsx"
    request = replace(PageRequest(sort="name_en"), search="hosseini")
    written = exports.export_list(
        target, "People", ["Name"], directory.list_people, request, lambda r: [r.name("en")]
    )
    assert written == 2
    rows = _sheet(target)
    assert rows[0] == ("Name",) and sorted(rows[1:]) == [("Ali Hosseini",), ("Maryam Hosseini",)]
    everyone = tmp_path / "everyone.xlsx"
    exports.export_list(
        everyone,
        "People",
        ["Name"],
        directory.list_people,
        PageRequest(sort="name_en"),
        lambda r: [r.name("en")],
    )
    book = load_workbook(everyone)
    [cell] = [c for c in book.active["A"] if str(c.value).startswith("=")]
    assert cell.data_type == "s" and cell.quotePrefix  # shown as typed, never evaluated
