"""A form whose error messages appear under the field they are about."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import ServiceError, ValidationError
from app.ui.i18n import error_text
from app.ui.widgets.text_box import text_box


class FieldForm(QFormLayout):
    """A QFormLayout that knows its fields by name and shows a service's ValidationError by the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        if isinstance(widget, QPlainTextEdit):
            text_box(widget)  # Tab moves on (Ctrl+Tab types a tab); each paragraph takes its own direction
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.addRow(label, box)
        self._widgets[name] = widget
        self._errors[name] = error
        return widget

    def field_widget(self, name: str) -> QWidget:
        return self._widgets[name]

    def error_text(self, name: str) -> str:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_error(self, error: ServiceError) -> bool:
        """Show the error by its field (every field of FieldErrors by its own) and focus the first one;
        False when the form has none of those fields."""
        self.clear_errors()
        shown = [one for one in getattr(error, "errors", [error]) if self.place_error(one)]
        if shown:
            self._widgets[shown[0].field].setFocus()
        return bool(shown)

    def place_error(self, error: ServiceError) -> bool:
        """Show one field's error by it (without clearing the others); False when it is not a field here."""
        label = self._errors.get(error.field if isinstance(error, ValidationError) else "")
        if label is None:
            return False
        label.setText(error_text(error))
        label.show()
        return True


def form_with_buttons(dialog: QDialog, form: QFormLayout) -> QDialogButtonBox:
    """Lay out `form` above OK and Cancel in `dialog`: OK calls its accept() (which checks), Cancel
    rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
