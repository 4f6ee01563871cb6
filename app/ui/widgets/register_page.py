"""A register with its toolbar: New, Edit, Archive / Restore over a RegisterView."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.ui.dialogs import conflict
from app.ui.modal import run_modal
from app.ui.models.paged import PagedTableModel
from app.ui.widgets.register_view import RegisterView


class RegisterPage(QWidget):
    """`dialog(parent, record_id)` edits a record; archive(id) / restore(id) move it to and from the
    archive, on the record as its row shows it: `table` (by default the dialog's TABLE) names the records'
    table for that check."""

    changed = Signal()

    def __init__(
        self,
        model: PagedTableModel,
        dialog: Callable[[QWidget, int | None], QDialog],
        archive: Callable[[int], None],
        restore: Callable[[int], None],
        parent: QWidget | None = None,
        table: str = "",
    ) -> None:
        super().__init__(parent)
        self._dialog = dialog
        self._table = table or getattr(dialog, "TABLE", "")
        self._archive = archive
        self._restore = restore
        self.view = RegisterView(model, self)
        self.new_button = QPushButton(self.tr("New…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.archive_button = QPushButton(self.tr("Move to archive"), self)
        self.buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.buttons)
        layout.addWidget(self.view, 1)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(lambda: self.edit(self.view.current_row()))
        self.archive_button.clicked.connect(self.toggle_archive)
        self.view.opened.connect(self.edit)
        self.view.selection_changed.connect(self._update_buttons)
        self.view.archive.toggled.connect(lambda _on: self._update_buttons(None))
        self._update_buttons(None)

    def load(self) -> None:
        self.view.load()
        self._update_buttons(self.view.current_row())

    def new_record(self) -> None:
        self.edit(None)

    def edit(self, row: Any) -> None:
        dialog = self._dialog(self, row.id if row is not None else None)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self.view.load()
            self.view.select_id(dialog.saved_id)
            self.changed.emit()

    def toggle_archive(self) -> None:
        row = self.view.current_row()
        if row is None:
            return
        # On the record as the list shows it (the row's version, when the row has one).
        if not conflict.step_done(
            self,
            self._table,
            row.id if self._table else None,
            getattr(row, "version", None),
            lambda: (self._restore if row.archived else self._archive)(row.id),
            lambda: (self.view.load(), self.view.select_id(row.id)),
        ):
            return
        self.view.load()
        self.changed.emit()

    def _update_buttons(self, row: Any) -> None:
        row = row if row is not None else self.view.current_row()
        self.edit_button.setEnabled(row is not None and not row.archived)
        self.archive_button.setEnabled(row is not None)
        in_archive = self.view.archive.isChecked()
        self.archive_button.setText(
            self.tr("Restore from archive") if in_archive else self.tr("Move to archive")
        )
        self.new_button.setEnabled(not in_archive)
