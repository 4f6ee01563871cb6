"""File › Restore from backup: the backups with their date, kind, size and record counts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import backups
from app.ui import i18n
from app.ui.i18n import translate
from app.ui.widgets.rows import select_row

REASONS = {
    "start": QT_TRANSLATE_NOOP("RestoreDialog", "At start"),
    "close": QT_TRANSLATE_NOOP("RestoreDialog", "At close"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "Manual"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreDialog", "Before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "Before a restore"),
}
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return i18n.digits(translate("RestoreDialog", "%1 MB").replace("%1", f"{size / 1_048_576:.1f}"))
    return i18n.digits(translate("RestoreDialog", "%1 KB").replace("%1", str(max(1, size // 1024))))


class RestoreDialog(QDialog):
    """Choose a backup; `chosen` holds its path after Accept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr(
                "The database will be replaced by the backup you choose. "
                "The current database is kept as a backup first."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Records")]
        )
        for backup in backups.list_backups():
            counts = backup.counts
            records = (
                self.tr("%1 people, %2 letters")
                .replace("%1", str(counts.get("people", 0)))
                .replace("%2", str(counts.get("letters", 0)))
            )
            taken = f"{i18n.format_date(backup.taken.date())} {backup.taken:%H:%M}"
            row = [
                QStandardItem(i18n.digits(taken)),
                QStandardItem(translate("RestoreDialog", REASONS.get(backup.reason, backup.reason))),
                QStandardItem(size_text(backup.size)),
                QStandardItem(i18n.digits(records)),
            ]
            row[0].setData(str(backup.path), PATH_ROLE)
            self.model.appendRow(row)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            select_row(self.table, 0)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        other = QPushButton(self.tr("Another file…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        other.clicked.connect(self._other_file)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)

    def _other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), "", self.tr("IVC Desk backups (*.sqlite3 *.db);;All files (*)")
        )
        if name:
            self.chosen = Path(name)
            super().accept()

    def accept(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.chosen = Path(self.model.item(index.row(), 0).data(PATH_ROLE))
        super().accept()
