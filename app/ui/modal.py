"""Modal dialogs that leave nothing behind once closed.

A dialog made with a parent belongs to that parent in Qt, so one that is only closed stays in memory with all
its widgets until the window goes: a day of opening editors kept thousands of them. run_modal() shows the
dialog and has Qt delete it when control returns to the event loop, after the caller has read what it needs
(its Python attributes, such as saved_id, stay readable).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """dialog.exec(), then the dialog is deleted once the caller is done with it; returns exec()'s result."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
