"""Choosing a row of a table view from code, the same in both layout directions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QWidget

_SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the view's current and selected row (a row out of range changes nothing).

    QTableView.selectRow() takes the row's column from the header at the view's leading edge; in a
    right-to-left layout (the Persian interface) that point lies past the header, so it selects nothing and
    leaves no current index. Setting the current index on the first column works in either direction."""
    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(index, _SELECT_ROW)
    view.scrollTo(index)


def enable_with_row(view: QAbstractItemView, widgets: Sequence[QWidget],
                    allowed: Callable[[], bool] = lambda: True) -> Callable[[], None]:  # fmt: skip
    """Keep `widgets` (the buttons that act on the chosen row) enabled only while the view has a current row
    and allowed() holds. Returns the update, to call when what allowed() looks at changes."""

    def update(*_args: object) -> None:
        on = view.currentIndex().isValid() and allowed()
        for widget in widgets:
            widget.setEnabled(on)

    view.selectionModel().currentRowChanged.connect(update)
    view.model().modelReset.connect(update)  # a reset drops the current index without a signal
    update()
    return update
