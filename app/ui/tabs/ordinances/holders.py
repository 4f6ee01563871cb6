"""Current holders: every department and hospital, who holds each position, since and until when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import ordinances
from app.services.errors import ServiceError
from app.services.ordinances.holders import Holding
from app.ui import i18n, labels
from app.ui.i18n import error_text, translate
from app.ui.widgets.date_edit import DateEdit
from app.ui.widgets.rows import select_row

_SOON = QColor("#fde7c0")  # a term ending within the reminder period
_VACANT = QColor("#f3f3f3")


class HoldersModel(QAbstractTableModel):
    """Holdings as rows: unit, its kind, position, holder, since, until, ordinance number, days left."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Holding] = []
        self.on = None
        self.headers = [translate("Ordinances", "Unit"), translate("Ordinances", "Type"), translate("Ordinances", "Position"),
                        translate("Ordinances", "Holder"), translate("Ordinances", "Since"), translate("Ordinances", "Until"),
                        translate("Ordinances", "Ordinance"), translate("Ordinances", "Days left")]  # fmt: skip

    def set_rows(self, rows: list[Holding], on: Any) -> None:
        self.beginResetModel()
        self.rows, self.on = rows, on
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def text(self, row: Holding, column: int) -> str:
        lang = i18n.language()
        if column == 0:
            return row.unit(lang)
        if column == 1:
            return labels.label(row.unit_kind)
        if column == 2:
            return row.position(lang)
        if row.vacant:
            return translate("Ordinances", "Vacant") if column == 3 else ""
        if column == 3:
            return row.holder(lang)
        if column == 4:
            return i18n.format_date(row.since)
        if column == 5:
            return i18n.format_date(row.until)
        if column == 6:
            return f"\u2066{i18n.digits(row.number or '')}\u2069"
        return i18n.digits(str((row.until - self.on).days)) if row.until and self.on else ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return _SOON if row.ending_soon else (_VACANT if row.vacant else None)
        if role == Qt.ItemDataRole.ToolTipRole and row.renewal_id:
            return translate("Ordinances", "A renewal has been drafted or issued.")
        return None


class HoldersPage(QWidget):
    """Emits renew(ordinance id), appoint(unit id, kind id) and show(ordinance id) for the register to act on."""

    renew = Signal(int)
    appoint = Signal(int, int)
    show = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on = DateEdit(self)
        self.days = QSpinBox(self)
        self.days.setRange(0, 365)
        self.days.setSuffix(translate("Ordinances", " days"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Ordinances", "Filter units…"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Ordinances", "Holders on")))
        top.addWidget(self.on)
        top.addWidget(QLabel(translate("Ordinances", "Flag terms ending within")))
        top.addWidget(self.days)
        top.addWidget(self.search, 1)
        top.addWidget(self.summary)
        self.model = HoldersModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.renew_button = QPushButton(translate("Ordinances", "Renew…"), self)
        self.appoint_button = QPushButton(translate("Ordinances", "Appoint…"), self)
        self.show_button = QPushButton(translate("Ordinances", "Show ordinance"), self)
        buttons = QHBoxLayout()
        for button in (self.renew_button, self.appoint_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.on.dateChanged.connect(lambda _d: self.load())
        self.days.editingFinished.connect(self._days_changed)
        self.search.textChanged.connect(lambda _t: self.load())
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.renew_button.clicked.connect(lambda: self._act("renew"))
        self.appoint_button.clicked.connect(lambda: self._act("appoint"))
        self.show_button.clicked.connect(lambda: self._act("show"))
        self._update_buttons()

    def load(self) -> None:
        if not self.days.hasFocus():
            self.days.blockSignals(True)
            self.days.setValue(ordinances.reminder_days())
            self.days.blockSignals(False)
        on = self.on.date_value()
        rows = ordinances.current_holders(on, self.days.value(), self.search.text())
        self.model.set_rows(rows, on)
        self.table.resizeColumnsToContents()
        vacant = sum(r.vacant for r in rows)
        soon = sum(r.ending_soon for r in rows)
        self.summary.setText(i18n.digits(translate("Ordinances", "%1 vacant, %2 ending soon")
                                         .replace("%1", str(vacant)).replace("%2", str(soon))))  # fmt: skip
        self._update_buttons()

    def _days_changed(self) -> None:
        try:
            ordinances.set_reminder_days(self.days.value())
        except ServiceError as error:
            QMessageBox.warning(self, translate("Ordinances", "Ordinances"), error_text(error))
        self.load()

    def current(self) -> Holding | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def select_unit(self, unit_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.unit_id == unit_id:
                select_row(self.table, number)
                return

    def _update_buttons(self) -> None:
        row = self.current()
        self.renew_button.setEnabled(row is not None and not row.vacant and row.renewal_id is None)
        self.appoint_button.setEnabled(row is not None)
        self.show_button.setEnabled(row is not None and not row.vacant)

    def _open(self) -> None:
        row = self.current()
        if row is not None:
            self._act("appoint" if row.vacant else "show")

    def _act(self, what: str) -> None:
        row = self.current()
        if row is None:
            return
        if what == "renew" and row.ordinance_id:
            self.renew.emit(row.ordinance_id)
        elif what == "show" and row.ordinance_id:
            self.show.emit(row.ordinance_id)
        elif what == "appoint":
            self.appoint.emit(row.unit_id, row.kind_id)
