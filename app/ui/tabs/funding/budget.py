"""The budget of a fiscal year: allocated, committed, paid and remaining, and each department's share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common import dates
from app.common.money import format_amount
from app.services import funding
from app.ui import i18n
from app.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex


def money(value: int) -> str:
    return format_amount(value, "IRR", i18n.language())


def figure(value: int) -> str:
    """Rials in a column whose heading names the currency."""
    return format_amount(value, "IRR", i18n.language(), with_currency=False)


class DepartmentsModel(QAbstractTableModel):
    """A year's departments with their requests, committed and paid amounts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[funding.BudgetLine] = []
        self.headers = [translate("FundingBudget", "Department"), translate("FundingBudget", "Requests"),
                        translate("FundingBudget", "Requested (rials)"), translate("FundingBudget", "Committed (rials)"),
                        translate("FundingBudget", "Paid (rials)")]  # fmt: skip

    def set_lines(self, lines: tuple[funding.BudgetLine, ...]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = (line.name_fa if i18n.language() == "fa" else line.name_en or line.name_fa) or \
                translate("FundingBudget", "No department")  # fmt: skip
            return [name, i18n.digits(str(line.requests)), figure(line.requested_irr), figure(line.committed_irr),
                    figure(line.paid_irr)][index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class BudgetPage(QWidget):
    report_requested = Signal(int)  # a fiscal year

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QComboBox()
        self.report_button = QPushButton(translate("FundingBudget", "Annual report…"))
        self.report_button.clicked.connect(lambda: self.report_requested.emit(self.current_year()))
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("FundingBudget", "Fiscal year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.report_button)
        self.labels = {key: QLabel() for key in ("allocated", "committed", "paid", "remaining")}
        for label in self.labels.values():
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        figures = QFormLayout()
        figures.addRow(translate("FundingBudget", "Allocated"), self.labels["allocated"])
        figures.addRow(translate("FundingBudget", "Committed (approved, not yet paid)"), self.labels["committed"])
        figures.addRow(translate("FundingBudget", "Paid"), self.labels["paid"])
        figures.addRow(translate("FundingBudget", "Remaining"), self.labels["remaining"])
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.model = DepartmentsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.year.currentIndexChanged.connect(self.show_year)

    def current_year(self) -> int:
        return self.year.currentData() or dates.jalali_year(dates.today())

    def load(self) -> None:
        chosen = self.year.currentData()
        years = set(funding.budget_years()) | {dates.jalali_year(dates.today())}
        self.year.blockSignals(True)
        self.year.clear()
        for year in sorted(years, reverse=True):
            self.year.addItem(i18n.digits(str(year)), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen or dates.jalali_year(dates.today()))))
        self.year.blockSignals(False)
        self.show_year()

    def show_year(self) -> None:
        result = funding.budget(self.current_year())
        self.labels["allocated"].setText(money(result.allocated_irr))
        self.labels["committed"].setText(money(result.committed_irr))
        self.labels["paid"].setText(money(result.paid_irr))
        self.labels["remaining"].setText(money(result.remaining_irr))
        low = result.set_up and result.allocated_irr and result.remaining_irr * 10 < result.allocated_irr
        self.labels["remaining"].setStyleSheet("color: #b3261e; font-weight: bold;" if low else "")
        if not result.set_up:
            self.notice.setText(translate("FundingBudget", "No budget has been set for this year: requests cannot be submitted until it is (Rules and rates…)."))
        elif low:
            self.notice.setText(translate("FundingBudget", "Less than a tenth of the budget remains; approvals beyond it are refused."))
        else:
            self.notice.setText("")
        self.model.set_lines(result.departments)
