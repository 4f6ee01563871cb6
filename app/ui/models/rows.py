"""A table model over a short list held whole in memory (participants, agenda items, the programme of a
visit, current holders, a budget's departments), shown through the same `paged.Column`s as the big lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.ui.models.paged import ID_ROLE, ROW_ROLE, Column

Index = QModelIndex | QPersistentModelIndex
RowColour = Callable[[Any], QColor | None]


class RowsTableModel(QAbstractTableModel):
    """`set_rows(rows)` shows them; `colour(row)` may tint a row's text and `background(row)` its cells."""

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

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

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
