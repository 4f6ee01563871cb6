"""File › Import log: the past imports (when, who, which register and file, how many records), and Undo.

Undo archives what the import added and puts back what it updated; the service refuses, naming the records,
when any of them has been changed or used since, and the refusal is shown in words under the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import imports
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.dialogs.audit_log import _local
from app.ui.i18n import translate
from app.ui.widgets.rows import select_row

BATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def register_label(name: str) -> str:
    spec = imports.REGISTERS.get(name)
    return translate("imports", spec.label) if spec is not None else name


class ImportLogDialog(QDialog):
    """`undone` lists the batches undone while it was open (the main window's lists then reload)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import log"))
        self.undone: list[int] = []
        intro = QLabel(
            self.tr(
                "Every import, newest first. Undo moves the records an import added to the archive and puts "
                "back what it updated, if none of them has been changed or used since."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Import"),
                self.tr("When"),
                self.tr("By"),
                self.tr("Register"),
                self.tr("File and sheet"),
                self.tr("Records"),
                self.tr("State"),
            ]
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)  # the refusal in words, or what the undo did
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("Undo this import…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_current)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.load()
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update())

    def load(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for batch in imports.list_imports():
            at = _local(batch.at)
            records = (
                self.tr("%1 added, %2 updated")
                .replace("%1", str(batch.added))
                .replace("%2", str(batch.updated))
            )
            where = batch.file + (f" › {batch.sheet}" if batch.sheet else "")
            row = [
                QStandardItem(i18n.digits(str(batch.id))),
                QStandardItem(i18n.digits(f"{i18n.format_date(at.date())} {at:%H:%M}")),
                QStandardItem(batch.actor),
                QStandardItem(register_label(batch.register)),
                QStandardItem(where),
                QStandardItem(i18n.digits(records)),
                QStandardItem(self.tr("Undone") if batch.undone else self.tr("In place")),
            ]
            for cell in row:
                cell.setData(batch, BATCH_ROLE)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            select_row(self.table, 0)
        self._update()

    def current(self) -> imports.BatchRow | None:
        index = self.table.currentIndex()
        return index.data(BATCH_ROLE) if index.isValid() else None

    def _update(self) -> None:
        batch = self.current()
        self.undo_button.setEnabled(batch is not None and not batch.undone)

    def undo_current(self) -> None:
        batch = self.current()
        if batch is None or batch.undone:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Move the %1 records import %2 added to the archive, with the units, partners and people it "
                "created for them, and put back the %3 it updated?"
            )
            .replace("%1", i18n.digits(str(batch.added)))
            .replace("%2", i18n.digits(str(batch.id)))
            .replace("%3", i18n.digits(str(batch.updated))),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            archived = imports.undo_import(batch.id)
        except ServiceError as error:
            self._say(i18n.error_text(error), refused=True)
            return
        self.undone.append(batch.id)
        self.load()
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(BATCH_ROLE).id == batch.id:
                select_row(self.table, row)
        self._say(
            self.tr("Import %1 was undone: %2 records were moved to the archive.")
            .replace("%1", i18n.digits(str(batch.id)))
            .replace("%2", i18n.digits(str(archived))),
            refused=False,
        )

    def _say(self, text: str, refused: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e" if refused else "")
