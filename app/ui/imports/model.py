"""The preview of an import as a table: each row of the sheet with its outcome in words and the choice
made."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services import imports
from app.ui import i18n
from app.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

OUTCOMES = {
    imports.ADD: QT_TRANSLATE_NOOP("ImportWizard", "Will be added"),
    imports.DUPLICATE: QT_TRANSLATE_NOOP("ImportWizard", "Possible duplicate"),
    imports.REFUSED: QT_TRANSLATE_NOOP("ImportWizard", "Refused"),
}
DECISIONS = {
    imports.KEEP: QT_TRANSLATE_NOOP("ImportWizard", "Keep the existing one"),
    imports.UPDATE: QT_TRANSLATE_NOOP("ImportWizard", "Update it"),
    imports.ADD_ANYWAY: QT_TRANSLATE_NOOP("ImportWizard", "Add anyway"),
}
_COLOURS = {imports.DUPLICATE: QColor("#fff4ce"), imports.REFUSED: QColor("#fde2e1")}


class PreviewModel(QAbstractTableModel):
    """Columns: the sheet's row number, the outcome, the name, what will happen (in words), the choice."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[imports.RowOutcome] = []
        self.headers = [
            translate("ImportWizard", "Row"),
            translate("ImportWizard", "Outcome"),
            translate("ImportWizard", "Name"),
            translate("ImportWizard", "Details"),
            translate("ImportWizard", "Choice"),
        ]

    def set_rows(self, rows: list[imports.RowOutcome]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def decide(self, rows: list[int], decision: str) -> None:
        """The person's choice for the chosen duplicate rows (others are left as they are)."""
        for row in rows:
            outcome = self.rows[row]
            if outcome.outcome == imports.DUPLICATE and not (
                decision == imports.UPDATE and outcome.duplicate_of is None
            ):
                imports.decide(outcome, decision)
                self.dataChanged.emit(self.index(row, 4), self.index(row, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.rows[index.row()]
        if role == ROW_ROLE:
            return outcome
        if role == Qt.ItemDataRole.BackgroundRole:
            return _COLOURS.get(outcome.outcome)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(outcome, index.column())
        return None

    def _text(self, outcome: imports.RowOutcome, column: int) -> str:
        if column == 0:
            return i18n.digits(str(outcome.row))
        if column == 1:
            return translate("ImportWizard", OUTCOMES[outcome.outcome])
        if column == 2:  # the sheet's own text, in its own direction: «=CONCATENATE(…)» keeps its «=» first
            return i18n.isolated(outcome.display) if outcome.display else ""
        if column == 3:
            return " ".join(i18n.error_text(m) for m in (imports.describe(outcome), *outcome.notes))
        if outcome.outcome == imports.DUPLICATE:
            return translate("ImportWizard", DECISIONS[outcome.decision])
        return ""
