"""Choosing a row of a table view from code, the same in both layout directions; moving rows up and down."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget

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


def enable_with_row(
    view: QAbstractItemView, widgets: Sequence[QWidget], allowed: Callable[[], bool] = lambda: True
) -> Callable[[], None]:
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


def move_buttons(
    view: QAbstractItemView, move: Callable[[Any, int], object], parent: QWidget
) -> tuple[QPushButton, QPushButton]:
    """Move up / Move down buttons for a list of whole rows (a RowsTableModel), also on Alt+Up / Alt+Down in
    the view: move(row, -1 or +1) moves the current row, which stays chosen once the list has been
    reloaded."""

    def step(offset: int) -> None:
        model = view.model()
        index = view.currentIndex()
        row = model.row_object(index.row()) if index.isValid() else None  # type: ignore[attr-defined]
        if row is None:
            return
        move(row, offset)
        select_row(view, view.model().row_of_id(row.id))  # type: ignore[attr-defined]

    up = QPushButton(QCoreApplication.translate("rows", "Move up"), parent)
    down = QPushButton(QCoreApplication.translate("rows", "Move down"), parent)
    up.setToolTip(QCoreApplication.translate("rows", "Move the chosen row up (Alt+Up)"))
    down.setToolTip(QCoreApplication.translate("rows", "Move the chosen row down (Alt+Down)"))
    up.clicked.connect(lambda: step(-1))
    down.clicked.connect(lambda: step(+1))
    for keys, offset, button in (("Alt+Up", -1, up), ("Alt+Down", +1, down)):
        shortcut = QShortcut(QKeySequence(keys), view, context=Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda o=offset, b=button: b.isEnabled() and step(o))
    return up, down
