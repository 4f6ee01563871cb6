"""A dialog that edits one record: layout in `build()`, behaviour here; OK saves through the service
and refuses to close while the service rejects the input; closing it with changes asks first
(GuardedDialog)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from app.ui.dialogs import conflict
from app.ui.dialogs.guarded import GuardedDialog
from app.ui.printable import confirm_printable
from app.ui.widgets.form import FieldForm


class RecordDialog(GuardedDialog):
    """Subclasses implement build(form), fill(values), values() and save(values, record_id) -> id.

    PRINTED_FIELDS names the text fields that documents print: saving warns if a font lacks a character.
    """

    PRINTED_FIELDS: tuple[str, ...] = ()
    # The record's table, for the version check (a save over another secretary's change is refused), and
    # load(record_id) -> values to offer "Reload"; a dialog without TABLE saves without the check.
    TABLE = ""

    def __init__(
        self, parent: QWidget | None = None, record_id: int | None = None, version: int | None = None
    ) -> None:
        """`version`: that of the row the dialog is filled from (a sub-editor opened on a list's row);
        without it the version is read as the dialog opens."""
        super().__init__(parent)
        self.record_id = record_id
        self.check = conflict.VersionCheck(self.TABLE)
        if self.TABLE and version is not None:
            self.check.record_id, self.check.version = record_id, version
        elif self.TABLE:
            self.check.seen(record_id)
        self.saved_id: int | None = None
        self.form = FieldForm()
        layout = QVBoxLayout(self)
        holder = QWidget()
        holder.setLayout(self.form)
        self.scroll = QScrollArea(
            self
        )  # a long form (or one showing its errors) scrolls, not outgrows the screen
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)  # before build(): a subclass may ask for more
        self.build(self.form)
        # The form scrolls up and down only: never narrower than its fields need.
        self.scroll.setMinimumWidth(
            holder.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width()
        )
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)

    def build(self, form: FieldForm) -> None:
        raise NotImplementedError

    def fill(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self, values: dict[str, Any], record_id: int | None) -> int:
        raise NotImplementedError

    def snapshot(self) -> dict[str, Any]:
        return self.values()

    def load(self, record_id: int) -> dict[str, Any] | None:
        """The record's values as stored now (for "Reload"); None when the dialog cannot reload."""
        return None

    def reload_record(self, record_id: int) -> None:
        """Show the record as stored now (after "Reload theirs")."""
        values = self.load(record_id)
        if values is not None:
            self.fill(values)

    def save_changes(self) -> bool:
        def save() -> int | None:
            values = self.values()
            if self.PRINTED_FIELDS and not confirm_printable(self, values, self.PRINTED_FIELDS):
                return None
            return self.check.save(lambda: self.save(values, self.record_id))

        saved = self.attempt(save, form=self.form)
        choice = self.check.resolve(self)
        if choice == conflict.KEEP:  # saved on top of their version, knowingly
            self.accept()
            return False
        if choice == conflict.RELOAD and self.record_id is not None:
            self.reload_record(self.record_id)
            self.mark_clean()
        if saved is None:
            return False
        self.saved_id = saved
        return True
