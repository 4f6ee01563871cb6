"""The Reports tab: the annual report of a Jalali year on screen — the same figures, tables and chart
drawings as its PDF (app.services.reports, app.documents.report_charts) — with Print, Save as PDF and the
indicator pack. Double-clicking a figure lists the records behind it.

The report is gathered, and its charts drawn, off the GUI thread (app.ui.tasks)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.documents.annual_report import change_text, value_text
from app.documents.report_charts import chart_drawing
from app.documents.report_data import AnnualReport, Figure
from app.services import reports
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.modal import run_modal
from app.ui.models.paged import Column
from app.ui.printing import open_pdf, save_pdf
from app.ui.tabs.base import BaseTab
from app.ui.tasks import run_and_wait, run_in_background
from app.ui.widgets.drawing_view import DrawingView

Index = QModelIndex | QPersistentModelIndex
CHART_WIDTH = 600.0  # points; shown at 1.25 pixels a point


class RowsModel(QAbstractTableModel):
    """A small table held in memory: rows of any kind shown through paged.Column."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows = list(rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_end:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


def _table(model: RowsModel) -> QTableView:
    """A table as tall as its rows (the page scrolls, not the table)."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    height = (
        view.horizontalHeader().sizeHint().height()
        + view.verticalHeader().defaultSectionSize() * model.rowCount()
    )
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)
    return view


class TracesDialog(QDialog):
    """The records behind one figure: name, unit, dates and why each counts."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(figure.label)
        layout = QVBoxLayout(self)
        definition = QLabel(figure.definition)
        definition.setWordWrap(True)
        layout.addWidget(definition)
        lang = i18n.language()
        columns = [
            Column(self.tr("Reference"), lambda t: t.reference, ltr=True),
            Column(self.tr("Name"), lambda t: t.name),
            Column(self.tr("Unit"), lambda t: t.unit),
            Column(self.tr("Dates"), lambda t: t.dates),
            Column(self.tr("Why it counts"), lambda t: t.why),
        ]
        if figure.money or figure.key == "days_hosted":
            columns.append(
                Column(
                    self.tr("Amount"), lambda t: value_text(t.amount or 0, lang, figure.money), align_end=True
                )
            )
        self.model = RowsModel(columns, figure.traces, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 480)


def _gather(year: int, lang: str) -> tuple[AnnualReport, list[list[Any]]]:
    """The report and its charts' drawings (built off the GUI thread)."""
    report = reports.annual_report(year, lang)
    years = (report.year_label, report.last_label)
    drawings = [
        [chart_drawing(chart, lang, CHART_WIDTH, years) for chart in section.charts]
        for section in report.sections
    ]
    return report, drawings


class ReportsTab(BaseTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Reports")
        self.report: AnnualReport | None = None
        self.figure_views: list[QTableView] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Annual report of the year")))
        self.year = QComboBox()
        for year in reports.report_years():
            self.year.addItem(i18n.digits(str(year)), year)
        self.year.setCurrentIndex(1 if self.year.count() > 1 else 0)  # the last whole year
        bar.addWidget(self.year)
        bar.addWidget(QLabel(self.tr("Document language")))
        self.doc_lang = QComboBox()
        self.doc_lang.addItem("فارسی", "fa")
        self.doc_lang.addItem("English", "en")
        self.doc_lang.setCurrentIndex(0 if i18n.language() == "fa" else 1)
        bar.addWidget(self.doc_lang)
        bar.addStretch(1)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.export_button = QPushButton(self.tr("Indicator pack (xlsx)…"))
        for button in (self.print_button, self.save_button, self.export_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self.print_button.clicked.connect(self.print_current)
        self.save_button.clicked.connect(self.save_current)
        self.export_button.clicked.connect(self.export_pack)

    # ---------------------------------------------------------------- the figures

    def chosen_year(self) -> int:
        return int(self.year.currentData())

    def load(self) -> None:
        year, lang = self.chosen_year(), i18n.language()
        run_in_background(
            self,
            self.tr("Counting the year's figures…"),
            lambda: _gather(year, lang),
            self.show_report,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self.show_error(exc)
        else:
            QMessageBox.warning(self, self.title, str(exc))

    def show_report(self, result: tuple[AnnualReport, list[list[Any]]]) -> None:
        report, drawings = result
        self.report = report
        self.figure_views = []
        page = QWidget()
        column = QVBoxLayout(page)
        heading = QLabel(report.title)
        heading.setObjectName("reportTitle")
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        column.addWidget(heading)
        for section, section_drawings in zip(report.sections, drawings, strict=True):
            title = QLabel(section.title)
            title.setStyleSheet("font-size: 13pt; font-weight: bold; margin-top: 12px;")
            column.addWidget(title)
            view = _table(
                RowsModel(
                    self._columns(
                        self.tr("Figure"), lambda f: f.label, lambda f: f.money, lambda f: f.percent
                    ),
                    section.figures,
                )
            )
            view.setToolTip(self.tr("Double-click a figure to see the records behind it."))
            view.doubleClicked.connect(lambda index, v=view: self.show_traces(v.model().rows[index.row()]))
            self.figure_views.append(view)
            column.addWidget(view)
            for drawing in section_drawings:
                holder = QHBoxLayout()
                holder.addWidget(DrawingView(drawing))
                holder.addStretch(1)
                column.addLayout(holder)
            for breakdown in section.breakdowns:
                label = QLabel(breakdown.title)
                label.setStyleSheet("font-weight: bold; margin-top: 6px;")
                column.addWidget(label)
                money = breakdown.money
                column.addWidget(
                    _table(
                        RowsModel(
                            self._columns(breakdown.heading, lambda r: r.label, lambda _r, m=money: m),
                            breakdown.rows,
                        )
                    )
                )
        column.addStretch(1)
        self.scroll.setWidget(page)
        self.status.emit(self.tr("Annual report of %1").replace("%1", report.year_label))
        self.ready.emit()

    def _columns(self, heading: str, label: Any, money: Any, percent: Any = lambda _r: False) -> list[Column]:
        report = self.report
        assert report is not None
        lang = report.lang
        return [
            Column(heading, label),
            Column(
                report.year_label,
                lambda r: value_text(r.this_year, lang, money(r), percent(r)),
                align_end=True,
            ),
            Column(
                report.last_label,
                lambda r: value_text(r.last_year, lang, money(r), percent(r)),
                align_end=True,
            ),
            Column(
                self.tr("Change"),
                lambda r: change_text(r.this_year, r.last_year, lang, percent(r)),
                align_end=True,
            ),
        ]

    def show_traces(self, figure: Figure) -> None:
        # The records behind a figure are read when first looked at (the report itself is counted in SQL):
        # off the GUI thread, with a busy indicator, for a year of many records.
        run_and_wait(self, self.tr("Reading the records behind the figure…"), lambda: len(figure.traces))
        run_modal(TracesDialog(figure, self))

    # ---------------------------------------------------------------- print, save, export

    def _pdf(self, then: Any) -> None:
        year, lang = self.chosen_year(), self.doc_lang.currentData()
        run_in_background(
            self,
            self.tr("Making the annual report…"),
            lambda: reports.annual_report_pdf(year, lang),
            lambda data: then(data, f"annual-report-{year}-{lang}"),
            self._failed,
        )

    def print_current(self) -> None:
        self._pdf(lambda data, stem: open_pdf(self, data, stem))

    def save_current(self) -> None:
        self._pdf(lambda data, stem: save_pdf(self, data, stem + ".pdf"))

    def export_pack(self) -> None:
        year, lang = self.chosen_year(), self.doc_lang.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Indicator pack"), f"indicators-{year}.xlsx", self.tr("Workbooks (*.xlsx)")
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".xlsx") else name + ".xlsx")
        run_in_background(
            self,
            self.tr("Writing the indicator pack…"),
            lambda: reports.export_indicators(year, path, lang),
            lambda rows: self.status.emit(
                self.tr("%1 rows written to %2")
                .replace("%1", i18n.digits(str(rows)))
                .replace("%2", str(path))
            ),
            self._failed,
        )
