"""A table model over a service's paged query: rows are fetched a page at a time as the view scrolls.

Sorting and filtering are done by the service in SQL (ORDER BY / WHERE), not by a proxy over loaded
rows: with 100,000 records only a page is in memory, so a proxy would sort just what happened to be
loaded. The model keeps the service's plain row objects and asks each Column how to show one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the service's row object
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its header (already translated), how to show a row, its sort key for the service."""

    header: str
    text: Callable[[Any], str]
    sort_key: str = ""
    tooltip: Callable[[Any], str] | None = None
    align_end: bool = False  # numbers and dates: aligned to the end of the cell
    ltr: bool = False  # emails, phone numbers, codes: kept left-to-right inside right-to-left text


RowColour = Callable[[Any], Any]  # a row -> QColor | None


class ColumnsModel(QAbstractTableModel):
    """What both table models share: rows held as the service's plain objects, shown through Columns;
    `colour(row)` may tint a row's text and `background(row)` its cells."""

    def __init__(
        self,
        columns: list[Column],
        parent: Any = None,
        colour: RowColour | None = None,
        background: RowColour | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []
        self._colour = colour
        self._background = background

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = column.text(row)
            return f"\u2066{text}\u2069" if column.ltr and text else text
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            return self._colour(row)
        if role == Qt.ItemDataRole.BackgroundRole and self._background is not None:
            return self._background(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_end:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None


class PagedTableModel(ColumnsModel):
    """Rows from `fetch(request)`, a service's list function taking a PageRequest and returning a Page."""

    def __init__(
        self,
        columns: list[Column],
        fetch: Callable[[Any], Any],
        request: Any,
        page_size: int = 200,
        parent: Any = None,
        name: str = "",
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        # which register this lists (its exported sheet's name): by default the service function's name
        # without "list_"
        self.name = name or getattr(fetch, "__name__", "").removeprefix("list_")
        self._request = replace(request, offset=0, limit=page_size)
        self._page_size = page_size
        self._total = 0
        self.loaded = False

    # ------------------------------------------------------------- what to show

    @property
    def request(self) -> Any:
        return self._request

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def fetch(self) -> Callable[[Any], Any]:
        return self._fetch

    @property
    def total(self) -> int:
        """How many records match the current filter (not only the loaded ones)."""
        return self._total

    def set_columns(self, columns: list[Column]) -> None:
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def reload(self, **changes: Any) -> None:
        """Query again from the first page, with changed search / sort / archived settings if given."""
        request = replace(self._request, offset=0, **changes)
        first = self._fetch(request)  # before the reset: a failed query leaves the model as it was, whole
        self.beginResetModel()
        self._request = request
        self._rows = list(first.rows)
        self._total = first.total if first.total is not None else len(self._rows)
        self.loaded = True
        self.endResetModel()

    # ------------------------------------------------------------- Qt model interface

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._fetch(replace(self._request, offset=len(self._rows))).rows
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort_column(self) -> int:
        """The column the current request is sorted by, -1 when it sorts by something not shown."""
        return next((i for i, c in enumerate(self._columns) if c.sort_key == self._request.sort), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if not key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:
            self.reload(sort=key, descending=descending)
        else:  # the view sorts once when sorting is enabled: remember it for the first load
            self._request = replace(self._request, sort=key, descending=descending)
