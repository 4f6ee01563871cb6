"""The budget of a fiscal year: allocated, committed, paid and remaining, each department's share and each
kind of request's (conferences, sabbaticals, missions...)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from app.ui.models.paged import Column
from app.ui.models.rows import RowsTableModel


def money(value: int) -> str:
    return format_amount(value, "IRR", i18n.language())


def figure(value: int) -> str:
    """Rials in a column whose heading names the currency."""
    return format_amount(value, "IRR", i18n.language(), with_currency=False)


def department_columns() -> list[Column]:
    """A year's departments with their requests, requested, committed and paid amounts."""

    def name(line: funding.BudgetLine) -> str:
        found = line.name_fa if i18n.language() == "fa" else line.name_en or line.name_fa
        return found or translate("FundingBudget", "No department")

    return [Column(translate("FundingBudget", "Department"), name), *figure_columns()]


def kind_columns() -> list[Column]:
    """A year's spending by kind of request."""
    return [
        Column(
            translate("FundingBudget", "Kind of request"),
            lambda line: funding.name(line.kind, i18n.language()),
        ),
        *figure_columns(),
    ]


def figure_columns() -> list[Column]:
    """Requests, requested, committed and paid: the figures of a department's or a kind's line."""
    return [
        Column(
            translate("FundingBudget", "Requests"),
            lambda line: i18n.digits(str(line.requests)),
            align_end=True,
        ),
        Column(
            translate("FundingBudget", "Requested (rials)"),
            lambda line: figure(line.requested_irr),
            align_end=True,
        ),
        Column(
            translate("FundingBudget", "Committed (rials)"),
            lambda line: figure(line.committed_irr),
            align_end=True,
        ),
        Column(
            translate("FundingBudget", "Paid (rials)"), lambda line: figure(line.paid_irr), align_end=True
        ),
    ]


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
        figures.addRow(
            translate("FundingBudget", "Committed (approved, not yet paid)"), self.labels["committed"]
        )
        figures.addRow(translate("FundingBudget", "Paid"), self.labels["paid"])
        figures.addRow(translate("FundingBudget", "Remaining"), self.labels["remaining"])
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.model = RowsTableModel(department_columns(), self)
        self.table = _table(self.model)
        self.kinds_model = RowsTableModel(kind_columns(), self)
        self.kinds_table = _table(self.kinds_model)
        self.kinds_table.setObjectName("budget_by_kind")
        # one line per kind of request: the table is as tall as its lines, the departments take the rest
        header = self.kinds_table.horizontalHeader().sizeHint().height()
        self.kinds_table.setFixedHeight(
            header + 2 + self.kinds_table.verticalHeader().defaultSectionSize() * 5
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.notice)
        layout.addWidget(self.kinds_table)
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
            self.notice.setText(
                translate(
                    "FundingBudget",
                    "No budget has been set for this year: requests cannot be submitted until it is (Rules "
                    "and rates…).",
                )
            )
        elif low:
            self.notice.setText(
                translate(
                    "FundingBudget",
                    "Less than a tenth of the budget remains; approvals beyond it are refused.",
                )
            )
        else:
            self.notice.setText("")
        self.model.set_rows(result.departments)
        self.kinds_model.set_rows(result.kinds)


def _table(model: RowsTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
