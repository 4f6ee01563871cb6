"""The paged table model on its own, over a fake service list function."""

from dataclasses import dataclass

from PySide6.QtCore import Qt

from app.services.paging import Page, PageRequest
from app.ui.models.paged import ROW_ROLE, Column, PagedTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


def fake_service(rows):
    calls = []

    def fetch(request: PageRequest) -> Page:
        calls.append(request)
        matching = [r for r in rows if request.search.lower() in r.name.lower()]
        matching.sort(key=lambda r: r.name if request.sort == "name" else r.id, reverse=request.descending)
        chunk = matching[request.offset : request.offset + request.limit]
        return Page(chunk, len(matching) if request.offset == 0 else None)

    return fetch, calls


def test_pages_load_as_the_view_scrolls_and_sort_and_filter_go_to_the_service(qtmodeltester):
    rows = [Row(i, f"person {i:04d}") for i in range(1, 451)]
    fetch, calls = fake_service(rows)
    model = PagedTableModel(
        [Column("Name", lambda r: r.name, "name"), Column("Id", lambda r: str(r.id))],
        fetch,
        PageRequest(sort="name"),
        page_size=200,
    )
    assert model.rowCount() == 0 and not model.loaded
    model.reload()
    assert model.rowCount() == 200 and model.total == 450
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "person 0450"
    assert calls[-1].sort == "name" and calls[-1].descending
    model.sort(1, Qt.SortOrder.AscendingOrder)  # a column without a sort key: nothing happens
    assert calls[-1].descending
    model.reload(search="person 01")
    assert model.total == 100 and model.data(model.index(0, 0), ROW_ROLE).name.startswith("person 01")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    qtmodeltester.check(model)


def test_right_to_left_safe_cells(qtbot):
    fetch, _ = fake_service([Row(1, "+98 21 1234")])
    model = PagedTableModel([Column("Phone", lambda r: r.name, ltr=True)], fetch, PageRequest())
    model.reload()
    assert model.data(model.index(0, 0)) == "\u2066+98 21 1234\u2069"
