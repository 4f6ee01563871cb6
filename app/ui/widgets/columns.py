"""Columns of a list sized to what they hold, none wider than a share of the view, and long text elided
in the middle («IVC/14…0049/H», «سرکار خانم … نجفی»), so a code keeps its start and its end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

WIDEST = 360  # pixels: a column grows to its content up to this, then elides in the middle


def elide_in_the_middle(view: QTableView) -> QTableView:
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setWordWrap(False)
    return view


def fit_columns(view: QTableView, widest: int = WIDEST) -> None:
    """Each column as wide as its content (the header's words too), at most `widest`."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
