"""A register's list: a filter box that searches as you type, the table, the count, and the archive switch."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui import i18n
from app.ui.models.paged import PagedTableModel
from app.ui.widgets.columns import elide_in_the_middle, fit_columns
from app.ui.widgets.rows import select_row


class RegisterView(QWidget):
    """Emits `opened(row)` on double-click or Enter and `painted()` once its first page has been drawn."""

    opened = Signal(object)
    selection_changed = Signal(object)
    painted = Signal()

    def __init__(
        self, model: PagedTableModel, parent: QWidget | None = None, *, archive_switch: bool = True
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._painted = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter as you type (Persian or English)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        self.archive = QCheckBox(self.tr("Show archive"), self)
        self.archive.setVisible(archive_switch)
        self.count = QLabel(self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Write this list, as filtered, to an Excel workbook"))
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.archive)
        top.addWidget(self.count)
        top.addWidget(self.export_button)

        self.table = elide_in_the_middle(QTableView(self))
        self.table.setModel(model)
        order = Qt.SortOrder.DescendingOrder if model.request.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(model.sort_column(), order)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda index: self.opened.emit(model.row_object(index.row())))
        self.table.activated.connect(lambda index: self.opened.emit(model.row_object(index.row())))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.selection_changed.emit(model.row_object(current.row()))
        )
        self.table.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        # Coalesce fast typing: one query when the typist pauses, not one per key in a burst.
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.archive.toggled.connect(lambda _on: self.apply_filter())
        model.modelReset.connect(self._update_count)
        model.rowsInserted.connect(self._update_count)

    def load(self) -> None:
        """Query the first page (again), keeping the filter and sort."""
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.reload(search=self.search.text(), archived=self.archive.isChecked())
        if not self._painted:
            # Measure the first rows only: sizing every loaded row's cells (and shaping their Persian
            # text) costs more than the whole query.
            self.table.horizontalHeader().setResizeContentsPrecision(30)
            fit_columns(self.table)

    def export(self) -> int | None:
        """The whole list with the filter in the box (typed or not yet applied), to an .xlsx workbook."""
        from app.ui.widgets.export_list import export_model

        if self._timer.isActive():  # typed and not yet searched: export what the box says
            self.apply_filter()
        return export_model(self, self.model)

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of_id(record_id)
        if row >= 0:
            select_row(self.table, row)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count.setText(
            i18n.digits(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._painted and event.type() == QEvent.Type.Paint and self.model.loaded:
            self._painted = True
            QTimer.singleShot(
                0, self, self.painted.emit
            )  # after this paint reached the screen, if still here
        return super().eventFilter(watched, event)
