"""File › Import…: choose the file and the sheet, map the columns, see every row's outcome, import, undo.

Reading the sheet, the preview and the import run off the GUI thread with progress and Cancel
(app.ui.imports.progress); nothing is written before the last page's Import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.common import dates
from app.services import imports
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.imports.model import DECISIONS, PreviewModel
from app.ui.imports.progress import run_with_progress

_ERROR_STYLE = "color: #b00020;"
_FIT_ROWS = 2000  # rows fitted to their text again when a column is resized (a long sheet keeps its heights)


class ImportWizard(QWizard):
    """The state the pages share: the sheet read, its mapping, the preview, the batch imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportWizard", "Import from a sheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 640)
        self.table: imports.Table | None = None
        self.result: imports.Preview | None = None
        self.imported: imports.ImportResult | None = None
        self.choose = ChoosePage(self)
        self.mapping = MapPage(self)
        self.preview = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.choose, self.mapping, self.preview, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("ImportWizard", "Close"))

    @property
    def register(self) -> str:
        return self.choose.register.currentData()

    def work(self, label: str, job):  # type: ignore[no-untyped-def]
        return run_with_progress(self, label, translate("ImportWizard", "Cancel"), job)


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE)
    return label


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Choose the sheet"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "An Excel workbook (.xlsx) or a CSV file. The header row is found below any title rows.",
            )
        )
        self.register = QComboBox(self)
        for name, spec in imports.REGISTERS.items():
            self.register.addItem(translate("imports", spec.label), name)
        self.file = QLineEdit(self)
        self.file.setObjectName("file")
        browse = QPushButton(translate("ImportWizard", "Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.sheet = QComboBox(self)
        self.template = QPushButton(translate("ImportWizard", "Save an empty template…"), self)
        self.template.clicked.connect(self._save_template)
        self.error = _error_label(self)
        form = QFormLayout(self)
        form.addRow(translate("ImportWizard", "Import into:"), self.register)
        form.addRow(translate("ImportWizard", "File:"), row)
        form.addRow(translate("ImportWizard", "Sheet:"), self.sheet)
        form.addRow("", self.template)
        form.addRow(self.error)
        self.file.editingFinished.connect(self._file_chosen)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportWizard", "Import from a sheet"),
            "",
            translate("ImportWizard", "Sheets (*.xlsx *.csv)"),
        )
        if name:
            self.file.setText(name)
            self._file_chosen()

    def _file_chosen(self) -> None:
        self.sheet.clear()
        self.error.clear()
        path = self.file.text().strip()
        if not path or not Path(path).is_file():
            return
        try:
            self.sheet.addItems(imports.sheet_names(Path(path)))
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))

    def _save_template(self) -> None:
        register = self.wizard_.register
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ImportWizard", "Save an empty template"),
            f"{register}-template.xlsx",
            translate("ImportWizard", "Excel workbooks (*.xlsx)"),
        )
        if name:
            imports.save_template(register, Path(name if name.lower().endswith(".xlsx") else name + ".xlsx"))

    def validatePage(self) -> bool:  # noqa: N802
        self.error.clear()
        if self.sheet.count() == 0:
            self._file_chosen()
        path = self.file.text().strip()
        if not path:
            self.error.setText(translate("ImportWizard", "Choose the file to import."))
            return False
        sheet = self.sheet.currentText() or None
        try:
            self.wizard_.table = self.wizard_.work(
                translate("ImportWizard", "Reading the sheet…"),
                lambda _progress: imports.open_sheet(self.wizard_.register, Path(path), sheet),
            )
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))
            return False
        return True


class MapPage(QWizardPage):
    """One chooser per field: the column it is read from (guessed, remembered), or none; dates' calendars."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Map the columns"))
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.columns: dict[str, QComboBox] = {}
        self.calendars: dict[str, QComboBox] = {}
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.error = _error_label(self)
        column = QVBoxLayout(self)
        column.addWidget(self.found)
        column.addWidget(self.area, 1)
        column.addWidget(self.error)

    def initializePage(self) -> None:  # noqa: N802
        table = self.wizard_.table
        assert table is not None
        register = self.wizard_.register
        spec = imports.REGISTERS[register]
        self.found.setText(
            translate("ImportWizard", "Sheet %1: headers on row %2, %3 rows of data.")
            .replace("%1", i18n.isolated(table.sheet))
            .replace("%2", i18n.digits(str(table.header_row)))
            .replace("%3", i18n.digits(str(len(table.rows))))
        )
        guessed = imports.guess_mapping(register, table)
        detected = imports.detect_calendars(register, table, guessed)
        holder = QWidget()
        form = QFormLayout(holder)
        self.columns, self.calendars = {}, {}
        for f in spec.fields:
            chooser = QComboBox(holder)
            chooser.setObjectName(f"column-{f.key}")
            chooser.addItem(translate("ImportWizard", "— left out —"), None)
            for index, header in enumerate(table.headers):
                chooser.addItem(header, index)
            chooser.setCurrentIndex(0 if guessed[f.key] is None else guessed[f.key] + 1)
            self.columns[f.key] = chooser
            label = translate("imports", f.label) + (" *" if f.required else "")
            if f.kind != "date":
                form.addRow(label, chooser)
                continue
            calendar = QComboBox(holder)
            calendar.setObjectName(f"calendar-{f.key}")
            calendar.addItem(translate("ImportWizard", "Jalali"), dates.JALALI)
            calendar.addItem(translate("ImportWizard", "Gregorian"), dates.GREGORIAN)
            calendar.setCurrentIndex(1 if detected.get(f.key) == dates.GREGORIAN else 0)
            self.calendars[f.key] = calendar
            row = QHBoxLayout()
            row.addWidget(chooser, 1)
            row.addWidget(QLabel(translate("ImportWizard", "written in:"), holder))
            row.addWidget(calendar)
            form.addRow(label, row)
        self.area.setWidget(holder)

    def mapping(self) -> dict[str, int | None]:
        return {key: chooser.currentData() for key, chooser in self.columns.items()}

    def validatePage(self) -> bool:  # noqa: N802
        self.error.clear()
        table = self.wizard_.table
        calendars = {key: combo.currentData() for key, combo in self.calendars.items()}
        register, mapping = self.wizard_.register, self.mapping()
        try:
            self.wizard_.result = self.wizard_.work(
                translate("ImportWizard", "Checking every row…"),
                lambda progress: imports.preview(register, table, mapping, calendars, progress),  # type: ignore[arg-type]
            )
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))
            return False
        return True


class PreviewPage(QWizardPage):
    """Every row with its outcome; a choice per duplicate; refused rows left out only when asked."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Check every row before anything is written"))
        self.summary = QLabel(self)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        # The details wrap onto as many lines as they need, whatever width their column is given (the full
        # text is also the cell's tooltip); elided, a Persian sentence would lose its start.
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._fit = QTimer(self)
        self._fit.setSingleShot(True)
        self._fit.setInterval(50)
        self._fit.timeout.connect(self._fit_rows)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._fit.start())
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("ImportWizard", "For the chosen duplicates:"), self))
        self.choices: dict[str, QPushButton] = {}
        for decision, text in DECISIONS.items():
            button = QPushButton(translate("ImportWizard", text), self)
            button.clicked.connect(lambda _on=False, d=decision: self._decide(d))
            buttons.addWidget(button)
            self.choices[decision] = button
        buttons.addStretch(1)
        self.skip = QCheckBox(
            translate("ImportWizard", "Leave the refused rows out and import the others"), self
        )
        self.error = _error_label(self)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        column.addWidget(self.skip)
        column.addWidget(self.error)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.setCommitPage(True)

    def initializePage(self) -> None:  # noqa: N802
        result = self.wizard_.result
        assert result is not None
        self.model.set_rows(result.rows)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
        self.summary.setText(
            translate(
                "ImportWizard",
                "To add: %1 · possible duplicates: %2 · refused: %3. Nothing has been written yet.",
            )
            .replace("%1", i18n.digits(str(result.count(imports.ADD))))
            .replace("%2", i18n.digits(str(result.count(imports.DUPLICATE))))
            .replace("%3", i18n.digits(str(result.count(imports.REFUSED))))
        )
        self.skip.setVisible(result.count(imports.REFUSED) > 0)

    def _fit_rows(self) -> None:
        if self.model.rowCount() <= _FIT_ROWS:
            self.view.resizeRowsToContents()

    def _decide(self, decision: str) -> None:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        self.model.decide(rows, decision)

    def validatePage(self) -> bool:  # noqa: N802
        self.error.clear()
        result = self.wizard_.result
        skip = self.skip.isChecked()
        try:
            self.wizard_.imported = self.wizard_.work(
                translate("ImportWizard", "Importing…"),
                lambda progress: imports.apply_import(result, skip, progress),  # type: ignore[arg-type]
            )
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))
            return False
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Imported"))
        self.report = QLabel(self)
        self.report.setWordWrap(True)
        self.undo = QPushButton(translate("ImportWizard", "Undo this import"), self)
        self.undo.clicked.connect(self._undo)
        self.error = _error_label(self)
        column = QVBoxLayout(self)
        column.addWidget(self.report)
        column.addWidget(self.undo)
        column.addWidget(self.error)
        column.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        done = self.wizard_.imported
        assert done is not None
        self.report.setText(
            translate(
                "ImportWizard",
                "Import %1: %2 added, %3 updated, %4 kept as they were, %5 refused left out, %6 units or "
                "partners created. Every record is marked with this import in the audit log.",
            )
            .replace("%1", i18n.digits(str(done.batch)))
            .replace("%2", i18n.digits(str(done.added)))
            .replace("%3", i18n.digits(str(done.updated)))
            .replace("%4", i18n.digits(str(done.kept)))
            .replace("%5", i18n.digits(str(done.refused)))
            .replace("%6", i18n.digits(str(done.created)))
        )

    def _undo(self) -> None:
        done = self.wizard_.imported
        assert done is not None
        self.error.clear()
        try:
            archived = imports.undo_import(done.batch)
        except ServiceError as exc:
            self.error.setText(i18n.error_text(exc))
            return
        self.undo.setEnabled(False)
        self.report.setText(
            translate("ImportWizard", "The import was undone: %1 records were moved to the archive.").replace(
                "%1", i18n.digits(str(archived))
            )
        )
