"""The keyboard in multi-line text fields: Tab and Shift+Tab move on to the next or previous field, as in
every other field of a form; Ctrl+Tab types a tab into the text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit


class _CtrlTabTypesTab(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QPlainTextEdit)
            and not watched.isReadOnly()
        ):
            watched.insertPlainText("\t")
            return True
        return False


def tab_moves_on(edit: QPlainTextEdit) -> QPlainTextEdit:
    """Tab leaves `edit` for the next field; Ctrl+Tab types a tab (it would otherwise switch tabs)."""
    edit.setTabChangesFocus(True)
    edit.installEventFilter(_CtrlTabTypesTab(edit))
    return edit
