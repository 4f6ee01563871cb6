"""Small helpers the Ordinances pages share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit


def persian_text(edit: QPlainTextEdit) -> QPlainTextEdit:
    """A text box for Persian whatever the interface's direction: lines run and align right to left."""
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    option = QTextOption(edit.document().defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    option.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.document().setDefaultTextOption(option)
    return edit


def english_text(edit: QPlainTextEdit) -> QPlainTextEdit:
    """A text box for English whatever the interface's direction."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    option = QTextOption(edit.document().defaultTextOption())
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft)
    edit.document().setDefaultTextOption(option)
    return edit
