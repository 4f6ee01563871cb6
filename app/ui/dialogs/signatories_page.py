"""Settings › Signatories: who may sign the office's documents, in order (the first signs by default)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.services import signatories
from app.services.errors import ServiceError
from app.ui import i18n
from app.ui.widgets.form import FieldForm


class SignatoriesPage(QWidget):
    """A list of signatories and, beside it, the chosen one's names and positions in both languages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, str]] = [
            {f: getattr(s, f) for f in signatories.FIELDS} for s in signatories.list_signatories()
        ]
        hint = QLabel(
            self.tr(
                "The first signs every document unless another is chosen on the letter or "
                "ordinance (e.g. a deputy who signs in the vice-chancellor's absence)."
            )
        )
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("signatories")
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.form = FieldForm()
        self.edits: dict[str, QLineEdit] = {}
        for name, caption in (
            ("name_fa", self.tr("Name (Persian)")),
            ("title_fa", self.tr("Position (Persian)")),
            ("name_en", self.tr("Name (English)")),
            ("title_en", self.tr("Position (English)")),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"signatory_{name}")
            if name.endswith("_en"):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.edits[name] = self.form.add(name, caption, edit)
            edit.textEdited.connect(lambda text, field=name: self._edited(field, text))
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addLayout(self.form)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(self._up)
        self.list.currentRowChanged.connect(self._show)
        self._refresh(0)

    def _label(self, row: dict[str, str]) -> str:
        return signatories.Signatory(**row).label(i18n.language()) or self.tr("(new signatory)")

    def _refresh(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows:
            self.list.addItem(self._label(row))
        self.list.blockSignals(False)
        if self.rows:
            self.list.setCurrentRow(max(0, min(current, len(self.rows) - 1)))
        self._show(self.list.currentRow())

    def _show(self, index: int) -> None:
        on = 0 <= index < len(self.rows)
        for name, edit in self.edits.items():
            edit.setEnabled(on)
            edit.setText(self.rows[index][name] if on else "")
        self.remove_button.setEnabled(on)
        self.up_button.setEnabled(on and index > 0)

    def _edited(self, field: str, text: str) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            self.rows[index][field] = text
            self.list.item(index).setText(self._label(self.rows[index]))

    def _add(self) -> None:
        self.rows.append(dict.fromkeys(signatories.FIELDS, ""))
        self._refresh(len(self.rows) - 1)
        self.edits["name_fa"].setFocus()

    def _remove(self) -> None:
        index = self.list.currentRow()
        if 0 <= index < len(self.rows):
            del self.rows[index]
            self._refresh(index)

    def _up(self) -> None:
        index = self.list.currentRow()
        if index > 0:
            self.rows[index - 1], self.rows[index] = self.rows[index], self.rows[index - 1]
            self._refresh(index - 1)

    def save(self) -> None:
        """Save the list through the service; a refused signatory is chosen and its field shows why."""
        self.form.clear_errors()
        signatories.save_signatories(self.rows)

    def show_error(self, error: ServiceError) -> bool:
        if not isinstance(error, signatories.SignatoryError):
            return False
        if 0 <= error.row < len(self.rows):
            self.list.setCurrentRow(error.row)
        return self.form.show_error(error)
