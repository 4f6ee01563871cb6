"""A table model over a short list held whole in memory (participants, agenda items, the programme of a
visit, current holders, a budget's departments), shown through the same `paged.Column`s as the big lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.ui.models.paged import ColumnsModel


class RowsTableModel(ColumnsModel):
    """`set_rows(rows)` shows them; `colour(row)` may tint a row's text and `background(row)` its cells."""

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)
