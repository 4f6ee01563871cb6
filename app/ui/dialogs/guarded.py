"""An editor that never loses work: Escape, Cancel or the window's close button on an editor with changes
asks Save / Discard / Cancel; Save goes through accept(), which saves through the service and refuses to close
while the service rejects the input.

What counts as a change: snapshot() differs from what it was when the editor was first shown (or last saved,
mark_clean()). Subclasses give snapshot() and save_changes() -> bool (True once saved).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.services.errors import ServiceError
from app.ui.attempt import Attempts
from app.ui.dialogs.sizing import remember_size, restore_size
from app.ui.i18n import translate

Choice = QMessageBox.StandardButton


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for an editor with changes (Escape in the question is Cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        parent.windowTitle() or translate("GuardedDialog", "IVC Desk"),
        translate("GuardedDialog", "Save your changes before closing?"),
        Choice.Save | Choice.Discard | Choice.Cancel,
        parent,
    )
    box.setInformativeText(
        translate(
            "GuardedDialog", "Discard throws away what you changed here; Cancel goes back to the editor."
        )
    )
    box.setDefaultButton(Choice.Save)
    box.setEscapeButton(Choice.Cancel)
    box.setObjectName("unsaved_question")
    try:
        return Choice(box.exec())
    finally:
        box.deleteLater()


def typed_state(dialog: QWidget) -> tuple[object, ...]:
    """What the editable fields of a dialog hold, as typed: the comparison when snapshot() cannot be read
    (a field holds something the service refuses, such as half an amount)."""
    state: list[object] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QAbstractSpinBox) and not widget.isReadOnly():
            state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
            state.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
    return tuple(state)


class GuardedDialog(Attempts, QDialog):
    """Subclasses implement snapshot() and save_changes(); accept() saves and closes once saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean: Any = None
        self._clean_taken = False

    def snapshot(self) -> Any:
        """What the person can change, in a comparable form (by default: nothing)."""
        return None

    def save_changes(self) -> bool:
        """Save through the service; False (with the error shown) when it refused."""
        return True

    def _state(self) -> Any:
        try:
            return "values", self.snapshot()
        except ServiceError:
            return "typed", typed_state(self)

    def mark_clean(self) -> None:
        """What the editor shows now is what is stored."""
        self._clean = self._state()
        self._clean_taken = True

    def has_changes(self) -> bool:
        return self._clean_taken and self._state() != self._clean

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._clean_taken:  # the subclass has filled its fields by the time it is shown
            self.mark_clean()
            restore_size(self)
        super().showEvent(event)

    def done(self, result: int) -> None:
        remember_size(self)
        super().done(result)

    def accept(self) -> None:
        if self.save_changes():
            QDialog.accept(self)

    def reject(self) -> None:
        if self.isVisible() and self.has_changes():
            choice = ask_unsaved(self)
            if choice == Choice.Cancel:
                return
            if choice == Choice.Save:
                self.accept()
                return
        QDialog.reject(self)
